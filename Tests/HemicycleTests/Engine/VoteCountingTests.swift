import Testing

@testable import Hemicycle

/// How expected values become whole votes: largest remainders, the earlier entry first on equal
/// remainders, parts that always sum to the total.
@Suite("Vote counting")
struct VoteCountingTests {
    /// `VoteCounting.apportion` on arrays.
    static func apportion(_ total: Int, _ weights: [Double]) -> [Int] {
        var parts = [Int](repeating: -7, count: weights.count)  // every part must be overwritten
        var remainders = [SIMD2<Double>](repeating: SIMD2(repeating: .nan), count: max(1, weights.count))
        weights.withUnsafeBufferPointer { weights in
            parts.withUnsafeMutableBufferPointer { parts in
                remainders.withUnsafeMutableBufferPointer { remainders in
                    VoteCounting.apportion(total, weights: weights, into: parts, remainders: remainders.baseAddress!)
                }
            }
        }
        return parts
    }

    /// The textbook Hamilton method, written independently: floors, then the leftover votes to
    /// the entries sorted by remainder (descending, the earlier entry first on equal ones).
    static func reference(_ total: Int, _ weights: [Double]) -> [Int] {
        let positive = weights.map { Swift.max(0, $0) }
        let sum = positive.reduce(0, +)
        guard total > 0, !weights.isEmpty else { return weights.map { _ in 0 } }
        guard sum > 0 else { return weights.indices.map { total / weights.count + ($0 < total % weights.count ? 1 : 0) } }
        let exact = positive.map { Swift.min($0 * (Double(total) / sum), Double(total)) }
        var parts = exact.map { Int($0) }
        let leftover = total - parts.reduce(0, +)
        let order = weights.indices.filter { weights[$0] > 0 }.sorted { a, b in
            let (ra, rb) = (exact[a] - Double(parts[a]), exact[b] - Double(parts[b]))
            return ra != rb ? ra > rb : a < b
        }
        for index in order.prefix(Swift.max(leftover, 0)) { parts[index] += 1 }
        return parts
    }

    @Test("hand-worked splits")
    func handWorked() {
        // 10 votes on 1 : 1 : 1 → 3.33 each: floors 3, 3, 3; the one leftover vote to the first.
        #expect(Self.apportion(10, [1, 1, 1]) == [4, 3, 3])
        // 7 on 0.5 : 0.3 : 0.2 → 3.5, 2.1, 1.4: floors 3, 2, 1; leftover to .5 (0.5 > 0.4).
        #expect(Self.apportion(7, [0.5, 0.3, 0.2]) == [4, 2, 1])
        // 100 on 6 equal weights → 16.67 each: 4 leftover votes to the first four.
        #expect(Self.apportion(100, [1, 1, 1, 1, 1, 1]) == [17, 17, 17, 17, 16, 16])
        // Remainders .6, .6, .8 with 2 leftover votes (three round up to nearest): 11 on
        // 2.6 : 4.6 : 3.8 → the .8 and the first .6 win; the later .6 does not.
        #expect(Self.apportion(11, [2.6, 4.6, 3.8]) == [3, 4, 4])
        // Remainders .4, .45, .3, .85 with 2 leftover (only one ½ or more): 12 on
        // 1.4 : 2.45 : 4.3 : 3.85 → .85 and .45 win.
        #expect(Self.apportion(12, [1.4, 2.45, 4.3, 3.85]) == [1, 3, 4, 4])
        // Zero and negative weights get nothing; all-zero weights split equally.
        #expect(Self.apportion(5, [0, 2, -1, 3]) == [0, 2, 0, 3])
        #expect(Self.apportion(5, [0, 0, 0]) == [2, 2, 1])
        #expect(Self.apportion(0, [1, 2]) == [0, 0])
        #expect(Self.apportion(9, []) == [])
    }

    @Test("agrees with the textbook method on seeded random weights")
    func property() {
        var random = TestRandom(seed: 0xC0_0A7)
        var roundedUpMismatch = 0
        for trial in 0..<20_000 {
            let count = Int.random(in: 1...24, using: &random)
            let total = trial % 5 == 0 ? Int.random(in: 0...30, using: &random) : Int.random(in: 0...2_000_000, using: &random)
            let weights: [Double] = (0..<count).map { _ in
                switch Int.random(in: 0..<6, using: &random) {
                case 0: 0
                case 1: Double(Int.random(in: 1...4, using: &random))  // equal remainders
                case 2: Double(Int.random(in: 1...8, using: &random)) / 8  // halves and quarters
                default: Double.random(in: 0..<1, using: &random)
                }
            }
            let parts = Self.apportion(total, weights)
            #expect(parts == Self.reference(total, weights), "\(total) on \(weights)")
            #expect(parts.reduce(0, +) == total)
            // How often rounding to the nearest misses the total: the boundary cases must occur.
            let exact = weights.map { Swift.max(0, $0) }
            let sum = exact.reduce(0, +)
            if sum > 0, total > 0 {
                let nearest = exact.map { Int(($0 * Double(total) / sum).rounded(.toNearestOrAwayFromZero)) }.reduce(0, +)
                roundedUpMismatch += nearest != total ? 1 : 0
            }
        }
        #expect(roundedUpMismatch > 2_000, "\(roundedUpMismatch) inputs exercise the corrections")
    }

    /// The two-weight split of a run-off must be the general split, including the rare inputs
    /// where floating-point error leaves no vote or two votes over and it falls back to the
    /// general procedure (on the stack, without arrays).
    @Test("the two-weight split equals the general split")
    func twoWeights() {
        var random = TestRandom(seed: 0x2_F1A1)
        var fallbacks = 0
        for trial in 0..<20_000 {
            let total = trial % 4 == 0 ? Int.random(in: 0...7, using: &random) : Int.random(in: 0...3_000_000, using: &random)
            func weight() -> Double {
                switch Int.random(in: 0..<7, using: &random) {
                case 0: 0
                case 1: -1
                case 2: Double(Int.random(in: 1...4, using: &random))  // equal remainders
                case 3: .greatestFiniteMagnitude  // the sum overflows: every part is a leftover
                default: Double.random(in: 0..<1_000_000, using: &random)
                }
            }
            let (first, second) = (weight(), weight())
            let (part0, part1) = VoteCounting.apportion(total, first, second)
            #expect([part0, part1] == Self.apportion(total, [first, second]), "\(total) on \(first), \(second)")
            // The same floors as the two-weight code takes, to count the fallbacks exercised.
            let sum = Swift.max(0, first) + Swift.max(0, second)
            if total > 0, sum > 0 {
                let scale = Double(total) / sum
                let floors = Int(Swift.min(Swift.max(0, first) * scale, Double(total)))
                    + Int(Swift.min(Swift.max(0, second) * scale, Double(total)))
                fallbacks += total - floors > 1 || total - floors < 0 ? 1 : 0
            }
        }
        #expect(fallbacks > 100, "\(fallbacks) inputs take the fallback")
    }

    /// Two runs' round-1 splits computed together must each be the general split of that run,
    /// and the pair must decline (so that each run is split by itself) only where a lane leaves
    /// the common case: nothing to split, no weight, floors over the total, or a total of 2^52
    /// votes or more.
    @Test("the paired split equals two general splits")
    func pairs() {
        var random = TestRandom(seed: 0x9A_1125)
        var together = 0
        var declined = 0
        for trial in 0..<20_000 {
            let count = Int.random(in: 1...12, using: &random)
            func total() -> Int {
                if trial % 97 == 0 { return Int.random(in: (1 << 52)...(1 << 54), using: &random) }  // beyond the floor trick
                return trial % 7 == 0 ? Int.random(in: 0...9, using: &random) : Int.random(in: 0...2_000_000, using: &random)
            }
            func weights() -> [Double] {
                (0..<count).map { _ in
                    switch Int.random(in: 0..<9, using: &random) {
                    case 0: 0
                    case 1: -1
                    case 2: Double(Int.random(in: 1...4, using: &random))  // equal remainders
                    case 3: Double(Int.random(in: 1...8, using: &random)) / 8
                    case 4: trial % 50 == 0 ? .greatestFiniteMagnitude : 0.5
                    default: Double.random(in: 0..<1, using: &random)
                    }
                }
            }
            let (total0, total1) = (total(), total())
            let (weights0, weights1) = (weights(), weights())
            var parts0 = [Int](repeating: -7, count: count)
            var parts1 = [Int](repeating: -7, count: count)
            let remainders = UnsafeMutablePointer<SIMD2<Double>>.allocate(capacity: count)
            defer { remainders.deallocate() }
            let sum0 = weights0.reduce(0) { $0 + Swift.max(0, $1) }
            let sum1 = weights1.reduce(0) { $0 + Swift.max(0, $1) }
            let paired = weights0.withUnsafeBufferPointer { w0 in
                weights1.withUnsafeBufferPointer { w1 in
                    parts0.withUnsafeMutableBufferPointer { p0 in
                        parts1.withUnsafeMutableBufferPointer { p1 in
                            VoteCounting.apportionPair(
                                totals: (total0, total1), count: count,
                                first: (w0.baseAddress!, sum0, p0.baseAddress!), second: (w1.baseAddress!, sum1, p1.baseAddress!),
                                remainders: remainders)
                        }
                    }
                }
            }
            let expected = (Self.apportion(total0, weights0), Self.apportion(total1, weights1))
            if paired {
                together += 1
                #expect(parts0 == expected.0, "\(total0) on \(weights0)")
                #expect(parts1 == expected.1, "\(total1) on \(weights1)")
            } else {
                declined += 1
                // Declined only outside the common case of one lane or the other.
                let common = { (total: Int, sum: Double, weights: [Double]) -> Bool in
                    guard total > 0, total < 1 << 52, sum > 0 else { return false }
                    let scale = Double(total) / sum
                    let floors = weights.reduce(0) { $0 + Int(Swift.min(Swift.max(0, $1) * scale, Double(total))) }
                    return floors <= total
                }
                #expect(!(common(total0, sum0, weights0) && common(total1, sum1, weights1)), "\(total0), \(total1)")
            }
        }
        #expect(together > 10_000, "\(together) pairs split together")
        #expect(declined > 1_000, "\(declined) pairs declined")
    }
}

/// The two ways of giving the leftover votes of a split, by rank and by threshold (for many
/// entries), give them to the same entries: on random remainders with many ties, entries
/// without weight, and any number of leftovers, in both lanes.
@Suite("Largest remainders: threshold and rank agree")
struct LeftoverAwardTests {
    @Test(arguments: [1, 2, 7, 64, 129, 300, 1_000])
    func thresholdAwardsWhatRanksAward(count: Int) {
        var random = Xoshiro256StarStar(seed: UInt64(count))
        let remainders = UnsafeMutablePointer<SIMD2<Double>>.allocate(capacity: count)
        defer { remainders.deallocate() }
        for trial in 0..<40 {
            // Few distinct values in some trials (ties), any double in [0, 1) in others; some
            // entries without weight (remainder −1).
            let distinct = trial % 2 == 0 ? 4 : 1 << 30
            var weighted = [0, 0]
            for index in 0..<count {
                var lanes = SIMD2<Double>()
                for lane in 0..<2 {
                    if random.next() % 10 == 0 {
                        lanes[lane] = -1
                    } else {
                        lanes[lane] = Double(random.next() % UInt64(distinct)) / Double(distinct)
                        weighted[lane] += 1
                    }
                }
                remainders[index] = lanes
            }
            let leftover = SIMD2<Double>(
                Double(random.next() % UInt64(weighted[0] + 1)), Double(random.next() % UInt64(weighted[1] + 1)))
            let split = LargestRemainderSplit(
                totals: .init(repeating: 1), sums: .init(repeating: 1), count: count, remainders: remainders)
            var byRank: [SIMDMask<SIMD2<Int64>>] = []
            var byThreshold: [SIMDMask<SIMD2<Int64>>] = []
            split.awardLeftoversByRank(leftover) { _, takes in byRank.append(takes) }
            split.awardLeftoversByThreshold(leftover) { _, takes in byThreshold.append(takes) }
            #expect(byRank == byThreshold, "count \(count), trial \(trial)")
            for lane in 0..<2 {
                let taken = byRank.filter { $0[lane] }.count
                #expect(taken == Int(leftover[lane]), "every leftover vote is given, count \(count), trial \(trial)")
            }
        }
    }
}
