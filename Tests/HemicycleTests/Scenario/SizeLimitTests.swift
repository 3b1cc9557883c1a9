import Foundation
@testable import Hemicycle
import Testing

/// The stated size limits hold, and are met before the memory they guard is taken.
@Suite("Size limits")
struct SizeLimitTests {
    /// `[0,0,…]` with `count` elements.
    static func zeros(_ count: Int) -> [UInt8] {
        var text: [UInt8] = [UInt8(ascii: "[")]
        text.reserveCapacity(2 * count + 2)
        for index in 0..<count {
            if index > 0 { text.append(UInt8(ascii: ",")) }
            text.append(UInt8(ascii: "0"))
        }
        text.append(UInt8(ascii: "]"))
        return text
    }

    @Test func oneArrayHoldsAtMostTheStatedNumberOfElements() throws {
        let limit = JSONParser.maximumContainerCount
        guard case .array(let values) = try JSONParser.parse(Self.zeros(limit)) else {
            Issue.record("not an array")
            return
        }
        #expect(values.count == limit)
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Self.zeros(limit + 1)) }
        #expect(error?.exceedsLimit == true)
        #expect(error?.message.contains("elements in one array") == true)
    }

    @Test func oneObjectHoldsAtMostTheStatedNumberOfMembers() throws {
        // The same check as for arrays, at a lower limit (a million members take long to build).
        let text = Array(#"{"a": 0, "b": {"c": 0, "d": 0, "e": 0}}"#.utf8)
        #expect(throws: Never.self) { try JSONParser.parse(text, maximumValues: 100, maximumCount: 3) }
        let error = #expect(throws: JSONSyntaxError.self) {
            try JSONParser.parse(text, maximumValues: 100, maximumCount: 2)
        }
        #expect(error?.exceedsLimit == true)
        #expect(error?.message.contains("more than 2 members in one object") == true)
    }

    @Test func theDocumentHoldsAtMostTheStatedNumberOfValues() throws {
        // Three arrays of 3 plus the outer one: 13 values.
        let text = Array("[[0,0,0],[0,0,0],[0,0,0]]".utf8)
        #expect(throws: Never.self) { try JSONParser.parse(text, maximumValues: 13, maximumCount: 3) }
        let error = #expect(throws: JSONSyntaxError.self) {
            try JSONParser.parse(text, maximumValues: 12, maximumCount: 3)
        }
        #expect(error?.exceedsLimit == true)
        #expect(error?.message.contains("more than 12 values") == true)
        // A syntax error is not a size limit.
        let syntax = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("[0,]".utf8)) }
        #expect(syntax?.exceedsLimit == false)
    }

    @Test func aScenarioBeyondALimitIsTooLargeNotMalformed() throws {
        let text = Array("{\"junk\": ".utf8) + Self.zeros(JSONParser.maximumContainerCount + 1) + Array("}".utf8)
        let error = #expect(throws: ScenarioError.self) { try ScenarioLoader.load(bytes: text, name: "junk.json") }
        #expect(error?.problems.map(\.code) == [.tooLarge])
        #expect(error?.description.contains("junk.json") == true)
    }

    @Test func aFileIsReadUpToTheLimitAndNoFurther() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-bounded-\(getpid()).bin").path
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(BoundedRead.file(path, limit: bytes.count) == .success(bytes))
        #expect(BoundedRead.file(path, limit: bytes.count - 1) == .failure(.tooLarge))
        // An endless file stops at the limit.
        #expect(BoundedRead.file("/dev/zero", limit: 3 << 20) == .failure(.tooLarge))
        guard case .failure(.unreadable) = BoundedRead.file(path + ".missing", limit: 10) else {
            Issue.record("a missing file is unreadable")
            return
        }
        guard case .failure(.unreadable) = BoundedRead.file(FileManager.default.temporaryDirectory.path, limit: 10)
        else {
            Issue.record("a folder is unreadable")
            return
        }
    }

    @Test func listsTimesSeatsIsBounded() throws {
        // 100 lists and 671,088 seats: 100 × 671,089 = 67,108,900 > 2²⁶ = 67,108,864 counts; one
        // seat fewer, 67,108,800, is within.
        // (One single-seat constituency cannot fill the assembly, which is also reported.)
        func json(seats: Int) -> String {
            let parties = (1...100).map { "{\"id\": \"P\($0)\", \"name\": \"P\($0)\"}" }.joined(separator: ",")
            return """
                {"assembly": {"name": "A", "size": \(seats)}, "parties": [\(parties)],
                 "rule": {"method": "two-round"},
                 "constituencies": [{"id": "c", "seats": 1, "registered": 100,
                   "round1": {"turnout": 0.5, "shares": {"P1": 1}}}]}
                """
        }
        let over = TestScenario.problems(json(seats: 671_088))
        #expect(over.contains { $0.code == .tooLarge && $0.path == "parties" })
        let under = TestScenario.problems(json(seats: 671_087))
        #expect(!under.contains { $0.code == .tooLarge })
        #expect(under.contains { $0.code == .seatsDoNotAddUp })
    }
}
