import Hemicycle
import Testing

/// Shares that must sum to one may be off by 10⁻⁶, as Scenarios/README.md states: checked on the
/// decimals the file writes, not on what binary floating point makes of their sum.
@Suite("Share sums")
struct ShareSumTests {
    static func problems(_ shares: String, transfers: String = "") -> [ScenarioError.Problem] {
        TestScenario.problems(
            TestScenario.single(lists: ["A", "B", "C"], round1: #"{"turnout": 0.5, "shares": \#(shares)}"#, extra: transfers))
    }

    @Test(arguments: [
        #"{"A": 0.500001, "B": 0.3, "C": 0.2}"#,  // 1 + 10⁻⁶: its float sum is 1.0000010000000001
        #"{"A": 0.499999, "B": 0.3, "C": 0.2}"#,  // 1 − 10⁻⁶
        #"{"A": 0.1, "B": 0.2, "C": 0.7}"#,
    ])
    func withinTheToleranceLoads(shares: String) {
        #expect(Self.problems(shares).isEmpty)
    }

    @Test func beyondTheToleranceIsRefusedWithTheExactSum() {
        let problems = Self.problems(#"{"A": 0.500002, "B": 0.3, "C": 0.2}"#)
        #expect(problems.map(\.code) == [.sharesDoNotSumToOne])
        #expect(problems.first?.message == "the shares sum to 1.000002, not 1")
    }

    @Test func transferRowsUseTheSameRule() {
        let within = #""transfers": {"from": {"C": {"abstain": 0.3, "to": {"A": 0.400001, "B": 0.3}}}}"#
        let beyond = #""transfers": {"from": {"C": {"abstain": 0.3, "to": {"A": 0.5, "B": 0.3}}}}"#
        let shares = #"{"A": 0.5, "B": 0.3, "C": 0.2}"#
        #expect(Self.problems(shares, transfers: within).isEmpty)
        #expect(Self.problems(shares, transfers: beyond).first?.message.contains("sum to 1.1, not 1") == true)
    }
}
