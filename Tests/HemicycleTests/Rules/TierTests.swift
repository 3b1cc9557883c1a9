import Hemicycle
import Testing

/// Hand-worked leveling and mixed-member cases, small enough to follow on paper.
@Suite("Tiers: leveling seats and mixed-member proportional")
struct TierTests {
    // Two counties, 2 district seats and 1 leveling seat each; 6 seats in all; plain Sainte-Laguë
    // in the national step. Votes: county 0 A 600, B 300, C 100; county 1 A 500, B 100, C 400.
    // District seats (given): county 0 A 1, B 1; county 1 A 1, C 1; so A 2, B 1, C 1.
    //
    // National votes A 1,100, B 400, C 500 (all above 4 % of 2,000). First pass, 6 seats:
    // A 1,100, C 500, B 400, A 366.7, A 220, C 166.7 → A 3, B 1, C 2. B's district seat equals
    // its share: set aside. Second pass, 6 − 1 = 5 seats for A and C: A 1,100, C 500, A 366.7,
    // A 220, C 166.7 → A 3, C 2. Leveling seats: A 3 − 2 = 1, C 2 − 1 = 1.
    //
    // County step (county average 1,000 / 2 = 500 votes per district seat in both counties):
    // A: county 0 600/3/500 = 0.400, county 1 500/3/500 = 0.333; C: county 0 100/1/500 = 0.200,
    // county 1 400/3/500 = 0.267. A takes county 0 (0.400); county 0 is full, so C takes
    // county 1 (0.267).
    @Test func levelingByHand() {
        let tier = LevelingTier(totalSeats: 6, threshold: .percent(4), rule: .sainteLague)
        let result = tier.allocate(
            countyVotes: [[600, 300, 100], [500, 100, 400]],
            districtSeats: [[1, 1, 0], [1, 0, 1]],
            levelingSeatsPerCounty: [1, 1]
        )
        #expect(result.nationalVotes == [1_100, 400, 500])
        #expect(result.eligible == [true, true, true])
        #expect(result.setAside == [false, true, false])
        #expect(result.finalSeatsDistributed == 5)
        #expect(result.shares == [3, 0, 2])
        #expect(result.levelingSeats == [1, 0, 1])
        #expect(result.placements == [LevelingPlacement(party: 0, county: 0), LevelingPlacement(party: 2, county: 1)])
        #expect(result.levelingSeatsByCounty(counties: 2) == [[1, 0, 0], [0, 0, 1]])
        #expect(result.placementTies.isEmpty)
    }

    // Two counties with 1 district seat (won by C) and 1 leveling seat each. Votes: county 0
    // A 100, B 100, C 300; county 1 A 50, B 50, C 400. National: A 150, B 150, C 700; 4 seats.
    // First pass (Sainte-Laguë): C 700, C 233.3, then A 150 and B 150 share seats 3 and 4 →
    // C 2, A 1, B 1. C's 2 district seats equal its share: set aside. Second pass, 2 seats:
    // A 150 and B 150, one each. Leveling: A 1, B 1.
    // County step: A and B both score 100/1/500 = 0.2 in county 0 (0.1 in county 1). County 0
    // has one seat for two pairs: a decisive tie. List order gives it to A (party-major order);
    // B then goes to county 1.
    @Test func levelingTieInTheCountyStep() {
        let tier = LevelingTier(totalSeats: 4, threshold: .percent(4), rule: .sainteLague)
        let result = tier.allocate(
            countyVotes: [[100, 100, 300], [50, 50, 400]],
            districtSeats: [[0, 0, 1], [0, 0, 1]],
            levelingSeatsPerCounty: [1, 1]
        )
        #expect(result.levelingSeats == [1, 1, 0])
        #expect(result.placements == [LevelingPlacement(party: 0, county: 0), LevelingPlacement(party: 1, county: 1)])
        #expect(
            result.placementTies == [
                LevelingPlacementTie(
                    seat: 1,
                    contenders: [LevelingPlacement(party: 0, county: 0), LevelingPlacement(party: 1, county: 0)],
                    chosen: LevelingPlacement(party: 0, county: 0)
                )
            ]
        )
        let byLot = tier.allocate(
            countyVotes: [[100, 100, 300], [50, 50, 400]],
            districtSeats: [[0, 0, 1], [0, 0, 1]],
            levelingSeatsPerCounty: [1, 1],
            tieBreak: .lot(seed: 5)
        )
        #expect(byLot.placements.count == 2)
        #expect(Set(byLot.placements.map(\.county)) == [0, 1])
    }

    // 10 seats, Sainte-Laguë on A 4,600, B 3,000, C 1,600, D 800: A 4,600, B 3,000, C 1,600,
    // A 1,533, B 1,000, A 920, D 800, A 657, B 600, C 533 → A 4, B 3, C 2, D 1 (next: A 511).
    // Electorates A 2, D 3: list seats A 2, B 3, C 2, D 0; D keeps 3 (overhang 2): House of 12.
    @Test func overhangEnlargesTheHouse() {
        let result = MixedMemberProportional(seats: 10).allocate(
            partyVotes: [4_600, 3_000, 1_600, 800],
            electorateSeats: [2, 0, 0, 3],
            eligible: [true, true, true, true]
        )
        #expect(result.shares == [4, 3, 2, 1])
        #expect(result.listSeats == [2, 3, 2, 0])
        #expect(result.seats == [4, 3, 2, 3])
        #expect(result.overhang == [0, 0, 0, 2])
        #expect(result.houseSize == 12)
    }

    // The same votes plus E (100 votes, 1 electorate), which fails a threshold without an
    // electorate alternative, and one independent. E's electorate and the independent's are
    // taken out of the shared seats: 10 − 2 = 8, allocated as A 4,600, B 3,000, C 1,600,
    // A 1,533, B 1,000, A 920, D 800, A 657 → A 4, B 2, C 1, D 1. D keeps its 3 electorates,
    // E its 1: 4 + 2 + 1 + 3 + 1 = 11 party seats plus the independent, a House of 12. Only D's
    // 2 seats beyond its share are overhang: E's electorate, like the independent's, was taken out
    // of the seats to share, so it does not enlarge the House (it used to count as overhang).
    @Test func electoratesOutsideTheShare() {
        let result = MixedMemberProportional(seats: 10).allocate(
            partyVotes: [4_600, 3_000, 1_600, 800, 100],
            electorateSeats: [2, 0, 0, 3, 1],
            eligible: [true, true, true, true, false],
            otherElectorateSeats: 1
        )
        #expect(result.seatsShared == 8)
        #expect(result.shares == [4, 2, 1, 1, 0])
        #expect(result.seats == [4, 2, 1, 3, 1])
        #expect(result.houseSize == 12)
        #expect(result.overhang == [0, 0, 0, 2, 0])
        #expect(result.totalOverhang == result.houseSize - 10)
    }
}
