import Testing

@testable import Hemicycle

/// Properties of the divisor engine over many seeded random inputs, and agreement with the
/// textbook seat-by-seat procedure in `ReferenceDivisorMethod`.
@Suite("Highest averages: properties")
struct HighestAveragesPropertyTests {
    static let rules: [(HighestAverages, ReferenceDivisorMethod)] = [
        (.dHondt, .dHondt),
        (.sainteLague, .sainteLague),
        (.modifiedSainteLague(firstDivisor: Fraction(7, 5)), .norwegian),
        (.danish, .danish),
        (.imperiali, .imperiali),
        (.adams, .adams),
        (.huntingtonHill, .huntingtonHill),
    ]

    static let ruleIndices = Array(rules.indices)

    /// Random magnitudes: mostly small, sometimes large enough for the jump start and the heap.
    static func magnitude(using random: inout TestRandom) -> Int {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: 0
        case 1...6: Int.random(in: 1...12, using: &random)
        case 7, 8: Int.random(in: 13...120, using: &random)
        default: Int.random(in: 121...700, using: &random)
        }
    }

    /// The optimised engine (pre-selection, jump start, heap) gives exactly the seats and the
    /// tie count of the textbook procedure, whatever the tie rule.
    @Test("agrees with the seat-by-seat procedure", arguments: ruleIndices)
    func agreesWithReference(rule index: Int) {
        let (rule, reference) = Self.rules[index]
        var random = TestRandom(seed: 0xD0_0D + UInt64(index))
        var workspace = AllocationWorkspace()
        var seats: [Int] = []
        var decisiveTies = 0
        for _ in 0..<400 {
            let votes = random.votes(lists: Int.random(in: 1...40, using: &random))
            let magnitude = Self.magnitude(using: &random)
            let tieBreak = random.tieBreak()
            let tiedSeats = rule.allocate(
                seats: magnitude,
                votes: votes,
                into: &seats,
                tieBreak: tieBreak,
                workspace: &workspace
            )
            let expected = reference.allocate(seats: magnitude, votes: votes, tieBreak: tieBreak)
            #expect(seats == expected.seats, "\(rule) \(magnitude) seats, \(votes), \(tieBreak)")
            #expect(tiedSeats == expected.tiedSeats, "\(rule) \(magnitude) seats, \(votes), \(tieBreak)")
            decisiveTies += tiedSeats > 0 ? 1 : 0
        }
        // The inputs must exercise the tie rules, not only clear-cut cases.
        #expect(decisiveTies >= 20)
    }

    /// Seats add up to the magnitude whenever some list has votes; the recorded ties match the
    /// count; the convenience and the hot path agree.
    @Test("seats sum to the magnitude", arguments: ruleIndices)
    func seatsSumToMagnitude(rule index: Int) {
        let rule = Self.rules[index].0
        var random = TestRandom(seed: 0x5EA7 + UInt64(index))
        var workspace = AllocationWorkspace(recordsTies: true)
        var seats: [Int] = []
        for _ in 0..<300 {
            let votes = random.votes(lists: Int.random(in: 1...60, using: &random))
            let magnitude = Self.magnitude(using: &random)
            let tieBreak = random.tieBreak()
            let result = rule.allocate(seats: magnitude, votes: votes, tieBreak: tieBreak)
            let hasVotes = votes.contains { $0 > 0 }
            #expect(result.seats.reduce(0, +) == (hasVotes ? magnitude : 0))
            let tiedSeats = rule.allocate(
                seats: magnitude,
                votes: votes,
                into: &seats,
                tieBreak: tieBreak,
                workspace: &workspace
            )
            #expect(seats == result.seats)
            #expect(tiedSeats == result.ties.count)
            #expect(workspace.ties == result.ties)
            #expect(zip(votes, seats).allSatisfy { $0 > 0 || $1 == 0 }, "a list without votes won a seat")
        }
    }

    /// House monotonicity (Balinski and Young 1982): with one more seat no list loses a seat.
    @Test("one more seat never takes a seat away", arguments: ruleIndices)
    func houseMonotone(rule index: Int) {
        let rule = Self.rules[index].0
        var random = TestRandom(seed: 0x4005E + UInt64(index))
        for _ in 0..<60 {
            let votes = random.votes(lists: Int.random(in: 1...25, using: &random))
            let tieBreak = random.tieBreak()
            var previous = rule.allocate(seats: 0, votes: votes, tieBreak: tieBreak).seats
            for magnitude in 1...40 {
                let next = rule.allocate(seats: magnitude, votes: votes, tieBreak: tieBreak).seats
                #expect(zip(previous, next).allSatisfy { $0 <= $1 }, "\(rule) \(votes) at \(magnitude) seats")
                previous = next
            }
        }
    }

    /// Vote monotonicity: a list whose votes rise while the others stay never loses seats.
    @Test("more votes never cost a seat", arguments: ruleIndices)
    func voteMonotone(rule index: Int) {
        let rule = Self.rules[index].0
        var random = TestRandom(seed: 0x707E + UInt64(index))
        for _ in 0..<300 {
            var votes = random.votes(lists: Int.random(in: 1...25, using: &random))
            let magnitude = Self.magnitude(using: &random)
            let tieBreak = random.tieBreak()
            let before = rule.allocate(seats: magnitude, votes: votes, tieBreak: tieBreak).seats
            let list = Int.random(in: votes.indices, using: &random)
            votes[list] += Int.random(in: 1...200_000, using: &random)
            let after = rule.allocate(seats: magnitude, votes: votes, tieBreak: tieBreak).seats
            #expect(after[list] >= before[list], "\(rule) \(votes), list \(list)")
        }
    }

    /// Large inputs: the jump start and the heap agree with the procedure on the benchmark shape
    /// (350 seats, 50 lists) and on 1,000 seats for 200 lists.
    @Test("large magnitudes", arguments: [(350, 50), (1_000, 200)])
    func largeMagnitudes(magnitude: Int, lists: Int) {
        var random = TestRandom(seed: UInt64(magnitude * lists))
        for (rule, reference) in Self.rules {
            let votes = (0..<lists).map { _ in Int.random(in: 0...2_000_000, using: &random) }
            let expected = reference.allocate(seats: magnitude, votes: votes, tieBreak: .lowestIndex)
            #expect(rule.allocate(seats: magnitude, votes: votes).seats == expected.seats, "\(rule)")
        }
    }
}
