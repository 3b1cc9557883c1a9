import Hemicycle
import Testing

/// Norway, Storting, 13 September 2021: district seats in all 19 counties and the 19 leveling
/// seats, by party and by county, reproduced from the official votes.
///
/// Valgloven §§ 11-3 to 11-6 as in force in 2021: modified Sainte-Laguë (1.4, 3, 5, …) in each
/// county for its district seats; a national leveling tier for parties with 4 % (see
/// `LevelingTier`); equal quotients go to more votes, then to a lot.
@Suite("Official results: Norway 2021")
struct NorwayStortingTests {
    static let districtRule = HighestAverages.modifiedSainteLague(firstDivisor: Fraction(7, 5))

    struct Prepared {
        let election: NorwayStorting
        let parties: [String]
        /// [county][party]
        let votes: [[Int]]
        /// [county][party], as computed here.
        let districtSeats: [[Int]]
    }

    static func prepare() throws -> Prepared {
        let election = try ElectionFixture.load("no_storting_2021", as: NorwayStorting.self)
        let parties = election.national.votes.keys.sorted()
        let votes = election.districts.map { $0.votes.values(in: parties) }
        let districtSeats = zip(election.districts, votes).map { county, votes in
            districtRule.allocate(seats: county.districtSeats, votes: votes, tieBreak: .moreVotesThenLot(seed: 2021))
                .seats
        }
        return Prepared(election: election, parties: parties, votes: votes, districtSeats: districtSeats)
    }

    @Test func districtSeatsInEveryCounty() throws {
        let prepared = try Self.prepare()
        #expect(prepared.election.districts.count == 19)
        for (county, seats) in zip(prepared.election.districts, prepared.districtSeats) {
            let computed = Dictionary(uniqueKeysWithValues: zip(prepared.parties, seats)).nonZero
            #expect(computed == county.officialDistrictSeats, "\(county.name)")
        }
        #expect(prepared.districtSeats.joined().reduce(0, +) == 150)
    }

    // The data tells the rules apart (the file's verification notes): plain Sainte-Laguë would
    // differ from the official district seats in 10 counties, D'Hondt in 8.
    @Test(arguments: [(HighestAverages.sainteLague, 10), (.dHondt, 8)])
    func otherRulesDiffer(rule: HighestAverages, differingCounties: Int) throws {
        let prepared = try Self.prepare()
        let differing = prepared.election.districts.indices.filter { county in
            let magnitude = prepared.election.districts[county].districtSeats
            return rule.allocate(seats: magnitude, votes: prepared.votes[county]).seats
                != prepared.districtSeats[county]
        }
        #expect(differing.count == differingCounties)
    }

    // National step (from the file's verification notes): 7 parties reach 4 %; 169 minus the 7
    // district seats of MDG, KRF and PF (below 4 %) = 162 seats; A (48 district seats) and SP
    // (28) reach or exceed their shares and are set aside; the second pass shares 162 − 76 = 86
    // seats and gives H 1, FRP 4, SV 5, RØDT 4, V 5 leveling seats.
    @Test func levelingSeatsByParty() throws {
        let prepared = try Self.prepare()
        let result = LevelingTier.norway.allocate(
            countyVotes: prepared.votes,
            districtSeats: prepared.districtSeats,
            levelingSeatsPerCounty: prepared.election.districts.map(\.levelingSeats),
            tieBreak: .moreVotesThenLot(seed: 2021)
        )
        let parties = prepared.parties
        #expect(
            zip(parties, result.eligible).filter(\.1).map(\.0).sorted() == ["A", "FRP", "H", "RØDT", "SP", "SV", "V"]
        )
        #expect(zip(parties, result.setAside).filter(\.1).map(\.0).sorted() == ["A", "SP"])
        #expect(result.finalSeatsDistributed == 86)
        let leveling = Dictionary(uniqueKeysWithValues: zip(parties, result.levelingSeats)).nonZero
        #expect(leveling == prepared.election.nationalOfficialLevelingSeats)
        #expect(result.levelingSeats.reduce(0, +) == 19)
        #expect(result.nationalTies.isEmpty)

        let total = parties.indices.map { party in
            prepared.districtSeats.reduce(0) { $0 + $1[party] } + result.levelingSeats[party]
        }
        #expect(
            Dictionary(uniqueKeysWithValues: zip(parties, total)).nonZero == prepared.election.nationalOfficialSeats
        )
    }

    // County step: each county's one leveling seat goes to the party with the highest
    // votes / (2n + 1) / (county votes / county district seats), divisor 1 where the party has no
    // seat in the county. All 19 counties match the official assignment.
    @Test func levelingSeatsByCounty() throws {
        let prepared = try Self.prepare()
        let result = LevelingTier.norway.allocate(
            countyVotes: prepared.votes,
            districtSeats: prepared.districtSeats,
            levelingSeatsPerCounty: prepared.election.districts.map(\.levelingSeats),
            tieBreak: .moreVotesThenLot(seed: 2021)
        )
        #expect(result.placements.count == 19)
        #expect(result.unplacedSeats == 0)
        #expect(result.placementTies.isEmpty)
        let byCounty = result.levelingSeatsByCounty(counties: 19)
        for (county, seats) in zip(prepared.election.districts, byCounty) {
            let computed = Dictionary(uniqueKeysWithValues: zip(prepared.parties, seats)).nonZero
            #expect(computed == county.officialLevelingSeats, "\(county.name)")
        }
    }
}
