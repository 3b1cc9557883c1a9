/// Builds a scenario from results tables in the shape official results come in
/// (`hemicycle import`): a long table with one row per constituency, list (or candidate) and
/// round, and optionally a table of constituencies.
///
/// Columns (names as below, or mapped with ``columnNames``):
/// - results: `constituency`, `list`, `votes` (required); `round` (1 or 2, default 1),
///   `candidate`; and any of the constituency columns, repeated on each row;
/// - constituencies: `constituency` (required), `constituency_name`, `region`, `seats`,
///   `registered`, `voters`, `blank`, `invalid`, and `round` for the per-round counts
///   (`registered`, `voters`, `blank`, `invalid`).
///
/// The scenario carries the counts as observed rounds, parties in order of first appearance,
/// the given rule, and a `provenance` naming the files. Every problem names its file and line.
public struct ResultsImport: Sendable {
    /// The canonical column names.
    public static let columns = [
        "constituency", "list", "votes", "round", "candidate", "constituency_name", "region", "seats", "registered",
        "voters", "blank", "invalid",
    ]

    /// Canonical name → the name in the files (`--map seats=Escaños`).
    public var columnNames: [String: String] = [:]
    /// The rule block, as JSON.
    public var rule: JSONValue
    /// Seats in every constituency, when no table gives them.
    public var seats: Int?
    /// The scenario's id and title.
    public var id: String
    public var title: String

    /// Creates an import.
    public init(rule: JSONValue, id: String, title: String, seats: Int? = nil, columnNames: [String: String] = [:]) {
        self.rule = rule
        self.id = id
        self.title = title
        self.seats = seats
        self.columnNames = columnNames
    }

    /// Why a table cannot be imported: the file, the line (0: the whole file) and the problem.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file)" + (line > 0 ? ":\(line)" : "") + ": \(message)" }
    }

    /// One constituency as the tables build it.
    struct Constituency {
        var id: String
        var name: String?
        var region: String?
        var seats: Int?
        /// Per round (1, 2): registered, voters, blank, invalid, and the lines.
        var counts: [Int: [String: Int]] = [:]
        var lines: [Int: [(list: String, candidate: String?, votes: Int)]] = [:]
    }

    /// The scenario built from `results` (named `resultsFile` in messages) and, if given, a
    /// table of constituencies.
    ///
    /// - Throws: ``Problem`` naming the file and line of the first problem.
    public func scenario(
        results: CSVTable, resultsFile: String, constituencies: CSVTable? = nil, constituenciesFile: String = ""
    ) throws(Problem) -> JSONValue {
        var order: [String] = []
        var table: [String: Constituency] = [:]
        var lists: [String] = []
        var seenLists: Set<String> = []
        func column(_ name: String, in csv: CSVTable, file: String, required: Bool) throws(Problem) -> Int? {
            let wanted = columnNames[name] ?? name
            if let index = csv.columns.firstIndex(of: wanted) { return index }
            if required {
                throw Problem(file: file, line: 1, message: "no column '\(wanted)'\(wanted == name ? "" : " (for \(name))"); the header has \(csv.columns.joined(separator: ", "))")
            }
            return nil
        }
        func number(_ text: String, _ what: String, file: String, line: Int) throws(Problem) -> Int {
            let digits = text.trimmingBlanks().filter { $0 != "_" }
            guard let value = Int(digits), value >= 0 else {
                throw Problem(file: file, line: line, message: "\(what) must be a whole number from 0 up, not '\(text)'")
            }
            return value
        }
        /// Reads the per-constituency columns of one row into `constituency`, checking that a
        /// value given twice agrees.
        func readConstituency(
            _ fields: [String], _ indices: [String: Int], round: Int, into constituency: inout Constituency, file: String, line: Int
        ) throws(Problem) {
            func agree<Value: Equatable>(_ old: Value?, _ new: Value, _ what: String) throws(Problem) -> Value {
                if let old, old != new {
                    throw Problem(file: file, line: line, message: "\(what) of '\(constituency.id)' is \(new) here but \(old) on an earlier row")
                }
                return new
            }
            if let index = indices["constituency_name"], !fields[index].isEmpty {
                constituency.name = try agree(constituency.name, fields[index], "the name")
            }
            if let index = indices["region"], !fields[index].isEmpty {
                constituency.region = try agree(constituency.region, fields[index], "the region")
            }
            if let index = indices["seats"], !fields[index].isEmpty {
                let value = try number(fields[index], "seats", file: file, line: line)
                constituency.seats = try agree(constituency.seats, value, "the seats")
            }
            for name in ["registered", "voters", "blank", "invalid"] {
                guard let index = indices[name], !fields[index].isEmpty else { continue }
                let value = try number(fields[index], name, file: file, line: line)
                constituency.counts[round, default: [:]][name] = try agree(constituency.counts[round]?[name], value, "\(name) (round \(round))")
            }
        }
        func indices(of csv: CSVTable, file: String, required: [String]) throws(Problem) -> [String: Int] {
            var found: [String: Int] = [:]
            for name in Self.columns {
                if let index = try column(name, in: csv, file: file, required: required.contains(name)) { found[name] = index }
            }
            return found
        }
        func round(_ fields: [String], _ indices: [String: Int], file: String, line: Int) throws(Problem) -> Int {
            guard let index = indices["round"], !fields[index].trimmingBlanks().isEmpty else { return 1 }
            let text = fields[index].trimmingBlanks()
            guard text == "1" || text == "2" else { throw Problem(file: file, line: line, message: "the round must be 1 or 2, not '\(text)'") }
            return Int(text) ?? 1
        }

        let resultColumns = try indices(of: results, file: resultsFile, required: ["constituency", "list", "votes"])
        for (line, fields) in results.rows {
            let id = fields[resultColumns["constituency"] ?? 0].trimmingBlanks()
            let list = fields[resultColumns["list"] ?? 0].trimmingBlanks()
            guard !id.isEmpty else { throw Problem(file: resultsFile, line: line, message: "the constituency is empty") }
            guard !list.isEmpty else { throw Problem(file: resultsFile, line: line, message: "the list is empty") }
            let votes = try number(fields[resultColumns["votes"] ?? 0], "votes", file: resultsFile, line: line)
            let roundNumber = try round(fields, resultColumns, file: resultsFile, line: line)
            let candidate = resultColumns["candidate"].map { fields[$0].trimmingBlanks() }.flatMap { $0.isEmpty ? nil : $0 }
            if table[id] == nil {
                order.append(id)
                table[id] = Constituency(id: id)
            }
            try readConstituency(fields, resultColumns, round: roundNumber, into: &table[id]!, file: resultsFile, line: line)
            if table[id]!.lines[roundNumber, default: []].contains(where: { $0.list == list && $0.candidate == candidate }) {
                throw Problem(
                    file: resultsFile, line: line,
                    message: "'\(list)'\(candidate.map { " (\($0))" } ?? "") has a second row in round \(roundNumber) of '\(id)'")
            }
            table[id]!.lines[roundNumber, default: []].append((list, candidate, votes))
            if seenLists.insert(list).inserted { lists.append(list) }
        }
        guard !order.isEmpty else { throw Problem(file: resultsFile, line: 0, message: "no result rows under the header") }
        if let constituencies {
            let columns = try indices(of: constituencies, file: constituenciesFile, required: ["constituency"])
            for (line, fields) in constituencies.rows {
                let id = fields[columns["constituency"] ?? 0].trimmingBlanks()
                guard table[id] != nil else {
                    throw Problem(file: constituenciesFile, line: line, message: "constituency '\(id)' has no rows in \(resultsFile)")
                }
                let roundNumber = try round(fields, columns, file: constituenciesFile, line: line)
                try readConstituency(fields, columns, round: roundNumber, into: &table[id]!, file: constituenciesFile, line: line)
            }
        }
        var built: [JSONValue] = []
        var total = 0
        for id in order {
            guard let constituency = table[id] else { continue }
            guard let seats = constituency.seats ?? self.seats else {
                throw Problem(file: resultsFile, line: 0, message: "no seats for constituency '\(id)': give a 'seats' column or --seats N")
            }
            guard let registered = constituency.counts[1]?["registered"] else {
                throw Problem(file: resultsFile, line: 0, message: "no registered voters for constituency '\(id)' in round 1: give a 'registered' column")
            }
            total += seats
            var members: [(String, JSONValue)] = [("id", .string(id))]
            if let name = constituency.name { members.append(("name", .string(name))) }
            if let region = constituency.region { members.append(("region", .string(region))) }
            members += [("seats", .int(seats)), ("registered", .int(registered))]
            for roundNumber in [1, 2] {
                guard let lines = constituency.lines[roundNumber] else { continue }
                var round: [(String, JSONValue)] = []
                let counts = constituency.counts[roundNumber] ?? [:]
                for name in ["registered", "voters", "blank", "invalid"] {
                    if let value = counts[name], !(roundNumber == 1 && name == "registered") { round.append((name, .int(value))) }
                }
                if roundNumber == 2, counts["registered"] == nil { round.insert(("registered", .int(registered)), at: 0) }
                let plain = lines.allSatisfy { $0.candidate == nil }
                let votes: JSONValue =
                    plain
                    ? .object(lines.map { ($0.list, .int($0.votes)) })
                    : .array(
                        lines.map { line in
                            var entry: [(String, JSONValue)] = [("list", .string(line.list))]
                            if let candidate = line.candidate { entry.append(("candidate", .string(candidate))) }
                            entry.append(("votes", .int(line.votes)))
                            return .object(entry)
                        })
                round.append(("votes", votes))
                members.append(("round\(roundNumber)", .object(round)))
            }
            members.append(("provenance", .string("imported")))
            built.append(.object(members))
        }
        let files = constituencies == nil ? resultsFile : "\(resultsFile) and \(constituenciesFile)"
        return .object([
            ("format", .string("hemicycle-scenario/1")), ("id", .string(id)), ("title", .string(title)),
            ("description", .string("Imported by hemicycle import from \(files).")),
            ("assembly", .object([("name", .string(title)), ("size", .int(total)), ("provenance", .string("imported"))])),
            ("parties", .array(lists.map { .object([("id", .string($0)), ("name", .string($0)), ("provenance", .string("imported"))]) })),
            ("rule", rule), ("constituencies", .array(built)),
            (
                "sources",
                .object([
                    (
                        "imported",
                        .object([
                            ("kind", .string("historical")),
                            (
                                "citation",
                                .string("The results as given in \(files), imported by hemicycle import; name their publisher here.")
                            ),
                        ])
                    )
                ])
            ),
            ("provenance", .string("imported")),
        ])
    }
}
