/// The seats one rule gave each list in one district, with the seats its tie rule decided.
///
/// Returned by ``AllocationRule/allocate(seats:votes:tieBreak:)``. `seats[i]` belongs to the
/// list whose votes were `votes[i]`.
///
/// Seats can stay unfilled only in degenerate cases, which ``unfilledSeats`` reports: no list
/// has a vote, every entry of a ``BlockVote`` already holds its one seat, or the magnitude exceeds
/// ``maximumSeats``.
public struct Allocation: Sendable, Hashable {
    /// The largest magnitude a rule fills: 2²⁰ (1,048,576) seats. Larger requests fill this many.
    ///
    /// The bound keeps every divisor below 2⁵⁴, so a vote count times a divisor always fits the
    /// 128-bit products the rules compare.
    public static let maximumSeats = 1 << 20

    /// The number of seats requested (negative requests count as zero).
    public var magnitude: Int
    /// Seats per list, in the order of the votes.
    public var seats: [Int]
    /// Every seat settled by the tie rule, in the order the rule settled them.
    public var ties: [Tie]

    /// Creates an allocation.
    ///
    /// - Parameters:
    ///   - magnitude: The number of seats requested.
    ///   - seats: Seats per list.
    ///   - ties: The seats settled by the tie rule.
    public init(magnitude: Int, seats: [Int], ties: [Tie] = []) {
        self.magnitude = magnitude
        self.seats = seats
        self.ties = ties
    }

    /// The seats no list received: `magnitude` minus the seats handed out.
    public var unfilledSeats: Int {
        magnitude - seats.reduce(0, +)
    }

    /// Whether the tie rule decided at least one seat.
    public var isDecidedByTie: Bool {
        !ties.isEmpty
    }
}
