import Foundation
import Hemicycle
import Testing

/// `hemicycle rules` lists what the parsers accept: every catalogue name, every name it says
/// `compare` takes (with each option it lists), every name it says a scenario takes.
@Suite("Rule listing")
struct RuleListingTests {
    static let election = Result { try TestScenario.shipped("mali-1992.json") }

    @Test func everyCatalogueNameIsListed() {
        let listed = Set(RuleCatalog.listing.map(\.name))
        for name in RuleCatalog.names { #expect(listed.contains(name), "\(name)") }
    }

    @Test(arguments: RuleCatalog.listing.filter { $0.accepted.contains("compare") })
    func compareTakesItAndItsOptions(rule: RuleCatalog.Listing) throws {
        let election = try Self.election.get()
        for name in [rule.name] + rule.aliases {
            // greece-2023's bonus only fits national totals on Mali's small constituencies.
            let suffix = rule.name == "greece-2023" ? ":national" : ""
            #expect(throws: Never.self) { try RuleChoice.parse(name + suffix, for: election) }
        }
        for option in rule.options {
            let sample = option.replacingOccurrences(of: "PERCENT", with: "5").replacingOccurrences(of: "X", with: "1.4")
            let value = sample.split(separator: "|").first.map(String.init) ?? sample
            let text = rule.name + ":" + value + (rule.name == "greece-2023" && value != "national" ? ":national" : "")
            #expect(throws: Never.self, "\(text)") { try RuleChoice.parse(text, for: election) }
        }
    }

    @Test(arguments: RuleCatalog.listing.filter { $0.accepted.contains("scenario") && $0.name != "majority-bonus" })
    func aScenarioTakesIt(rule: RuleCatalog.Listing) {
        for name in [rule.name] + rule.aliases {
            let json = TestScenario.single(
                seats: 3, round1: #"{"votes": {"A": 500, "B": 300, "C": 100}}"#, rule: #"{"method": "\#(name)"}"#)
            // greece-2023's bonus is larger than this constituency: refused for that reason only.
            let problems = TestScenario.problems(json).filter { !$0.message.contains("larger than constituency") }
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
    }
}
