/// A seat that an allocation rule could only settle with its ``TieBreak``.
///
/// A rule records a `Tie` for every seat it gives (or, in the excess stage of
/// ``LargestRemainder``, takes back) by its tie rule: when more lists share the deciding value
/// (quotient, remainder or vote total) than there are seats left at that value. Ties that every
/// tied list survives are not recorded, because the tie rule changes nothing.
///
/// ```swift
/// // Two lists, 100 votes each, one seat: D'Hondt quotients 100 and 100.
/// let result = HighestAverages.dHondt.allocate(seats: 1, votes: [100, 100])
/// result.ties  // [Tie(seat: 1, contenders: [0, 1], chosen: 0, effect: .awarded)]
/// ```
public struct Tie: Sendable, Hashable, CustomStringConvertible {
    /// What the tie decided for the chosen list.
    public enum Effect: Sendable, Hashable {
        /// The chosen list receives the seat.
        case awarded
        /// The chosen list gives the seat back (largest remainder's excess stage, where the
        /// list the tie rule likes least loses the seat).
        case withdrawn
    }

    /// The ordinal (1-based) of the contested seat in the order the rule hands out seats; for a
    /// withdrawn seat, the number of seats held before the withdrawal.
    public var seat: Int
    /// The tied lists (indices into the votes), in ascending order.
    public var contenders: [Int]
    /// The list the tie rule picked: the one that gains the seat, or for ``Effect/withdrawn``
    /// the one that loses it.
    public var chosen: Int
    /// Whether the chosen list gained or lost the seat.
    public var effect: Effect

    /// Creates a tie record.
    ///
    /// - Parameters:
    ///   - seat: The seat's ordinal (1-based).
    ///   - contenders: The tied lists, in ascending order.
    ///   - chosen: The list the tie rule picked.
    ///   - effect: Whether the chosen list gained or lost the seat; ``Effect/awarded`` by default.
    public init(seat: Int, contenders: [Int], chosen: Int, effect: Effect = .awarded) {
        self.seat = seat
        self.contenders = contenders
        self.chosen = chosen
        self.effect = effect
    }

    /// For example `seat 6: lists [1, 3] tied, 3 awarded`.
    public var description: String {
        "seat \(seat): lists \(contenders) tied, \(chosen) \(effect == .awarded ? "awarded" : "withdrawn")"
    }
}

/// Counts the seats a rule settles by its tie rule and, when asked, records them as ``Tie``s.
internal struct TieLog {
    let isRecording: Bool
    var records: [Tie] = []
    var decidedSeats = 0

    init(isRecording: Bool) {
        self.isRecording = isRecording
    }

    /// Notes that seat `seat` went to (or was taken from) `chosen` among `contenders[0..<count]`.
    mutating func record(
        seat: Int,
        contenders: UnsafeMutableBufferPointer<Int>,
        count: Int,
        chosen: Int,
        effect: Tie.Effect = .awarded
    ) {
        decidedSeats += 1
        guard isRecording else { return }
        let tied = Array(contenders[0..<count]).sorted()
        records.append(Tie(seat: seat, contenders: tied, chosen: chosen, effect: effect))
    }
}
