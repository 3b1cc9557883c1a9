import Foundation
import Hemicycle
import Testing

/// Every file of `Fixtures/broken/` is refused with the problem `expected.json` names: its code
/// and its JSON path. (`make-broken.py` in that folder writes them.)
@Suite("Broken scenarios")
struct BrokenScenarioTests {
    struct Expectation: Decodable, Sendable {
        var code: String
        var path: String
    }

    static let folder = Repository.path("Tests/HemicycleTests/Fixtures/broken")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && $0 != "expected.json" }.sorted()
    }()

    static let expectations: [String: Expectation] = {
        guard let data = FileManager.default.contents(atPath: folder + "/expected.json") else { return [:] }
        return (try? JSONDecoder().decode([String: Expectation].self, from: data)) ?? [:]
    }()

    @Test func thereAreAtLeastFortyAndEachHasAnExpectation() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases) == Set(Self.expectations.keys))
    }

    @Test(arguments: cases)
    func isRefusedWithTheExpectedProblem(file: String) throws {
        let expected = try #require(Self.expectations[file])
        do {
            _ = try ScenarioLoader.load(path: Self.folder + "/" + file)
            Issue.record("\(file) loaded, but should be refused with \(expected.code) at \(expected.path)")
        } catch {
            #expect(error.file.hasSuffix(file) || expected.code == "unreadable-file")
            let found = error.problems.map { "\($0.code) at \($0.path): \($0.message)" }
            #expect(
                error.problems.contains { $0.code.description == expected.code && $0.path == expected.path },
                "\(file): expected \(expected.code) at \(expected.path); got \(found)")
            #expect(error.problems.allSatisfy { !$0.message.isEmpty })
        }
    }
}
