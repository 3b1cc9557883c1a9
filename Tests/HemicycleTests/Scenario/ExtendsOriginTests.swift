import Foundation
import Hemicycle
import Testing

/// Problems in a scenario that `extends` another are reported where the value was written: in
/// the user's file at its own path, or as inherited, with the file it came from and how to clear it.
@Suite("Extends: problems placed where their values were written")
struct ExtendsOriginTests {
    /// A folder holding the Mali 1992 reference and the given files.
    func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-origins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let base = try ScenarioLoader.readFile(Repository.path("Scenarios/mali-1992.json"))
        try Data(base).write(to: folder.appendingPathComponent("mali-1992.json"))
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    func problems(_ name: String, in folder: URL) -> [ScenarioError.Problem] {
        do {
            _ = try ScenarioLoader.load(path: folder.appendingPathComponent(name).path)
            return []
        } catch {
            return error.problems
        }
    }

    @Test("a new party's problem is at its path in the user's file, not in the merged list")
    func appendedElement() throws {
        let folder = try self.folder([
            "new.json": #"{"extends": "mali-1992.json", "parties": [{"id": "NEW", "name": "New", "colour": "red"}]}"#
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = problems("new.json", in: folder)
        #expect(found.map(\.path) == ["parties[0].colour"], "\(found)")
    }

    @Test("shares merged from two files say which members came from where")
    func mixedObject() throws {
        let folder = try self.folder([
            "shares.json": #"{"extends": "mali-1992.json", "constituencies": [{"id": "gao", "round1": {"shares": {"ADEMA": 0.5, "US-RDA": 0.5}}}]}"#
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = problems("shares.json", in: folder)
        let problem = try #require(found.first)
        #expect(found.count == 1)
        // Gao is the user's first constituency, whatever its place in the reference.
        #expect(problem.path == "constituencies[0].round1.shares")
        #expect(problem.message.contains("shares.json: ADEMA, US-RDA"), "\(problem.message)")
        #expect(problem.message.contains("mali-1992.json: BOYCOTT"), "\(problem.message)")
    }

    @Test("a rule's method changed: the inherited members of the old method are named, and clearing them works")
    func changedMethod() throws {
        let folder = try self.folder([
            "dhondt.json": #"{"extends": "mali-1992.json", "rule": {"method": "dhondt"}}"#,
            "cleared.json": #"{"extends": "mali-1992.json", "rule": {"method": "dhondt", "firstRound": null, "runoff": null}}"#,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = problems("dhondt.json", in: folder)
        #expect(Set(found.map(\.path)) == ["rule.firstRound", "rule.runoff"])
        for problem in found {
            #expect(problem.message.contains("/mali-1992.json at \(problem.path)"), "\(problem.message)")
            #expect(problem.message.contains("set it to null in"), "\(problem.message)")
        }
        #expect(problems("cleared.json", in: folder).isEmpty)
    }

    @Test("in a chain, a value set by the middle file is inherited from it")
    func chain() throws {
        let folder = try self.folder([
            "middle.json": #"{"extends": "mali-1992.json", "parties": [{"id": "ADEMA", "colour": "green"}]}"#,
            "top.json": #"{"extends": "middle.json", "title": "Top"}"#,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = problems("top.json", in: folder)
        let problem = try #require(found.first)
        #expect(problem.message.contains("/middle.json at parties[0].colour"), "\(problem.message)")
    }
}
