import Hemicycle
import Testing

/// New Zealand, House of Representatives, 20 September 2014, reproduced from the party votes.
///
/// Electoral Act 1993 s 191: Sainte-Laguë over 120 seats among parties with 5 % of the party
/// vote or at least one electorate seat; list seats = share − electorate seats; a party keeping
/// more electorates than its share keeps them (overhang), enlarging the House.
@Suite("Official results: New Zealand 2014")
struct NewZealandParliamentTests {
    @Test func houseOf121() throws {
        let election = try ElectionFixture.load("nz_parliament_2014", as: NewZealandParliament.self)
        let allocation = election.districts[0]
        let names = allocation.votes.keys.sorted()
        let votes = allocation.votes.values(in: names)
        let electorates = allocation.electorateSeatsWon.values(in: names)
        #expect(votes.reduce(0, +) == allocation.validVotes)

        let eligible = Threshold(.percent(5), orConstituencySeats: 1)
            .eligibility(votes: votes, base: allocation.validVotes, constituencySeats: electorates)
        // Qualify: National, Labour, Green, NZ First on votes; Māori, ACT, United Future on an
        // electorate. The Conservatives (3.97 %, no electorate) do not.
        #expect(
            zip(names, eligible).filter(\.1).map(\.0).sorted() == [
                "ACT New Zealand", "Green Party", "Labour Party", "Māori Party", "National Party",
                "New Zealand First Party", "United Future",
            ]
        )

        let result = MixedMemberProportional.newZealand.allocate(
            partyVotes: votes,
            electorateSeats: electorates,
            eligible: eligible,
            tieBreak: .lot(seed: 2014)
        )
        let seats = Dictionary(uniqueKeysWithValues: zip(names, result.seats)).nonZero
        #expect(seats == allocation.officialSeats)
        for (party, listSeats) in election.nationalOfficialListSeats {
            let index = try #require(names.firstIndex(of: party))
            #expect(result.listSeats[index] == listSeats, "\(party)")
        }
        // United Future's share is 0 but it keeps its electorate: one overhang seat.
        let unitedFuture = try #require(names.firstIndex(of: "United Future"))
        #expect(result.shares[unitedFuture] == 0)
        #expect(result.overhang[unitedFuture] == 1)
        #expect(result.totalOverhang == 1)
        #expect(result.seatsShared == 120)
        #expect(result.houseSize == 121)
        #expect(result.houseSize == election.totalSeats)
        #expect(result.ties.isEmpty)

        // The data tells the rules apart: D'Hondt would give National 61, Labour 33, Māori 1.
        let dHondt = MixedMemberProportional(seats: 120, rule: .dHondt)
            .allocate(partyVotes: votes, electorateSeats: electorates, eligible: eligible)
        let dHondtSeats = Dictionary(uniqueKeysWithValues: zip(names, dHondt.seats))
        #expect(dHondtSeats["National Party"] == 61)
        #expect(dHondtSeats["Labour Party"] == 33)
        #expect(dHondtSeats["Māori Party"] == 1)
    }
}
