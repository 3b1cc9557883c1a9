import Foundation
import Hemicycle
import Testing

/// Withdrawals between the rounds: a qualified entry that does not stand, its voters moving by
/// the transfers as an eliminated entry's do; and the withdrawals that cannot be.
@Suite("Withdrawals")
struct WithdrawalTests {
    /// One seat, 1,000 registered; A 400, B 300, C 200 in round 1 (no majority); 12.5% of the
    /// registered qualifies, so all three do; C's voters go 80% to B, 20% abstain.
    static func scenario(withdrawn: String?, rule: String? = nil, round1: String? = nil, round2: String? = nil) -> String {
        let json = TestScenario.single(
            seats: 1, registered: 1_000,
            round1: round1 ?? #"{"votes": {"A": 400, "B": 300, "C": 200}}"#,
            round2: round2 ?? #"{"invalidShare": 0, "blankShare": 0}"#,
            rule: rule ?? #"{"method": "two-round", "runoff": {"qualify": "threshold", "share": 0.125, "of": "registered"}}"#,
            extra: #""transfers": {"defaultAbstention": 1, "from": {"C": {"abstain": 0.2, "to": {"B": 0.8}}}}"#)
        guard let withdrawn else { return json }
        // The constituency's last member is round2: add withdrawn beside it.
        return json.replacingOccurrences(of: #""round2": "#, with: #""withdrawn": \#(withdrawn), "round2": "#)
    }

    // Three-way, A wins on 400 against 300 and 200. With C withdrawn, B takes 300 + 0.8 × 200 =
    // 460 against A's 400, and wins.
    @Test func aWithdrawalDecidesTheRunoff() throws {
        let three = try TestScenario.election(Self.scenario(withdrawn: nil)).run().constituencies[0]
        #expect(three.winner == "A")
        #expect(three.entries.filter { $0.secondRound != nil }.count == 3)
        let result = try TestScenario.election(Self.scenario(withdrawn: #"["C"]"#)).run()
        let row = result.constituencies[0]
        #expect(row.winner == "B")
        let votes = Dictionary(uniqueKeysWithValues: row.entries.map { ($0.list, $0.secondRound) })
        #expect(votes == ["A": 400, "B": 460, "C": nil])
        let c = try #require(row.entries.first { $0.list == "C" })
        #expect(c.finalist && c.withdrew)
        #expect(result.withdrawals == 1 && result.runoffFieldSizes == [2: 1])
        #expect(result.invariantViolations().isEmpty)
    }

    // The same withdrawal in simulate: with no noise, B wins every run.
    @Test func simulateWithdrawsToo() async throws {
        let election = try TestScenario.election(Self.scenario(withdrawn: #"["C"]"#))
        let tally = await MonteCarlo(election: election, uncertainty: Uncertainty.zero, runs: 50, seed: 1).run(threads: 1)
        let b = try #require(election.lists.firstIndex { $0.id == "B" })
        let width = tally.maximumSeats + 1
        #expect(tally.seatHistogram[b * width + 1] == 50)
    }

    @Test(arguments: [
        // C's 100 votes are 10% of the registered: the rule does not qualify it.
        (
            #"["C"]"#, nil as String?, #"{"votes": {"A": 400, "B": 300, "C": 100}}"#,
            "constituencies[0].withdrawn[0]", "the rule does not qualify it"
        ),
        // A majority in round 1: nobody withdraws.
        (#"["C"]"#, nil, #"{"votes": {"A": 600, "B": 200, "C": 150}}"#, "constituencies[0].withdrawn[0]", "decided in round 1"),
        (#"["Z"]"#, nil, nil, "constituencies[0].withdrawn[0]", "did not stand in round 1"),
        (#"["A", "B", "C"]"#, nil, nil, "constituencies[0].withdrawn[0]", "every qualified entry withdraws"),
        (#"["C"]"#, #"{"method": "dhondt"}"#, nil, "constituencies[0].withdrawn", "two-round rule"),
    ])
    func refused(withdrawn: String, rule: String?, round1: String?, path: String, message: String) {
        let problems = TestScenario.problems(Self.scenario(withdrawn: withdrawn, rule: rule, round1: round1))
        #expect(problems.contains { $0.path == path && $0.message.contains(message) }, "\(problems)")
    }

    // An official run-off field and a listed withdrawal that stood in it disagree.
    @Test func observedFieldMustAgree() {
        let round2 = #"{"votes": {"A": 400, "B": 420, "C": 30}}"#
        let problems = TestScenario.problems(Self.scenario(withdrawn: #"["C"]"#, round2: round2))
        #expect(problems.contains { $0.message.contains("listed as withdrawn but stands in the run-off") }, "\(problems)")
        let agreeing = TestScenario.problems(
            Self.scenario(withdrawn: #"["C"]"#, round2: #"{"votes": {"A": 400, "B": 420}}"#))
        #expect(agreeing.isEmpty, "\(agreeing)")
    }
}
