import Foundation
import Hemicycle
import Testing

/// Where `extends` may reach, how deep a chain may go, and what `remove` may name.
@Suite("Extending a scenario")
struct ExtendsTests {
    /// A new folder with `files` (name → text) written in it.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-extends-\(UUID())")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url
    }

    static func problems(loading path: URL) -> [ScenarioError.Problem] {
        do {
            _ = try ScenarioLoader.load(path: path.path)
            return []
        } catch {
            return error.problems
        }
    }

    static let base = TestScenario.single(lists: ["A", "B"], round1: #"{"turnout": 0.5, "shares": {"A": 0.6, "B": 0.4}}"#)

    /// A file of the system, or a file beside the scenario's folder, is never opened: the error
    /// names the rule and shows nothing of the file.
    @Test(arguments: ["/etc/passwd", "../outside.json", "sub/../../outside.json"])
    func aFileOutsideTheFolderIsRefusedUnread(reference: String) throws {
        let parent = try Self.folder(["outside.json": Self.base, "scenarios/what-if.json": #"{"extends": "\#(reference)"}"#])
        defer { try? FileManager.default.removeItem(at: parent) }
        let problems = Self.problems(loading: parent.appendingPathComponent("scenarios/what-if.json"))
        #expect(problems.map(\.code) == [.extendsOutsideFolder])
        #expect(problems.first?.path == "extends")
        #expect(problems.first?.message.contains("HEMICYCLE_EXTENDS_ROOT") == true)
        #expect(problems.first?.message.contains("root:") == false)
    }

    /// A link inside the folder that points out of it is followed to where it points, and refused.
    @Test func aLinkOutOfTheFolderIsRefused() throws {
        let parent = try Self.folder(["outside.json": Self.base, "scenarios/what-if.json": #"{"extends": "link.json"}"#])
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createSymbolicLink(
            atPath: parent.appendingPathComponent("scenarios/link.json").path,
            withDestinationPath: parent.appendingPathComponent("outside.json").path)
        let problems = Self.problems(loading: parent.appendingPathComponent("scenarios/what-if.json"))
        #expect(problems.map(\.code) == [.extendsOutsideFolder])
    }

    @Test func aFileInASubfolderIsFollowed() throws {
        let folder = try Self.folder(["bases/base.json": Self.base, "what-if.json": #"{"extends": "bases/base.json"}"#])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.problems(loading: folder.appendingPathComponent("what-if.json")).isEmpty)
    }

    /// A chain may follow as many links as the limit says, and not one more.
    @Test func theDepthLimitIsTheDocumentedOne() throws {
        let links = ScenarioLoader.maximumExtendsDepth
        var files = ["s0.json": Self.base]
        for index in 1...(links + 1) { files["s\(index).json"] = #"{"extends": "s\#(index - 1).json"}"# }
        let folder = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.problems(loading: folder.appendingPathComponent("s\(links).json")).isEmpty)
        let tooDeep = Self.problems(loading: folder.appendingPathComponent("s\(links + 1).json"))
        #expect(tooDeep.map(\.code) == [.extendsTooDeep])
        #expect(tooDeep.first?.message.contains("more than \(links)") == true)
    }

    @Test func removingAnIdTheBaseLacksIsAnError() throws {
        let base = TestScenario.single(
            lists: ["A", "B", "X"], round1: #"{"turnout": 0.5, "shares": {"A": 0.5, "B": 0.3, "X": 0.2}}"#,
            extra: #""boycotts": [{"list": "X", "abstention": 0.5}]"#)
        let folder = try Self.folder([
            "base.json": base,
            "typo.json": #"{"extends": "base.json", "boycotts": [{"list": "Y", "remove": true}]}"#,
            "fine.json": #"{"extends": "base.json", "boycotts": [{"list": "X", "remove": true}]}"#,
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = Self.problems(loading: folder.appendingPathComponent("typo.json"))
        #expect(problems.map(\.code) == [.unknownReference])
        #expect(problems.first?.path == "boycotts[0].list")
        #expect(problems.first?.message.contains(#""Y""#) == true)
        #expect(Self.problems(loading: folder.appendingPathComponent("fine.json")).isEmpty)
    }
}
