/// Turns expected values into whole votes so that every total stays exact.
///
/// - A count from a rate (`registered × turnout`) is rounded to the nearest whole number,
///   halves up (`⌊x + ½⌋`).
/// - Votes are split among entries by largest remainders (Hamilton): each entry first gets
///   `⌊total × w / W⌋`, and the votes left over go one each to the largest remainders, the
///   earlier entry first on equal remainders. The parts always sum to `total`.
public enum VoteCounting {
    /// `value` rounded to the nearest whole number (halves up), clamped to `0...limit`.
    @inlinable
    public static func count(_ value: Double, limit: Int) -> Int {
        guard value > 0 else { return 0 }  // also NaN
        let shifted = value + 0.5
        // Truncation is the floor for positive values, and a single instruction (the C library's
        // floor is a function call on baseline x86-64).
        return shifted >= Double(limit) ? limit : Int(shifted)
    }

    /// A round's spoilt and blank ballots among `voters`, from their shares of the ballots:
    /// each rounded to the nearest, the blank ones out of what the spoilt ones leave.
    @inline(__always)
    static func spoiltAndBlank(voters: Int, invalid: Double, blank: Double) -> (invalid: Int, blank: Int) {
        let spoilt = count(Double(voters) * invalid, limit: voters)
        return (spoilt, count(Double(voters) * blank, limit: voters - spoilt))
    }

    /// Splits `total` among `weights` by largest remainders, writing the parts into `parts`.
    ///
    /// Zero or negative weights get nothing; when every weight is zero, the total goes to the
    /// entries in equal parts, the earlier entries taking the odd votes.
    ///
    /// - Complexity: O(*n*²) comparisons for *n* weights, without data-dependent branches.
    @inlinable
    public static func apportion(
        _ total: Int, weights: UnsafeBufferPointer<Double>, into parts: UnsafeMutableBufferPointer<Int>,
        remainders: UnsafeMutableBufferPointer<Double>
    ) {
        var sum = 0.0
        for index in 0..<weights.count { sum += max(0, weights[index]) }
        apportion(total, weights: weights, sum: sum, into: parts, remainders: remainders)
    }

    /// ``apportion(_:weights:into:remainders:)`` with `sum`, the sum of `max(0, weight)` over
    /// `weights` in order, already computed (a caller that builds the weights adds them up as
    /// it goes).
    @inlinable
    public static func apportion(
        _ total: Int, weights: UnsafeBufferPointer<Double>, sum: Double, into parts: UnsafeMutableBufferPointer<Int>,
        remainders: UnsafeMutableBufferPointer<Double>
    ) {
        let count = weights.count
        guard count > 0, total > 0 else {
            for index in 0..<count { parts[index] = 0 }
            return
        }
        guard sum > 0 else {
            for index in 0..<count { parts[index] = total / count + (index < total % count ? 1 : 0) }
            return
        }
        let scale = Double(total) / sum
        var assigned = 0
        for index in 0..<count {
            let weight = weights[index]
            // Within 0...total up to rounding error; `min` keeps a huge weight from overflowing.
            let exact = min(max(0, weight) * scale, Double(total))
            let whole = Int(exact)
            parts[index] = whole
            // Entries without weight get remainder −1: they never take a leftover vote.
            remainders[index] = weight > 0 ? exact - Double(whole) : -1
            assigned &+= whole
        }
        // Floating-point error can leave the floors a vote above the total: take it back
        // from the smallest remainders among entries that have votes.
        while assigned > total {
            var smallest = -1
            for index in 0..<count where parts[index] > 0 {
                if smallest < 0 || remainders[index] < remainders[smallest] { smallest = index }
            }
            if smallest < 0 { break }
            parts[smallest] -= 1
            remainders[smallest] = 2  // not taken from twice; no vote is left over after this loop
            assigned -= 1
        }
        // The leftover votes (fewer than the entries with weight) go to the largest remainders,
        // the earlier entry first on equal remainders. Each entry's rank among the remainders is
        // counted without branches: in a simulation these comparisons are unpredictable, and a
        // mispredicted branch costs more than the whole count. Every pair is compared from both
        // sides (no scratch to clear, nothing written across iterations, so no call to memset
        // and no aliasing for the compiler to guard against).
        let leftover = total - assigned
        guard leftover > 0 else { return }
        for index in 0..<count {
            let own = remainders[index]
            var rank = 0
            // An earlier entry ranks above unless its remainder is smaller.
            for other in 0..<index { rank &+= 1 &- (own > remainders[other]).asInt }
            // A later entry ranks above only with a larger remainder.
            for other in (index + 1)..<max(index + 1, count) { rank &+= (remainders[other] > own).asInt }
            parts[index] &+= (rank < leftover).asInt & (own >= 0).asInt
        }
    }
}

extension VoteCounting {
    /// ``apportion(_:weights:into:remainders:)`` for exactly two weights (a run-off's two
    /// finalists): the same arithmetic and the same result, without the general bookkeeping.
    @inlinable
    public static func apportion(_ total: Int, _ first: Double, _ second: Double) -> (Int, Int) {
        guard total > 0 else { return (0, 0) }
        let sum = max(0, first) + max(0, second)
        guard sum > 0 else { return (total / 2 + total % 2, total / 2) }
        let scale = Double(total) / sum
        let exact0 = min(max(0, first) * scale, Double(total))
        let exact1 = min(max(0, second) * scale, Double(total))
        var part0 = Int(exact0)
        var part1 = Int(exact1)
        let remainder0 = first > 0 ? exact0 - Double(part0) : -1
        let remainder1 = second > 0 ? exact1 - Double(part1) : -1
        let leftover = total - part0 - part1
        if leftover == 0 || leftover == 1 {
            // With one vote left over, the larger remainder takes it; the first on equal
            // remainders. Without branches: which one takes it is a coin toss from one run-off
            // to the next, and a mispredicted branch costs more than the arithmetic.
            let one = (leftover == 1).asInt
            let firstTakes = one & (remainder0 >= remainder1).asInt & (remainder0 >= 0).asInt
            part0 &+= firstTakes
            part1 &+= one & (1 &- firstTakes) & (remainder1 >= 0).asInt
        } else {
            // Rounding error (a vote too many, or two left over): the general procedure
            // settles it, out of line so that the common case stays small enough to inline.
            (part0, part1) = apportionInGeneral(total, first, second)
        }
        return (part0, part1)
    }

    /// ``apportion(_:weights:into:remainders:)`` of two weights, in memory on the stack.
    @usableFromInline
    @inline(never)
    static func apportionInGeneral(_ total: Int, _ first: Double, _ second: Double) -> (Int, Int) {
        var weights = (first, second)
        var parts = (0, 0)
        var remainders = (0.0, 0.0)
        withUnsafeMutableBytes(of: &weights) { weightBytes in
            withUnsafeMutableBytes(of: &parts) { partBytes in
                withUnsafeMutableBytes(of: &remainders) { remainderBytes in
                    apportion(
                        total, weights: UnsafeBufferPointer(weightBytes.bindMemory(to: Double.self)),
                        into: partBytes.bindMemory(to: Int.self), remainders: remainderBytes.bindMemory(to: Double.self))
                }
            }
        }
        return parts
    }
}

extension Bool {
    /// 1 or 0, without a branch.
    @inlinable @inline(__always)
    var asInt: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}

/// The reproducible lot that settles ties when the rule says so.
///
/// Each entry of a contest gets a key from the rule's seed, the constituency, the round and the
/// entry, mixed by the SplitMix64 finaliser (Steele, Lea & Flood 2014); among tied entries the
/// smaller key ranks first. The same scenario therefore draws the same lot on every run and
/// machine, and a different seed draws an independent one.
public enum ContestLot {
    /// The key of `entry` in `constituency`'s `round`.
    @inlinable
    public static func key(seed: UInt64, constituency: Int, round: Int, entry: Int) -> UInt64 {
        var state = seed
        state = mix(state ^ (UInt64(truncatingIfNeeded: constituency) &* 0x9E37_79B9_7F4A_7C15))
        state = mix(state ^ (UInt64(truncatingIfNeeded: round) &* 0xC2B2_AE3D_27D4_EB4F))
        return mix(state ^ (UInt64(truncatingIfNeeded: entry) &* 0x1656_67B1_9E37_79F9))
    }

    @inlinable
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }
}

extension VoteCounting {
    /// Two splits of the same number of entries at once, one per lane of `SIMD2<Double>`: the
    /// round-1 counts of one contest in two simulated runs. Lane by lane, the arithmetic of
    /// ``apportion(_:weights:sum:into:remainders:)`` operation for operation, so each run gets
    /// exactly the votes that a split of its own would give it; two runs share every
    /// instruction of the remainder ranks, the most expensive part of a split.
    ///
    /// Returns `false`, having written nothing meaningful, when either split leaves the common
    /// case (no votes to split, no weight, an exact share of 2^52 votes or more, or floors that
    /// overshoot the total by rounding error); the caller then splits each run by itself.
    ///
    /// - Parameters:
    ///   - totals: each run's votes to split.
    ///   - first: the first run's weights, sum of `max(0, weight)` and parts (`count` of each).
    ///   - second: the same for the second run.
    ///   - remainders: scratch for `count` pairs of remainders.
    @inline(__always)
    static func apportionPair(
        totals: (Int, Int), count: Int,
        first: (weights: UnsafePointer<Double>, sum: Double, parts: UnsafeMutablePointer<Int>),
        second: (weights: UnsafePointer<Double>, sum: Double, parts: UnsafeMutablePointer<Int>),
        remainders: UnsafeMutablePointer<SIMD2<Double>>
    ) -> Bool {
        guard count > 0, totals.0 > 0, totals.1 > 0, first.sum > 0, second.sum > 0 else { return false }
        let zero = SIMD2<Double>(repeating: 0)
        let total = SIMD2<Double>(Double(totals.0), Double(totals.1))
        let scale = total / SIMD2(first.sum, second.sum)
        let one = SIMD2<Double>(repeating: 1)
        // Floors without a conversion per lane: below 2^52, x + 2^52 − 2^52 is x rounded to the
        // nearest whole number, one less when that overshoots, and the bits of x + 2^52 hold it
        // as an integer. A lane out of that range (or NaN) sends both runs to the general split.
        let magic = SIMD2<Double>(repeating: 0x1p52)
        let magicBits = SIMD2<Int64>(repeating: Int64(bitPattern: (0x1p52 as Double).bitPattern))
        var inRange = SIMDMask<SIMD2<Int64>>(repeating: true)
        var assigned = SIMD2<Int64>.zero
        for index in 0..<count {
            let weight = SIMD2(first.weights[index], second.weights[index])
            // `min(max(0, weight) * scale, total)`, with the standard library's `max` and `min`.
            let product = zero.replacing(with: weight, where: weight .>= zero) * scale
            let exact = product.replacing(with: total, where: total .< product)
            inRange .&= exact .< magic
            let shifted = exact + magic
            let nearest = shifted - magic
            let overshoots = nearest .> exact
            let floor = nearest - zero.replacing(with: one, where: overshoots)
            var whole = unsafeBitCast(shifted, to: SIMD2<Int64>.self) &- magicBits
            whole.replace(with: whole &- 1, where: overshoots)
            first.parts[index] = Int(whole[0])
            second.parts[index] = Int(whole[1])
            remainders[index] = SIMD2(repeating: -1).replacing(with: exact - floor, where: weight .> zero)
            assigned &+= whole
        }
        guard all(inRange), assigned[0] <= totals.0, assigned[1] <= totals.1 else { return false }
        // The ranks of ``apportion(_:weights:sum:into:remainders:)``, counted in doubles (exact
        // at these sizes, and compared without 64-bit integer vector compares, which SSE2 lacks).
        let leftover = SIMD2(Double(totals.0 - Int(assigned[0])), Double(totals.1 - Int(assigned[1])))
        @inline(__always) func award(_ index: Int, rank: SIMD2<Double>, own: SIMD2<Double>) {
            let takes = (rank .< leftover) .& (own .>= zero)
            first.parts[index] &+= takes[0].asInt
            second.parts[index] &+= takes[1].asInt
        }
        // Two entries at a time, each other entry's remainder loaded once for both (sums of
        // ones and zeros are exact in any order).
        var index = 0
        while index + 1 < count {
            let own = remainders[index]
            let next = remainders[index + 1]
            var rank = zero
            var nextRank = zero
            for other in 0..<index {
                let remainder = remainders[other]
                rank += one.replacing(with: 0, where: own .> remainder)
                nextRank += one.replacing(with: 0, where: next .> remainder)
            }
            // Between the two: the later ranks above the earlier only with a larger remainder.
            let nextAbove = next .> own
            rank += zero.replacing(with: one, where: nextAbove)
            nextRank += one.replacing(with: 0, where: nextAbove)
            for other in (index + 2)..<max(index + 2, count) {
                let remainder = remainders[other]
                rank += zero.replacing(with: 1, where: remainder .> own)
                nextRank += zero.replacing(with: 1, where: remainder .> next)
            }
            award(index, rank: rank, own: own)
            award(index + 1, rank: nextRank, own: next)
            index += 2
        }
        if index < count {
            let own = remainders[index]
            var rank = zero
            for other in 0..<index { rank += one.replacing(with: 0, where: own .> remainders[other]) }
            award(index, rank: rank, own: own)
        }
        return true
    }
}
