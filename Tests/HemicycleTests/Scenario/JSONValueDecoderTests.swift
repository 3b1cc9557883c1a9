@testable import Hemicycle
import Testing

@Suite("Decoding the parsed tree")
struct JSONValueDecoderTests {
    struct Numbers: Decodable, Equatable {
        var whole: Int
        var share: Double
        var seed: UInt64
        var names: [String]
        var byList: [String: Int]
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONValueDecoder().decode(type, from: JSONParser.parse(Array(text.utf8)))
    }

    @Test func decodesScalarsArraysAndObjects() throws {
        let value = try Self.decode(
            Numbers.self, #"{"whole": 4.0, "share": 3, "seed": 18, "names": ["a", "b"], "byList": {"A": 1, "B": 2e1}}"#)
        #expect(value == Numbers(whole: 4, share: 3, seed: 18, names: ["a", "b"], byList: ["A": 1, "B": 20]))
    }

    /// As Foundation's JSONDecoder: an integer type takes only an exact whole number in its range.
    @Test(arguments: ["4.5", "1e20", "-1", "\"4\"", "true", "null", "2e19"])
    func refusesWhatIsNotAWholeUnsignedNumber(_ number: String) {
        #expect(throws: (any Error).self) {
            _ = try Self.decode([String: UInt64].self, #"{"x": \#(number)}"#)
        }
    }

    /// A seed is any UInt64, in files as on the command line: the parser keeps whole numbers
    /// above Int64.max exact.
    @Test func theLargestSeedIsReadExactly() throws {
        #expect(try Self.decode([String: UInt64].self, #"{"x": 18446744073709551615}"#)["x"] == .max)
        #expect(try Self.decode([String: UInt64].self, #"{"x": 9223372036854775808}"#)["x"] == 1 << 63)
        #expect(throws: (any Error).self) { _ = try Self.decode([String: UInt64].self, #"{"x": 18446744073709551616}"#) }
        #expect(throws: (any Error).self) { _ = try Self.decode([String: Int].self, #"{"x": 9223372036854775808}"#) }
        let election = try TestScenario.election(
            TestScenario.single(
                round1: #"{"turnout": 0.5, "shares": {"A": 0.5, "B": 0.3, "C": 0.2}}"#,
                rule: #"{"method": "two-round", "tieBreak": {"rule": "lot", "seed": 18446744073709551615}}"#))
        #expect(election.countingRule.tieRule == .lot(seed: .max))
    }

    @Test func aMissingMemberAndAShortArrayAreErrors() {
        #expect(throws: DecodingError.self) { _ = try Self.decode(Numbers.self, #"{"whole": 1}"#) }
        #expect(throws: DecodingError.self) { _ = try Self.decode([Int].self, #"[1, "x"]"#) }
    }

    /// Unknown members are reported in file order, the same on every run (Foundation's decoder
    /// listed an object's keys in its dictionary's order, which changes from one process to
    /// the next).
    @Test func unknownFieldsComeInFileOrder() {
        let problems = TestScenario.problems(#"{"format": "hemicycle-scenario/1", "zulu": 1, "alpha": 2, "mike": 3}"#)
        let unknown = problems.filter { $0.code == .unknownField }.map(\.path)
        #expect(unknown == ["zulu", "alpha", "mike"])
    }
}
