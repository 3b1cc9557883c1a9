/// A political party as the scenario declares it.
public struct Party: Sendable, Hashable, Codable {
    /// The identifier used throughout the scenario file, e.g. `ADEMA`.
    public var id: String
    /// The full name.
    public var name: String
    /// The short name printed in tables, e.g. `ADEMA-PASJ`.
    public var shortName: String
    /// The party's colour as `#rrggbb`, when the scenario gives one.
    public var colour: String?

    /// Creates a party.
    public init(id: String, name: String, shortName: String, colour: String? = nil) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.colour = colour
    }
}

/// Something voters can choose on a ballot nationwide: one party's list, or a joint list of parties.
///
/// Every party is a list of its own (with the party's id); a scenario may declare joint lists
/// on top. Seats are won by lists, and tables report them by list, so a joint list's seats are
/// never silently credited to one of its members.
public struct ElectoralList: Sendable, Hashable, Codable {
    /// The identifier: the party's id for a single-party list, or the joint list's own id.
    public var id: String
    /// The full name.
    public var name: String
    /// The short name printed in tables.
    public var shortName: String
    /// The colour as `#rrggbb`, when known.
    public var colour: String?
    /// Indices into ``Election/parties`` of the parties on this list (one for a party's own list).
    public var partyIndices: [Int]

    /// Whether several parties share this list.
    public var isJoint: Bool { partyIndices.count > 1 }

    /// Creates a list.
    public init(id: String, name: String, shortName: String, colour: String?, partyIndices: [Int]) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.colour = colour
        self.partyIndices = partyIndices
    }
}
