import Hemicycle

/// `hemicycle import RESULTS.csv --rule RULE`: a scenario from official results tables.
enum ImportCommand {
    static let spec = CommandSpec(
        name: "import",
        summary: "Build a scenario from results tables (CSV): one row per constituency, list and round.",
        usage: "RESULTS.csv --rule RULE [--constituencies FILE.csv] [--map NAME=COLUMN,...] [--seats N] [--id ID] [--title T] [--delimiter C] [--output FILE]",
        options: [
            OptionSpec(
                name: "--rule", short: "-r", value: "RULE",
                help: "The rule: a method (dhondt, two-round, plurality, …) or a rule block as JSON (required)."),
            OptionSpec(
                name: "--constituencies", short: "-c", value: "FILE",
                help: "A second table: constituency, constituency_name, region, seats, registered, voters, blank, invalid[, round]."),
            OptionSpec(
                name: "--map", short: "-m", value: "NAME=COLUMN,...",
                help: "The files' own column names: --map constituency=Provincia,votes=Votos."),
            OptionSpec(name: "--seats", short: nil, value: "N", help: "Seats in every constituency, when no column gives them."),
            OptionSpec(name: "--id", short: nil, value: "ID", help: "The scenario's id (default: the file's name)."),
            OptionSpec(name: "--title", short: nil, value: "T", help: "Its title (default: the id)."),
            OptionSpec(name: "--delimiter", short: "-d", value: "C", help: "The field separator (default ','; 'tab' for tabs)."),
            outputOption,
        ],
        positionals: 1...1,
        discussion: """
            RESULTS.csv has the columns constituency, list and votes, and optionally round (1 or 2,
            default 1), candidate, constituency_name, region, seats, registered, voters, blank and
            invalid (repeated on each row, or in --constituencies). Parties are the lists, in order of
            first appearance. The scenario is checked as 'hemicycle validate' checks a file before it
            is written; a problem names its file and line. Its provenance names the files: replace
            the citation with the results' publisher.

            Examples:
              hemicycle import results.csv --rule dhondt --constituencies districts.csv -o election.json
              hemicycle import votos.csv --rule '{"method": "dhondt", "threshold": {"percent": 3}}' \\
                  --map constituency=Provincia,list=Candidatura,votes=Votos,seats=Escaños -o es.json
            """)

    static func execute(_ arguments: Arguments) throws(CLIError) {
        let resultsPath = arguments.positionals[0]
        guard let ruleText = arguments.value("--rule") else {
            throw .commandUsage(command: "import", "'hemicycle import' needs --rule RULE (a method such as dhondt, or a rule block as JSON)")
        }
        let rule: JSONValue
        if ruleText.hasPrefix("{") {
            do {
                rule = try JSONParser.parse(Array(ruleText.utf8))
            } catch {
                throw .usage("--rule: not a JSON object: \(error)")
            }
        } else {
            rule = .object([("method", .string(ruleText))])
        }
        var names: [String: String] = [:]
        if let map = arguments.value("--map") {
            for pair in map.split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, ResultsImport.columns.contains(parts[0]), !parts[1].isEmpty else {
                    throw .usage("--map takes NAME=COLUMN pairs with NAME one of \(ResultsImport.columns.joined(separator: ", ")), not '\(pair)'")
                }
                names[parts[0]] = parts[1]
            }
        }
        let seats = arguments.value("--seats") == nil ? nil : try arguments.integer("--seats", default: 1, in: 1...10_000)
        var delimiter: Character = ","
        if let text = arguments.value("--delimiter") {
            if text == "tab" || text == "\\t" {
                delimiter = "\t"
            } else if text.count == 1, let character = text.first, character != "\"" {
                delimiter = character
            } else {
                throw .usage("--delimiter must be one character (or 'tab'), not '\(text)'")
            }
        }
        let base = resultsPath.split(separator: "/").last.map(String.init) ?? resultsPath
        let id = arguments.value("--id") ?? (base.hasSuffix(".csv") ? String(base.dropLast(4)) : base)
        let importer = ResultsImport(
            rule: rule, id: id, title: arguments.value("--title") ?? id, seats: seats, columnNames: names)
        let results = try table(resultsPath, delimiter: delimiter)
        let constituenciesPath = arguments.value("--constituencies")
        let constituencies = try constituenciesPath.map { (path) throws(CLIError) in try table(path, delimiter: delimiter) }
        let document: JSONValue
        do {
            document = try importer.scenario(
                results: results, resultsFile: resultsPath, constituencies: constituencies,
                constituenciesFile: constituenciesPath ?? "")
        } catch {
            throw .failure("\(error)")
        }
        let text = document.prettyPrinted()
        // Checked as validate checks a file, before anything is written.
        do {
            _ = try ScenarioLoader.load(bytes: Array(text.utf8), name: arguments.value("--output") ?? "the imported scenario")
        } catch {
            throw .scenario(error)
        }
        try Output.deliver(text, to: arguments.value("--output"))
    }

    /// A CSV file read whole.
    static func table(_ path: String, delimiter: Character) throws(CLIError) -> CSVTable {
        let bytes: [UInt8]
        do {
            bytes = try ScenarioLoader.readFile(path)
        } catch {
            throw .failure("\(error)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .failure("\(path): not UTF-8 text") }
        do {
            return try CSVTable(text, delimiter: delimiter)
        } catch {
            throw .failure("\(path): \(error)")
        }
    }
}
