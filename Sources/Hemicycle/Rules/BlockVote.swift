/// Block vote: the M entries with the most votes each win one seat.
///
/// Entries are candidates, not lists: an entry never wins more than one seat, so when fewer
/// entries than seats have votes the remaining seats stay unfilled. Equal votes straddling the
/// last seat are settled by the ``TieBreak``. With a vote total per entry, the count is the same
/// for the block vote (each voter marks up to M candidates) and for the single non-transferable
/// vote (each voter marks one).
///
/// ```swift
/// BlockVote().allocate(seats: 2, votes: [300, 500, 100, 400]).seats  // [0, 1, 0, 1]
/// ```
///
/// - Complexity: O(n + M log n) for n entries; one scan for one seat.
public struct BlockVote: AllocationRule, Hashable, CustomStringConvertible {
    /// Creates the rule.
    public init() {}

    /// `block vote`.
    public var description: String { "block vote" }

    /// ``AllocationRule/allocate(seats:votes:into:tieBreak:workspace:)``: see
    /// ``allocateInBuffers(seats:votes:into:tieBreak:workspace:)``.
    @discardableResult
    public func allocate(
        seats: Int, votes: Span<Int>, into seatsPerList: inout MutableSpan<Int>, tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int {
        AllocationInput.inBuffers(votes, &seatsPerList) { votes, seatsPerList in
            allocateInBuffers(seats: seats, votes: votes, into: seatsPerList, tieBreak: tieBreak, workspace: &workspace)
        }
    }

    /// Gives one seat each to the `seats` entries with the most votes.
    ///
    /// - Parameters:
    ///   - seats: The number of seats.
    ///   - votes: Votes per entry (candidate).
    ///   - seatsPerList: Receives 1 for each elected entry, 0 otherwise; must have `votes.count`
    ///     elements.
    ///   - tieBreak: How equal votes are settled.
    ///   - workspace: Reusable scratch memory (2 integers per entry).
    /// - Returns: The number of seats settled by the tie rule.
    @discardableResult
    func allocateInBuffers(
        seats: Int,
        votes: UnsafeBufferPointer<Int>,
        into seatsPerList: UnsafeMutableBufferPointer<Int>,
        tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int {
        AllocationInput.prepare(votes: votes, output: seatsPerList)
        let magnitude = AllocationInput.magnitude(seats)
        return workspace.withScratch(count: 2 * votes.count) { scratch, log in
            let listCount = votes.count
            let candidates = UnsafeMutableBufferPointer(rebasing: scratch[0..<listCount])
            if magnitude == 1 {
                Self.awardOnlySeat(votes: votes, into: seatsPerList, tied: candidates, tieBreak: tieBreak, log: &log)
                return
            }
            var count = 0
            for list in 0..<listCount {
                candidates[count] = list
                count += votes[list] > 0 ? 1 : 0
            }
            let award = PriorityAward(
                votes: votes,
                seats: seatsPerList,
                tied: UnsafeMutableBufferPointer(rebasing: scratch[listCount..<(2 * listCount)]),
                tieBreak: tieBreak
            )
            award.distribute(
                units: Swift.min(magnitude, count),
                candidates: candidates,
                count: count,
                priority: VotePriority(votes: votes),
                firstSeat: 1,
                log: &log
            )
        }
    }

    /// One seat (plurality): to the entry with the most votes, found in one scan instead of a
    /// heap. Equal top votes go to the tie rule, recorded as the heap path records them.
    private static func awardOnlySeat(
        votes: UnsafeBufferPointer<Int>,
        into seatsPerList: UnsafeMutableBufferPointer<Int>,
        tied: UnsafeMutableBufferPointer<Int>,
        tieBreak: TieBreak,
        log: inout TieLog
    ) {
        var top = 0
        for entry in 0..<votes.count { top = Swift.max(top, votes[entry]) }
        guard top > 0 else { return }  // nobody has a vote: the seat stays unfilled
        var count = 0
        for entry in 0..<votes.count {
            tied[count] = entry
            count += votes[entry] == top ? 1 : 0
        }
        let winner = tied[tieBreak.choose(among: tied, count: count, votes: votes, seat: 1)]
        seatsPerList[winner] = 1
        if count > 1 { log.record(seat: 1, contenders: tied, count: count, chosen: winner) }
    }
}
