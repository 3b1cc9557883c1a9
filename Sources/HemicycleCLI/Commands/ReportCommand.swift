import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `hemicycle report [SCENARIO] --output FILE`: a self-contained HTML page.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        summary: "Write a self-contained HTML report: result, diagram, simulation, rule comparison, sources.",
        usage: "[SCENARIO] --output FILE [--runs N] [--seed S] [--threads T] [--rules A,B,...] [--vary NAME=FROM:TO:STEP] [--seat-order ORDER] [ADJUSTMENTS]",
        options: [
            OptionSpec(name: "--output", short: "-o", value: "FILE", help: "The HTML file to write (required)."),
            OptionSpec(name: "--out", short: nil, value: "FILE", help: "The same as --output (the earlier name)."),
            OptionSpec(
                name: "--runs", short: "-n", value: "N",
                help: "Simulated elections for the simulation section (default 10000; 0 leaves it out)."),
            OptionSpec(name: "--seed", short: "-s", value: "S", help: "Master seed (default 1)."),
            OptionSpec(name: "--threads", short: "-t", value: "T", help: "Worker threads (default: all cores)."),
            OptionSpec(
                name: "--rules", short: "-r", value: "A,B,...",
                help: "Rules for the comparison section (default: the scenario's list, else \(CompareCommand.defaultRules))."),
            OptionSpec(
                name: "--vary", short: "-v", value: "NAME=FROM:TO:STEP",
                help: "Add a sweep section, as 'hemicycle sweep' (once or twice; simulated with --runs at each point).",
                repeatable: true),
            seatOrderOption,
        ] + adjustmentOptions,
        positionals: 0...1,
        discussion: """
            The page has no scripts and loads nothing: SVG pictures and CSS are inline, so it reads
            offline and prints. It ends with the command and seed that reproduce it byte for byte.
            Ctrl-C stops the simulation after the blocks under way; the page is still written, its
            simulation marked PARTIAL (exit 130).

            Example:
              hemicycle report Scenarios/mali-1992.json --runs 100000 --seed 1 --output mali.html
            """)

    /// A word of the command line with an absolute path inside the working folder made
    /// relative (alone, or after `--option=`), so that the page does not carry the author's
    /// home folder.
    static func relativePaths(_ word: String) -> String {
        if word.hasPrefix("/") { return FilePath.relative(word) }
        if word.hasPrefix("-"), let equals = word.firstIndex(of: "="), word[word.index(after: equals)...].hasPrefix("/") {
            return String(word[...equals]) + FilePath.relative(String(word[word.index(after: equals)...]))
        }
        return word
    }

    static func execute(_ arguments: Arguments) async throws(CLIError) {
        if arguments.value("--output") != nil && arguments.value("--out") != nil {
            throw .usage("--out is another name for --output: give one of them")
        }
        guard let path = arguments.value("--output") ?? arguments.value("--out") else {
            throw .usage("'hemicycle report' needs --output FILE")
        }
        let options = try SimulationOptions.parse(arguments, runs: 0...1_000_000_000_000)
        let axes = try SweepCommand.parseAxes(arguments.all("--vary"), required: false)
        let scenario = try loadScenario(arguments)
        let election = scenario.election
        let choices = try parseRuleChoices(arguments, for: election)
        let order = try seatOrder(arguments, election)
        var study: SimulationStudy?
        var interrupted = false
        if options.runs > 0 {
            let (tally, cancelled) = await options.run(election) { plan, control in
                await plan.run(threads: options.threads, control: control)
            }
            interrupted = cancelled
            study = SimulationStudy(
                election: election, document: scenario.digest, seed: options.seed, plannedRuns: options.runs, shard: nil,
                interrupted: interrupted, tally: tally)
        }
        var report = HTMLReport(
            election: election, source: FilePath.relative(scenario.source), digest: scenario.digest, result: election.run(),
            study: study, comparison: RuleComparison(election: election, choices: choices),
            command: (["hemicycle"] + CommandLine.arguments.dropFirst().map(Self.relativePaths)).map(shellQuoted)
                .joined(separator: " "))
        report.seatOrder = order
        if !axes.isEmpty, !interrupted {
            (report.sweep, interrupted) = try await SweepCommand.run(election, axes: axes, runs: options.runs, options: options)
        }
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
