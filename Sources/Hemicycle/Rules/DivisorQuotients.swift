/// Exact comparison of the averages `votes / d(seats)` of one divisor sequence.
internal protocol DivisorQuotients {
    /// Whether d(0) > 0, so that a list's first average is finite and larger votes rank first.
    var firstDivisorIsPositive: Bool { get }

    /// The sign of `votesA / d(seatsA) − votesB / d(seatsB)` for positive votes.
    func compare(_ votesA: UInt64, _ seatsA: Int, _ votesB: UInt64, _ seatsB: Int) -> Int

    /// A bound below which a list cannot win: a list with `v` votes may win only when
    /// `v · multiplier ≥ floor`; `nil` when the sequence gives no such bound (first divisor 0).
    /// `lists` may exceed the number of lists with votes (the bound is then weaker, still valid).
    func contentionBound(totalVotes: UInt128, lists: Int, magnitude: Int) -> (multiplier: UInt64, floor: UInt128)?

    /// Gives each candidate the seats whose averages exceed a bound that fewer than `magnitude`
    /// averages exceed, and returns how many seats that is (0 when the sequence has no such bound).
    func startingSeats(
        candidates: UnsafeMutableBufferPointer<Int>,
        count: Int,
        votes: UnsafeBufferPointer<Int>,
        seats: UnsafeMutableBufferPointer<Int>,
        magnitude: Int
    ) -> Int
}

/// d(0) = first and d(s) = base + step · s for s ≥ 1, all over one common denominator.
///
/// With `first, base ≤ 2³²`, `step ≤ 2³³` and `s ≤ 2²⁰`, every divisor is below 2⁵⁴, so
/// `votes · d` (votes < 2⁶³) is exact in 128 bits.
internal struct ArithmeticQuotients: DivisorQuotients {
    let first: UInt64
    let base: UInt64
    let step: UInt64

    var firstDivisorIsPositive: Bool { first > 0 }

    @inline(__always)
    func divisor(_ seats: Int) -> UInt64 {
        seats == 0 ? first : base &+ step &* UInt64(truncatingIfNeeded: seats)
    }

    @inline(__always)
    func compare(_ votesA: UInt64, _ seatsA: Int, _ votesB: UInt64, _ seatsB: Int) -> Int {
        ExactArithmetic.compareProducts(votesA, divisor(seatsB), votesB, divisor(seatsA))
    }

    /// With e = max(first, base), d(s) ≤ step·s + e for all s, so a list with votes v has at least
    /// (v/L − e)/step averages of at least L. Summed over the n lists with V votes that is at least
    /// M when L = V / (step·M + n·e); the M-th largest average λ* is therefore at least L, and a
    /// list whose first average v / first is below L is beaten M times by every one of its
    /// averages. It may win only when v · (step·M + n·e) ≥ first · V.
    func contentionBound(totalVotes: UInt128, lists: Int, magnitude: Int) -> (multiplier: UInt64, floor: UInt128)? {
        // Bounds keeping every product below 2¹²⁸: at most 2²⁴ lists of at most 2⁶³ votes.
        guard first > 0, lists <= 1 << 24 else { return nil }
        // step ≤ 2³³, magnitude ≤ 2²⁰, lists ≤ 2²⁴, e ≤ 2³³: the multiplier is below 2⁵⁸.
        let ceilingOffset = Swift.max(first, base)
        let multiplier = step * UInt64(magnitude) + UInt64(lists) * ceilingOffset
        return (multiplier, UInt128(first) * totalVotes)
    }

    /// The jump start. With c = min(first, base), d(s) ≥ step·s + c for all s, so a list with
    /// votes v has fewer than (v/λ − c)/step + 1 averages above λ (none when v/λ ≤ c). Summed over
    /// k lists with V votes, that is below V/(λ·step) + k·max(0, 1 − c/step). Choosing
    /// λ = V / (step·M − k·max(0, step − c)) makes the total below M. A list's count is the
    /// number of s with d(s)·V < v·Q, where Q = step·M − k·max(0, step − c).
    func startingSeats(
        candidates: UnsafeMutableBufferPointer<Int>,
        count: Int,
        votes: UnsafeBufferPointer<Int>,
        seats: UnsafeMutableBufferPointer<Int>,
        magnitude: Int
    ) -> Int {
        // Bounds keeping every product below 2¹²⁸: at most 2²⁴ lists of at most 2⁶³ votes.
        guard count <= 1 << 24 else { return 0 }
        let floorOffset = Swift.min(first, base)
        let slack = step > floorOffset ? step - floorOffset : 0
        let scaledMagnitude = UInt128(step) * UInt128(magnitude)
        let reserve = UInt128(count) * UInt128(slack)
        guard scaledMagnitude > reserve else { return 0 }
        let q = scaledMagnitude - reserve
        var total: UInt128 = 0
        var anyVotes: UInt64 = 0
        for position in 0..<count {
            let value = AllocationInput.votes(votes[candidates[position]])
            total &+= UInt128(value)
            anyVotes |= value
        }
        let largestTerm = Swift.max(first, base, step)
        var given = 0
        // A product is below 2^(bits(a) + bits(b)).
        let totalBits = 128 - total.leadingZeroBitCount
        let termBits = 64 - largestTerm.leadingZeroBitCount
        let votesBits = 64 - anyVotes.leadingZeroBitCount
        let qBits = 128 - q.leadingZeroBitCount
        if totalBits + termBits <= 63, votesBits + qBits <= 63 {
            // Every product below 2⁶³, every sum below 2⁶⁴: the same computation in one word.
            let total = UInt64(total)
            let q = UInt64(q)
            let firstTimesTotal = first * total
            let baseTimesTotal = base * total
            let stepTimesTotal = step * total
            for position in 0..<count {
                let list = candidates[position]
                let scaledVotes = AllocationInput.votes(votes[list]) * q
                let held: Int
                if scaledVotes <= firstTimesTotal {
                    held = 0
                } else if scaledVotes <= baseTimesTotal {
                    held = 1
                } else {
                    held = Int((scaledVotes - baseTimesTotal + stepTimesTotal - 1) / stepTimesTotal)
                }
                seats[list] = held
                given += held
            }
            return given
        }
        let firstTimesTotal = UInt128(first) * total
        let baseTimesTotal = UInt128(base) * total
        let stepTimesTotal = UInt128(step) * total
        for position in 0..<count {
            let list = candidates[position]
            let scaledVotes = UInt128(AllocationInput.votes(votes[list])) * q
            let held: Int
            if scaledVotes <= firstTimesTotal {
                held = 0
            } else if scaledVotes <= baseTimesTotal {
                held = 1
            } else {
                // The number of s ≥ 0 with d(s)·V < v·Q: ⌈(v·Q − base·V) / (step·V)⌉.
                held = Int((scaledVotes - baseTimesTotal + stepTimesTotal - 1) / stepTimesTotal)
            }
            seats[list] = held
            given += held
        }
        return given
    }
}

/// d(s) = √(s(s+1)) (Huntington-Hill), compared through squares: `v₁² · s₂(s₂+1)` against
/// `v₂² · s₁(s₁+1)`, exact in 256 bits.
internal struct GeometricMeanQuotients: DivisorQuotients {
    var firstDivisorIsPositive: Bool { false }

    @inline(__always)
    func compare(_ votesA: UInt64, _ seatsA: Int, _ votesB: UInt64, _ seatsB: Int) -> Int {
        let squareA = UInt128(votesA) * UInt128(votesA)
        let squareB = UInt128(votesB) * UInt128(votesB)
        let divisorSquareA = UInt128(seatsA) * UInt128(seatsA + 1)
        let divisorSquareB = UInt128(seatsB) * UInt128(seatsB + 1)
        return ExactArithmetic.compareWideProducts(squareA, divisorSquareB, squareB, divisorSquareA)
    }

    func contentionBound(totalVotes: UInt128, lists: Int, magnitude: Int) -> (multiplier: UInt64, floor: UInt128)? {
        nil
    }

    /// The jump start. d(s) ≥ s, so a list with votes v has fewer than v/λ + 1 averages above λ;
    /// summed over k lists with V votes, fewer than V/λ + k. Choosing λ = V / (M − k) makes the
    /// total below M. With y = v/λ = v·(M − k)/V and t = ⌊y⌋, the averages above λ are those with
    /// s(s+1) < y²: every s < t, and s = t when t(t+1) < y² (compared exactly in 256 bits).
    func startingSeats(
        candidates: UnsafeMutableBufferPointer<Int>,
        count: Int,
        votes: UnsafeBufferPointer<Int>,
        seats: UnsafeMutableBufferPointer<Int>,
        magnitude: Int
    ) -> Int {
        // At most 2²⁴ lists of at most 2⁶³ votes: V < 2⁸⁷, t(t+1)·V < 2¹²⁸.
        guard count <= 1 << 24, magnitude > count else { return 0 }
        let q = UInt128(magnitude - count)
        var total: UInt128 = 0
        for position in 0..<count {
            total &+= UInt128(AllocationInput.votes(votes[candidates[position]]))
        }
        guard total > 0 else { return 0 }
        var given = 0
        for position in 0..<count {
            let list = candidates[position]
            let scaledVotes = UInt128(AllocationInput.votes(votes[list])) * q
            let whole = scaledVotes / total
            let product = whole * (whole + 1) * total
            let extra = ExactArithmetic.compareWideProducts(product, total, scaledVotes, scaledVotes) < 0 ? 1 : 0
            let held = Int(whole) + extra
            seats[list] = held
            given += held
        }
        return given
    }
}
