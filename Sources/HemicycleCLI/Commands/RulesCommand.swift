import Hemicycle

/// `hemicycle rules`: every rule a scenario or `compare` can name, one line each.
enum RulesCommand {
    static let spec = CommandSpec(
        name: "rules",
        summary: "List every allocation rule, its options and where it can be named.",
        usage: "[--format table|json|csv] [--output FILE]",
        options: [OutputFormat.option, outputOption],
        positionals: 0...0,
        discussion: """
            The names go in a scenario's "rule": {"method": NAME} or in 'hemicycle compare --rules';
            options follow a colon in 'compare' (dhondt:national:threshold=5). Scenarios/README.md
            documents each rule's fields.
            """)

    static func execute(_ arguments: Arguments) throws(CLIError) {
        let listing = RuleCatalog.listing
        let text: String
        switch try OutputFormat.parse(arguments) {
        case .table:
            var table = TextTable(
                headers: ["Rule", "Family", "Options (compare)", "In", "What it does"],
                alignments: [.left, .left, .left, .left, .left])
            for rule in listing {
                let name = rule.aliases.isEmpty ? rule.name : "\(rule.name) (\(rule.aliases.joined(separator: ", ")))"
                table.add([
                    name, rule.family, rule.options.joined(separator: " "), rule.accepted.joined(separator: ", "),
                    rule.summary,
                ])
            }
            text = table.render()
        case .json:
            text = JSONValue.array(
                listing.map { rule in
                    .object([
                        ("name", .string(rule.name)), ("aliases", .array(rule.aliases.map(JSONValue.string))),
                        ("family", .string(rule.family)), ("options", .array(rule.options.map(JSONValue.string))),
                        ("accepted", .array(rule.accepted.map(JSONValue.string))), ("summary", .string(rule.summary)),
                    ])
                }
            ).prettyPrinted()
        case .csv:
            text = CSV.line(["name", "aliases", "family", "options", "accepted", "summary"])
                + listing.map { rule in
                    CSV.line([
                        rule.name, rule.aliases.joined(separator: " "), rule.family, rule.options.joined(separator: " "),
                        rule.accepted.joined(separator: " "), rule.summary,
                    ])
                }.joined()
        }
        try Output.deliver(text, to: arguments.value("--output"))
    }
}
