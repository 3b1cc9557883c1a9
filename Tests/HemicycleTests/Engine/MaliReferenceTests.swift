import Hemicycle
import Testing

/// The reference case: Mali's 1992 National Assembly, reproduced from `Scenarios/mali-1992.json`.
///
/// Every expectation here is a historical figure (see the scenario's `sources`), not a number
/// read off the engine.
@Suite("Mali 1992 reference scenario")
struct MaliReferenceTests {
    let election: Election
    let result: ElectionResult

    init() throws {
        election = try TestScenario.shipped("mali-1992.json")
        result = TwoRoundEngine(election: election).run()
    }

    @Test func assemblyOf129With13DiasporaSeatsVacant() {
        #expect(result.assemblySize == 129)
        #expect(result.vacantSeats == 13)
        #expect(result.filledSeats == 116)
        #expect(result.vacancyReasons.count == 1)
    }

    @Test(arguments: [
        ("ADEMA", 76), ("CNID", 9), ("US-RDA", 8), ("PMD", 6), ("UDD", 4), ("RDP", 4), ("UFDP", 3), ("RDT", 3),
        ("PDP", 2), ("UMADD", 1), ("PUDP", 0),
    ])
    func seatsByParty(party: String, seats: Int) {
        #expect(result.list(party)?.seats == seats)
    }

    @Test func tenPartiesWinSeats() {
        #expect(result.lists.filter { $0.seats > 0 }.count == 10)
    }

    @Test func fiftyFiveConstituenciesOfOneToSixSeats() {
        #expect(result.contestedConstituencies == 55)
        let magnitudes = election.constituencies.map(\.seats)
        #expect(magnitudes.min() == 1)
        #expect(magnitudes.max() == 6)
        #expect(magnitudes.reduce(0, +) == 116)
    }

    @Test func roundOneSettlesElevenConstituenciesAndFifteenSeats() {
        #expect(result.settledInFirstRound == 11)
        #expect(result.seatsInFirstRound == 15)
        #expect(result.list("ADEMA")?.seatsInFirstRound == 10)
    }

    @Test func umaddWinsMenakaInRoundOneWithAbout73Percent() throws {
        let menaka = try #require(result.constituencies.first { $0.name == "Ménaka" })
        #expect(menaka.seats == 1)
        #expect(menaka.winner == "UMADD")
        #expect(menaka.decidedInRound == 1)
        let share = try #require(menaka.winnerFirstRoundShare)
        #expect(abs(share - 0.73) < 0.005)
    }

    @Test func fortyFourRunoffsSevenWonByTheListThatTrailed() {
        #expect(result.runoffs == 44)
        #expect(result.leadReversals == 7)
        #expect(result.tieDecisions == 0)
    }

    @Test func twentyTwoPartiesOnTheRoundOneBallot() {
        #expect(result.listsOnBallot == 22)
        #expect(result.list("PUDP")?.constituenciesContested ?? 0 > 0)
        #expect(result.list("BOYCOTT")?.constituenciesContested == 0)
    }

    @Test func turnoutIs21PercentThenLower() {
        #expect(abs(result.firstRound.turnout - 0.2109) < 0.0001)
        #expect(result.secondRound.turnout < result.firstRound.turnout)
        #expect(result.secondRound.turnout > 0.19)
    }

    @Test func pdpAndRdtNationalVoteShares() throws {
        let pdp = try #require(result.list("PDP")?.firstRoundShare)
        let rdt = try #require(result.list("RDT")?.firstRoundShare)
        #expect(abs(pdp - 0.051) < 0.0005)
        #expect(abs(rdt - 0.040) < 0.001)
    }

    @Test func everySeatIsWonOnceAndCountsAddUp() {
        for constituency in result.constituencies {
            let listVotes = constituency.entries.reduce(0) { $0 + $1.firstRound }
            #expect(listVotes == constituency.firstRound.listVotes)
            #expect(
                constituency.firstRound.voters
                    == listVotes + constituency.firstRound.blank + constituency.firstRound.invalid)
            #expect(constituency.firstRound.voters <= constituency.firstRound.registered)
            if let second = constituency.secondRound {
                #expect(constituency.entries.filter(\.finalist).count == 2)
                #expect(second.voters <= second.registered)
            }
        }
    }
}
