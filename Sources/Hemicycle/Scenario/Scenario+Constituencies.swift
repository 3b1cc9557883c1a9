/// One entry of `constituencies`.
public struct ConstituencySpec: Decodable, Sendable {
    /// The identifier.
    public var id: String?
    /// The name.
    public var name: String?
    /// The region (any label; regions group constituencies for shocks and reports).
    public var region: String?
    /// The magnitude: seats elected here, leveling seats included.
    public var seats: Int?
    /// Of those, seats filled by a national leveling tier.
    public var levelingSeats: Int?
    /// Registered voters.
    public var registered: Int?
    /// Whether an election is held (default `true`).
    public var contested: Bool?
    /// Why the seats stay vacant when not contested.
    public var vacancyReason: String?
    /// The first round.
    public var round1: RoundSpec?
    /// The second round.
    public var round2: RoundSpec?
    /// The entries that qualify for the run-off and withdraw from it: list ids, or
    /// `{"list": …, "candidate": …}` where entries are candidates.
    public var withdrawn: [WithdrawalSpec]?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable {
        case id, name, region, seats, levelingSeats, registered, contested, vacancyReason, round1, round2, withdrawn
        case provenance
    }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        id = reader.read(.id)
        name = reader.read(.name)
        region = reader.read(.region)
        seats = reader.read(.seats)
        levelingSeats = reader.read(.levelingSeats)
        registered = reader.read(.registered)
        contested = reader.read(.contested)
        vacancyReason = reader.read(.vacancyReason)
        round1 = reader.read(.round1)
        round2 = reader.read(.round2)
        withdrawn = reader.read(.withdrawn)
        provenance = reader.read(.provenance)
    }
}

/// A round of a constituency: modelled (`turnout`, `shares`…) or observed (`voters`, `votes`…).
public struct RoundSpec: Decodable, Sendable {
    /// Modelled: the share of registered voters who vote.
    public var turnout: Double?
    /// Modelled: the share of ballots that are spoilt.
    public var invalidShare: Double?
    /// Modelled: the share of ballots that are blank.
    public var blankShare: Double?
    /// Modelled: each list's share of support.
    public var shares: [String: Double]?
    /// Observed: registered voters (defaults to the constituency's).
    public var registered: Int?
    /// Observed: ballots cast.
    public var voters: Int?
    /// Observed: blank ballots.
    public var blank: Int?
    /// Observed: spoilt ballots.
    public var invalid: Int?
    /// Observed: votes per list or per candidate.
    public var votes: VotesSpec?

    enum Key: String, CodingKey, CaseIterable {
        case turnout, invalidShare, blankShare, shares, registered, voters, blank, invalid, votes
    }

    /// Whether any observed-count field is present.
    var hasObservedFields: Bool { voters != nil || blank != nil || invalid != nil || votes != nil }
    /// Whether any model field is present.
    var hasModelFields: Bool { turnout != nil || invalidShare != nil || blankShare != nil || shares != nil }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        turnout = reader.read(.turnout)
        invalidShare = reader.read(.invalidShare)
        blankShare = reader.read(.blankShare)
        shares = reader.read(.shares)
        registered = reader.read(.registered)
        voters = reader.read(.voters)
        blank = reader.read(.blank)
        invalid = reader.read(.invalid)
        votes = reader.read(.votes)
    }
}

/// Observed votes: `{"LIST": 123, …}` by list, or `[{"list": …, "candidate": …, "votes": …}]` by candidate.
public struct VotesSpec: Decodable, Sendable {
    /// One line of the ballot.
    public struct Line: Sendable {
        /// The list id.
        public var list: String?
        /// The candidate's name, if entries are candidates.
        public var candidate: String?
        /// The votes.
        public var votes: Int?
        /// Round 2 only: the list the candidate stands for in the run-off, when it differs from
        /// the round-1 list that `list` names (a seat won in round 2 counts for it).
        public var standsAs: String? = nil
    }

    /// The lines, in file order for arrays (by list order for objects, sorted later).
    public var lines: [Line]

    struct LineSpec: Decodable {
        var line: Line
        enum Key: String, CodingKey, CaseIterable { case list, candidate, votes, standsAs }

        init(from decoder: any Decoder) throws {
            let reader = SpecReader(decoder, Key.self)
            line = Line(
                list: reader.read(.list), candidate: reader.read(.candidate), votes: reader.read(.votes),
                standsAs: reader.read(.standsAs))
        }
    }

    /// Decodes either shape.
    public init(from decoder: any Decoder) throws {
        if let byList = try? [String: Int](from: decoder) {
            lines = byList.map { Line(list: $0.key, candidate: nil, votes: $0.value) }.sorted {
                ($0.list ?? "") < ($1.list ?? "")
            }
        } else {
            lines = try [LineSpec](from: decoder).map(\.line)
        }
    }
}

/// One entry of `withdrawn`: `"LIST"`, or `{"list": "LIST", "candidate": "NAME"}`.
public struct WithdrawalSpec: Decodable, Sendable {
    /// The list id.
    public var list: String?
    /// The candidate, where entries are candidates.
    public var candidate: String?

    enum Key: String, CodingKey, CaseIterable { case list, candidate }

    /// Decodes either shape.
    public init(from decoder: any Decoder) throws {
        if let list = try? String(from: decoder) {
            self.list = list
            candidate = nil
            return
        }
        let reader = SpecReader(decoder, Key.self)
        list = reader.read(.list)
        candidate = reader.read(.candidate)
    }
}

