/// The seat-by-seat procedure shared by every ``HighestAverages`` rule.
internal struct DivisorEngine {
    /// Up to this many contending lists are cut down to those with the M largest votes.
    static let preselectionLimit = 32
    /// Up to this many contending lists are scanned linearly; beyond, a heap is used.
    static let scanLimit = 16

    let magnitude: Int
    let votes: UnsafeBufferPointer<Int>
    let seats: UnsafeMutableBufferPointer<Int>
    let candidates: UnsafeMutableBufferPointer<Int>
    let tied: UnsafeMutableBufferPointer<Int>
    let tieBreak: TieBreak

    /// `scratch` must hold 2 · `votes.count` integers; `run` zeroes `seats`.
    init(
        magnitude: Int,
        votes: UnsafeBufferPointer<Int>,
        seats: UnsafeMutableBufferPointer<Int>,
        scratch: UnsafeMutableBufferPointer<Int>,
        tieBreak: TieBreak
    ) {
        let count = votes.count
        self.magnitude = magnitude
        self.votes = votes
        self.seats = seats
        self.candidates = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
        self.tied = UnsafeMutableBufferPointer(rebasing: scratch[count..<(2 * count)])
        self.tieBreak = tieBreak
    }

    mutating func run<Quotients: DivisorQuotients>(_ quotients: Quotients, log: inout TieLog) {
        let listCount = votes.count
        // Total votes, and the bitwise OR of all votes to bound every vote's size.
        var total: UInt128 = 0
        var anyVotes: UInt64 = 0
        for list in 0..<listCount {
            let value = UInt64(truncatingIfNeeded: Swift.max(votes[list], 0))
            total &+= UInt128(value)  // below 2¹²⁸ for fewer than 2⁶⁵ lists
            anyVotes |= value
            seats[list] = 0
        }
        guard anyVotes > 0 else { return }
        var count = 0
        if let bound = quotients.contentionBound(totalVotes: total, lists: listCount, magnitude: magnitude) {
            let multiplier = bound.multiplier
            if bound.floor < UInt128(Int.max),
                anyVotes.leadingZeroBitCount + multiplier.leadingZeroBitCount >= 65
            {
                // Every product `votes · multiplier` and the floor are below 2⁶³. The floor is
                // positive, so a list without votes (product 0) never contends.
                let floor = Int(bound.floor)
                let multiplier = Int(multiplier)
                for list in 0..<listCount {
                    // Branch-free append, as arithmetic (the compiler turns a conditional into a
                    // branch): which lists contend is unpredictable.
                    let product = Swift.max(votes[list], 0) &* multiplier
                    candidates[count] = list
                    count &+= 1 &+ ((product &- floor) >> 63)
                }
            } else {
                for list in 0..<listCount {
                    let value = votes[list]
                    let product = UInt128(UInt64(truncatingIfNeeded: value)) &* UInt128(multiplier)
                    candidates[count] = list
                    count &+= value > 0 && product >= bound.floor ? 1 : 0
                }
            }
        } else {
            for list in 0..<listCount {
                candidates[count] = list
                count &+= votes[list] > 0 ? 1 : 0
            }
        }
        if quotients.firstDivisorIsPositive && magnitude < count && count <= Self.preselectionLimit {
            count = keepTopContenders(count: count)
        }
        // The list with the most votes always contends (its first average is the highest of
        // all); the guard only keeps a future change from indexing an empty candidate list.
        guard count > 0 else { return }
        if count == 1 {
            seats[candidates[0]] = magnitude  // a lone list takes every seat
            return
        }
        var remaining = magnitude
        if magnitude > 1 {
            remaining -= quotients.startingSeats(
                candidates: candidates,
                count: count,
                votes: votes,
                seats: seats,
                magnitude: magnitude
            )
        }
        if count <= Self.scanLimit {
            scan(quotients, count: count, remaining: remaining, log: &log)
        } else {
            climb(quotients, count: count, remaining: remaining, log: &log)
        }
    }

    /// Keeps only the candidates that fewer than M others beat on votes: with a positive first
    /// divisor, a list with fewer votes than M others is beaten M times over. Returns the new
    /// count (M, or more when votes tie at the M-th place). Uses `tied` as scratch.
    ///
    /// Each candidate's rank is counted against all others, branch-free: O(k²) simple steps beat
    /// the mispredicted branches of a selection for the few candidates this is used for.
    private func keepTopContenders(count: Int) -> Int {
        let candidateVotes = tied
        for position in 0..<count { candidateVotes[position] = votes[candidates[position]] }
        var kept = 0
        for position in 0..<count {
            let value = candidateVotes[position]
            var above = 0
            for other in 0..<count {
                above &+= (value &- candidateVotes[other]) >> 63 & 1  // 1 when the other has more
            }
            candidates[kept] = candidates[position]
            kept &-= (above &- magnitude) >> 63  // adds 1 when fewer than M have more
        }
        return kept
    }

    /// The procedure with a linear scan for the highest average: best for a few lists.
    private func scan<Quotients: DivisorQuotients>(
        _ quotients: Quotients,
        count: Int,
        remaining: Int,
        log: inout TieLog
    ) {
        var remaining = remaining
        while remaining > 0 {
            var best = candidates[0]
            var bestVotes = UInt64(truncatingIfNeeded: votes[best])
            var bestSeats = seats[best]
            var tiedCount = 1
            // Branch-free (conditional moves): which list leads is unpredictable.
            for position in 1..<count {
                let list = candidates[position]
                let listVotes = UInt64(truncatingIfNeeded: votes[list])
                let listSeats = seats[list]
                let order = quotients.compare(listVotes, listSeats, bestVotes, bestSeats)
                let leads = order > 0
                best = leads ? list : best
                bestVotes = leads ? listVotes : bestVotes
                bestSeats = leads ? listSeats : bestSeats
                tiedCount = leads ? 1 : tiedCount &+ (order == 0 ? 1 : 0)
            }
            if tiedCount == 1 {
                seats[best] += 1
                remaining -= 1
                continue
            }
            var tiedLists = 0
            for position in 0..<count {
                let list = candidates[position]
                if quotients.compare(UInt64(truncatingIfNeeded: votes[list]), seats[list], bestVotes, bestSeats) == 0 {
                    tied[tiedLists] = list
                    tiedLists += 1
                }
            }
            remaining = settle(tiedLists, remaining: remaining, log: &log)
        }
    }

    /// The procedure with a heap of averages: best for many lists.
    private func climb<Quotients: DivisorQuotients>(
        _ quotients: Quotients,
        count: Int,
        remaining: Int,
        log: inout TieLog
    ) {
        var remaining = remaining
        var heap = IndexHeap(
            storage: candidates,
            count: count,
            priority: AveragePriority(quotients: quotients, votes: votes, seats: seats)
        )
        while remaining > 0 {
            let leader = heap.pop()
            let leaderVotes = UInt64(truncatingIfNeeded: votes[leader])
            let leaderSeats = seats[leader]
            tied[0] = leader
            var tiedLists = 1
            while heap.count > 0 {
                let next = heap.top
                guard
                    quotients.compare(UInt64(truncatingIfNeeded: votes[next]), seats[next], leaderVotes, leaderSeats)
                        == 0
                else { break }
                tied[tiedLists] = heap.pop()
                tiedLists += 1
            }
            if tiedLists <= remaining {
                for position in 0..<tiedLists {
                    seats[tied[position]] += 1
                    heap.push(tied[position])
                }
                remaining -= tiedLists
            } else {
                remaining = settle(tiedLists, remaining: remaining, log: &log)
            }
        }
    }

    /// Gives seats to the `count` lists in `tied`, which share the highest average. When they
    /// all fit, each gets one (the order is immaterial: a list's next average is lower); else
    /// the tie rule picks, seat by seat. Returns the seats still to give.
    private func settle(_ count: Int, remaining: Int, log: inout TieLog) -> Int {
        if count <= remaining {
            for position in 0..<count { seats[tied[position]] += 1 }
            return remaining - count
        }
        var contenders = count
        for seatsLeft in stride(from: remaining, to: 0, by: -1) {
            let seat = magnitude - seatsLeft + 1
            let position = tieBreak.choose(among: tied, count: contenders, votes: votes, seat: seat)
            let winner = tied[position]
            log.record(seat: seat, contenders: tied, count: contenders, chosen: winner)
            seats[winner] += 1
            tied[position] = tied[contenders - 1]
            contenders -= 1
        }
        return 0
    }
}

/// Orders lists by their current average, for the heap.
internal struct AveragePriority<Quotients: DivisorQuotients>: ListPriority {
    let quotients: Quotients
    let votes: UnsafeBufferPointer<Int>
    let seats: UnsafeMutableBufferPointer<Int>

    @inline(__always)
    func compare(_ i: Int, _ j: Int) -> Int {
        quotients.compare(
            UInt64(truncatingIfNeeded: votes[i]),
            seats[i],
            UInt64(truncatingIfNeeded: votes[j]),
            seats[j]
        )
    }
}
