/// The largest-remainder split (Hamilton) of whole votes among weighted entries, in two lanes:
/// each lane of `SIMD2<Double>` is one split, a run's, and both are computed by the same
/// instructions. Two simulated runs go together; a run alone (the deterministic run, a run-off's
/// two finalists) is a pair whose lanes are the same run. ``VoteCounting`` calls it for all.
///
/// Each entry gets `⌊total × w / W⌋` of its lane's total, `W` the sum of the positive weights;
/// the votes left over go one each to the largest remainders, the earlier entry first on equal
/// remainders; an entry without weight never takes one.
struct LargestRemainderSplit {
    /// Numbers, one per lane.
    typealias Lanes = SIMD2<Double>
    /// Whole numbers, one per lane.
    typealias Counts = SIMD2<Int64>

    /// Each lane's votes to split (positive).
    let totals: Counts
    /// Each lane's sum of `max(0, weight)` over the entries (positive).
    let sums: Lanes
    /// The number of entries.
    let count: Int
    /// Scratch: each entry's remainders, one per lane (`count` of them).
    let remainders: UnsafeMutablePointer<Lanes>

    @inline(__always)
    init(totals: Counts, sums: Lanes, count: Int, remainders: UnsafeMutablePointer<Lanes>) {
        self.totals = totals
        self.sums = sums
        self.count = count
        self.remainders = remainders
    }

    /// Splits every lane in the common case: gives each entry its floor (`setFloor`), then
    /// each leftover vote (`addLeftover`: the lanes where the entry takes one).
    ///
    /// Returns `false`, having written nothing meaningful, when a lane leaves the common case:
    /// an exact share of 2^52 votes or more, or floors that overshoot the total by rounding
    /// error. A run alone then takes ``runOutOfTheCommonCase(weight:parts:)``; a pair of runs
    /// splits each run alone.
    @inline(__always)
    func run(weight: (Int) -> Lanes, setFloor: (Int, Counts) -> Void, addLeftover: (Int, SIMDMask<Counts>) -> Void) -> Bool {
        let zero = Lanes.zero
        let one = Lanes(repeating: 1)
        let total = Lanes(Double(totals[0]), Double(totals[1]))
        let scale = total / sums
        // Floors without a conversion per lane: below 2^52, x + 2^52 − 2^52 is x rounded to the
        // nearest whole number, one less when that overshoots, and the bits of x + 2^52 hold it
        // as an integer. A lane out of that range (or NaN) leaves the common case.
        let magic = Lanes(repeating: 0x1p52)
        let magicBits = Counts(repeating: Int64(bitPattern: (0x1p52 as Double).bitPattern))
        var inRange = SIMDMask<Counts>(repeating: true)
        var assigned = Counts.zero
        for index in 0..<count {
            let weight = weight(index)
            // `min(max(0, weight) * scale, total)`, as the standard library's `max` and `min` give it.
            let product = zero.replacing(with: weight, where: weight .>= zero) * scale
            let exact = product.replacing(with: total, where: total .< product)
            inRange .&= exact .< magic
            let shifted = exact + magic
            let nearest = shifted - magic
            let overshoots = nearest .> exact
            let floor = nearest - zero.replacing(with: one, where: overshoots)
            var whole = unsafeBitCast(shifted, to: Counts.self) &- magicBits
            whole.replace(with: whole &- 1, where: overshoots)
            setFloor(index, whole)
            // Entries without weight get remainder −1: they never take a leftover vote.
            remainders[index] = Lanes(repeating: -1).replacing(with: exact - floor, where: weight .> zero)
            assigned &+= whole
        }
        guard all(inRange) else { return false }
        guard assigned[0] <= totals[0], assigned[1] <= totals[1] else { return false }
        let leftover = Lanes(Double(totals[0] &- assigned[0]), Double(totals[1] &- assigned[1]))
        awardLeftovers(leftover, addLeftover: addLeftover)
        return true
    }

    /// Gives `leftover` votes (per lane, fewer than the entries with weight) one each to the
    /// largest ``remainders``, the earlier entry first on equal remainders.
    ///
    /// Each entry's rank among the remainders is counted without branches (in a simulation these
    /// comparisons are unpredictable, and a mispredicted branch costs more than the whole count),
    /// in doubles (exact at these sizes, and compared without 64-bit integer vector compares,
    /// which SSE2 lacks), two entries at a time, each other entry's remainder loaded once for
    /// both (sums of ones and zeros are exact in any order).
    ///
    /// That count is quadratic in the entries: above ``rankedEntriesLimit`` of them the leftovers
    /// go by ``awardLeftoversByThreshold(_:addLeftover:)`` instead, linear, to the same entries.
    @inline(__always)
    func awardLeftovers(_ leftover: Lanes, addLeftover: (Int, SIMDMask<Counts>) -> Void) {
        if count > Self.rankedEntriesLimit {
            awardLeftoversByThreshold(leftover, addLeftover: addLeftover)
        } else {
            awardLeftoversByRank(leftover, addLeftover: addLeftover)
        }
    }

    /// ``awardLeftovers(_:addLeftover:)`` by counting each entry's rank.
    @inline(__always)
    func awardLeftoversByRank(_ leftover: Lanes, addLeftover: (Int, SIMDMask<Counts>) -> Void) {
        let zero = Lanes.zero
        let one = Lanes(repeating: 1)
        @inline(__always) func award(_ index: Int, rank: Lanes, own: Lanes) {
            addLeftover(index, (rank .< leftover) .& (own .>= zero))
        }
        var index = 0
        while index + 1 < count {
            let own = remainders[index]
            let next = remainders[index + 1]
            var rank = zero
            var nextRank = zero
            // An earlier entry ranks above unless its remainder is smaller.
            for other in 0..<index {
                let remainder = remainders[other]
                rank += one.replacing(with: 0, where: own .> remainder)
                nextRank += one.replacing(with: 0, where: next .> remainder)
            }
            // Between the two: the later ranks above the earlier only with a larger remainder.
            let nextAbove = next .> own
            rank += zero.replacing(with: one, where: nextAbove)
            nextRank += one.replacing(with: 0, where: nextAbove)
            // A later entry ranks above only with a larger remainder.
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
    }
}

extension LargestRemainderSplit {
    /// The most entries whose leftovers go by counting ranks; beyond, by a threshold.
    static let rankedEntriesLimit = 128

    /// ``awardLeftovers(_:addLeftover:)`` for many entries, in time linear in their number.
    ///
    /// In each lane, the `leftover`-th largest remainder `t` is found by a radix selection on
    /// the bits of the non-negative doubles (their order is the order of the bits): eight
    /// counting passes, a byte each, over the entries that share the bytes found so far. The
    /// entries above `t` take a vote, and so do the earliest entries equal to `t`, as many as
    /// are left. That is the rank rule exactly: an entry takes one when fewer than `leftover`
    /// entries have a larger remainder or an equal one and come earlier. Never inlined: the
    /// common small splits must not carry its code.
    @inline(never)
    func awardLeftoversByThreshold(_ leftover: Lanes, addLeftover: (Int, SIMDMask<Counts>) -> Void) {
        var threshold = (Double.infinity, Double.infinity)
        var equalToTake = (0, 0)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            for lane in 0..<2 {
                let wanted = Int(leftover[lane])
                guard wanted > 0 else { continue }
                var rank = wanted
                var prefix: UInt64 = 0
                var known: UInt64 = 0
                for shift in stride(from: 56, through: 0, by: -8) {
                    counts.update(repeating: 0)
                    for index in 0..<count {
                        let remainder = remainders[index][lane]
                        let bits = remainder.bitPattern
                        if remainder >= 0 && bits & known == prefix { counts[Int((bits >> UInt64(shift)) & 255)] += 1 }
                    }
                    // The byte of the rank-th largest among the entries that share the prefix.
                    var byte = 255
                    while byte > 0 && counts[byte] < rank {
                        rank -= counts[byte]
                        byte -= 1
                    }
                    prefix |= UInt64(byte) << UInt64(shift)
                    known |= 255 << UInt64(shift)
                }
                let value = Double(bitPattern: prefix)
                var above = 0
                for index in 0..<count where remainders[index][lane] > value { above += 1 }
                if lane == 0 {
                    threshold.0 = value
                    equalToTake.0 = wanted - above
                } else {
                    threshold.1 = value
                    equalToTake.1 = wanted - above
                }
            }
        }
        var equalSeen = (0, 0)
        for index in 0..<count {
            let remainder = remainders[index]
            var takes = SIMDMask<Counts>(repeating: false)
            if remainder[0] > threshold.0 {
                takes[0] = true
            } else if remainder[0] == threshold.0 {
                takes[0] = equalSeen.0 < equalToTake.0
                equalSeen.0 += 1
            }
            if remainder[1] > threshold.1 {
                takes[1] = true
            } else if remainder[1] == threshold.1 {
                takes[1] = equalSeen.1 < equalToTake.1
                equalSeen.1 += 1
            }
            addLeftover(index, takes)
        }
    }

    /// A run's split (in lane 0) outside the common case of ``run(weight:setFloor:addLeftover:)``: floors by
    /// conversion (shares of 2^52 votes or more), and floors that overshoot the total by rounding
    /// error give a vote back, from the smallest remainders among entries that have votes.
    func runOutOfTheCommonCase(weight: (Int) -> Double, parts: UnsafeMutablePointer<Int>) {
        let total = Int(totals[0])
        let scale = Double(total) / sums[0]
        var assigned = 0
        for index in 0..<count {
            let weight = weight(index)
            // Within 0...total up to rounding error; `min` keeps a huge weight from overflowing.
            let exact = min(max(0, weight) * scale, Double(total))
            let whole = Int(exact)
            parts[index] = whole
            remainders[index] = Lanes(repeating: weight > 0 ? exact - Double(whole) : -1)
            assigned &+= whole
        }
        while assigned > total {
            var smallest = -1
            for index in 0..<count where parts[index] > 0 {
                if smallest < 0 || remainders[index][0] < remainders[smallest][0] { smallest = index }
            }
            if smallest < 0 { break }
            parts[smallest] -= 1
            remainders[smallest] = Lanes(repeating: 2)  // not taken from twice; no vote is left over after this loop
            assigned -= 1
        }
        let leftover = total - assigned
        guard leftover > 0 else { return }
        awardLeftovers(Lanes(repeating: Double(leftover)), addLeftover: { parts[$0] &+= $1[0].asInt })
    }
}
