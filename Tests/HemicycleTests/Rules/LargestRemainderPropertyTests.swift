import Hemicycle
import Testing

/// Properties of the quota rules over seeded random inputs, and agreement with a plain sort-based
/// statement of the rule.
@Suite("Largest remainder: properties")
struct LargestRemainderPropertyTests {
    static let quotas: [Quota] = [.hare, .droop, .hagenbachBischoff, .imperiali]
    static let roundings: [QuotaRounding] = [.exact, .down, .halfUp, .up]
    static let rules: [LargestRemainder] = quotas.flatMap { quota in
        roundings.map { LargestRemainder(quota: quota.rounded($0)) }
    }

    /// The rule as a law states it, with list order for ties: floor of votes over the quota, then
    /// the largest remainders (smallest index first among equals), or, for an excess, the
    /// smallest remainders lose (largest index first among equals). Whole rounds when the seats
    /// left outnumber the lists.
    static func reference(_ rule: LargestRemainder, seats: Int, votes: [Int]) -> [Int] {
        let total = votes.reduce(0, +)
        let (numerator, denominator) = rule.quota.value(totalVotes: total, seats: seats)
        guard total > 0, seats > 0 else { return votes.map { _ in 0 } }
        var result = votes.map { $0 * denominator / numerator }
        let remainders = votes.indices.map { votes[$0] * denominator - result[$0] * numerator }
        var given = result.reduce(0, +)
        while given < seats {
            let order = votes.indices.filter { votes[$0] > 0 }.sorted { (-remainders[$0], $0) < (-remainders[$1], $1) }
            for list in order.prefix(seats - given) { result[list] += 1 }
            given += min(order.count, seats - given)
        }
        while given > seats {
            let order = votes.indices.filter { result[$0] > 0 }.sorted { (remainders[$0], -$0) < (remainders[$1], -$1) }
            for list in order.prefix(given - seats) { result[list] -= 1 }
            given -= min(order.count, given - seats)
        }
        return result
    }

    @Test("agrees with the rule as written, sums to the magnitude", arguments: rules)
    func agreesWithReference(rule: LargestRemainder) {
        var random = TestRandom(seed: 0x1A46E)
        var workspace = AllocationWorkspace()
        var seats: [Int] = []
        for _ in 0..<300 {
            let votes = random.votes(lists: Int.random(in: 1...30, using: &random))
            let magnitude = Int.random(in: 0...200, using: &random)
            let result = rule.allocate(seats: magnitude, votes: votes)
            #expect(
                result.seats == Self.reference(rule, seats: magnitude, votes: votes),
                "\(rule), \(magnitude) seats, \(votes)"
            )
            let hasVotes = votes.contains { $0 > 0 }
            #expect(result.seats.reduce(0, +) == (hasVotes ? magnitude : 0))
            #expect(zip(votes, result.seats).allSatisfy { $0 > 0 || $1 == 0 }, "a list without votes won a seat")
            let tieBreak = random.tieBreak()
            let withTieBreak = rule.allocate(seats: magnitude, votes: votes, tieBreak: tieBreak)
            let tiedSeats = rule.allocate(
                seats: magnitude,
                votes: votes,
                into: &seats,
                tieBreak: tieBreak,
                workspace: &workspace
            )
            #expect(seats == withTieBreak.seats)
            #expect(tiedSeats == withTieBreak.ties.count)
            #expect(withTieBreak.seats.reduce(0, +) == (hasVotes ? magnitude : 0))
        }
    }

    /// Exact quotas proportional to the total (Hare, Hagenbach-Bischoff, Imperiali) give the same
    /// seats when every vote is multiplied by the same factor. With a factor of 10¹² the products
    /// v·D no longer fit in 64 bits, so this compares the 128-bit first stage with the 64-bit one.
    @Test("seats do not change when every vote is scaled, past 64-bit products")
    func scaleInvariance() {
        var random = TestRandom(seed: 0x5CA1E)
        var checkedWide = 0
        for rule in [LargestRemainder.hare, .hagenbachBischoff, .imperiali] {
            for _ in 0..<300 {
                let votes = random.votes(lists: Int.random(in: 1...30, using: &random))
                let magnitude = Int.random(in: 1...200, using: &random)
                let factor = 1_000_000_000_000
                let scaled = votes.map { $0 * factor }
                let tieBreak = random.tieBreak()
                let small = rule.allocate(seats: magnitude, votes: votes, tieBreak: tieBreak)
                let large = rule.allocate(seats: magnitude, votes: scaled, tieBreak: tieBreak)
                #expect(small.seats == large.seats, "\(rule), \(magnitude) seats, \(votes)")
                #expect(small.ties.count == large.ties.count, "\(rule), \(magnitude) seats, \(votes)")
                let total = scaled.reduce(0) { $0 + UInt128($1) }
                checkedWide += total * UInt128(magnitude + 2) > UInt128(UInt64.max) ? 1 : 0
            }
        }
        #expect(checkedWide > 300, "only \(checkedWide) inputs past 64-bit products")
    }

    /// Hare's exact quota satisfies quota (Balinski and Young 1982): every list gets its exact
    /// share v·S/V rounded down or up.
    @Test func hareStaysWithinQuota() {
        var random = TestRandom(seed: 0x4A7E)
        for _ in 0..<500 {
            let votes = random.votes(lists: Int.random(in: 1...30, using: &random))
            let total = votes.reduce(0, +)
            guard total > 0 else { continue }
            let magnitude = Int.random(in: 1...300, using: &random)
            let seats = LargestRemainder.hare.allocate(seats: magnitude, votes: votes, tieBreak: random.tieBreak())
                .seats
            for (list, held) in seats.enumerated() {
                let lower = votes[list] * magnitude / total
                let upper = (votes[list] * magnitude + total - 1) / total
                #expect((lower...upper).contains(held), "\(votes), \(magnitude) seats")
            }
        }
    }
}
