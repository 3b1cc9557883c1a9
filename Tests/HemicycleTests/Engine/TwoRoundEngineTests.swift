import Hemicycle
import Testing

/// Hand-worked two-round contests. Each comment works the numbers out so a reader can check them.
@Suite("Two-round engine: hand-worked cases")
struct TwoRoundEngineTests {
    func run(_ json: String) throws -> ConstituencyResult {
        let result = TwoRoundEngine(election: try TestScenario.election(json)).run()
        return try #require(result.constituencies.first)
    }

    func votes(_ row: ConstituencyResult, round: Int = 1) -> [String: Int] {
        var table: [String: Int] = [:]
        for entry in row.entries { table[entry.list] = round == 1 ? entry.firstRound : entry.secondRound }
        return table
    }

    @Test func absoluteMajorityInRoundOneTakesEverySeat() throws {
        // 1000 registered × 50% = 500 voters; 60/30/10% of 500 = 300/150/50; 300 > 250: A takes all 3 seats.
        let row = try run(TestScenario.single(round1: #"{"turnout": 0.5, "shares": {"A": 0.6, "B": 0.3, "C": 0.1}}"#))
        #expect(votes(row) == ["A": 300, "B": 150, "C": 50])
        #expect(row.decidedInRound == 1)
        #expect(row.winner == "A")
        #expect(row.secondRound == nil)
        #expect(row.firstRound.voters == 500)
    }

    @Test func exactlyHalfIsNotAMajority() throws {
        // 250 of 500 is not more than half: A and B (150) meet in round 2.
        let row = try run(TestScenario.single(round1: #"{"turnout": 0.5, "shares": {"A": 0.5, "B": 0.3, "C": 0.2}}"#))
        #expect(votes(row)["A"] == 250)
        #expect(row.decidedInRound == 2)
        #expect(row.entries.filter(\.finalist).map(\.list) == ["A", "B"])
    }

    @Test func majorityOfCastVotesCountsSpoiltBallots() throws {
        // 500 voters, 10% spoilt = 50, 450 valid; A 54% of 450 = 243: more than half of the valid
        // votes (225) but not of the votes cast (250).
        let round1 = #"{"turnout": 0.5, "invalidShare": 0.1, "shares": {"A": 0.54, "B": 0.3, "C": 0.16}}"#
        let cast = try run(TestScenario.single(round1: round1))
        #expect(votes(cast)["A"] == 243)
        #expect(cast.firstRound.invalid == 50)
        #expect(cast.decidedInRound == 2)
        let valid = try run(
            TestScenario.single(round1: round1, rule: #"{"method": "two-round", "firstRound": {"of": "valid"}}"#))
        #expect(valid.decidedInRound == 1)
        #expect(valid.winner == "A")
    }

    @Test func runoffWithTransfersReversesTheLead() throws {
        // Round 1: 200/175/125 of 500. Run-off A–B. C's 125 voters: 20% abstain, the other 100
        // split 0.1 : 0.7 over A : B, i.e. 12.5 and 87.5. A 212.5, B 262.5, 475 in all.
        // Turnout implied: 500 × 475/500 = 475 voters; largest remainders give A 213 (the .5 tie
        // of remainders goes to the earlier entry) and B 262. B wins though A led in round 1.
        let json = TestScenario.single(
            round1: #"{"turnout": 0.5, "shares": {"A": 0.40, "B": 0.35, "C": 0.25}}"#,
            extra: #""transfers": {"from": {"C": {"abstain": 0.2, "to": {"A": 0.1, "B": 0.7}}}}"#)
        let row = try run(json)
        #expect(votes(row) == ["A": 200, "B": 175, "C": 125])
        #expect(row.decidedInRound == 2)
        #expect(votes(row, round: 2) == ["A": 213, "B": 262])
        #expect(row.secondRound?.voters == 475)
        #expect(row.winner == "B")
        #expect(row.leadReversal)
    }

    @Test func explicitRoundTwoTurnoutScalesTheTransfers() throws {
        // As above, but 40% turnout in round 2: 400 votes split 212.5 : 262.5 → 178.95 and
        // 221.05 → floors 178 + 221 = 399, the last vote to the larger remainder (A): 179/221.
        let json = TestScenario.single(
            round1: #"{"turnout": 0.5, "shares": {"A": 0.40, "B": 0.35, "C": 0.25}}"#, round2: #"{"turnout": 0.4}"#,
            extra: #""transfers": {"from": {"C": {"abstain": 0.2, "to": {"A": 0.1, "B": 0.7}}}}"#)
        let row = try run(json)
        #expect(votes(row, round: 2) == ["A": 179, "B": 221])
        #expect(row.secondRound?.voters == 400)
    }

    @Test func defaultTransfersSplitInProportionAndNeverReverse() throws {
        // No transfers block: nobody abstains and C's 125 split 200 : 175 → A 266.67, B 233.33;
        // 500 votes → 267 / 233. A keeps its lead.
        let row = try run(TestScenario.single(round1: #"{"turnout": 0.5, "shares": {"A": 0.40, "B": 0.35, "C": 0.25}}"#))
        #expect(votes(row, round: 2) == ["A": 267, "B": 233])
        #expect(row.winner == "A")
        #expect(!row.leadReversal)
    }

    @Test func tieForSecondPlaceUnderListOrder() throws {
        // 200/150/150: B and C tie for the second place in the run-off; list order picks B.
        let json = TestScenario.single(
            round1: #"{"turnout": 0.5, "shares": {"A": 0.4, "B": 0.3, "C": 0.3}}"#,
            rule: #"{"method": "two-round", "tieBreak": {"rule": "list-order"}}"#)
        let row = try run(json)
        #expect(row.entries.filter(\.finalist).map(\.list) == ["A", "B"])
        #expect(row.decidedByTie)
    }

    @Test func tieForSecondPlaceUnderTheLotIsSeededAndFair() throws {
        var finalists: [String: Int] = [:]
        for seed in 0..<64 {
            let json = TestScenario.single(
                round1: #"{"turnout": 0.5, "shares": {"A": 0.4, "B": 0.3, "C": 0.3}}"#,
                rule: #"{"method": "two-round", "tieBreak": {"rule": "lot", "seed": \#(seed)}}"#)
            let first = try run(json)
            let again = try run(json)
            #expect(first == again)
            #expect(first.decidedByTie)
            let second = try #require(first.entries.first { $0.finalist && $0.list != "A" })
            finalists[second.list, default: 0] += 1
        }
        // Both B and C must win the lot sometimes: 64 fair coin flips all one way has odds 2⁻⁶³.
        #expect(finalists["B", default: 0] > 8)
        #expect(finalists["C", default: 0] > 8)
    }

    @Test func tiedRunoffIsDecidedByTheTieRule() throws {
        // A and B both 200 in round 1; C's 100 split evenly: 250/250 in the run-off. List order: A.
        let json = TestScenario.single(
            round1: #"{"turnout": 0.5, "shares": {"A": 0.4, "B": 0.4, "C": 0.2}}"#,
            rule: #"{"method": "two-round", "tieBreak": {"rule": "list-order"}}"#)
        let row = try run(json)
        #expect(votes(row, round: 2) == ["A": 250, "B": 250])
        #expect(row.winner == "A")
        #expect(row.decidedByTie)
        #expect(!row.leadReversal)
    }

    static let frenchRule = """
        {"method": "two-round", "firstRound": {"majority": 0.5, "of": "valid", "registeredMinimum": 0.25},
         "runoff": {"qualify": "threshold", "share": 0.125, "of": "registered", "minimum": 2}}
        """

    @Test func singleMemberMajorityNeedsAQuarterOfTheRegistered() throws {
        // 1000 registered, 400 voters. A has 210 of 400 valid votes (52.5%) but only 21% of the
        // registered: no round-1 win. Only A reaches 12.5% of the registered (125); B, the best
        // placed of the rest, joins it. Round 2 (official counts): B 230, A 200: B wins.
        let json = TestScenario.single(
            seats: 1, round1: #"{"voters": 400, "votes": {"A": 210, "B": 120, "C": 70}}"#,
            round2: #"{"voters": 430, "votes": {"A": 200, "B": 230}}"#, rule: Self.frenchRule)
        let row = try run(json)
        #expect(row.decidedInRound == 2)
        #expect(row.entries.filter(\.finalist).map(\.list) == ["A", "B"])
        #expect(row.winner == "B")
        #expect(row.leadReversal)
        #expect(!row.fieldMismatch)
    }

    @Test func finalistWhoWithdrawsHasNoRoundTwoVotes() throws {
        // As in Aveyron's 2nd constituency in 2017: A and B qualify (A 210, B 130 ≥ 125, 12.5%
        // of 1000), B withdraws and A stands alone. B was qualified (a finalist) but did not
        // stand in round 2: it has no round-2 votes (not 0) and is nobody's opponent.
        let json = TestScenario.single(
            seats: 1, round1: #"{"voters": 400, "votes": {"A": 210, "B": 130, "C": 60}}"#,
            round2: #"{"voters": 300, "blank": 60, "votes": [{"list": "A", "votes": 240}]}"#, rule: Self.frenchRule)
        let row = try run(json)
        #expect(row.entries.filter(\.finalist).map(\.list) == ["A", "B"])
        #expect(row.winner == "A")
        #expect(votes(row, round: 2) == ["A": 240])
        #expect(row.secondRound?.listVotes == 240)
        #expect(!row.fieldMismatch)
    }

    @Test func singleMemberMajorityWinsWithAQuarterOfTheRegistered() throws {
        // 300 of 550 valid (54.5%) and 300 ≥ 250 (25% of 1000): elected in round 1.
        let json = TestScenario.single(
            seats: 1, round1: #"{"voters": 550, "votes": {"A": 300, "B": 150, "C": 100}}"#, rule: Self.frenchRule)
        let row = try run(json)
        #expect(row.decidedInRound == 1)
        #expect(row.winner == "A")
    }

    @Test func threeWayRunoffWhenThreeReachTheThreshold() throws {
        // A 300, B 200, C 150, D 50 of 700: nobody has half; A, B and C reach 125 (12.5% of 1000).
        let json = TestScenario.single(
            seats: 1, lists: ["A", "B", "C", "D"],
            round1: #"{"voters": 700, "votes": {"A": 300, "B": 200, "C": 150, "D": 50}}"#, rule: Self.frenchRule)
        let row = try run(json)
        #expect(row.entries.filter(\.finalist).map(\.list) == ["A", "B", "C"])
        // Default transfers: D's 50 split 300 : 200 : 150 and nobody abstains; A keeps the lead.
        #expect(votes(row, round: 2) == ["A": 323, "B": 215, "C": 162])
        #expect(row.winner == "A")
    }

    /// Lists declared beyond those on the ballot: 4 (preferences looked up in a lists × lists
    /// table) and 300 (looked up in each list's row of stated preferences).
    static let declaredListCounts = [4, 300]

    @Test(arguments: declaredListCounts)
    func twoWayTransfersAreFoundWhateverTheNumberOfLists(declared: Int) throws {
        // As `runoffWithTransfersReversesTheLead`: C's voters prefer B 7 to 1 over A, so B wins
        // 262 to 213; the lists not on the ballot must change nothing.
        let lists = ["A", "B", "C"] + (3..<declared).map { "X\($0)" }
        let json = TestScenario.single(
            lists: lists, round1: #"{"turnout": 0.5, "shares": {"A": 0.40, "B": 0.35, "C": 0.25}}"#,
            extra: #""transfers": {"from": {"C": {"abstain": 0.2, "to": {"A": 0.1, "B": 0.7}}}}"#)
        let row = try run(json)
        #expect(votes(row, round: 2) == ["A": 213, "B": 262])
        #expect(row.winner == "B")
    }

    @Test(arguments: declaredListCounts)
    func threeWayTransfersAreFoundWhateverTheNumberOfLists(declared: Int) throws {
        // A 300, B 200, C 150, D 50: A, B and C meet in round 2. D's voters: 20% (10) stay home,
        // the other 40 all go to C (its only preference among the finalists). Weights 300 : 200
        // : 190; 700 voters × 690/700 of the votes staying = 690, so exactly 300, 200 and 190.
        let lists = ["A", "B", "C", "D"] + (4..<declared).map { "X\($0)" }
        let json = TestScenario.single(
            seats: 1, lists: lists, round1: #"{"voters": 700, "votes": {"A": 300, "B": 200, "C": 150, "D": 50}}"#,
            rule: Self.frenchRule, extra: #""transfers": {"from": {"D": {"abstain": 0.2, "to": {"C": 0.8}}}}"#)
        let row = try run(json)
        #expect(row.entries.filter(\.finalist).map(\.list) == ["A", "B", "C"])
        #expect(votes(row, round: 2) == ["A": 300, "B": 200, "C": 190])
    }

    @Test func boycottLowersTurnoutAndMovesTheRest() throws {
        // X (20% of support) boycotts; half its supporters abstain: turnout 50% × (1 − 0.1) = 45%,
        // 450 voters. The other 10% split 5 : 3 over A and B: A 0.5625, B 0.3375 of 0.9 →
        // 281.25 and 168.75 → 281 and 169 (largest remainder). 281 > 225: A wins in round 1.
        let json = TestScenario.single(
            lists: ["A", "B", "X"], round1: #"{"turnout": 0.5, "shares": {"A": 0.5, "B": 0.3, "X": 0.2}}"#,
            extra: #""boycotts": [{"list": "X", "abstention": 0.5}]"#)
        let row = try run(json)
        #expect(row.firstRound.voters == 450)
        #expect(votes(row) == ["A": 281, "B": 169])
        #expect(row.winner == "A")
    }

    @Test func turnoutShockByRegion() throws {
        // Factor 0.5 on round 1 in region R: 1000 × 50% × 0.5 = 250 voters.
        let json = TestScenario.single(
            round1: #"{"turnout": 0.5, "shares": {"A": 0.6, "B": 0.3, "C": 0.1}}"#,
            extra: #""turnoutShocks": [{"region": "R", "rounds": [1], "factor": 0.5}]"#)
        let row = try run(json)
        #expect(row.firstRound.voters == 250)
    }

    @Test(arguments: [([1], 250, 250), ([2], 500, 250), ([1, 2], 250, 250)])
    func turnoutShockOnAnImpliedRunoffCountsOnce(rounds: [Int], voters1: Int, voters2: Int) throws {
        // 1000 × 50% = 500 voters; nobody has half, A and B meet; no transfer row, no abstention,
        // so round-2 voters are the round-1 voters (500). An implied round 2 follows round 1:
        // a shock on round 1 halves both rounds, one on round 2 halves round 2 only, and one on
        // both rounds halves each once (it used to halve round 2 twice: 125).
        let json = TestScenario.single(
            round1: #"{"turnout": 0.5, "shares": {"A": 0.4, "B": 0.35, "C": 0.25}}"#,
            extra: #""turnoutShocks": [{"region": "R", "rounds": \#(rounds), "factor": 0.5}]"#)
        let row = try run(json)
        #expect(row.decidedInRound == 2)
        #expect(row.firstRound.voters == voters1)
        #expect(row.secondRound?.voters == voters2)
    }

    @Test func uncontestedConstituencyLeavesItsSeatsVacant() throws {
        let json = """
            {
              "assembly": {"name": "Test", "size": 5, "vacancies": [{"seats": 1, "reason": "abroad"}]},
              "parties": [{"id": "A", "name": "A"}, {"id": "B", "name": "B"}],
              "rule": {"method": "two-round"},
              "constituencies": [
                {"id": "c1", "seats": 2, "registered": 100, "round1": {"turnout": 0.5, "shares": {"A": 0.7, "B": 0.3}}},
                {"id": "c2", "seats": 2, "registered": 100, "contested": false, "vacancyReason": "rebellion"}
              ]
            }
            """
        let result = TwoRoundEngine(election: try TestScenario.election(json)).run()
        #expect(result.vacantSeats == 3)
        #expect(result.filledSeats == 2)
        #expect(result.contestedConstituencies == 1)
        #expect(result.vacancyReasons.count == 2)
        #expect(result.constituencies[1].decidedInRound == nil)
    }
}
