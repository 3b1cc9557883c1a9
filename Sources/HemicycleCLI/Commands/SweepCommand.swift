import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `hemicycle sweep [SCENARIO] --vary NAME=FROM:TO:STEP`: seats over a grid of adjustments.
enum SweepCommand {
    static let spec = CommandSpec(
        name: "sweep",
        summary: "Seats over a grid of one or two adjustments (turnout, a swing), deterministic or simulated.",
        usage:
            "[SCENARIO] --vary NAME=FROM:TO:STEP [--vary …] [--runs N --seed S [--threads T]] [--format table|json|csv] [--output FILE] [--svg FILE] [ADJUSTMENTS]",
        options: [
            OptionSpec(
                name: "--vary", short: "-v", value: "NAME=FROM:TO:STEP",
                help: "A parameter and its grid: turnout=15%:60%:5%, turnout2=…, swing.LIST=-10:10:1 (once or twice).",
                repeatable: true),
            OptionSpec(
                name: "--runs", short: "-n", value: "N",
                help: "Simulated elections at each point (default 0: the deterministic run only)."),
            OptionSpec(name: "--seed", short: "-s", value: "S", help: "Master seed, the same at every point (default 1)."),
            OptionSpec(name: "--threads", short: "-t", value: "T", help: "Worker threads (default: all cores)."),
            OutputFormat.option,
            outputOption,
            OptionSpec(name: "--svg", short: nil, value: "FILE", help: "Also write the line chart (SVG) to FILE (one --vary)."),
        ] + adjustmentOptions,
        positionals: 0...1,
        discussion: """
            Each point is the scenario with its adjustments (ADJUSTMENTS, below) and then the point's
            own: a turnout level (percent of the register, reached in the deterministic run by one
            logit shift) or a swing in points (uniform; swing.LIST:logit=… or :proportional for the
            other methods). With --runs, each point is a Monte Carlo study from the same seed, so
            every point draws the same random numbers: the table gives the mean seats and their 90%
            interval, and the probability of a majority. CSV and JSON are tidy: one row per point
            and list. A value a point cannot take (a swing that drives a share below zero) is a
            usage error naming it.

            Examples:
              hemicycle sweep --vary turnout=15%:60%:5%
              hemicycle sweep --vary swing.ADEMA-PASJ=-10:10:1 --runs 10000 --svg adema.svg
              hemicycle sweep --vary turnout=20%:50%:10% --vary swing.CNID=-4:4:2 --format csv

            \(adjustmentDiscussion)
            """)

    /// The axes of `--vary` (one or two, `sweep` and `report` alike).
    static func parseAxes(_ texts: [String], required: Bool) throws(CLIError) -> [SweepAxis] {
        if texts.isEmpty && required { throw .commandUsage(command: "sweep", "'hemicycle sweep' needs --vary NAME=FROM:TO:STEP") }
        guard texts.count <= 2 else { throw .usage("--vary is given \(texts.count) times; a sweep has one or two") }
        var axes: [SweepAxis] = []
        for text in texts {
            do {
                axes.append(try SweepAxis.parse(text))
            } catch {
                throw .usage("--vary: \(error.message)")
            }
        }
        if axes.count == 2, axes[0].name == axes[1].name { throw .usage("--vary: '\(axes[0].name)' is varied twice") }
        let points = Sweep.pointCount(axes)
        guard points <= SweepAxis.maximumPoints else {
            throw .usage("--vary: the grid has \(points) points; at most \(SweepAxis.maximumPoints)")
        }
        return axes
    }

    /// Runs the sweep under a progress bar (when simulated) and Ctrl-C, for `sweep` and `report`.
    ///
    /// - Returns: the sweep, and whether Ctrl-C cut it short.
    static func run(_ election: Election, axes: [SweepAxis], runs: Int, options: SimulationOptions) async throws(CLIError)
        -> (sweep: Sweep, interrupted: Bool)
    {
        let control = SimulationControl()
        let points = Sweep.pointCount(axes)
        let progress = runs > 0 ? ProgressReporter(control: control, total: runs * points) : nil
        defer { progress?.finish() }
        do {
            let sweep = try await Sweep.run(election, axes: axes, runs: runs, seed: options.seed, threads: options.threads, control: control)
            return (sweep, control.isCancelled)
        } catch {
            throw .usage("--vary: \(error.message)")
        }
    }

    static func execute(_ arguments: Arguments) async throws(CLIError) {
        let format = try OutputFormat.parse(arguments)
        let axes = try parseAxes(arguments.all("--vary"), required: true)
        if arguments.value("--svg") != nil, axes.count != 1 { throw .usage("--svg draws a sweep of one --vary, not two") }
        let options = try SimulationOptions.parse(arguments, runs: 0...1_000_000_000_000)
        let runs = arguments.value("--runs") == nil ? 0 : options.runs
        let scenario = try loadScenario(arguments)
        let (sweep, interrupted) = try await run(scenario.election, axes: axes, runs: runs, options: options)
        let text: String
        switch format {
        case .table: text = sweep.table()
        case .json: text = sweep.json().prettyPrinted()
        case .csv: text = sweep.csv()
        }
        try Output.deliver(text, to: arguments.value("--output"))
        if let svg = arguments.value("--svg") { try Output.deliver(SweepChart(sweep).svgDocument(), to: svg) }
        if interrupted { exit(130) }
    }
}
