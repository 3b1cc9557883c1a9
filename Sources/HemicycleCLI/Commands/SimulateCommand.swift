import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `hemicycle simulate [SCENARIO] --runs N --seed S`: a seeded Monte Carlo study.
enum SimulateCommand {
    static let spec = CommandSpec(
        name: "simulate",
        summary: "Simulate a scenario many times (seeded, parallel) and summarise the seats.",
        usage: "[SCENARIO] [--runs N] [--seed S] [--threads T] [--shard K/N] [--format table|json|csv] [--constituencies] [--distributions] [--output FILE] [--svg FILE]",
        options: [
            OptionSpec(name: "--runs", short: "-n", value: "N", help: "Simulated elections (default 10000; 1 to 10^12)."),
            OptionSpec(name: "--seed", short: "-s", value: "S", help: "Master seed, 0 to 2^64-1 (default 1)."),
            OptionSpec(
                name: "--threads", short: "-t", value: "T",
                help: "Worker threads (default: all cores). Any count gives the same result."),
            OptionSpec(
                name: "--shard", short: nil, value: "K/N",
                help: "Run only the K-th of N slices and write a partial result file for 'hemicycle merge'."),
            OutputFormat.option,
            OptionSpec(
                name: "--constituencies", short: "-c", value: nil,
                help: "Add each constituency's win probabilities (CSV: one row per constituency and list)."),
            OptionSpec(
                name: "--distributions", short: "-d", value: nil,
                help: "CSV: every distribution in long format (distribution,key,value,runs)."),
            outputOption,
            OptionSpec(name: "--svg", short: nil, value: "FILE", help: "Also write the seat distribution chart (SVG) to FILE."),
        ] + adjustmentOptions,
        positionals: 0...1,
        discussion: """
            Without SCENARIO, simulates the embedded Mali 1992 scenario. The noise comes from the
            scenario's 'uncertainty' block, or from the documented defaults (Scenarios/README.md).
            Runs are cut into blocks of 1,000, each with its own random stream derived from the seed,
            so the same seed gives the same bytes on any number of threads, and shards merged with
            'hemicycle merge' give exactly the result of one run.
            A progress bar is drawn on standard error when it is a terminal. Ctrl-C stops after the
            blocks under way and prints the summary of the runs finished, marked PARTIAL (exit 130).

            Examples:
              hemicycle simulate Scenarios/mali-1992.json --runs 1000000 --seed 1
              hemicycle simulate --runs 100000 --format json -o study.json
              hemicycle simulate Scenarios/mali-1992.json --runs 10000000 --shard 2/4 -o part-2.json
            """)

    static func execute(_ arguments: Arguments) async throws(CLIError) {
        let format = try OutputFormat.parse(arguments)
        let options = try SimulationOptions.parse(arguments)
        let shard = try parseShard(arguments.value("--shard"))
        let scenario = try loadScenario(arguments)
        let (tally, interrupted) = await options.run(scenario.election, shard: shard) { plan, control in
            await plan.run(threads: options.threads, control: control)
        }
        let study = SimulationStudy(
            election: scenario.election, document: scenario.digest, seed: options.seed, plannedRuns: options.runs,
            shard: shard, interrupted: interrupted, tally: tally)
        if shard != nil {
            try Output.deliver(study.fileJSON().prettyPrinted(indent: 1), to: arguments.value("--output"))
        } else {
            try Output.deliver(render(study, format: format, arguments: arguments), to: arguments.value("--output"))
            if let svg = arguments.value("--svg") { try Output.deliver(study.distributionChart().svgDocument(), to: svg) }
        }
        if interrupted { exit(130) }
    }

    static func parseShard(_ text: String?) throws(CLIError) -> SimulationStudy.Shard? {
        guard let text else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), (1...100_000).contains(count),
            (1...count).contains(index)
        else {
            throw .usage("--shard must be K/N with 1 ≤ K ≤ N ≤ 100000 (e.g. 3/8), not '\(text)'")
        }
        return SimulationStudy.Shard(index: index, count: count)
    }

    /// The report in the requested format.
    static func render(_ study: SimulationStudy, format: OutputFormat, arguments: Arguments) -> String {
        switch format {
        case .table: return study.table(constituencies: arguments.has("--constituencies"))
        case .json: return study.json().prettyPrinted()
        case .csv:
            if arguments.has("--distributions") { return study.distributionCSV() }
            return arguments.has("--constituencies") ? study.constituencyCSV() : study.partyCSV()
        }
    }
}

/// `hemicycle merge FILES...`: shards into one study.
enum MergeCommand {
    static let spec = CommandSpec(
        name: "merge",
        summary: "Combine the partial result files of 'simulate --shard' into one summary.",
        usage: "FILE... [--format table|json|csv] [--constituencies] [--distributions] [--output FILE] [--allow-partial]",
        options: [
            OutputFormat.option,
            OptionSpec(name: "--constituencies", short: "-c", value: nil, help: "As for 'simulate'."),
            OptionSpec(name: "--distributions", short: "-d", value: nil, help: "As for 'simulate'."),
            OptionSpec(
                name: "--allow-partial", short: nil, value: nil,
                help: "Merge even if shards are missing or were interrupted (the summary is then marked PARTIAL)."),
            outputOption,
        ],
        positionals: 1...Int.max,
        discussion: """
            The merged summary is byte for byte the summary of one 'simulate' with the same scenario,
            runs and seed. Files from different scenarios, seeds, run counts or splits are refused, and
            so are a shard given twice, a missing or interrupted shard (unless --allow-partial), and
            a file whose checksum or tallies do not hold (edited or damaged).

            Example:
              for k in 1 2 3 4; do hemicycle simulate S.json --runs 4000000 --seed 7 --shard $k/4 -o part-$k.json; done
              hemicycle merge part-*.json
            """)

    static func execute(_ arguments: Arguments) throws(CLIError) {
        let format = try OutputFormat.parse(arguments)
        var studies: [SimulationStudy] = []
        for path in arguments.positionals {
            let bytes: [UInt8]
            do {
                bytes = try ScenarioLoader.readFile(path)
            } catch {
                throw .failure("cannot read '\(path)'")
            }
            do {
                studies.append(try SimulationStudy(file: try JSONParser.parse(bytes)))
            } catch let error as JSONSyntaxError {
                throw .failure("\(path): \(error)")
            } catch let error as SimulationStudy.FileError {
                throw .failure("\(path): \(error)")
            } catch {
                throw .failure("\(path): \(error)")
            }
        }
        let study: SimulationStudy
        do {
            study = try SimulationStudy.merged(
                studies, files: arguments.positionals, allowIncomplete: arguments.has("--allow-partial"))
        } catch {
            throw .failure("cannot merge: \(error)")
        }
        try Output.deliver(SimulateCommand.render(study, format: format, arguments: arguments), to: arguments.value("--output"))
    }
}
