import Foundation
import Hemicycle
import Testing

/// Bad scenarios: each problem is reported with its JSON path, all at once.
@Suite("Scenario errors")
struct ScenarioErrorTests {
    let goodRound = #"{"turnout": 0.5, "shares": {"A": 0.6, "B": 0.3, "C": 0.1}}"#

    func expectProblem(
        _ problems: [ScenarioError.Problem], at path: String, _ code: ScenarioError.Code,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            problems.contains { $0.path == path && $0.code == code },
            "expected \(code) at \(path); got \(problems.map { "\($0.code) at \($0.path): \($0.message)" })",
            sourceLocation: sourceLocation)
    }

    @Test func aValidScenarioHasNoProblems() {
        #expect(TestScenario.problems(TestScenario.single(round1: goodRound)).isEmpty)
    }

    @Test func unknownListInShares() {
        let problems = TestScenario.problems(
            TestScenario.single(round1: #"{"turnout": 0.5, "shares": {"A": 0.6, "Z": 0.4}}"#))
        expectProblem(problems, at: "constituencies[0].round1.shares.Z", .unknownReference)
    }

    @Test func sharesThatDoNotSumToOne() {
        let problems = TestScenario.problems(
            TestScenario.single(round1: #"{"turnout": 0.5, "shares": {"A": 0.6, "B": 0.3}}"#))
        expectProblem(problems, at: "constituencies[0].round1.shares", .sharesDoNotSumToOne)
    }

    @Test func magnitudeBelowOne() {
        let problems = TestScenario.problems(TestScenario.single(seats: 0, round1: goodRound))
        expectProblem(problems, at: "constituencies[0].seats", .outOfRange)
    }

    @Test func negativeVoters() {
        let problems = TestScenario.problems(TestScenario.single(registered: -5, round1: goodRound))
        expectProblem(problems, at: "constituencies[0].registered", .outOfRange)
    }

    @Test func absurdElectorateIsRefusedNotWrapped() {
        let problems = TestScenario.problems(TestScenario.single(registered: 9_000_000_000_000, round1: goodRound))
        expectProblem(problems, at: "constituencies[0].registered", .outOfRange)
    }

    @Test func seatsThatDoNotAddUp() {
        let json = TestScenario.single(round1: goodRound).replacingOccurrences(
            of: #""size": 3"#, with: #""size": 7"#)
        expectProblem(TestScenario.problems(json), at: "assembly.size", .seatsDoNotAddUp)
    }

    @Test func misspelledFieldIsNamed() {
        let problems = TestScenario.problems(
            TestScenario.single(round1: #"{"turnuot": 0.5, "shares": {"A": 0.6, "B": 0.3, "C": 0.1}}"#))
        expectProblem(problems, at: "constituencies[0].round1.turnuot", .unknownField)
        expectProblem(problems, at: "constituencies[0].round1.turnout", .missingField)
    }

    @Test func wrongTypeIsNamed() {
        let json = TestScenario.single(round1: goodRound).replacingOccurrences(
            of: #""seats": 3, "registered""#, with: #""seats": "three", "registered""#)
        let problems = TestScenario.problems(json)
        expectProblem(problems, at: "constituencies[0].seats", .wrongType)
        #expect(problems.first { $0.path == "constituencies[0].seats" }?.message.contains("\"three\"") == true)
    }

    @Test func fractionalSeatsAreAWrongType() {
        let json = TestScenario.single(round1: goodRound).replacingOccurrences(
            of: #""seats": 3, "registered""#, with: #""seats": 2.5, "registered""#)
        let problems = TestScenario.problems(json)
        expectProblem(problems, at: "constituencies[0].seats", .wrongType)
    }

    @Test func duplicatePartyIdentifier() {
        let json = TestScenario.single(round1: goodRound).replacingOccurrences(
            of: #"{"id": "B", "name": "Party B"}"#, with: #"{"id": "A", "name": "Party B"}"#)
        expectProblem(TestScenario.problems(json), at: "parties[1].id", .duplicateIdentifier)
    }

    @Test func malformedJSONGivesLineAndColumn() throws {
        let problems = TestScenario.problems("{\n  \"assembly\": {\"name\": \"x\",}\n}")
        let problem = try #require(problems.first)
        #expect(problem.code == .malformedJSON)
        #expect(problem.message.hasPrefix("line 2, column 28"), "\(problem.message)")
    }

    @Test func duplicateMemberNamesAreRefused() throws {
        let problems = TestScenario.problems(#"{"id": "a", "id": "b"}"#)
        let problem = try #require(problems.first)
        #expect(problem.code == .malformedJSON)
        #expect(problem.message.contains("duplicate member name 'id'"))
    }

    @Test func everyProblemIsReportedAtOnce() {
        let json = """
            {
              "assembly": {"name": "Test", "size": 4},
              "parties": [{"id": "A", "name": "A"}, {"id": "A", "name": "B"}, {"name": "nameless"}],
              "rule": {"method": "two-round", "firstRound": {"majority": 1.5}},
              "constituencies": [
                {"id": "c1", "seats": 0, "registered": 10, "round1": {"turnout": 2, "shares": {"A": 0.5, "Q": 0.1}}},
                {"id": "c1", "seats": 2, "registered": -1, "round1": {"turnout": 0.5, "shares": {"A": 1}}}
              ],
              "transfers": {"from": {"A": {"abstain": 0.5, "to": {"Q": 0.2}}}},
              "turnoutShocks": [{"region": "Atlantis", "factor": 0.5}],
              "provenance": "nowhere"
            }
            """
        let problems = TestScenario.problems(json)
        expectProblem(problems, at: "parties[1].id", .duplicateIdentifier)
        expectProblem(problems, at: "parties[2].id", .missingField)
        expectProblem(problems, at: "rule.firstRound.majority", .outOfRange)
        expectProblem(problems, at: "constituencies[0].seats", .outOfRange)
        expectProblem(problems, at: "constituencies[0].round1.turnout", .outOfRange)
        expectProblem(problems, at: "constituencies[0].round1.shares.Q", .unknownReference)
        expectProblem(problems, at: "constituencies[1].id", .duplicateIdentifier)
        expectProblem(problems, at: "constituencies[1].registered", .outOfRange)
        expectProblem(problems, at: "transfers.from.A.to.Q", .unknownReference)
        expectProblem(problems, at: "turnoutShocks[0].region", .unknownReference)
        expectProblem(problems, at: "provenance", .unknownReference)
        #expect(problems.count >= 11)
    }

    /// A mixed-member tier compensates with highest averages; another rule was once accepted
    /// and the tier silently dropped.
    @Test func mixedMemberTierNeedsHighestAverages() {
        func problems(_ method: String) -> [ScenarioError.Problem] {
            TestScenario.problems(
                TestScenario.single(
                    round1: goodRound,
                    rule: #"{"method": "\#(method)", "scope": "national", "mixedMember": {"electorateSeats": {"A": 1}}}"#))
        }
        expectProblem(problems("hare"), at: "rule.method", .unsupported)
        #expect(problems("sainte-lague").isEmpty, "\(problems("sainte-lague").map(\.message))")
    }

    /// The leveling tier's first divisor is checked like the rule's, and needs the tier's own method.
    @Test func levelingFirstDivisorIsChecked() {
        func problems(_ leveling: String) -> [ScenarioError.Problem] {
            TestScenario.problems(
                TestScenario.single(round1: goodRound, rule: #"{"method": "dhondt", "leveling": \#(leveling)}"#))
        }
        for divisor in ["-1", "5"] {
            expectProblem(
                problems(#"{"percent": 4, "method": "modified-sainte-lague", "firstDivisor": \#(divisor)}"#),
                at: "rule.leveling.firstDivisor", .outOfRange)
        }
        expectProblem(problems(#"{"percent": 4, "firstDivisor": 1.4}"#), at: "rule.leveling.firstDivisor", .unsupported)
        let good = problems(#"{"percent": 4, "method": "modified-sainte-lague", "firstDivisor": 1.4}"#)
        #expect(!good.contains { $0.path == "rule.leveling.firstDivisor" }, "\(good.map(\.message))")
    }

    @Test func transferRowMustSumToOne() {
        let json = TestScenario.single(
            round1: goodRound, extra: #""transfers": {"from": {"C": {"abstain": 0.5, "to": {"A": 0.2, "B": 0.2}}}}"#)
        expectProblem(TestScenario.problems(json), at: "transfers.from.C", .sharesDoNotSumToOne)
    }

    @Test func observedVotesMustAddUpToVoters() {
        let json = TestScenario.single(
            seats: 1, round1: #"{"voters": 500, "invalid": 10, "votes": {"A": 300, "B": 150, "C": 10}}"#)
        expectProblem(TestScenario.problems(json), at: "constituencies[0].round1.voters", .inconsistentCounts)
    }

    @Test func moreVotersThanRegisteredIsInconsistent() {
        let json = TestScenario.single(
            seats: 1, registered: 100, round1: #"{"votes": {"A": 300, "B": 150, "C": 10}}"#)
        expectProblem(TestScenario.problems(json), at: "constituencies[0].round1.voters", .inconsistentCounts)
    }

    @Test func errorDescriptionNamesTheFile() {
        do {
            _ = try ScenarioLoader.load(bytes: Array("{}".utf8), name: "broken.json")
            Issue.record("an empty scenario should not load")
        } catch {
            #expect(error.description.hasPrefix("broken.json: "))
            #expect(error.description.contains("missing required field 'assembly'"))
        }
    }

    @Test func extendsCycleIsReported() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-cycle-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"{"extends": "b.json"}"#.write(to: directory.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try #"{"extends": "a.json"}"#.write(to: directory.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        do {
            _ = try ScenarioLoader.load(path: directory.appendingPathComponent("a.json").path)
            Issue.record("a cycle should not load")
        } catch {
            #expect(error.problems.first?.code == .extendsCycle)
            #expect(error.problems.first?.message.contains("a.json → b.json → a.json") == true)
        }
    }

    @Test func missingFileIsReported() {
        do {
            _ = try ScenarioLoader.load(path: "/nonexistent/scenario.json")
            Issue.record("a missing file should not load")
        } catch {
            #expect(error.problems.first?.code == .unreadableFile)
        }
    }
}

/// `standsAs`: the list a candidate stands for in the run-off when it changed between the rounds.
@Suite("A candidate's run-off label")
struct StandsAsTests {
    static func scenario(round1Extra: String = "", standsAs: String) -> String {
        TestScenario.single(
            seats: 1, registered: 1_000,
            round1: #"{"voters": 600, "votes": [{"list": "A", "candidate": "a", "votes": 250\#(round1Extra)}, {"list": "B", "candidate": "b", "votes": 200}, {"list": "C", "candidate": "c", "votes": 150}]}"#,
            round2: #"{"voters": 500, "votes": [{"list": "A", "candidate": "a", "votes": 200}, {"list": "B", "candidate": "b", "votes": 300, "standsAs": "\#(standsAs)"}]}"#,
            rule: #"{"method": "two-round", "runoff": {"qualify": "top-two"}}"#)
    }

    // b stood for B in round 1 and for C in the run-off, and won it: the seat counts for C.
    @Test func aSeatWonInTheRunoffCountsForTheRunoffLabel() throws {
        let result = try TestScenario.election(Self.scenario(standsAs: "C")).run()
        #expect(result.list("C")?.seats == 1 && result.list("B")?.seats == 0)
        #expect(result.constituencies[0].winner == "C")
        #expect(result.constituencies[0].entries.first { $0.candidate == "b" }?.standsAs == "C")
        #expect(result.invariantViolations().isEmpty)
        // The winner's round-1 share is found through the label it won under: 200 of 600.
        #expect(result.constituencies[0].winnerFirstRoundShare.map { abs($0 - 200.0 / 600.0) < 1e-12 } == true)
        #expect(result.constituencies[0].winningCandidate == "b")
    }

    @Test func refused() {
        let unknown = TestScenario.problems(Self.scenario(standsAs: "Z"))
        #expect(unknown.contains { $0.path.hasSuffix("round2.votes[1].standsAs") && $0.message.contains("unknown list 'Z'") }, "\(unknown)")
        let inRoundOne = TestScenario.problems(Self.scenario(round1Extra: #", "standsAs": "C""#, standsAs: "C"))
        #expect(inRoundOne.contains { $0.path.hasSuffix("round1.votes[0].standsAs") && $0.message.contains("round 2 only") }, "\(inRoundOne)")
    }
}
