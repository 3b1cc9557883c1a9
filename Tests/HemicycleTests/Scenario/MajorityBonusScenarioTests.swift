import Hemicycle
import Testing

/// The majority-bonus family in scenarios (`"method": "cameroon"`, or `"majority-bonus"` with its
/// steps) and in `compare`: the composable form equals the presets, and bad rules are refused
/// with their JSON path.
@Suite("Majority bonus in scenarios")
struct MajorityBonusScenarioTests {
    /// One constituency of `seats` seats with these round-1 votes, under `rule`.
    static func scenario(rule: String, seats: Int = 6, votes: String = #"{"A": 400, "B": 300, "C": 200, "D": 100}"#)
        -> String
    {
        TestScenario.single(
            seats: seats, registered: 2_000, lists: ["A", "B", "C", "D"], round1: #"{"votes": \#(votes)}"#, rule: rule)
    }

    static let cameroonSteps = #"""
        {"method": "majority-bonus", "majorityBonus": {
          "majorityTakesAll": {"percent": 50, "comparison": "more-than"},
          "bonus": {"shareOfSeats": 0.5, "rounding": "up"},
          "remainder": {"method": "hare", "percent": 5, "leaderTakesPart": false}}}
        """#

    static func seats(_ election: Election) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: election.run().lists.map { ($0.id, $0.seats) })
    }

    // The same law written step by step and named as a preset gives the same seats, on votes
    // where each step matters: a majority, exactly half, a list under 5 %, a tie for the lead.
    @Test(arguments: [
        #"{"A": 510, "B": 300, "C": 150, "D": 40}"#, #"{"A": 500, "B": 300, "C": 160, "D": 40}"#,
        #"{"A": 400, "B": 301, "C": 250, "D": 49}"#, #"{"A": 350, "B": 350, "C": 250, "D": 50}"#,
    ])
    func stepsEqualThePreset(votes: String) throws {
        for seats in [1, 2, 5, 6, 9] {
            let steps = try TestScenario.election(Self.scenario(rule: Self.cameroonSteps, seats: seats, votes: votes))
            let preset = try TestScenario.election(Self.scenario(rule: #"{"method": "cameroon"}"#, seats: seats, votes: votes))
            #expect(Self.seats(steps) == Self.seats(preset), "\(seats) seats, \(votes)")
            #expect(Self.seats(steps).values.reduce(0, +) == seats)
        }
    }

    // 40 %: half of 6 seats to A; 3 by Hare among B, C, D (all above 5 %): 1.5, 1, 0.5.
    @Test func cameroonByHand() throws {
        let election = try TestScenario.election(Self.scenario(rule: #"{"method": "cameroon"}"#))
        #expect(Self.seats(election) == ["A": 3, "B": 2, "C": 1, "D": 0])
    }

    @Test(arguments: [
        // A bonus larger than the assembly (national) or the constituency.
        (#"{"method": "greece-2023"}"#, "rule.method", "larger than constituency 'c1' (6 seats)"),
        (
            #"{"method": "majority-bonus", "scope": "national", "majorityBonus": {"bonus": {"steps": [{"percent": 30, "seats": 7}]}, "remainder": {"method": "dhondt"}}}"#,
            "rule.majorityBonus.bonus", "the bonus of up to 7 seats is larger than the 6 seats allocated"
        ),
        // Schedules that are not monotone.
        (
            #"{"method": "majority-bonus", "majorityBonus": {"bonus": {"steps": [{"percent": 30, "seats": 2}, {"percent": 25, "seats": 3}]}, "remainder": {"method": "dhondt"}}}"#,
            "rule.majorityBonus.bonus.steps[1].percent", "not monotone"
        ),
        (
            #"{"method": "majority-bonus", "majorityBonus": {"bonus": {"steps": [{"percent": 30, "seats": 3}, {"percent": 35, "seats": 2}]}, "remainder": {"method": "dhondt"}}}"#,
            "rule.majorityBonus.bonus.steps[1].seats", "not monotone"
        ),
        // A share of the seats above one, both forms at once, a remainder that is not proportional.
        (
            #"{"method": "majority-bonus", "majorityBonus": {"bonus": {"shareOfSeats": 1.5}, "remainder": {"method": "dhondt"}}}"#,
            "rule.majorityBonus.bonus.shareOfSeats", "between 0.0 and 1.0"
        ),
        (
            #"{"method": "majority-bonus", "majorityBonus": {"bonus": {"shareOfSeats": 0.5, "steps": []}, "remainder": {"method": "dhondt"}}}"#,
            "rule.majorityBonus.bonus", "exactly one"
        ),
        (
            #"{"method": "majority-bonus", "majorityBonus": {"remainder": {"method": "plurality"}}}"#,
            "rule.majorityBonus.remainder.method", "highest-averages or largest-remainder"
        ),
        (#"{"method": "majority-bonus"}"#, "rule.majorityBonus", "missing required field"),
        (
            #"{"method": "majority-bonus", "majorityBonus": {"remainder": {"method": "hare", "percent": 120}}}"#,
            "rule.majorityBonus.remainder.percent", "between 0.0 and 100.0"
        ),
        // A threshold measured before the rule's own; the block on another rule.
        (
            #"{"method": "cameroon", "threshold": {"percent": 5}}"#, "rule.threshold",
            "does not apply to the majority-bonus rule"
        ),
        (
            #"{"method": "dhondt", "majorityBonus": {"remainder": {"method": "hare"}}}"#, "rule.majorityBonus",
            "applies to \"method\": \"majority-bonus\" only"
        ),
    ])
    func refused(rule: String, path: String, message: String) {
        let problems = TestScenario.problems(Self.scenario(rule: rule))
        #expect(problems.contains { $0.path == path && $0.message.contains(message) }, "\(problems)")
    }

    // `compare` names the presets; a bonus that cannot fit a constituency is refused with advice,
    // and the rules' own thresholds cannot be doubled.
    @Test func ruleChoices() throws {
        let election = try TestScenario.election(Self.scenario(rule: #"{"method": "dhondt"}"#))
        #expect(throws: RuleChoice.ParseError.self) { try RuleChoice.parse("greece-2023", for: election) }
        do {
            _ = try RuleChoice.parse("greece-2023", for: election)
        } catch {
            #expect(error.message.contains("add ':national'"))
        }
        #expect(throws: RuleChoice.ParseError.self) { try RuleChoice.parse("cameroon:threshold=5", for: election) }
        for name in ["cameroon", "chad", "djibouti", "cameroon:national"] {
            #expect(try RuleChoice.parse(name, for: election).label == name)
        }
    }
}
