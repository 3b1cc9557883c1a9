/// A shortcut for arithmetic divisors (D'Hondt, Sainte-Laguë, …) with at most 16 seats and
/// moderate vote counts: the seats of every list at once from one threshold, checked exactly,
/// instead of the seat-by-seat procedure of ``DivisorEngine``.
///
/// It either gives exactly the seats of the textbook procedure, in a case where no tie decides
/// a seat, or declines (returns `false`) and the caller runs ``DivisorEngine``, which settles
/// ties with the ``TieBreak`` and records them. It declines whenever a tie could matter.
///
/// The invariant that makes it exact: seats are the M largest averages `v / d(s)` of all lists,
/// and when the M-th largest is strictly above the (M+1)-th, no tie rule can change them and no
/// tie is recorded. So the shortcut keeps a set of awarded averages that are each strictly above
/// every average not awarded, and stops when the set holds M of them:
/// 1. Lists whose first average is beaten M times over are set aside (two bounds, below).
/// 2. For a threshold λ = D / N (integers), each remaining list is awarded exactly the averages
///    strictly above λ, by integer comparisons `d(s) · D < v · N`: all awarded > λ ≥ all others.
/// 3. Too few: the highest average not awarded is awarded, when it is strictly above every other
///    one not awarded (else the shortcut declines). Too many: the lowest awarded average is taken
///    back, when it is strictly below every other awarded one. Each step keeps the invariant,
///    because each list's averages strictly decrease (d(0) < d(1) < …).
///
/// Every product is exact in 64 bits: votes total below 2⁴⁰, divisor terms at most 2¹² (so
/// divisors below 2¹⁷ and `N` below 2²⁰).
internal struct SmallMagnitudeShortcut {
    /// The largest magnitude the shortcut handles (17 and more go to the engine).
    static let magnitudeLimit = 16
    /// Votes of all lists together must stay below this.
    static let totalVotesLimit = 1 << 40
    /// `first`, `base` and `step` of the divisors must not exceed this.
    static let termLimit: UInt64 = 1 << 12
    /// At most this many lists.
    static let listLimit = 1 << 16
    /// At most this many lists may remain after step 1; beyond, the engine's heap is better.
    static let candidateLimit = 48

    let magnitude: Int
    let votes: UnsafeBufferPointer<Int>
    let seats: UnsafeMutableBufferPointer<Int>
    let candidates: UnsafeMutableBufferPointer<Int>
    let first: Int
    let base: Int
    let step: Int

    /// `candidates` must hold `votes.count` integers. The divisors are d(0) = `first` and
    /// d(s) = `base + step · s`.
    init(
        magnitude: Int,
        votes: UnsafeBufferPointer<Int>,
        seats: UnsafeMutableBufferPointer<Int>,
        candidates: UnsafeMutableBufferPointer<Int>,
        quotients: ArithmeticQuotients
    ) {
        self.magnitude = magnitude
        self.votes = votes
        self.seats = seats
        self.candidates = candidates
        // Truncation only ever affects sequences that `applies` turns down.
        self.first = Int(truncatingIfNeeded: quotients.first)
        self.base = Int(truncatingIfNeeded: quotients.base)
        self.step = Int(truncatingIfNeeded: quotients.step)
    }

    /// Whether the magnitude, the number of lists and the divisors suit the shortcut: at most
    /// 16 seats, and divisors 0 < d(0) < d(1) < … with small integer terms.
    static func applies(magnitude: Int, lists: Int, quotients: ArithmeticQuotients) -> Bool {
        let (first, base, step) = (quotients.first, quotients.base, quotients.step)
        return magnitude >= 1 && magnitude <= magnitudeLimit && lists <= listLimit
            && first > 0 && first <= termLimit && base <= termLimit && step > 0 && step <= termLimit
            && first < base + step
    }

    /// d(s), without a branch.
    @inline(__always)
    private func divisor(_ seats: Int) -> Int {
        // `first − base` is added when `seats` is 0 (the mask is all ones for seats − 1 < 0).
        base &+ step &* seats &+ ((first &- base) & ((seats &- 1) >> 63))
    }

    /// `a` where `mask` is all ones, `b` where it is zero: a select that the compiler cannot
    /// turn into a branch (which lists lead is unpredictable).
    @inline(__always)
    private static func select(_ mask: Int, _ a: Int, _ b: Int) -> Int {
        b ^ ((a ^ b) & mask)
    }

    /// Gives the seats and returns `true`, or returns `false` (leaving `seats` to be overwritten)
    /// when a tie could matter or the votes are too large. Call only when ``applies`` holds.
    func allocate() -> Bool {
        let listCount = votes.count
        var total = 0
        var anyVotes = 0
        for list in 0..<listCount {
            let value = votes[list]
            total &+= value
            anyVotes |= value
            seats[list] = 0
        }
        // Every vote in 0..<2⁴⁰ (a negative one sets the sign bit), so the total of at most 2¹⁶
        // lists did not wrap.
        guard anyVotes >= 0, anyVotes < Self.totalVotesLimit, total < Self.totalVotesLimit else { return false }
        guard total > 0 else { return true }  // no votes, no seats (as the engine)
        let (count, candidateTotal) = keepContenders(total: total)
        if count <= 1 {
            // The largest list always remains (both bounds are at most its votes), and when it
            // is alone it beats every other list M times over.
            guard count == 1 else { return false }
            seats[candidates[0]] = magnitude
            return true
        }
        guard count <= Self.candidateLimit else { return false }
        if magnitude == 1 { return awardOnlySeat(among: count) }

        // Step 2. λ = D / N with D = 2V and N = 2·step·M − k·(step − 2·base), about the M-th
        // largest average: a list with v/λ = x ≫ 1 has about (x − base)/step + ½ averages above λ.
        let denominator = 2 &* candidateTotal  // below 2⁴¹, so d(s) · D < 2⁵⁸
        let numerator = Swift.max(2 &* step &* magnitude &- count &* (step &- 2 &* base), 1)  // below 2²⁰
        let firstThreshold = first &* denominator
        let stepThreshold = step &* denominator
        let secondThreshold = base &* denominator &+ stepThreshold
        var given = 0
        for position in 0..<count {
            let list = candidates[position]
            let scaled = votes[list] &* numerator  // below 2⁶⁰
            // Averages above λ are those with d(s)·D < v·N, a prefix of s = 0, 1, …; counted up to
            // s = M (so at most M + 1 seats; see `withdraw`).
            var held = (firstThreshold &- scaled) >> 63 & 1
            var threshold = secondThreshold
            for _ in 0..<magnitude {
                held &+= (threshold &- scaled) >> 63 & 1
                threshold &+= stepThreshold
            }
            seats[list] = held
            given &+= held
        }

        // Step 3.
        if given < magnitude { return award(magnitude &- given, among: count) }
        if given > magnitude { return withdraw(given &- magnitude, among: count) }
        return true
    }

    /// Step 1: keeps in `candidates` the lists that may win a seat; returns how many and their
    /// votes in all.
    ///
    /// For any set of k lists with V votes, at least M of their averages reach V / (step·M + k·e)
    /// with e = max(d(0), base) (see `ArithmeticQuotients.contentionBound`): a list whose first
    /// average is below that bound is beaten M times over. The bound is applied to every list,
    /// then again with the k and V of those that remain, a much tighter bound.
    @inline(__always)
    private func keepContenders(total: Int) -> (count: Int, votes: Int) {
        let listCount = votes.count
        let offset = Swift.max(first, base)
        // v / d(0) ≥ V / (step·M + k·e), that is v ≥ ⌈d(0)·V / (step·M + k·e)⌉ (below 2²⁹).
        var spread = step &* magnitude &+ listCount &* offset
        var floor = (first &* total &+ spread &- 1) / spread
        var count = 0
        var keptVotes = 0
        for list in 0..<listCount {
            // Branch-free append: which lists remain is unpredictable.
            let value = votes[list]
            let keeps = ~((value &- floor) >> 63)  // all ones when kept
            candidates[count] = list
            count &-= keeps
            keptVotes &+= value & keeps
        }
        spread = step &* magnitude &+ count &* offset
        floor = (first &* keptVotes &+ spread &- 1) / spread
        var kept = 0
        keptVotes = 0
        for position in 0..<count {
            let list = candidates[position]
            let value = votes[list]
            let keeps = ~((value &- floor) >> 63)
            candidates[kept] = list
            kept &-= keeps
            keptVotes &+= value & keeps
        }
        return (kept, keptVotes)
    }

    /// One seat: it goes to the list with the most votes (all first averages share d(0)), when
    /// no other list has as many.
    @inline(__always)
    private func awardOnlySeat(among count: Int) -> Bool {
        var best = candidates[0]
        var bestVotes = votes[best]
        var tiedCount = 1
        for position in 1..<count {
            let list = candidates[position]
            let listVotes = votes[list]
            let leads = (bestVotes &- listVotes) >> 63  // all ones when this list has more
            let ties = ((bestVotes ^ listVotes) &- 1) >> 63 & 1
            best = Self.select(leads, list, best)
            bestVotes = Self.select(leads, listVotes, bestVotes)
            tiedCount = Self.select(leads, 1, tiedCount &+ ties)
        }
        guard tiedCount == 1 else { return false }
        seats[best] = 1
        return true
    }

    /// Awards `remaining` seats one by one to the highest average not yet awarded; `false` when
    /// two lists share it.
    @inline(__always)
    private func award(_ remaining: Int, among count: Int) -> Bool {
        for _ in 0..<remaining {
            guard let list = extremeAverage(among: count, highest: true) else { return false }
            seats[list] &+= 1
        }
        return true
    }

    /// Takes back `excess` seats one by one from the lowest awarded average; `false` when two
    /// lists share it.
    ///
    /// A list counted at M + 1 seats may have more averages above λ, not counted. It must give
    /// back at least one seat; when its (M+1)-th average goes, as the lowest awarded one, its
    /// uncounted averages (lower still) fall below every average that stays awarded.
    @inline(__always)
    private func withdraw(_ excess: Int, among count: Int) -> Bool {
        for _ in 0..<excess {
            // Some list holds a seat (more than M are awarded), so the lowest average is finite
            // and only lists at that average count as tied.
            guard let list = extremeAverage(among: count, highest: false) else { return false }
            seats[list] &-= 1
        }
        return true
    }

    /// The candidate with the highest next average `v / d(seats)` (`highest`), or with the
    /// lowest last awarded average `v / d(seats − 1)`, a list without seats counting as infinite;
    /// `nil` when another list has the same average.
    @inline(__always)
    private func extremeAverage(among count: Int, highest: Bool) -> Int? {
        var best = candidates[0]
        var bestVotes = votes[best]
        var bestDivisor = highest ? divisor(seats[best]) : lastDivisor(seats[best])
        var tiedCount = 1
        for position in 1..<count {
            let list = candidates[position]
            let listVotes = votes[list]
            let listDivisor = highest ? divisor(seats[list]) : lastDivisor(seats[list])
            // v / d against the best's w / e, as v·e against w·d (each below 2⁵⁷).
            let left = listVotes &* bestDivisor
            let right = bestVotes &* listDivisor
            // All ones when this list's average is higher (or, for the lowest, lower).
            let better = highest ? (right &- left) >> 63 : (left &- right) >> 63
            let ties = ((left ^ right) &- 1) >> 63 & 1  // 1 when the averages are equal
            best = Self.select(better, list, best)
            bestVotes = Self.select(better, listVotes, bestVotes)
            bestDivisor = Self.select(better, listDivisor, bestDivisor)
            tiedCount = Self.select(better, 1, tiedCount &+ ties)
        }
        return tiedCount == 1 ? best : nil
    }

    /// The divisor of a list's last awarded average, d(seats − 1), or 0 (an infinite average,
    /// never the lowest) for a list without seats.
    @inline(__always)
    private func lastDivisor(_ seats: Int) -> Int {
        divisor(seats &- 1) & ~((seats &- 1) >> 63)
    }
}
