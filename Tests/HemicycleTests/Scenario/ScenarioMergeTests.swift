import Foundation
import Hemicycle
import Testing

/// How a scenario that `extends` another is laid over it.
@Suite("Scenario merge")
struct ScenarioMergeTests {
    func json(_ text: String) throws -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    @Test func elementsWithTheSameIDMergeAndNewOnesAreAppended() throws {
        let base = try json(#"{"c": [{"id": "a", "x": 1, "y": 2}, {"id": "b", "x": 3}]}"#)
        let override = try json(#"{"c": [{"id": "a", "x": 9}, {"id": "n", "x": 4}, {"id": "b", "remove": true}]}"#)
        let merged = base.merged(with: override)
        #expect(merged == (try json(#"{"c": [{"id": "a", "x": 9, "y": 2}, {"id": "n", "x": 4}]}"#)))
    }

    @Test func anEmptyArrayClearsAKeyedArray() throws {
        // Before the fix an empty override merged "no elements" into the base and changed nothing,
        // so `"boycotts": []` silently kept every boycott.
        let base = try json(#"{"boycotts": [{"list": "X", "abstention": 0.5}], "v": [{"seats": 1}]}"#)
        let merged = base.merged(with: try json(#"{"boycotts": [], "v": []}"#))
        #expect(merged == (try json(#"{"boycotts": [], "v": []}"#)))
    }

    @Test func extendingWithNoBoycottsPutsTheListBackOnTheBallot() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-merge-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = TestScenario.single(
            lists: ["A", "B", "X"],
            round1: #"{"turnout": 0.5, "shares": {"A": 0.5, "B": 0.3, "X": 0.2}}"#,
            extra: #""boycotts": [{"list": "X", "abstention": 0.5}]"#
        )
        try base.write(to: directory.appendingPathComponent("base.json"), atomically: true, encoding: .utf8)
        try #"{"extends": "base.json", "boycotts": []}"#.write(
            to: directory.appendingPathComponent("lifted.json"),
            atomically: true,
            encoding: .utf8
        )
        let boycotted = try ScenarioLoader.load(path: directory.appendingPathComponent("base.json").path)
        let lifted = try ScenarioLoader.load(path: directory.appendingPathComponent("lifted.json").path)
        #expect(boycotted.boycotts.count == 1)
        #expect(lifted.boycotts.isEmpty)
        let result = TwoRoundEngine(election: lifted).run()
        #expect(result.list("X")?.constituenciesContested == 1)
        #expect(result.firstRound.voters == 500)
    }
}
