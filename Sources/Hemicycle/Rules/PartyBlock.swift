/// Party block vote: the list with the most votes takes all M seats, in one round.
///
/// Used where a district elects a slate as a whole (the general ticket; for example the
/// presidential electors of most U.S. states, and the party block vote of Singapore's group
/// representation constituencies). Equal top votes are settled by the ``TieBreak``, which then
/// decides every seat of the district: each is recorded as a ``Tie`` with the same contenders.
///
/// ```swift
/// PartyBlock().allocate(seats: 5, votes: [40, 35, 25]).seats  // [5, 0, 0]
/// ```
///
/// - Complexity: O(n) for n lists.
public struct PartyBlock: AllocationRule, Hashable, CustomStringConvertible {
    /// Creates the rule.
    public init() {}

    /// `party block vote`.
    public var description: String { "party block vote" }

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

    /// Gives every seat to the list with the most votes.
    ///
    /// - Parameters:
    ///   - seats: The district magnitude.
    ///   - votes: Votes per list.
    ///   - seatsPerList: Receives the seats per list; must have `votes.count` elements.
    ///   - tieBreak: How equal top votes are settled (the lot draws once, for seat 1).
    ///   - workspace: Reusable scratch memory (1 integer per list).
    /// - Returns: The number of seats settled by the tie rule: 0, or every seat.
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
        return workspace.withScratch(count: votes.count) { tied, log in
            guard magnitude > 0 else { return }
            var top = 0
            for list in 0..<votes.count { top = Swift.max(top, votes[list]) }
            guard top > 0 else { return }
            var count = 0
            for list in 0..<votes.count {
                tied[count] = list
                count += votes[list] == top ? 1 : 0
            }
            let winner = tied[tieBreak.choose(among: tied, count: count, votes: votes, seat: 1)]
            seatsPerList[winner] = magnitude
            if count > 1 {
                for seat in 1...magnitude {
                    log.record(seat: seat, contenders: tied, count: count, chosen: winner)
                }
            }
        }
    }
}
