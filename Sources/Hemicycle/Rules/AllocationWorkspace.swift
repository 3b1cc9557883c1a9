/// Reusable scratch memory for the allocation hot path, and the ties of the last call.
///
/// Create one per worker (it is a value type: never share one between tasks), pass it to
/// ``AllocationRule/allocate(seats:votes:into:tieBreak:workspace:)`` millions of times: after the
/// first call with a given number of lists it allocates nothing.
///
/// ```swift
/// var workspace = AllocationWorkspace()
/// var seats = [Int](repeating: 0, count: votes.count)
/// for _ in 0..<1_000_000 {
///     let decidedByTie = HighestAverages.dHondt.allocate(
///         seats: 6, votes: votes, into: &seats, tieBreak: .lowestIndex, workspace: &workspace)
/// }
/// ```
public struct AllocationWorkspace: Sendable {
    /// Whether calls record each tie in ``ties`` (which allocates); `false` only counts them.
    public var recordsTies: Bool
    /// The ties of the last call, when ``recordsTies`` is `true`; otherwise empty.
    public internal(set) var ties: [Tie] = []

    @usableFromInline
    internal var _scratch: [Int] = []

    /// A second scratch array, for a rule that calls another rule (``MajorityBonus``).
    internal var _ruleScratch: [Int] = []

    /// Creates an empty workspace.
    ///
    /// - Parameter recordsTies: Whether to record each tie (default `false`: count only).
    public init(recordsTies: Bool = false) {
        self.recordsTies = recordsTies
    }

    /// Runs `body` with at least `count` scratch integers and a fresh tie log, then keeps the ties.
    ///
    /// Returns the number of seats the tie rule decided.
    internal mutating func withScratch(
        count: Int,
        _ body: (UnsafeMutableBufferPointer<Int>, inout TieLog) -> Void
    ) -> Int {
        if _scratch.count < count {
            _scratch = [Int](repeating: 0, count: count)
        }
        var log = TieLog(isRecording: recordsTies)
        if recordsTies {
            ties.removeAll(keepingCapacity: true)
            swap(&log.records, &ties)
        }
        _scratch.withUnsafeMutableBufferPointer { scratch in
            body(scratch, &log)
        }
        if recordsTies {
            swap(&log.records, &ties)
        }
        return log.decidedSeats
    }
}
