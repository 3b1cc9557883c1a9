/// What a list is, for thresholds that depend on it: a single party or a coalition of parties.
public struct ListKind: Sendable, Hashable, CustomStringConvertible {
    /// The number of member parties; 1 for a single party.
    public let memberParties: Int

    private init(memberParties: Int) {
        self.memberParties = memberParties
    }

    /// A single party.
    public static let party = ListKind(memberParties: 1)

    /// A coalition (an electoral alliance on one list) of `parties` parties.
    ///
    /// - Parameter parties: The number of member parties; values below 1 count as 1.
    /// - Returns: The kind.
    public static func coalition(of parties: Int) -> ListKind {
        ListKind(memberParties: Swift.max(parties, 1))
    }

    /// `party` or `coalition of N parties`.
    public var description: String {
        memberParties == 1 ? "party" : "coalition of \(memberParties) parties"
    }
}
