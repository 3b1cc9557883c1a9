/// Plurality (first past the post): the entry with the most votes wins the seat.
///
/// The rule of single-member districts, for example Ceuta and Melilla in Spain (LOREG art. 170:
/// "será proclamado electo el candidato que mayor número de votos hubiese obtenido") and the
/// electorates of New Zealand. Equal top votes are settled by the ``TieBreak``. Asked for more
/// than one seat, it fills them as ``BlockVote`` does: one seat per entry, most votes first.
///
/// ```swift
/// Plurality().allocate(seats: 1, votes: [13_800, 9_092, 8_147]).seats  // [1, 0, 0] (Ceuta 2019)
/// ```
///
/// - Complexity: O(n) for one seat and n entries.
public struct Plurality: AllocationRule, Hashable, CustomStringConvertible {
    /// Creates the rule.
    public init() {}

    /// `plurality`.
    public var description: String { "plurality" }

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

    /// Gives the seat to the entry with the most votes.
    ///
    /// - Parameters:
    ///   - seats: The number of seats, normally 1.
    ///   - votes: Votes per entry.
    ///   - seatsPerList: Receives 1 for the elected entry, 0 otherwise; must have `votes.count`
    ///     elements.
    ///   - tieBreak: How equal top votes are settled.
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
        BlockVote().allocateInBuffers(seats: seats, votes: votes, into: seatsPerList, tieBreak: tieBreak, workspace: &workspace)
    }
}
