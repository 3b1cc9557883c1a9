@testable import Hemicycle
import Testing

/// The schema names exactly the members the decoder reads, block by block, so the two cannot
/// drift apart (CI checks the shipped scenarios and the broken fixtures against it with a
/// JSON Schema validator: Scripts/check-schema.py).
@Suite("Scenario schema")
struct ScenarioSchemaTests {
    /// The object schema at `path` (member names; arrays and maps step into their items).
    func properties(_ path: [String]) throws -> Set<String> {
        var node = ScenarioSchema.document
        for name in path {
            let member = try #require(node["properties"]?[name], "\(path)")
            // Each member is `anyOf: [schema, null]`.
            guard case .array(let options)? = member["anyOf"], let schema = options.first else {
                Issue.record("\(name) is not nullable")
                throw AdjustmentProblem("shape")
            }
            node = schema
            if let items = node["items"] { node = items }
            if case .object? = node["additionalProperties"], node["properties"] == nil, let values = node["additionalProperties"] { node = values }
        }
        guard case .object(let members)? = node["properties"] else {
            Issue.record("\(path) has no properties")
            return []
        }
        return Set(members.map(\.key))
    }

    func names<Key: CaseIterable & RawRepresentable>(_ keys: Key.Type) -> Set<String> where Key.RawValue == String {
        Set(keys.allCases.map(\.rawValue))
    }

    @Test("every block of the schema has the decoder's members")
    func members() throws {
        #expect(try properties([]) == names(Scenario.Key.self))
        #expect(try properties(["assembly"]) == names(AssemblySpec.Key.self))
        #expect(try properties(["assembly", "vacancies"]) == names(VacancySpec.Key.self))
        #expect(try properties(["parties"]) == names(PartySpec.Key.self))
        #expect(try properties(["lists"]) == names(ListSpec.Key.self))
        #expect(try properties(["rule"]) == names(RuleSpec.Key.self))
        #expect(try properties(["rule", "firstRound"]) == names(FirstRoundSpec.Key.self))
        #expect(try properties(["rule", "runoff"]) == names(RunoffSpec.Key.self))
        #expect(try properties(["rule", "threshold"]) == names(ThresholdSpec.Key.self))
        #expect(try properties(["rule", "threshold", "coalitions"]) == names(CoalitionThresholdSpec.Key.self))
        #expect(try properties(["rule", "leveling"]) == names(LevelingSpec.Key.self))
        #expect(try properties(["rule", "mixedMember"]) == names(MixedMemberSpec.Key.self))
        #expect(try properties(["rule", "majorityBonus"]) == names(MajorityBonusSpec.Key.self))
        #expect(try properties(["rule", "majorityBonus", "bonus"]) == names(MajorityBonusSpec.BonusSpec.Key.self))
        #expect(try properties(["rule", "majorityBonus", "bonus", "steps"]) == names(MajorityBonusSpec.StepSpec.Key.self))
        #expect(try properties(["rule", "majorityBonus", "remainder"]) == names(MajorityBonusSpec.RemainderSpec.Key.self))
        #expect(try properties(["rule", "majorityBonus", "majorityTakesAll"]) == names(MajorityBonusSpec.PercentSpec.Key.self))
        #expect(try properties(["rule", "biproportional"]) == names(BiproportionalSpec.Key.self))
        #expect(try properties(["rule", "tieBreak"]) == names(TieBreakSpec.Key.self))
        #expect(try properties(["constituencies"]) == names(ConstituencySpec.Key.self))
        #expect(try properties(["constituencies", "round1"]) == names(RoundSpec.Key.self))
        #expect(try properties(["transfers"]) == names(TransfersSpec.Key.self))
        #expect(try properties(["transfers", "from"]) == names(TransferRowSpec.Key.self))
        #expect(try properties(["boycotts"]) == names(BoycottSpec.Key.self))
        #expect(try properties(["turnoutShocks"]) == names(TurnoutShockSpec.Key.self))
        #expect(try properties(["uncertainty"]) == names(UncertaintySpec.Key.self))
        #expect(try properties(["uncertainty", "shares"]) == names(UncertaintySpec.SharesSpec.Key.self))
        #expect(try properties(["uncertainty", "turnout"]) == names(UncertaintySpec.TurnoutSpec.Key.self))
        #expect(try properties(["uncertainty", "turnout", "round1"]) == names(UncertaintySpec.TurnoutRoundSpec.Key.self))
        #expect(try properties(["uncertainty", "transfers"]) == names(UncertaintySpec.TransferNoiseSpec.Key.self))
        #expect(try properties(["sources"]) == names(SourceSpec.Key.self))
        #expect(try properties(["adjust"]) == names(AdjustSpec.Key.self))
        #expect(try properties(["blocs"]) == names(BlocSpec.Key.self))
    }

    @Test("the rule methods are the catalogue's and the engine's own")
    func methods() throws {
        let rule = try #require(ScenarioSchema.document["properties"]?["rule"]?["anyOf"])
        guard case .array(let options) = rule, case .array(let methods)? = options.first?["properties"]?["method"]?["anyOf"],
            case .array(let names)? = methods.first?["enum"]
        else {
            Issue.record("no method enumeration")
            return
        }
        let listed = Set(names.compactMap { if case .string(let name) = $0 { name } else { nil } })
        #expect(listed == Set(RuleCatalog.names + ["two-round", "majority-bonus", "biproportional"]))
    }
}
