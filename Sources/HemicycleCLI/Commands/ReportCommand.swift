import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `hemicycle report [SCENARIO] --out FILE`: a self-contained HTML page.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        summary: "Write a self-contained HTML report: result, diagram, simulation, rule comparison, sources.",
        usage: "[SCENARIO] --out FILE [--runs N] [--seed S] [--threads T] [--rules A,B,...]",
        options: [
            OptionSpec(name: "--out", short: "-o", value: "FILE", help: "The HTML file to write (required)."),
            OptionSpec(
                name: "--runs", short: "-n", value: "N",
                help: "Simulated elections for the simulation section (default 10000; 0 leaves it out)."),
            OptionSpec(name: "--seed", short: "-s", value: "S", help: "Master seed (default 1)."),
            OptionSpec(name: "--threads", short: "-t", value: "T", help: "Worker threads (default: all cores)."),
            OptionSpec(
                name: "--rules", short: "-r", value: "A,B,...",
                help: "Rules for the comparison section (default: the scenario's list, else \(CompareCommand.defaultRules))."),
        ],
        positionals: 0...1,
        discussion: """
            The page has no scripts and loads nothing: SVG pictures and CSS are inline, so it reads
            offline and prints. It ends with the command and seed that reproduce it byte for byte.
            Ctrl-C stops the simulation after the blocks under way; the page is still written, its
            simulation marked PARTIAL (exit 130).

            Example:
              hemicycle report Scenarios/mali-1992.json --runs 100000 --seed 1 --out mali.html
            """)

    static func execute(_ arguments: Arguments) async throws(CLIError) {
        guard let path = arguments.value("--out") else { throw .usage("'hemicycle report' needs --out FILE") }
        let runs = try arguments.integer("--runs", default: 10_000, in: 0...1_000_000_000_000)
        let seed = try SimulateCommand.parseSeed(arguments.value("--seed"))
        let threads = try arguments.integer("--threads", default: SimulateCommand.defaultThreads, in: 1...1024)
        let scenario = try loadScenario(arguments.positionals.first)
        let election = scenario.election
        let choices: [RuleChoice]
        do {
            let named = election.comparisonRules.joined(separator: ",")
            let fallback = named.isEmpty ? CompareCommand.defaultRules : named
            choices = try RuleChoice.parseList(arguments.value("--rules", default: fallback) ?? fallback, for: election)
        } catch {
            throw .usage("--rules: \(error)")
        }
        var study: SimulationStudy?
        var interrupted = false
        if runs > 0 {
            let plan = MonteCarlo(election: election, runs: runs, seed: seed)
            let control = SimulationControl()
            let progress = ProgressReporter(control: control, total: plan.plannedRuns)
            let tally = await plan.run(threads: threads, control: control)
            progress.finish()
            interrupted = control.isCancelled
            study = SimulationStudy(
                election: election, document: scenario.digest, seed: seed, plannedRuns: runs, shard: nil,
                interrupted: interrupted, tally: tally)
        }
        let report = HTMLReport(
            election: election, source: scenario.source, digest: scenario.digest, result: election.run(), study: study,
            comparison: RuleComparison(election: election, choices: choices),
            command: (["hemicycle"] + CommandLine.arguments.dropFirst()).map(shellQuoted).joined(separator: " "))
        try Output.deliver(report.html(), to: path)
        if interrupted { exit(130) }
    }

    /// `word` quoted for a POSIX shell when it needs to be.
    static func shellQuoted(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0) }
        return safe && !word.isEmpty ? word : "'" + word.replacingSingleQuotes() + "'"
    }
}

extension String {
    fileprivate func replacingSingleQuotes() -> String {
        var result = ""
        for character in self { result += character == "'" ? "'\\''" : String(character) }
        return result
    }
}
