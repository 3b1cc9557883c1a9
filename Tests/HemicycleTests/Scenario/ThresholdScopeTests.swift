import Hemicycle
import Testing

/// A threshold is measured where its rule allocates unless it says otherwise, and `validate`
/// notes the combinations a reader can misread.
@Suite("Threshold scope")
struct ThresholdScopeTests {
    static func mali(rule: String) throws -> Election {
        let json = #"{"extends": "mali-1992.json", "id": "t", "rule": \#(rule)}"#
        return try ScenarioLoader.load(bytes: Array(json.utf8), name: "t.json", directory: Repository.path("Scenarios"))
    }

    // The new user's file: D'Hondt on national totals with a 5% threshold that does not say
    // where. It is measured nationally, as `dhondt:national:threshold=5` does: the seats of the
    // shipped national-PR what-if, which says so explicitly.
    @Test func thresholdFollowsTheRulesScope() throws {
        let unstated = try Self.mali(
            rule: #"{"method": "dhondt", "scope": "national", "threshold": {"percent": 5}, "firstRound": null, "runoff": null}"#)
        guard case .singleRound(let system) = unstated.system else {
            Issue.record("a single-round rule")
            return
        }
        #expect(system.threshold?.scope == .national)
        let explicit = try TestScenario.shipped("mali-1992-national-pr.json")
        #expect(unstated.run().lists.map(\.seats) == explicit.run().lists.map(\.seats))
        #expect(unstated.system.advisories.isEmpty)
        let choice = try RuleChoice.parse("dhondt:national:threshold=5", for: unstated)
        #expect(RuleComparison(election: unstated, choices: [choice]).results[0].lists.map(\.seats)
            == unstated.run().lists.map(\.seats))
    }

    @Test func misreadableCombinationsAreNoted() throws {
        let perConstituency = try Self.mali(
            rule: #"{"method": "dhondt", "scope": "national", "threshold": {"percent": 5, "scope": "district"}, "firstRound": null, "runoff": null}"#)
        #expect(perConstituency.system.advisories.count == 1)
        #expect(perConstituency.system.advisories.first?.contains("measured in each constituency") == true)
        let district = try Self.mali(
            rule: #"{"method": "dhondt", "threshold": {"percent": 5}, "firstRound": null, "runoff": null}"#)
        #expect(district.system.advisories.isEmpty)
    }
}
