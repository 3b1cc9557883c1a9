/// Hands out single seats to lists in a fixed order of priority: the remainder stage of
/// ``LargestRemainder``, its excess stage, and ``BlockVote``.
internal struct PriorityAward {
    let votes: UnsafeBufferPointer<Int>
    let seats: UnsafeMutableBufferPointer<Int>
    let tied: UnsafeMutableBufferPointer<Int>
    let tieBreak: TieBreak

    /// Gives (or, with `withdrawing`, takes) one seat to each of the `units` lists with the highest
    /// priority among `candidates[0..<count]`, at most one per list. Lists of equal priority that
    /// all fit are served together; when such a group straddles the last unit, the tie rule picks
    /// the lists it prefers (or, when withdrawing, the lists it likes least), seat by seat.
    ///
    /// `firstSeat` is the ordinal of the first seat handed out (or of the first seat withdrawn,
    /// counting down). Returns the units handed out, fewer than `units` only when the candidates
    /// run out.
    @discardableResult
    func distribute<Priority: ListPriority>(
        units: Int,
        candidates: UnsafeMutableBufferPointer<Int>,
        count: Int,
        priority: Priority,
        firstSeat: Int,
        withdrawing: Bool = false,
        log: inout TieLog
    ) -> Int {
        guard units > 0, count > 0 else { return 0 }
        let delta = withdrawing ? -1 : 1
        var heap = IndexHeap(storage: candidates, count: count, priority: priority)
        var done = 0
        while done < units, heap.count > 0 {
            let leader = heap.pop()
            tied[0] = leader
            var group = 1
            while heap.count > 0, priority.compare(heap.top, leader) == 0 {
                tied[group] = heap.pop()
                group += 1
            }
            if group <= units - done {
                for position in 0..<group { seats[tied[position]] += delta }
                done += group
                continue
            }
            while done < units {
                let seat = firstSeat + delta * done
                let position = tieBreak.choose(
                    among: tied,
                    count: group,
                    votes: votes,
                    seat: seat,
                    preferred: !withdrawing
                )
                let chosen = tied[position]
                log.record(
                    seat: seat,
                    contenders: tied,
                    count: group,
                    chosen: chosen,
                    effect: withdrawing ? .withdrawn : .awarded
                )
                seats[chosen] += delta
                tied[position] = tied[group - 1]
                group -= 1
                done += 1
            }
        }
        return done
    }
}

/// Orders lists by votes, most first.
internal struct VotePriority: ListPriority {
    let votes: UnsafeBufferPointer<Int>

    @inline(__always)
    func compare(_ i: Int, _ j: Int) -> Int {
        votes[i] == votes[j] ? 0 : (votes[i] > votes[j] ? 1 : -1)
    }
}
