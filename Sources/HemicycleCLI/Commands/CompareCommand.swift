import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `hemicycle compare [SCENARIO] --rules A,B,…`: several rules on the same votes.
enum CompareCommand {
    /// The default rules as the help texts show them.
    static let defaultRules = RuleChoice.defaultNames.joined(separator: ",")

    static let spec = CommandSpec(
        name: "compare",
        summary: "Run several rules on the same votes and compare seats and disproportionality.",
        usage:
            "[SCENARIO] [--rules A,B,...] [--runs N --seed S [--threads T]] [--format table|json|csv] [--indices] [--output FILE] [--svg FILE] [--diagrams DIR [--seat-order ORDER]]",
        options: [
            OptionSpec(
                name: "--rules", short: "-r", value: "A,B,...",
                help: "Rules to compare (default: the scenario's 'compare' list, else \(defaultRules))."),
            OptionSpec(
                name: "--runs", short: "-n", value: "N",
                help: "Also simulate N elections; every rule sees the same simulated votes in each."),
            OptionSpec(name: "--seed", short: "-s", value: "S", help: "Master seed of the simulation (default 1; needs --runs)."),
            OptionSpec(
                name: "--threads", short: "-t", value: "T", help: "Worker threads of the simulation (default: all cores; needs --runs)."),
            OutputFormat.option,
            OptionSpec(name: "--indices", short: nil, value: nil, help: "CSV: the indices, one row per rule (not with --runs)."),
            outputOption,
            OptionSpec(
                name: "--svg", short: nil, value: "FILE", help: "Also write the seats-by-rule chart (SVG) to FILE (not with --runs)."),
            OptionSpec(
                name: "--diagrams", short: nil, value: "DIR",
                help: "Also write each rule's parliament diagram to DIR/RULE.svg (DIR is created if need be; not with --runs)."),
            seatOrderOption,
        ] + adjustmentOptions,
        positionals: 0...1,
        discussion: """
            Rules: trs-list (the two-round majority list rule: the scenario's, or Mali's), scenario (the
            scenario's own rule), \(RuleCatalog.names.joined(separator: ", ")), biproportional.
            Options after a colon: national (on national totals), threshold=PERCENT (of valid votes),
            first-divisor=X (modified-sainte-lague), quota=exact|down|half-up|up (largest remainder).
            biproportional: threshold=PERCENT (in at least one constituency), voter-numbers=votes|rounded|exact.
            Proportional and plurality rules allocate the round-1 votes; the two-round rule runs its
            own run-off. Indices: Gallagher, Loosemore-Hanby, Sainte-Laguë, the largest seat bonus, and
            the effective number of parties by votes and by seats (Laakso-Taagepera).
            With --runs, each simulated election's votes go through every rule (common random numbers):
            the report gives each rule's seat distributions and the distribution of each list's seat
            difference from the first rule.

            Examples:
              hemicycle compare Scenarios/mali-1992.json --rules trs-list,dhondt,sainte-lague,hare
              hemicycle compare --rules trs-list,dhondt:national:threshold=5 --runs 100000 --seed 1
            """)

    static func execute(_ arguments: Arguments) async throws(CLIError) {
        let format = try OutputFormat.parse(arguments)
        try checkMode(arguments)
        let scenario = try loadScenario(arguments)
        let choices = try parseRuleChoices(arguments, for: scenario.election)
        if arguments.value("--runs") != nil {
            try await simulate(arguments, scenario: scenario, choices: choices, format: format)
            return
        }
        if arguments.value("--seat-order") != nil, arguments.value("--diagrams") == nil {
            throw .usage("--seat-order orders the parliament diagrams: give --diagrams DIR")
        }
        let order = try seatOrder(arguments, scenario.election)
        let comparison = RuleComparison(election: scenario.election, choices: choices)
        let text: String
        switch format {
        case .table: text = comparison.table(source: scenario.source)
        case .json: text = comparison.json(source: scenario.source).prettyPrinted()
        case .csv: text = arguments.has("--indices") ? comparison.indicesCSV() : comparison.seatsCSV()
        }
        try Output.deliver(text, to: arguments.value("--output"))
        if let svg = arguments.value("--svg") { try Output.deliver(comparison.chart().svgDocument(), to: svg) }
        if let directory = arguments.value("--diagrams") {
            if let problem = makeFolders(directory) {
                throw .failure("--diagrams: cannot create the folder '\(directory)': \(problem)")
            }
            for (choice, result) in zip(comparison.choices, comparison.results) {
                try Output.deliver(
                    result.parliamentDiagram(subtitle: "Under \(choice.label)", order: order).svgDocument(),
                    to: directory + "/" + choice.fileName + ".svg")
            }
        }
    }

    /// Refuses the options the chosen mode would ignore: --seed and --threads only drive the
    /// simulation (--runs); --indices, --svg and --diagrams only describe the comparison without it.
    static func checkMode(_ arguments: Arguments) throws(CLIError) {
        if arguments.value("--runs") != nil {
            for option in ["--indices", "--svg", "--diagrams", "--seat-order"] where arguments.has(option) || arguments.value(option) != nil {
                throw .usage("\(option) cannot be used with --runs in 'hemicycle compare'")
            }
        } else {
            for option in ["--seed", "--threads"] where arguments.value(option) != nil {
                throw .usage("\(option) can only be used with --runs in 'hemicycle compare'")
            }
        }
    }

    /// The simulated comparison (`--runs`): every rule on the same simulated votes in each run.
    private static func simulate(
        _ arguments: Arguments, scenario: LoadedScenario, choices: [RuleChoice], format: OutputFormat
    ) async throws(CLIError) {
        let options = try SimulationOptions.parse(arguments)
        let (tally, interrupted) = await options.run(scenario.election) { plan, control in
            await plan.compare(choices.map(\.system), threads: options.threads, control: control)
        }
        let report = SimulatedComparison(
            election: scenario.election, rules: choices.map(\.label), seed: options.seed, plannedRuns: options.runs,
            tally: tally)
        let text: String
        switch format {
        case .table: text = report.table()
        case .json: text = report.json().prettyPrinted()
        case .csv: text = report.csv()
        }
        try Output.deliver(text, to: arguments.value("--output"))
        if interrupted { exit(130) }
    }
}

/// Creates `path` and the folders above it that are missing (`mkdir -p`); returns why not, or `nil`.
func makeFolders(_ path: String) -> String? {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
        prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
        if mkdir(prefix, 0o755) != 0 && errno != EEXIST { return BoundedRead.describe(errno: errno) }
    }
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return "it exists and is not a folder" }
    return nil
}
