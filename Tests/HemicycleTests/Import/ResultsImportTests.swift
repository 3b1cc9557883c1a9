import Foundation
import Hemicycle
import Testing

/// `hemicycle import`: CSV read as RFC 4180 says, problems named by file and line, and the
/// shipped validation elections exported to results tables and imported back to the same
/// figures and seats.
@Suite("Import")
struct ResultsImportTests {
    @Test("CSV: quotes, doubled quotes, line breaks in a field, CRLF, a byte-order mark")
    func csv() throws {
        let table = try CSVTable("\u{FEFF}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",3\n")
        #expect(table.columns == ["a", "b"])
        #expect(table.rows.map(\.fields) == [["x, y", "say \"hi\""], ["two\nlines", "3"]])
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(throws: CSVTable.Problem.self) { try CSVTable("a,b\n1,2,3\n") }
        #expect(throws: CSVTable.Problem.self) { try CSVTable("a\n\"open\n") }
        #expect(throws: CSVTable.Problem.self) { try CSVTable("") }
    }

    func importing(_ results: String, constituencies: String? = nil, rule: String = "dhondt", seats: Int? = nil) throws -> JSONValue {
        let importer = ResultsImport(rule: .object([("method", .string(rule))]), id: "t", title: "T", seats: seats)
        return try importer.scenario(
            results: try CSVTable(results), resultsFile: "r.csv", constituencies: try constituencies.map { try CSVTable($0) },
            constituenciesFile: "c.csv")
    }

    @Test("problems name the file and the line")
    func problems() throws {
        func problem(_ results: String, _ constituencies: String? = nil, seats: Int? = 3) -> String {
            do {
                _ = try importing(results, constituencies: constituencies, seats: seats)
                return ""
            } catch let error as ResultsImport.Problem {
                return "\(error)"
            } catch {
                return "\(error)"
            }
        }
        #expect(problem("constituency,list\nA,X\n").hasPrefix("r.csv:1: no column 'votes'"))
        #expect(problem("constituency,list,votes,registered\nA,X,12,100\nA,Y,-3,100\n").hasPrefix("r.csv:3: votes must be"))
        #expect(problem("constituency,list,votes,registered\nA,X,12,100\nA,X,3,100\n").hasPrefix("r.csv:3: 'X' has a second row"))
        #expect(problem("constituency,list,votes,registered\nA,X,12,100\nA,Y,3,90\n").hasPrefix("r.csv:3: registered (round 1) of 'A' is 90"))
        #expect(problem("constituency,list,votes,round,registered\nA,X,12,3,100\n").hasPrefix("r.csv:2: the round must be 1 or 2"))
        #expect(problem("constituency,list,votes\nA,X,12\n").contains("no registered voters for constituency 'A'"))
        #expect(problem("constituency,list,votes,registered\nA,X,12,100\n", seats: nil).contains("no seats for constituency 'A'"))
        #expect(problem("constituency,list,votes,registered\nA,X,12,100\n", "constituency,seats\nB,2\n", seats: nil).hasPrefix("c.csv:2: constituency 'B'"))
    }

    @Test("a hand-made table becomes a checked scenario with observed rounds and its provenance")
    func handMade() throws {
        let document = try importing(
            "constituency,list,votes,round\nN,A,600,1\nN,B,300,1\nN,C,100,1\nS,A,100,1\nS,B,900,1\n",
            constituencies: "constituency,constituency_name,seats,registered,blank,invalid\nN,North,3,2000,10,5\nS,South,2,1500,0,0\n")
        let election = try ScenarioLoader.election(from: document, file: "t.json")
        let result = election.run()
        // D'Hondt: North 600/300/100 for 3 seats → A 2, B 1; South 100/900 for 2 → B 2.
        #expect(result.list("A")?.seats == 2 && result.list("B")?.seats == 3 && result.list("C")?.seats == 0)
        #expect(result.constituencies[0].name == "North" && result.constituencies[0].firstRound.blank == 10)
        #expect(election.sources.contains { $0.id == "imported" })
    }

    /// The scenario's official counts as the two tables official results come in.
    static func export(_ document: JSONValue) -> (results: String, constituencies: String) {
        func text(_ value: JSONValue?) -> String {
            switch value {
            case .string(let text)?: return text
            case .integer(let number)?: return String(number)
            default: return ""
            }
        }
        func field(_ value: String) -> String {
            value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        var results = "constituency,list,candidate,round,votes\n"
        var constituencies = "constituency,constituency_name,region,seats,round,registered,voters,blank,invalid\n"
        guard case .array(let rows)? = document["constituencies"] else { return (results, constituencies) }
        for row in rows {
            let id = text(row["id"])
            for round in [1, 2] {
                guard let counts = row["round\(round)"] else { continue }
                switch counts["votes"] {
                case .object(let lines)?:
                    for line in lines { results += [id, line.key, "", "\(round)", text(line.value)].map(field).joined(separator: ",") + "\n" }
                case .array(let lines)?:
                    for line in lines {
                        results += [id, text(line["list"]), text(line["candidate"]), "\(round)", text(line["votes"])].map(field)
                            .joined(separator: ",") + "\n"
                    }
                default: break
                }
                let registered = counts["registered"] ?? (round == 1 ? row["registered"] : nil)
                constituencies += [
                    id, text(row["name"]), text(row["region"]), text(row["seats"]), "\(round)", text(registered), text(counts["voters"]),
                    text(counts["blank"]), text(counts["invalid"]),
                ].map(field).joined(separator: ",") + "\n"
            }
        }
        return (results, constituencies)
    }

    @Test(
        "shipped validation elections exported to tables and imported back: same votes, same seats",
        arguments: ["es-congreso-2019-04", "fr-assemblee-2017", "gr-vouli-2023-06", "ch-zh-kantonsrat-2019"])
    func roundTrip(_ name: String) throws {
        let path = Repository.path("Scenarios/validation/\(name).json")
        let document = try ScenarioLoader.resolvedDocument(path: path)
        let original = try ScenarioLoader.load(path: path).run()
        let (results, constituencies) = Self.export(document)
        // The rule as a user would pass it: without the provenance that cites the scenario's sources.
        let rule = try #require(document["rule"]).setting(try DocumentPath("provenance"), to: .null)
        let importer = ResultsImport(rule: rule, id: name, title: name)
        let imported = try importer.scenario(
            results: try CSVTable(results), resultsFile: "results.csv", constituencies: try CSVTable(constituencies),
            constituenciesFile: "constituencies.csv")
        let result = try ScenarioLoader.election(from: imported, file: "\(name).json").run()
        for list in original.lists where list.seats > 0 || list.firstRoundVotes > 0 {
            #expect(result.list(list.id)?.seats == list.seats, "\(name) \(list.id)")
            #expect(result.list(list.id)?.firstRoundVotes == list.firstRoundVotes, "\(name) \(list.id)")
        }
        // The constituency CSV of the imported scenario gives back the table's figures.
        let rows = try CSVTable(result.constituencyCSV()).rows.map { "\($0.fields[0])|\($0.fields[4])|\($0.fields[5])|\($0.fields[6])" }
        let exported = try CSVTable(results).rows.filter { $0.fields[3] == "1" }.map {
            "\($0.fields[0])|\($0.fields[1])|\($0.fields[2])|\($0.fields[4])"
        }
        #expect(rows.sorted() == exported.sorted())
    }
}
