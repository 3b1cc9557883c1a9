/// Turns expected values into whole votes so that every total stays exact.
///
/// - A count from a rate (`registered × turnout`) is rounded to the nearest whole number,
///   halves up (`⌊x + ½⌋`).
/// - Votes are split among entries by largest remainders (Hamilton): each entry first gets
///   `⌊total × w / W⌋`, and the votes left over go one each to the largest remainders, the
///   earlier entry first on equal remainders. The parts always sum to `total`. Every split,
///   of one run or of two runs together, is computed by ``LargestRemainderSplit``.
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
    /// - Parameter remainders: scratch for one pair of doubles per weight.
    /// - Complexity: O(*n*²) comparisons for *n* weights, without data-dependent branches.
    public static func apportion(
        _ total: Int, weights: UnsafeBufferPointer<Double>, into parts: UnsafeMutableBufferPointer<Int>,
        remainders: UnsafeMutablePointer<SIMD2<Double>>
    ) {
        var sum = 0.0
        for index in 0..<weights.count { sum += max(0, weights[index]) }
        apportion(total, weights: weights, sum: sum, into: parts, remainders: remainders)
    }

    /// ``apportion(_:weights:into:remainders:)`` with `sum`, the sum of `max(0, weight)` over
    /// `weights` in order, already computed (a caller that builds the weights adds them up as
    /// it goes).
    public static func apportion(
        _ total: Int, weights: UnsafeBufferPointer<Double>, sum: Double, into parts: UnsafeMutableBufferPointer<Int>,
        remainders: UnsafeMutablePointer<SIMD2<Double>>
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
        let weightBase = weights.baseAddress.unsafelyUnwrapped
        let partBase = parts.baseAddress.unsafelyUnwrapped
        // The run in both lanes; lane 0 gives its parts.
        let split = LargestRemainderSplit(
            totals: SIMD2(repeating: Int64(total)), sums: SIMD2(repeating: sum), count: count, remainders: remainders)
        let done = split.run(
            weight: { SIMD2(repeating: weightBase[$0]) }, setFloor: { partBase[$0] = Int($1[0]) },
            addLeftover: { partBase[$0] &+= $1[0].asInt })
        if !done { split.runOutOfTheCommonCase(weight: { weightBase[$0] }, parts: partBase) }
    }

    /// ``apportion(_:weights:into:remainders:)`` for exactly two weights (a run-off's two
    /// finalists), the parts returned rather than stored: the same split, on the stack.
    @inline(__always)
    public static func apportion(_ total: Int, _ first: Double, _ second: Double) -> (Int, Int) {
        var sum = 0.0
        sum += max(0, first)
        sum += max(0, second)
        // Nothing to split, or no weight: the general split's cases, out of line.
        guard total > 0, sum > 0 else { return apportionInMemory(total, first, second) }
        var parts = (0, 0)
        var remainders = (SIMD2<Double>.zero, SIMD2<Double>.zero)
        let done = withUnsafeMutablePointer(to: &parts) { parts in
            parts.withMemoryRebound(to: Int.self, capacity: 2) { parts in
                withUnsafeMutablePointer(to: &remainders) { remainders in
                    remainders.withMemoryRebound(to: SIMD2<Double>.self, capacity: 2) { remainders in
                        LargestRemainderSplit(
                            totals: SIMD2(repeating: Int64(total)), sums: SIMD2(repeating: sum), count: 2,
                            remainders: remainders
                        ).run(
                            weight: { SIMD2(repeating: $0 == 0 ? first : second) }, setFloor: { parts[$0] = Int($1[0]) },
                            addLeftover: { parts[$0] &+= $1[0].asInt })
                    }
                }
            }
        }
        // Outside the common case, the general split settles it, out of line.
        return done ? parts : apportionInMemory(total, first, second)
    }

    /// ``apportion(_:weights:into:remainders:)`` of two weights, in memory on the stack.
    @inline(never)
    static func apportionInMemory(_ total: Int, _ first: Double, _ second: Double) -> (Int, Int) {
        var weights = (first, second)
        var parts = (0, 0)
        var remainders = (SIMD2<Double>.zero, SIMD2<Double>.zero)
        withUnsafeMutableBytes(of: &weights) { weights in
            withUnsafeMutableBytes(of: &parts) { parts in
                withUnsafeMutableBytes(of: &remainders) { remainders in
                    apportion(
                        total, weights: UnsafeBufferPointer(weights.bindMemory(to: Double.self)),
                        into: parts.bindMemory(to: Int.self),
                        remainders: remainders.bindMemory(to: SIMD2<Double>.self).baseAddress.unsafelyUnwrapped)
                }
            }
        }
        return parts
    }

    /// Two splits of the same number of entries at once, one per lane of `SIMD2<Double>`: the
    /// round-1 counts of one contest in two simulated runs, which share every instruction of the
    /// split (the remainder ranks above all).
    ///
    /// Returns `false`, having written nothing meaningful, when either split leaves the common
    /// case of ``LargestRemainderSplit/run(weight:setFloor:addLeftover:)`` (or has no votes to
    /// split or no weight); the caller then splits each run by itself.
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
        let split = LargestRemainderSplit(
            totals: SIMD2(Int64(totals.0), Int64(totals.1)), sums: SIMD2(first.sum, second.sum), count: count,
            remainders: remainders)
        return split.run(
            weight: { SIMD2(first.weights[$0], second.weights[$0]) },
            setFloor: { index, whole in
                first.parts[index] = Int(whole[0])
                second.parts[index] = Int(whole[1])
            },
            addLeftover: { index, takes in
                first.parts[index] &+= takes[0].asInt
                second.parts[index] &+= takes[1].asInt
            })
    }
}

extension Bool {
    /// 1 or 0, without a branch.
    @inlinable @inline(__always)
    var asInt: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}
