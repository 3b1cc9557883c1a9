import Hemicycle
import Testing

/// Disproportionality indices on examples worked out by hand.
@Suite("Disproportionality indices")
struct DisproportionalityTests {
    static func close(_ value: Double, _ expected: Double, within tolerance: Double = 1e-9) -> Bool {
        Swift.abs(value - expected) <= tolerance
    }

    // Gallagher (1991), Table 1: votes A 60,000, B 28,000, C 12,000 (60 %, 28 %, 12 %); D'Hondt
    // gives 4, 1, 0 of 5 seats (80 %, 20 %, 0 %). Seat share minus vote share: +20, −8, −12.
    //   Least squares:   √(½ (20² + 8² + 12²)) = √(½ · 608) = √304 = 17.4356…
    //   Loosemore-Hanby: ½ (20 + 8 + 12) = 20
    //   Sainte-Laguë:    20²/60 + 8²/28 + 12²/12 = 6.6667 + 2.2857 + 12 = 20.9524…
    //   Largest bonus:   A, +20 points
    //   Effective parties by votes: 1 / (0.6² + 0.28² + 0.12²) = 1 / 0.4528 = 2.2085…
    //   Effective parties by seats: 1 / (0.8² + 0.2²) = 1 / 0.68 = 1.4706…
    @Test func gallaghersTableOne() {
        let seats = HighestAverages.dHondt.allocate(seats: 5, votes: [60_000, 28_000, 12_000]).seats
        #expect(seats == [4, 1, 0])
        let indices = Disproportionality(votes: [60_000, 28_000, 12_000], seats: seats)
        #expect(Self.close(indices.gallagher, 304.0.squareRoot()))
        #expect(Self.close(indices.loosemoreHanby, 20))
        #expect(Self.close(indices.sainteLague, 400.0 / 60 + 64.0 / 28 + 12))
        #expect(indices.largestSeatBonus?.party == 0)
        #expect(Self.close(indices.largestSeatBonus?.percentagePoints ?? 0, 20))
        #expect(Self.close(indices.effectivePartiesByVotes, 1 / 0.4528))
        #expect(Self.close(indices.effectivePartiesBySeats, 1 / 0.68))
    }

    // Laakso and Taagepera (1979): n equal parties count as n effective parties; perfect
    // proportionality scores 0 on every disproportionality index.
    @Test(arguments: [2, 3, 7])
    func equalPartiesAndPerfectProportionality(parties: Int) {
        let indices = Disproportionality(
            votes: Array(repeating: 1_000, count: parties),
            seats: Array(repeating: 3, count: parties)
        )
        #expect(Self.close(indices.effectivePartiesByVotes, Double(parties)))
        #expect(Self.close(indices.effectivePartiesBySeats, Double(parties)))
        #expect(Self.close(indices.gallagher, 0))
        #expect(Self.close(indices.loosemoreHanby, 0))
        #expect(Self.close(indices.sainteLague, 0))
    }

    // New Zealand 2005 as tabulated in the Gallagher-index article often used as a textbook
    // example: party-vote shares 41.10, 39.10, 5.72, 5.30, 2.12, 2.67, 1.51, 1.16, 0.62, 0.25,
    // 0.12, 0.07, 0.05, 0.05, 0.04, 0.03, 0.03, 0.02, 0.02 % and seats 50, 48, 7, 6, 4, 3, 2, 1
    // of 121. The table's rows (differences 0.22, 0.57, 0.07, 0.34, 1.18, 0.19, 0.14, 0.34,
    // 0.62, …) square to 2.53, so √(2.53 / 2) ≈ 1.125; the article prints a total of 2.4711 and
    // an index of 1.11, an arithmetic slip in its sum. Shares are renormalised here (the
    // percentages add to 99.98), which moves the result by less than 0.001.
    @Test func newZealand2005() {
        let votes = [4_110, 3_910, 572, 530, 212, 267, 151, 116, 62, 25, 12, 7, 5, 5, 4, 3, 3, 2, 2]
        let seats = [50, 48, 7, 6, 4, 3, 2, 1]
        let indices = Disproportionality(votes: votes, seats: seats)
        #expect(Self.close(indices.gallagher, 1.125, within: 0.001))
        // Māori Party: 4 of 121 seats (3.31 %) for 2.12 % of the votes, the largest bonus.
        #expect(indices.largestSeatBonus?.party == 4)
    }

    @Test func degenerateInputsStayFinite() {
        let empty = Disproportionality(votes: [], seats: [])
        #expect(empty.gallagher == 0 && empty.largestSeatBonus == nil && empty.effectivePartiesByVotes == 0)
        let noSeats = Disproportionality(votes: [10, 10], seats: [0, 0])
        #expect(noSeats.effectivePartiesBySeats == 0)
        #expect(Self.close(noSeats.loosemoreHanby, 50))
        // A party with seats and no votes: the Sainte-Laguë index is infinite, by its formula.
        #expect(Disproportionality(votes: [10, 0], seats: [1, 1]).sainteLague == .infinity)
    }
}
