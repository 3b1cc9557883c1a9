import Hemicycle
import Testing

/// Spain, Congress of Deputies, 28 April 2019: every district reproduced from official votes.
///
/// LOREG art. 163: D'Hondt in each province among candidacies with at least 3 % of the
/// district's valid votes (candidacy votes plus blank votes); art. 170: Ceuta and Melilla elect
/// one deputy each by plurality. Equal quotients go to the larger total vote, then to a lot.
@Suite("Official results: Spain 2019")
struct SpainCongressTests {
    static let threshold = Threshold(.percent(3))

    static func seats(for district: SpainCongress.District, threshold: Threshold = threshold) -> (
        seats: [String: Int], ties: [Tie]
    ) {
        let names = district.votes.keys.sorted()
        let votes = district.votes.values(in: names)
        let result: Allocation
        if district.seats == 1 {
            result = Plurality().allocate(seats: 1, votes: votes, tieBreak: .moreVotesThenLot(seed: 2019))
        } else {
            let eligibleVotes = threshold.removingIneligibleVotes(votes, base: district.validVotes)
            result = HighestAverages.dHondt.allocate(
                seats: district.seats,
                votes: eligibleVotes,
                tieBreak: .moreVotesThenLot(seed: 2019)
            )
        }
        return (Dictionary(uniqueKeysWithValues: zip(names, result.seats)).nonZero, result.ties)
    }

    @Test("every district", arguments: 0..<52)
    func district(_ index: Int) throws {
        let election = try ElectionFixture.load("es_congreso_2019_04", as: SpainCongress.self)
        let district = election.districts[index]
        let result = Self.seats(for: district)
        #expect(result.seats == district.officialSeats, "\(district.name)")
        #expect(result.ties.isEmpty, "\(district.name): the official data has no exact quotient ties")
    }

    @Test func wholeChamber() throws {
        let election = try ElectionFixture.load("es_congreso_2019_04", as: SpainCongress.self)
        #expect(election.districts.count == 52)
        let total = election.districts.reduce(0) { $0 + Self.seats(for: $1).seats.values.reduce(0, +) }
        #expect(total == election.totalSeats)
        #expect(total == 350)
    }

    // The data tells the rules apart: Sainte-Laguë with the same threshold would differ in 24 of
    // the 50 multi-member districts.
    @Test func sainteLagueWouldDiffer() throws {
        let election = try ElectionFixture.load("es_congreso_2019_04", as: SpainCongress.self)
        let differing = election.districts.filter { district in
            guard district.seats > 1 else { return false }
            let names = district.votes.keys.sorted()
            let votes = Self.threshold.removingIneligibleVotes(
                district.votes.values(in: names),
                base: district.validVotes
            )
            let seats = HighestAverages.sainteLague.allocate(seats: district.seats, votes: votes).seats
            return Dictionary(uniqueKeysWithValues: zip(names, seats)).nonZero != district.officialSeats
        }
        #expect(differing.count == 24)
    }

    // Barcelona, 32 seats: FRONT REPUB has 2.72 % of the valid votes and is excluded by the 3 %
    // threshold. Without the threshold D'Hondt would give it a seat, taken from ECP-GUANYEM
    // (6 seats officially, 5 without the threshold).
    @Test func thresholdDecidesBarcelona() throws {
        let election = try ElectionFixture.load("es_congreso_2019_04", as: SpainCongress.self)
        let barcelona = try #require(election.districts.first { $0.name == "Barcelona" })
        let official = Self.seats(for: barcelona)
        #expect(official.seats["FRONT REPUB"] == nil)
        #expect(official.seats["ECP-GUANYEM"] == 6)
        let withoutThreshold = Self.seats(for: barcelona, threshold: .none)
        #expect(withoutThreshold.seats["FRONT REPUB"] == 1)
        #expect(withoutThreshold.seats["ECP-GUANYEM"] == 5)
    }
}
