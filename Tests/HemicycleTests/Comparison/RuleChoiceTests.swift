import Hemicycle
import Testing

@Suite("Rule choices")
struct RuleChoiceTests {
    /// One constituency of 4 seats under the two-round rule; `extra` adds top-level members.
    func election(extra: String = "") throws -> Election {
        try TestScenario.election(
            TestScenario.single(
                seats: 4, round1: #"{"turnout": 1, "shares": {"A": 0.6, "B": 0.3, "C": 0.1}}"#, extra: extra))
    }

    @Test(arguments: [
        ("dhondt", "dhondt"),
        ("dhondt:national:threshold=5", "dhondt_national_threshold_5"),
        ("sainte-lague:threshold=5%", "sainte-lague_threshold_5_"),
        ("modified-sainte-lague:first-divisor=1.4", "modified-sainte-lague_first-divisor_1_4"),
        ("hare:quota=half-up", "hare_quota_half-up"),
        ("trs-list", "trs-list"),
        // `scenario` is labelled by what it stands for: here the two-round rule.
        ("scenario", "trs-list"),
    ])
    func fileNameKeepsLettersDigitsAndDashes(text: String, fileName: String) throws {
        let choice = try RuleChoice.parse(text, for: try election())
        #expect(choice.fileName == fileName)
    }

    @Test func defaultChoicesWithoutACompareListAreTheDefaultRules() throws {
        let choices = try RuleChoice.defaultChoices(for: try election())
        #expect(RuleChoice.defaultNames == ["scenario", "dhondt", "sainte-lague", "hare"])
        #expect(choices.map(\.label) == ["trs-list", "dhondt", "sainte-lague", "hare"])
    }

    @Test func defaultChoicesAreTheScenarioCompareList() throws {
        let election = try election(extra: #""compare": ["hare:quota=up", "dhondt:national:threshold=5", "scenario"]"#)
        #expect(election.comparisonRules == ["hare:quota=up", "dhondt:national:threshold=5", "scenario"])
        let choices = try RuleChoice.defaultChoices(for: election)
        #expect(choices.map(\.label) == ["hare:quota=up", "dhondt:national:threshold=5", "trs-list"])
    }

    @Test func defaultChoicesRefuseAnUnknownName() throws {
        var election = try election()
        election.comparisonRules = ["dhondt", "nosuch"]
        #expect(throws: RuleChoice.ParseError.self) { try RuleChoice.defaultChoices(for: election) }
    }
}
