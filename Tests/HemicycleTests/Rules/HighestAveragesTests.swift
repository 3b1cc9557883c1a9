import Hemicycle
import Testing

/// Hand-worked highest-averages cases. Each comment lists the averages in the order the seats
/// are handed out, so a reader can check the expected seats without running the code.
@Suite("Highest averages: hand-worked cases")
struct HighestAveragesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let rule: HighestAverages
        let seats: Int
        let votes: [Int]
        let expected: [Int]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // Gallagher (1991), Table 1: A 60,000, B 28,000, C 12,000; 5 seats.
        // D'Hondt averages: A 60,000 / 30,000 / 20,000 / 15,000; B 28,000. Next would be
        // A 12,000 = C 12,000 for a sixth seat. Gallagher's result: A 4, B 1, C 0.
        Case(
            name: "D'Hondt, Gallagher's Table 1",
            rule: .dHondt,
            seats: 5,
            votes: [60_000, 28_000, 12_000],
            expected: [4, 1, 0]
        ),
        // Sainte-Laguë on the same votes: A 60,000, B 28,000, A 20,000 (÷3), then A 12,000 (÷5) and
        // C 12,000 (÷1) share the 4th and 5th seats: two lists, two seats, so both get one and the
        // tie decides nothing.
        Case(
            name: "Sainte-Laguë, Gallagher's votes",
            rule: .sainteLague,
            seats: 5,
            votes: [60_000, 28_000, 12_000],
            expected: [3, 1, 1]
        ),
        // Norway's first divisor 1.4: A 7,000/1.4 = 5,000, then A 7,000/3 = 2,333 beats
        // B 3,000/1.4 = 2,143. Plain Sainte-Laguë: A 7,000, then B 3,000 beats A 2,333.
        Case(
            name: "modified Sainte-Laguë 1.4",
            rule: .modifiedSainteLague(firstDivisor: Fraction(7, 5)),
            seats: 2,
            votes: [7_000, 3_000],
            expected: [2, 0]
        ),
        Case(name: "Sainte-Laguë, same votes", rule: .sainteLague, seats: 2, votes: [7_000, 3_000], expected: [1, 1]),
        // Danish 1, 4, 7: A 10,000, then B 4,000 beats A 10,000/4 = 2,500. D'Hondt: A 10,000, A 5,000.
        Case(name: "Danish", rule: .danish, seats: 2, votes: [10_000, 4_000], expected: [1, 1]),
        Case(name: "D'Hondt, same votes", rule: .dHondt, seats: 2, votes: [10_000, 4_000], expected: [2, 0]),
        // Imperiali 2, 3, 4: A 4,500, 3,000, 2,250 beat B 2,000 and C 1,500.
        // D'Hondt: A 9,000, A 4,500, B 4,000.
        Case(
            name: "Imperiali divisors",
            rule: .imperiali,
            seats: 3,
            votes: [9_000, 4_000, 3_000],
            expected: [3, 0, 0]
        ),
        Case(
            name: "D'Hondt, Imperiali's votes",
            rule: .dHondt,
            seats: 3,
            votes: [9_000, 4_000, 3_000],
            expected: [2, 1, 0]
        ),
        // Huntington-Hill: first divisor 0, so each list with votes gets a seat (3 seats), then
        // A 100/√2 = 70.7 beats B 10/√2 = 7.1 (4th), then A 100/√6 = 40.8 (5th).
        Case(
            name: "Huntington-Hill, 3 seats",
            rule: .huntingtonHill,
            seats: 3,
            votes: [100, 10, 1],
            expected: [1, 1, 1]
        ),
        Case(
            name: "Huntington-Hill, 5 seats",
            rule: .huntingtonHill,
            seats: 5,
            votes: [100, 10, 1],
            expected: [3, 1, 1]
        ),
        // Huntington-Hill: the first round gives each list a seat (divisor 0); the 3rd seat
        // compares A 50/√2 = 35.4 with B 35/√2 = 24.7, exactly as 50² · 1·2 against 35² · 1·2: A.
        Case(name: "Huntington-Hill, 3rd seat", rule: .huntingtonHill, seats: 3, votes: [50, 35], expected: [2, 1]),
        // Adams 0, 1, 2: every list with votes first, then A 100/1 beats B 10/1.
        Case(name: "Adams", rule: .adams, seats: 4, votes: [100, 10, 1], expected: [2, 1, 1]),
        // A zero-vote list never wins: 100, then A 50 and C 50 share seats 2 and 3.
        Case(name: "zero-vote list", rule: .dHondt, seats: 3, votes: [100, 0, 50], expected: [2, 0, 1]),
        // A list taking every seat: A 1,000 / 500 / 333 all beat B 1.
        Case(name: "one list takes all", rule: .dHondt, seats: 3, votes: [1_000, 1], expected: [3, 0]),
        Case(name: "one list", rule: .sainteLague, seats: 7, votes: [42], expected: [7]),
        Case(name: "magnitude 1", rule: .dHondt, seats: 1, votes: [10, 20, 15], expected: [0, 1, 0]),
        Case(name: "zero seats", rule: .dHondt, seats: 0, votes: [10, 20], expected: [0, 0]),
        Case(name: "negative seats", rule: .dHondt, seats: -3, votes: [10, 20], expected: [0, 0]),
        Case(name: "negative votes count as zero", rule: .dHondt, seats: 2, votes: [-5, 10], expected: [0, 2]),
        // Nobody voted: seats stay unfilled rather than going to lists nobody voted for.
        Case(name: "no votes at all", rule: .dHondt, seats: 3, votes: [0, 0], expected: [0, 0]),
        Case(name: "no lists", rule: .dHondt, seats: 3, votes: [], expected: []),
    ]

    @Test("seats", arguments: cases)
    func seats(_ example: Case) {
        let result = example.rule.allocate(seats: example.seats, votes: example.votes)
        #expect(result.seats == example.expected)
        #expect(result.ties.isEmpty)
    }

    // Sainte-Laguë, 4 seats on Gallagher's votes: A 60,000, B 28,000, A 20,000, then A 12,000 and
    // C 12,000 tie for the last seat. List order picks A (index 0); more votes picks A too.
    @Test func decisiveTieIsRecorded() {
        let result = HighestAverages.sainteLague.allocate(seats: 4, votes: [60_000, 28_000, 12_000])
        #expect(result.seats == [3, 1, 0])
        #expect(result.ties == [Tie(seat: 4, contenders: [0, 2], chosen: 0)])
    }

    // D'Hondt, 2 seats, votes [50, 100]: B 100 first; then A 50/1 = B 100/2 = 50 tie for seat 2.
    // List order gives it to A (index 0); more votes gives it to B.
    @Test func tieRulesDiffer() {
        let byOrder = HighestAverages.dHondt.allocate(seats: 2, votes: [50, 100], tieBreak: .lowestIndex)
        #expect(byOrder.seats == [1, 1])
        #expect(byOrder.ties == [Tie(seat: 2, contenders: [0, 1], chosen: 0)])
        let byVotes = HighestAverages.dHondt.allocate(seats: 2, votes: [50, 100], tieBreak: .moreVotesThenLot(seed: 7))
        #expect(byVotes.seats == [0, 2])
        #expect(byVotes.ties == [Tie(seat: 2, contenders: [0, 1], chosen: 1)])
    }

    // Two lists with 100 votes each and one seat: equal votes, so the lot decides. Across seeds
    // both lists must win sometimes, and one seed must always give the same winner.
    @Test func lotIsSeededAndFair() {
        var wins = [0, 0]
        for seed in UInt64(0)..<200 {
            let rule = TieBreak.moreVotesThenLot(seed: seed)
            let first = HighestAverages.dHondt.allocate(seats: 1, votes: [100, 100], tieBreak: rule)
            let again = HighestAverages.dHondt.allocate(seats: 1, votes: [100, 100], tieBreak: rule)
            #expect(first == again)
            #expect(first.ties.count == 1)
            wins[first.ties[0].chosen] += 1
        }
        #expect(wins[0] > 60 && wins[1] > 60)
    }

    // Huntington-Hill, 2 seats for 3 lists with votes: every list has an infinite first average,
    // so both seats are decided by the tie rule. List order: lists 0 then 1. More votes: 2 then 1.
    @Test func zeroFirstDivisorWithTooFewSeats() {
        let byOrder = HighestAverages.huntingtonHill.allocate(seats: 2, votes: [1, 10, 100])
        #expect(byOrder.seats == [1, 1, 0])
        #expect(
            byOrder.ties == [
                Tie(seat: 1, contenders: [0, 1, 2], chosen: 0), Tie(seat: 2, contenders: [1, 2], chosen: 1),
            ]
        )
        let byVotes = HighestAverages.huntingtonHill.allocate(
            seats: 2,
            votes: [1, 10, 100],
            tieBreak: .moreVotesThenLowestIndex
        )
        #expect(byVotes.seats == [0, 1, 1])
    }

    @Test func allZeroVotesLeaveSeatsUnfilled() {
        let result = HighestAverages.dHondt.allocate(seats: 3, votes: [0, 0])
        #expect(result.unfilledSeats == 3)
    }

    // Extreme inputs must not trap: the largest votes, the largest magnitude.
    @Test func extremesDoNotTrap() {
        let huge = HighestAverages.dHondt.allocate(seats: 1_000, votes: [Int.max, Int.max - 1, 1])
        #expect(huge.seats.reduce(0, +) == 1_000)
        let many = HighestAverages.sainteLague.allocate(seats: Int.max, votes: [3, 1])
        #expect(many.seats.reduce(0, +) == Allocation.maximumSeats)
        let squares = HighestAverages.huntingtonHill.allocate(seats: 50, votes: [Int.max, Int.max / 3])
        #expect(squares.seats.reduce(0, +) == 50)
    }
}
