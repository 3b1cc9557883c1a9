import Foundation
import Hemicycle
import Testing

/// Transfer rows named by bloc, and the row of round 1's non-voters, worked by hand.
@Suite("Transfer rows")
struct TransferRowTests {
    /// One seat, 1,000 registered, 700 valid votes in round 1 (nobody blank or spoilt): A 300,
    /// B 250, C 150; the two best placed qualify, so C is out.
    static func scenario(transfers: String, lists: [String] = ["A", "B", "C"], blocs: String? = nil) -> String {
        var extra = #""transfers": \#(transfers)"#
        if let blocs { extra += #", "blocs": \#(blocs)"# }
        return TestScenario.single(
            seats: 1, registered: 1_000, lists: lists,
            round1: #"{"voters": 700, "blank": 0, "invalid": 0, "votes": {"A": 300, "B": 250, "C": 150}}"#,
            round2: #"{"invalidShare": 0, "blankShare": 0}"#,
            rule: #"{"method": "two-round", "runoff": {"qualify": "top-two"}}"#, extra: extra)
    }

    // C's voters all go to B: B 400 against A 300, and the run-off has 700 voters.
    @Test func withoutNonVotersBWins() throws {
        let row = try TestScenario.election(Self.scenario(transfers: #"{"from": {"C": {"to": {"B": 1}}}}"#)).run()
            .constituencies[0]
        let votes = Dictionary(uniqueKeysWithValues: row.entries.map { ($0.list, $0.secondRound) })
        #expect(votes == ["A": 300, "B": 400, "C": nil])
        #expect(row.winner == "B")
    }

    // The 300 registered who cast no valid vote in round 1: half stay home, the other half vote
    // A. A 300 + 150 = 450 against B's 400, and 850 voters (700 × 850 / 700).
    @Test func mobilisedNonVotersDecide() throws {
        let transfers = #"{"from": {"C": {"to": {"B": 1}}}, "nonVoters": {"abstain": 0.5, "to": {"A": 0.5}}}"#
        let result = try TestScenario.election(Self.scenario(transfers: transfers)).run()
        let row = result.constituencies[0]
        let votes = Dictionary(uniqueKeysWithValues: row.entries.map { ($0.list, $0.secondRound) })
        #expect(votes == ["A": 450, "B": 400, "C": nil])
        #expect(row.winner == "A")
        #expect(result.invariantViolations().isEmpty)
    }

    // Without a preference for a finalist, the mobilised split as the finalists' round-1 votes:
    // 150 × 300/550 and 150 × 250/550: A 381.8 and B 468.2 of 850 voters, so A 382 and B 468.
    @Test func nonVotersWithoutPreferenceSplitByRoundOne() throws {
        let transfers = #"{"from": {"C": {"to": {"B": 1}}}, "nonVoters": {"abstain": 0.5, "to": {"C": 0.5}}}"#
        let row = try TestScenario.election(Self.scenario(transfers: transfers)).run().constituencies[0]
        let votes = Dictionary(uniqueKeysWithValues: row.entries.map { ($0.list, $0.secondRound) })
        #expect(votes == ["A": 382, "B": 468, "C": nil])
    }

    // A bloc's row is the row of each of its lists without its own, and a share for a bloc is a
    // preference for each of its lists bar the row's own.
    @Test func blocRowsExpandToTheirLists() throws {
        let blocs = #"[{"id": "LEFT", "lists": ["A", "B"]}, {"id": "RIGHT", "lists": ["C", "D"]}]"#
        let transfers = #"""
            {"from": {"LEFT": {"abstain": 0.2, "to": {"LEFT": 0.5, "RIGHT": 0.3}},
                      "B": {"abstain": 0.1, "to": {"RIGHT": 0.6, "D": 0.3}}},
             "nonVoters": {"abstain": 0.9, "to": {"RIGHT": 0.1}}}
            """#
        let election = try TestScenario.election(
            Self.scenario(transfers: transfers, lists: ["A", "B", "C", "D"], blocs: blocs))
        let index = Dictionary(uniqueKeysWithValues: election.lists.enumerated().map { ($0.element.id, $0.offset) })
        let (a, b, c, d) = (index["A"]!, index["B"]!, index["C"]!, index["D"]!)
        let table = election.transfers
        #expect(table.abstention[a] == 0.2 && table.abstention[b] == 0.1)
        #expect(table.preference(from: a, to: b) == 0.5 && table.preference(from: a, to: a) == 0)
        #expect(table.preference(from: a, to: c) == 0.3 && table.preference(from: a, to: d) == 0.3)
        // B's own row: 0.6 for each list of RIGHT, replaced by 0.3 for D.
        #expect(table.preference(from: b, to: c) == 0.6 && table.preference(from: b, to: d) == 0.3)
        #expect(table.preference(from: b, to: a) == 0)
        #expect(!table.hasPreferences(from: c))
        #expect(table.nonVoters == NonVoterTransfers(abstention: 0.9, preferences: [c: 0.1, d: 0.1]))
    }

    @Test(arguments: [
        (#"{"from": {"Z": {"abstain": 1}}}"#, "transfers.from.Z", "unknown list or bloc 'Z'"),
        (#"{"nonVoters": {"abstain": 0.5, "to": {"Z": 0.5}}}"#, "transfers.nonVoters.to.Z", "unknown list or bloc 'Z'"),
        (#"{"nonVoters": {"abstain": 0.5, "to": {"A": 0.4}}}"#, "transfers.nonVoters", "sum to 0.9"),
        (#"{"nonVoters": {"abstain": 1.5}}"#, "transfers.nonVoters.abstain", "the abstention"),
    ])
    func refused(transfers: String, path: String, message: String) {
        let problems = TestScenario.problems(Self.scenario(transfers: transfers))
        #expect(problems.contains { $0.path == path && $0.message.contains(message) }, "\(problems)")
    }
}
