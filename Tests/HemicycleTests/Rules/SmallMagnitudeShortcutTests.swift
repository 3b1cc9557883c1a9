import Foundation
import Testing

@testable import Hemicycle

/// The small-magnitude shortcut of the highest-averages rules against the general engine and the
/// textbook seat-by-seat procedure: the same seats, the same ties and the same count of seats
/// settled by the tie rule, on seeded random inputs built to be hard (ties, multiples, empty
/// lists, votes near the limits). The shortcut may decline; it must never differ.
@Suite("Highest averages: small-magnitude shortcut")
struct SmallMagnitudeShortcutTests {
    /// The rules of the engine's property tests that the shortcut applies to (arithmetic
    /// divisors with a positive first divisor: D'Hondt, Sainte-Laguë, modified Sainte-Laguë,
    /// Danish, Imperiali; not Adams or Huntington-Hill).
    static let rules = HighestAveragesPropertyTests.rules.filter { rule, _ in
        guard case .arithmetic(let first, let base, let step, _) = rule.divisors.storage else { return false }
        let quotients = ArithmeticQuotients(first: first, base: base, step: step)
        return SmallMagnitudeShortcut.applies(magnitude: 1, lists: 1, quotients: quotients)
    }

    static let ruleIndices = Array(rules.indices)

    /// The filter above keeps exactly the five rules the shortcut is for, in order: were
    /// `applies` to match nothing (or drop one), every parameterised test below would run fewer
    /// times, or not at all, and still pass.
    @Test func theFilterKeepsExactlyTheFiveArithmeticRules() {
        #expect(Self.rules.map(\.0) == [
            .dHondt, .sainteLague, .modifiedSainteLague(firstDivisor: Fraction(7, 5)), .danish, .imperiali,
        ])
        #expect(Self.rules.map { "\($0.0)" } == [
            "highest averages (1, 2, 3, …)",
            "highest averages (1, 3, 5, …)",
            "highest averages (7/5, 3, 5, …)",
            "highest averages (1, 4, 7, …)",
            "highest averages (2, 3, 4, …)",
        ])
        #expect(Self.ruleIndices == [0, 1, 2, 3, 4])
        // What the filter leaves out of the property tests' list: the rules with d(0) = 0.
        let left = HighestAveragesPropertyTests.rules.map(\.0).filter { !Self.rules.map(\.0).contains($0) }
        #expect(left == [.adams, .huntingtonHill])
    }

    /// The shortcut alone: its seats, or `nil` when it declines (or does not apply).
    static func shortcut(_ rule: HighestAverages, seats magnitude: Int, votes: [Int]) -> [Int]? {
        guard case .arithmetic(let first, let base, let step, _) = rule.divisors.storage else { return nil }
        let quotients = ArithmeticQuotients(first: first, base: base, step: step)
        guard SmallMagnitudeShortcut.applies(magnitude: magnitude, lists: votes.count, quotients: quotients) else {
            return nil
        }
        var seats = [Int](repeating: 7, count: votes.count)  // the shortcut must clear these
        var scratch = [Int](repeating: -1, count: 2 * votes.count)
        let handled = votes.withUnsafeBufferPointer { votes in
            seats.withUnsafeMutableBufferPointer { seats in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    SmallMagnitudeShortcut(
                        magnitude: magnitude,
                        votes: votes,
                        seats: seats,
                        candidates: scratch,
                        quotients: quotients
                    ).allocate()
                }
            }
        }
        return handled ? seats : nil
    }

    /// Seats, tie count and recorded ties through the hot path, with or without the shortcut.
    static func hotPath(
        _ rule: HighestAverages,
        seats magnitude: Int,
        votes: [Int],
        tieBreak: TieBreak,
        allowingShortcut: Bool
    ) -> (seats: [Int], tiedSeats: Int, ties: [Tie]) {
        var workspace = AllocationWorkspace(recordsTies: true)
        var seats = [Int](repeating: 3, count: votes.count)
        let tiedSeats = votes.withUnsafeBufferPointer { votes in
            seats.withUnsafeMutableBufferPointer { seats in
                rule.allocate(
                    seats: magnitude,
                    votes: votes,
                    into: seats,
                    tieBreak: tieBreak,
                    workspace: &workspace,
                    allowingShortcut: allowingShortcut
                )
            }
        }
        return (seats, tiedSeats, workspace.ties)
    }

    /// Checks one input every way; returns whether the shortcut took it.
    @discardableResult
    static func check(_ index: Int, seats magnitude: Int, votes: [Int], tieBreak: TieBreak) -> Bool {
        let (rule, reference) = rules[index]
        let context = "\(rule), \(magnitude) seats, \(votes), \(tieBreak)"
        let general = hotPath(rule, seats: magnitude, votes: votes, tieBreak: tieBreak, allowingShortcut: false)
        let fast = hotPath(rule, seats: magnitude, votes: votes, tieBreak: tieBreak, allowingShortcut: true)
        #expect(fast.seats == general.seats, "\(context)")
        #expect(fast.tiedSeats == general.tiedSeats, "\(context)")
        #expect(fast.ties == general.ties, "\(context)")
        let expected = reference.allocate(seats: magnitude, votes: votes, tieBreak: tieBreak)
        #expect(general.seats == expected.seats, "\(context)")
        #expect(general.tiedSeats == expected.tiedSeats, "\(context)")
        guard let alone = shortcut(rule, seats: magnitude, votes: votes) else { return false }
        // Taken only when no tie rule could matter.
        #expect(alone == expected.seats, "\(context)")
        #expect(expected.tiedSeats == 0, "shortcut taken on a decisive tie: \(context)")
        return true
    }

    /// Magnitudes around the shortcut's limit of 16, and 1.
    static func magnitude(using random: inout TestRandom) -> Int {
        switch Int.random(in: 0..<8, using: &random) {
        case 0: 1
        case 1: 16
        case 2: 17
        case 3: 6
        default: Int.random(in: 1...18, using: &random)
        }
    }

    /// Realistic shares as in the benchmark (log-normal, some lists without votes) at a random
    /// electorate of 50 to 200,000 votes per seat; sometimes every vote doubled, tripled or
    /// multiplied by 7, so that averages of different lists coincide.
    static func realisticVotes(lists: Int, magnitude: Int, using random: inout TestRandom) -> [Int] {
        let perSeat = exp(Double.random(in: log(50.0)...log(200_000.0), using: &random))
        let weights = (0..<lists).map { list -> Double in
            if list > 0 && Int.random(in: 0..<6, using: &random) == 0 { return 0 }
            return exp(1.3 * NormalReference.boxMuller(using: &random))
        }
        let scale = perSeat * Double(magnitude) / weights.reduce(0, +)
        let factor = [1, 1, 1, 2, 3, 7].randomElement(using: &random)!
        return weights.map { Int(($0 * scale).rounded()) * factor }
    }

    /// Votes with equal averages across lists: multiples `b · d(s)` of one base `b` by the
    /// integer divisors of `rule` (the averages `v / d(s)` then all equal `b`), plus noise.
    static func multipleVotes(_ rule: HighestAverages, lists: Int, using random: inout TestRandom) -> [Int] {
        guard case .arithmetic(let first, let base, let step, _) = rule.divisors.storage else { return [] }
        let unit = Int.random(in: 1...5_000, using: &random)
        return (0..<lists).map { _ in
            switch Int.random(in: 0..<5, using: &random) {
            case 0: 0
            case 1: Int.random(in: 1...(unit * 20), using: &random)
            default:
                unit * Int(Int.random(in: 0...1, using: &random) == 0 ? first : base + step * UInt64.random(in: 1...8, using: &random))
            }
        }
    }

    @Test("agrees with the engine and the textbook on realistic votes", arguments: ruleIndices)
    func realistic(rule index: Int) {
        var random = TestRandom(seed: 0x5407_C07 + UInt64(index))
        var taken = 0
        let trials = 3_000
        for _ in 0..<trials {
            let magnitude = Self.magnitude(using: &random)
            let votes = Self.realisticVotes(
                lists: Int.random(in: 1...60, using: &random), magnitude: magnitude, using: &random)
            taken += Self.check(index, seats: magnitude, votes: votes, tieBreak: random.tieBreak()) ? 1 : 0
        }
        // The shortcut must carry most of these (M ≤ 16 in about 7 cases in 8), or the test
        // checks little.
        #expect(taken > trials / 2, "shortcut taken \(taken) times in \(trials)")
    }

    @Test("agrees on ties, multiples, empty lists and a lone list", arguments: ruleIndices)
    func ties(rule index: Int) {
        var random = TestRandom(seed: 0x71E5 + UInt64(index))
        var taken = 0
        var decisive = 0
        for trial in 0..<3_000 {
            let magnitude = Self.magnitude(using: &random)
            let lists = Int.random(in: 1...30, using: &random)
            var votes: [Int]
            switch trial % 4 {
            case 0: votes = random.votes(lists: lists)  // equal votes are common
            case 1: votes = Self.multipleVotes(Self.rules[index].0, lists: lists, using: &random)
            case 2: votes = (0..<lists).map { _ in Int.random(in: 0...4, using: &random) }
            default:
                // One list with votes (sometimes none at all).
                votes = [Int](repeating: 0, count: lists)
                if Bool.random(using: &random) { votes[Int.random(in: 0..<lists, using: &random)] = Int.random(in: 1...9_999, using: &random) }
            }
            let tieBreak = random.tieBreak()
            taken += Self.check(index, seats: magnitude, votes: votes, tieBreak: tieBreak) ? 1 : 0
            decisive += Self.hotPath(Self.rules[index].0, seats: magnitude, votes: votes, tieBreak: tieBreak, allowingShortcut: true).tiedSeats > 0 ? 1 : 0
        }
        // Both paths must be exercised: ties the engine settles, and cases the shortcut takes.
        #expect(decisive >= 300, "\(decisive) inputs with a decisive tie")
        #expect(taken >= 300, "shortcut taken \(taken) times")
    }

    @Test("every small input of three lists", arguments: ruleIndices)
    func exhaustive(rule index: Int) {
        // Every vector of 0...9 votes for 3 lists, 1 to 7 seats: every kind of tie.
        for magnitude in 1...7 {
            for a in 0...9 {
                for b in 0...9 {
                    for c in 0...9 {
                        Self.check(index, seats: magnitude, votes: [a, b, c], tieBreak: .lot(seed: UInt64(a * 100 + b * 10 + c)))
                    }
                }
            }
        }
    }

    @Test("declines large votes, negative votes and more than 16 seats, and still agrees", arguments: ruleIndices)
    func declines(rule index: Int) {
        let rule = Self.rules[index].0
        var random = TestRandom(seed: 0xB16 + UInt64(index))
        let limit = SmallMagnitudeShortcut.totalVotesLimit
        for _ in 0..<400 {
            let lists = Int.random(in: 1...12, using: &random)
            let magnitude = Self.magnitude(using: &random)
            var votes = random.votes(lists: lists)
            let huge = Int.random(in: 0..<4, using: &random)
            let list = Int.random(in: 0..<lists, using: &random)
            switch huge {
            case 0: votes[list] = Int.max / Int.random(in: 1...(4 * lists), using: &random)  // near 2⁶³
            case 1: votes = votes.map { _ in Int.random(in: (Int.max / 64)...(Int.max / 16), using: &random) }
            case 2: votes[list] = limit - Int.random(in: 0...2, using: &random)  // at the limit with the rest
            default: votes[list] = -Int.random(in: 1...Int.max, using: &random)  // counts as no votes
            }
            let taken = Self.check(index, seats: magnitude, votes: votes, tieBreak: random.tieBreak())
            let positiveTotal = votes.reduce(0) { $0 &+ max($1, 0) }
            if votes.contains(where: { $0 < 0 }) || votes.contains(where: { $0 >= limit })
                || positiveTotal >= limit || positiveTotal < 0
            {
                #expect(!taken, "\(rule): \(votes) must go to the engine")
            }
        }
        // Just below the limit the shortcut still applies; at it, it declines.
        #expect(Self.shortcut(rule, seats: 6, votes: [limit / 2, limit / 3, limit / 7 - 1]) != nil)
        #expect(Self.shortcut(rule, seats: 6, votes: [limit / 2, limit / 2, 1]) == nil)
        // Primes: no two averages of different lists are equal, so only the limits decide.
        #expect(Self.shortcut(rule, seats: 16, votes: [10_007, 3_001]) != nil)
        #expect(Self.shortcut(rule, seats: 17, votes: [10_007, 3_001]) == nil)
        #expect(Self.shortcut(rule, seats: 0, votes: [10_007, 3_001]) == nil)
        #expect(Self.shortcut(.adams, seats: 3, votes: [10_007, 3_001]) == nil)
        #expect(Self.shortcut(.huntingtonHill, seats: 3, votes: [10_007, 3_001]) == nil)
    }
}
