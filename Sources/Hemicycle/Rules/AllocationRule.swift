/// A rule that turns the votes of the lists in one district into seats, in one round.
///
/// Conforming types are small immutable values (``HighestAverages``, ``LargestRemainder``,
/// ``Plurality``, ``BlockVote``, ``PartyBlock``). Each implements one requirement,
/// ``allocate(seats:votes:into:tieBreak:workspace:)``, which reads the votes from a `Span` and
/// writes the seats into a `MutableSpan`: safe, non-owning views of the caller's memory, so a
/// rule neither allocates nor touches a raw pointer. The protocol extension adds the convenient
/// ``allocate(seats:votes:tieBreak:)`` that returns an ``Allocation`` with its ties.
///
/// Contract shared by every rule:
/// - A rule never traps on its inputs: zero or negative seats give no seats; negative votes
///   count as zero; magnitudes above ``Allocation/maximumSeats`` fill that many.
/// - A list with zero votes never wins a seat. When no list has a vote, seats stay unfilled
///   rather than being handed out by lot among lists nobody voted for. A threshold is applied by
///   setting the votes of ineligible lists to zero (see ``Threshold``).
/// - Seats decided by the tie rule are counted in the return value and, when the workspace
///   records ties, listed in ``AllocationWorkspace/ties``.
/// - Arithmetic is exact: quotients and remainders are compared by integer
///   cross-multiplication in 128 bits (256 bits where squares are involved).
///
/// ```swift
/// let rule: some AllocationRule = HighestAverages.dHondt
/// rule.allocate(seats: 5, votes: [60_000, 28_000, 12_000]).seats  // [4, 1, 0]
///
/// // A rule of one's own: every seat to the list with the most votes.
/// struct WinnerTakesAll: AllocationRule {
///     func allocate(
///         seats: Int, votes: Span<Int>, into seatsPerList: inout MutableSpan<Int>, tieBreak: TieBreak,
///         workspace: inout AllocationWorkspace
///     ) -> Int {
///         var top = 0
///         for list in votes.indices where votes[list] > votes[top] { top = list }
///         for list in seatsPerList.indices { seatsPerList[list] = list == top ? max(0, seats) : 0 }
///         return 0
///     }
/// }
/// ```
public protocol AllocationRule: Sendable {
    /// Allocates `seats` among the lists, writing seats per list into caller memory.
    ///
    /// The hot path of the Monte Carlo simulation: the built-in rules allocate nothing once
    /// `workspace` has seen this many lists.
    ///
    /// - Parameters:
    ///   - seats: The district magnitude.
    ///   - votes: Votes per list.
    ///   - seatsPerList: Receives the seats per list; has `votes.count` elements.
    ///   - tieBreak: How exact ties are settled.
    ///   - workspace: Reusable scratch memory; also receives the ties when it records them.
    /// - Returns: The number of seats settled by the tie rule (0 when no tie mattered).
    /// - Complexity: See each rule; O(n + seats · log n) or better for n lists.
    @discardableResult
    func allocate(
        seats: Int,
        votes: Span<Int>,
        into seatsPerList: inout MutableSpan<Int>,
        tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int
}

extension AllocationRule {
    /// Allocates `seats` among the lists and reports every seat the tie rule decided.
    ///
    /// Convenient and allocating; in a loop use
    /// ``allocate(seats:votes:into:tieBreak:workspace:)`` instead.
    ///
    /// - Parameters:
    ///   - seats: The district magnitude.
    ///   - votes: Votes per list.
    ///   - tieBreak: How exact ties are settled; list order by default.
    /// - Returns: Seats per list and the ties that decided seats.
    public func allocate(seats: Int, votes: [Int], tieBreak: TieBreak = .lowestIndex) -> Allocation {
        var workspace = AllocationWorkspace(recordsTies: true)
        var result = [Int](repeating: 0, count: votes.count)
        allocate(seats: seats, votes: votes, into: &result, tieBreak: tieBreak, workspace: &workspace)
        return Allocation(magnitude: Swift.max(seats, 0), seats: result, ties: workspace.ties)
    }

    /// Allocates `seats` among the lists into a reusable array.
    ///
    /// `seatsPerList` is resized to `votes.count` if needed (which allocates only the first time).
    ///
    /// - Parameters:
    ///   - seats: The district magnitude.
    ///   - votes: Votes per list.
    ///   - seatsPerList: Receives the seats per list.
    ///   - tieBreak: How exact ties are settled.
    ///   - workspace: Reusable scratch memory; also receives the ties when it records them.
    /// - Returns: The number of seats settled by the tie rule.
    @inlinable
    @discardableResult
    public func allocate(
        seats: Int,
        votes: [Int],
        into seatsPerList: inout [Int],
        tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int {
        if seatsPerList.count != votes.count {
            seatsPerList = [Int](repeating: 0, count: votes.count)
        }
        var output = seatsPerList.mutableSpan
        return allocate(seats: seats, votes: votes.span, into: &output, tieBreak: tieBreak, workspace: &workspace)
    }

    /// ``allocate(seats:votes:into:tieBreak:workspace:)`` on the engine's buffers.
    @inline(__always)
    @discardableResult
    func allocate(
        seats: Int, votes: UnsafeBufferPointer<Int>, into seatsPerList: UnsafeMutableBufferPointer<Int>,
        tieBreak: TieBreak, workspace: inout AllocationWorkspace
    ) -> Int {
        var output = seatsPerList.mutableSpan
        return allocate(seats: seats, votes: votes.span, into: &output, tieBreak: tieBreak, workspace: &workspace)
    }
}

/// Shared input handling for every rule.
internal enum AllocationInput {
    /// The magnitude a rule fills: `seats` clamped to `0...Allocation.maximumSeats`.
    @inline(__always)
    static func magnitude(_ seats: Int) -> Int {
        Swift.min(Swift.max(seats, 0), Allocation.maximumSeats)
    }

    /// Checks the output buffer and, unless `zeroing` is false (the rule zeroes it itself while
    /// reading the votes), zeroes it.
    @inline(__always)
    static func prepare(votes: UnsafeBufferPointer<Int>, output: UnsafeMutableBufferPointer<Int>, zeroing: Bool = true)
    {
        precondition(output.count == votes.count, "seatsPerList must have one element per list")
        if zeroing {
            for index in output.indices { output[index] = 0 }
        }
    }

    /// Runs `body` on the memory behind a rule's spans: the built-in rules' hot paths work on
    /// raw buffers.
    @inline(__always)
    static func inBuffers<Result>(
        _ votes: Span<Int>, _ seatsPerList: inout MutableSpan<Int>,
        _ body: (UnsafeBufferPointer<Int>, UnsafeMutableBufferPointer<Int>) -> Result
    ) -> Result {
        votes.withUnsafeBufferPointer { votes in
            seatsPerList.withUnsafeMutableBufferPointer { seatsPerList in body(votes, seatsPerList) }
        }
    }

    /// Votes as an unsigned count: negative votes count as zero.
    @inline(__always)
    static func votes(_ value: Int) -> UInt64 {
        value > 0 ? UInt64(value) : 0
    }
}
