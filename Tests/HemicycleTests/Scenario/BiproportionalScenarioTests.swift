import Hemicycle
import Testing

/// `"method": "biproportional"` in scenarios and `compare`: the seats placed in constituencies,
/// and bad rules or votes refused with their JSON path.
@Suite("Biproportional in scenarios")
struct BiproportionalScenarioTests {
    /// Two constituencies of 4 seats (X 600 and 200, Y 400 and 800, Z as given) under `rule`.
    static func scenario(rule: String, zVotes: (Int, Int) = (0, 40), secondSeats: Int = 4) -> String {
        func votes(_ x: Int, _ y: Int, _ z: Int) -> String {
            z > 0 ? #"{"votes": {"X": \#(x), "Y": \#(y), "Z": \#(z)}}"# : #"{"votes": {"X": \#(x), "Y": \#(y)}}"#
        }
        return """
            {
              "assembly": {"name": "Test", "size": \(4 + secondSeats)},
              "parties": [{"id": "X", "name": "X"}, {"id": "Y", "name": "Y"}, {"id": "Z", "name": "Z"}],
              "rule": \(rule),
              "constituencies": [
                {"id": "a", "name": "A", "region": "R", "seats": 4, "registered": 5000, "round1": \(votes(600, 400, zVotes.0))},
                {"id": "b", "name": "B", "region": "R", "seats": \(secondSeats), "registered": 5000, "round1": \(votes(200, 800, zVotes.1))}
              ]
            }
            """
    }

    // The hand-worked case of the rule's tests, with Z's 40 votes (3.8 % in B) below a 5 % quorum.
    @Test func seatsPlacedInConstituencies() throws {
        let election = try TestScenario.election(
            Self.scenario(rule: #"{"method": "biproportional", "biproportional": {"quorum": {"percent": 5}, "voterNumbers": "rounded"}}"#))
        let result = election.run()
        let rows = result.constituencies.map { row in
            Dictionary(uniqueKeysWithValues: row.entries.map { ($0.list, $0.seats) })
        }
        #expect(rows == [["X": 2, "Y": 2], ["X": 1, "Y": 3, "Z": 0]])
        #expect(result.tieDecisions == 0)
    }

    @Test(arguments: [
        (#"{"method": "biproportional", "threshold": {"percent": 5}}"#, "rule.threshold", "does not apply to 'biproportional'"),
        (#"{"method": "biproportional", "scope": "national"}"#, "rule.scope", "does not apply to 'biproportional'"),
        (#"{"method": "biproportional", "biproportional": {"voterNumbers": "halved"}}"#, "rule.biproportional.voterNumbers", "votes, rounded or exact"),
        (#"{"method": "biproportional", "biproportional": {"quorum": {"percent": 105}}}"#, "rule.biproportional.quorum.percent", "between 0.0 and 100.0"),
        (#"{"method": "dhondt", "biproportional": {}}"#, "rule.biproportional", "applies to \"method\": \"biproportional\" only"),
    ])
    func refused(rule: String, path: String, message: String) {
        let problems = TestScenario.problems(Self.scenario(rule: rule))
        #expect(problems.contains { $0.path == path && $0.message.contains(message) }, "\(problems)")
    }

    // A list with votes nowhere has no column to apportion.
    @Test func listWithoutVotes() {
        let problems = TestScenario.problems(Self.scenario(rule: #"{"method": "biproportional"}"#, zVotes: (0, 0)))
        #expect(problems.contains { $0.path == "lists" && $0.message.contains("'Z' has no votes in any constituency") }, "\(problems)")
    }

    // Margins no apportionment meets: X stands alone in A (4 seats), Y alone in B (2 seats); the
    // rounded voter numbers, X 25 and Y 50, give X 2 seats of 6, and A's 4 cannot be filled.
    @Test func impossibleMargins() {
        let json = """
            {
              "assembly": {"name": "Test", "size": 6},
              "parties": [{"id": "X", "name": "X"}, {"id": "Y", "name": "Y"}],
              "rule": {"method": "biproportional", "biproportional": {"voterNumbers": "rounded"}},
              "constituencies": [
                {"id": "a", "name": "A", "region": "R", "seats": 4, "registered": 500, "round1": {"votes": {"X": 100}}},
                {"id": "b", "name": "B", "region": "R", "seats": 2, "registered": 500, "round1": {"votes": {"Y": 100}}}
              ]
            }
            """
        let problems = TestScenario.problems(json)
        #expect(problems.contains { $0.path == "rule" && $0.message.contains("no biproportional apportionment") }, "\(problems)")
    }

    @Test func ruleChoices() throws {
        let election = try TestScenario.election(Self.scenario(rule: #"{"method": "dhondt"}"#))
        for name in ["biproportional", "biproportional:threshold=5", "biproportional:voter-numbers=exact"] {
            let choice = try RuleChoice.parse(name, for: election)
            guard case .singleRound(let system) = choice.system else {
                Issue.record("\(name) is not a single-round system")
                continue
            }
            #expect(system.biproportional != nil)
        }
        for bad in ["biproportional:national", "biproportional:voter-numbers=half", "biproportional:threshold=x"] {
            #expect(throws: RuleChoice.ParseError.self) { try RuleChoice.parse(bad, for: election) }
        }
    }
}
