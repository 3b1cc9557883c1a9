import Hemicycle

/// `hemicycle run [SCENARIO]`: the deterministic result.
enum RunCommand {
    static let spec = CommandSpec(
        name: "run",
        summary: "Run a scenario's election on its expected values and print the seats.",
        usage: "[SCENARIO] [--format table|json|csv] [--constituencies] [--output FILE] [--svg FILE [--seat-order ORDER]] [ADJUSTMENTS]",
        options: [
            OutputFormat.option,
            OptionSpec(
                name: "--constituencies", short: "-c", value: nil,
                help: "Add one line per constituency (CSV: one row per constituency and list)."),
            outputOption,
            OptionSpec(name: "--svg", short: nil, value: "FILE", help: "Also write the parliament diagram (SVG) to FILE."),
            seatOrderOption,
        ] + adjustmentOptions,
        positionals: 0...1,
        discussion: """
            Without SCENARIO, runs the Mali 1992 reference scenario compiled into hemicycle.
            CSV has a header row and one row per list (column 'party' holds the list's id, 'seats' its seats).

            Examples:
              hemicycle run
              hemicycle run Scenarios/mali-1992.json --format json
              hemicycle run Scenarios/mali-1992.json --constituencies --format csv -o mali.csv
              hemicycle run --turnout 45% --boycott CNID
              hemicycle run --swing ADEMA-PASJ=-5:logit

            \(adjustmentDiscussion)
            """)

    static func execute(_ arguments: Arguments) throws(CLIError) {
        let format = try OutputFormat.parse(arguments)
        let scenario = try loadScenario(arguments)
        let (election, source) = (scenario.election, scenario.source)
        if arguments.value("--seat-order") != nil, arguments.value("--svg") == nil {
            throw .usage("--seat-order orders the parliament diagram: give --svg FILE")
        }
        let order = try seatOrder(arguments, election)
        let result = election.run()
        let rule = election.system.summary
        let byConstituency = arguments.has("--constituencies")
        let text: String
        switch format {
        case .table:
            text = result.table(rule: rule, source: "Deterministic run of \(source)", constituencies: byConstituency)
        case .json:
            text = result.json(rule: rule, source: source).prettyPrinted()
        case .csv:
            text = byConstituency ? result.constituencyCSV() : result.partyCSV()
        }
        try Output.deliver(text, to: arguments.value("--output"))
        if let svg = arguments.value("--svg") { try Output.deliver(result.parliamentDiagram(order: order).svgDocument(), to: svg) }
    }
}
