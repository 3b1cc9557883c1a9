import Hemicycle

/// `hemicycle tipping [SCENARIO] --list LIST`: where a list's seats and majority change.
enum TippingCommand {
    static let spec = CommandSpec(
        name: "tipping",
        summary: "The swings (and turnout) at which a list gains or loses each seat and a majority; its seats-votes curve.",
        usage: "[SCENARIO] --list LIST [--format table|json|csv] [--output FILE] [--svg FILE] [ADJUSTMENTS]",
        options: [
            OptionSpec(
                name: "--list", short: "-l", value: "LIST", help: "The list (id or short name) or a bloc (its lists together) (required)."),
            OutputFormat.option,
            outputOption,
            OptionSpec(name: "--svg", short: nil, value: "FILE", help: "Also write the seats-votes curve (SVG) to FILE."),
        ] + adjustmentOptions,
        positionals: 0...1,
        discussion: """
            Scans every uniform swing of LIST's vote (in steps of 0.1 points, over the swings that
            keep its share in [0, 1] everywhere) on the deterministic run and bisects each step
            where its seats change down to 1e-6 points: each printed swing is where the counted votes
            flip a seat. The majority's tipping point is the change nearest zero that crosses the
            majority; the turnout line does the same over round-1 turnout levels from 1% to 99%.
            The seats-votes curve gives the seats at 50% of the vote (the bias: seat share minus
            one half) and the responsiveness (seat share per vote share between swings of ±5
            points around the actual vote), as JudgeIt and seatsvotes define them for one party against the rest.
            CSV: one row per change of seats.

            Examples:
              hemicycle tipping --list ADEMA-PASJ
              hemicycle tipping Scenarios/mali-1992.json --list CNID --svg cnid.svg --format csv

            \(adjustmentDiscussion)
            """)

    static func execute(_ arguments: Arguments) throws(CLIError) {
        let format = try OutputFormat.parse(arguments)
        guard let list = arguments.value("--list") else {
            throw .commandUsage(command: "tipping", "'hemicycle tipping' needs --list LIST")
        }
        let scenario = try loadScenario(arguments)
        let points: TippingPoints
        do {
            points = try TippingPoints.find(list: list, in: scenario.election)
        } catch {
            throw .usage("--list: \(error.message)")
        }
        let text: String
        switch format {
        case .table: text = points.table()
        case .json: text = points.json().prettyPrinted()
        case .csv: text = points.csv()
        }
        try Output.deliver(text, to: arguments.value("--output"))
        if let svg = arguments.value("--svg") { try Output.deliver(points.svgDocument(), to: svg) }
    }
}
