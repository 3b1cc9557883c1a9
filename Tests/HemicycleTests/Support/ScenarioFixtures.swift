import Foundation
import Hemicycle

/// Where the repository's files are, from this source file's location.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }
}

/// Builds elections from JSON text written in tests.
enum TestScenario {
    /// Loads a scenario from `json`, failing the test with every problem if it is invalid.
    static func election(_ json: String, name: String = "test.json") throws -> Election {
        try ScenarioLoader.load(bytes: Array(json.utf8), name: name)
    }

    /// A scenario shipped in `Scenarios/` (`name` relative to it, such as `mali-1992.json`).
    static func shipped(_ name: String) throws -> Election {
        try ScenarioLoader.load(path: Repository.path("Scenarios/\(name)"))
    }

    /// The problems a scenario has, or an empty list; `directory` resolves its `extends`.
    static func problems(_ json: String, name: String = "test.json", directory: String? = nil) -> [ScenarioError.Problem] {
        do {
            _ = try ScenarioLoader.load(bytes: Array(json.utf8), name: name, directory: directory)
            return []
        } catch {
            return error.problems
        }
    }

    /// A minimal scenario with one constituency: `lists` are party ids; `round1` and `round2`
    /// are JSON objects; `extra` adds top-level members (rule, transfers, boycotts…).
    static func single(
        seats: Int = 3, registered: Int = 1000, lists: [String] = ["A", "B", "C"], round1: String,
        round2: String? = nil, rule: String = #"{"method": "two-round"}"#, extra: String = ""
    ) -> String {
        let parties = lists.map { "{\"id\": \"\($0)\", \"name\": \"Party \($0)\"}" }.joined(separator: ", ")
        let second = round2.map { ", \"round2\": \($0)" } ?? ""
        return """
            {
              "assembly": {"name": "Test", "size": \(seats)},
              "parties": [\(parties)],
              "rule": \(rule),
              "constituencies": [
                {"id": "c1", "name": "One", "region": "R", "seats": \(seats), "registered": \(registered),
                 "round1": \(round1)\(second)}
              ]\(extra.isEmpty ? "" : ", " + extra)
            }
            """
    }
}
