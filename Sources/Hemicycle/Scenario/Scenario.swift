/// A scenario file as written: the JSON's shape, every field optional, nothing checked yet.
///
/// Decode it with ``ScenarioLoader``, which logs type errors and unknown fields instead of
/// stopping at the first, then call ``validated(file:)`` to get the checked ``Election`` the
/// engine runs on. The format is documented field by field in `Scenarios/README.md`.
public struct Scenario: Decodable, Sendable {
    /// The format tag, `hemicycle-scenario/1`.
    public var format: String?
    /// The scenario's identifier.
    public var id: String?
    /// A title for reports.
    public var title: String?
    /// A short description.
    public var description: String?
    /// A scenario file this one extends (resolved by ``ScenarioLoader``).
    public var extends: String?
    /// The assembly.
    public var assembly: AssemblySpec?
    /// The parties.
    public var parties: [PartySpec]?
    /// Joint lists of several parties.
    public var lists: [ListSpec]?
    /// The electoral rule.
    public var rule: RuleSpec?
    /// The constituencies.
    public var constituencies: [ConstituencySpec]?
    /// How voters of lists out of a run-off move.
    public var transfers: TransfersSpec?
    /// Lists that boycott.
    public var boycotts: [BoycottSpec]?
    /// Turnout shocks by region.
    public var turnoutShocks: [TurnoutShockSpec]?
    /// What a Monte Carlo simulation draws (absent: ``Uncertainty/defaults``).
    public var uncertainty: UncertaintySpec?
    /// Rules that `hemicycle compare` runs by default (names as ``RuleChoice`` reads them).
    public var compare: [String]?
    /// The sources cited by `provenance` blocks, by key.
    public var sources: [String: SourceSpec]?
    /// Where the top-level figures come from.
    public var provenance: ProvenanceSpec?
    /// Free-text notes, printed in reports.
    public var notes: [String]?
    /// The order of the lists in the parliament diagram, left to right.
    public var seatOrder: SeatOrderSpec?
    /// The script that wrote the file, when one did: edit the script, not the file. For the
    /// people and tools that maintain scenarios; reports never print it.
    public var generator: String?
    /// Adjustments laid over the scenario (see ``AdjustSpec``).
    public var adjust: AdjustSpec?
    /// Lists grouped into blocs (for swings, tipping points and reports).
    public var blocs: [BlocSpec]?
    /// Modelled withdrawals between the rounds.
    public var withdrawalRules: [WithdrawalRuleSpec]?

    enum Key: String, CodingKey, CaseIterable {
        case format, id, title, description, extends, assembly, parties, lists, rule, constituencies
        case transfers, boycotts, turnoutShocks, uncertainty, compare, sources, provenance, notes, adjust, blocs
        case withdrawalRules, seatOrder, generator
    }

    /// Decodes leniently; see ``ScenarioLoader``.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        format = reader.read(.format)
        id = reader.read(.id)
        title = reader.read(.title)
        description = reader.read(.description)
        extends = reader.read(.extends)
        assembly = reader.read(.assembly)
        parties = reader.read(.parties)
        lists = reader.read(.lists)
        rule = reader.read(.rule)
        constituencies = reader.read(.constituencies)
        transfers = reader.read(.transfers)
        boycotts = reader.read(.boycotts)
        turnoutShocks = reader.read(.turnoutShocks)
        uncertainty = reader.read(.uncertainty)
        compare = reader.read(.compare)
        sources = reader.read(.sources)
        provenance = reader.read(.provenance)
        notes = reader.read(.notes)
        adjust = reader.read(.adjust)
        blocs = reader.read(.blocs)
        withdrawalRules = reader.read(.withdrawalRules)
        seatOrder = reader.read(.seatOrder)
        generator = reader.read(.generator)
    }
}

/// The `assembly` block.
public struct AssemblySpec: Decodable, Sendable {
    /// The assembly's name.
    public var name: String?
    /// The first round's date.
    public var date: String?
    /// The second round's date.
    public var round2Date: String?
    /// The nominal number of seats.
    public var size: Int?
    /// Seats outside any constituency that stay vacant.
    public var vacancies: [VacancySpec]?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case name, date, round2Date, size, vacancies, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        name = reader.read(.name)
        date = reader.read(.date)
        round2Date = reader.read(.round2Date)
        size = reader.read(.size)
        vacancies = reader.read(.vacancies)
        provenance = reader.read(.provenance)
    }
}

/// One entry of `assembly.vacancies`.
public struct VacancySpec: Decodable, Sendable {
    /// How many seats.
    public var seats: Int?
    /// Why they stay vacant.
    public var reason: String?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case seats, reason, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        seats = reader.read(.seats)
        reason = reader.read(.reason)
        provenance = reader.read(.provenance)
    }
}

/// One entry of `parties`.
public struct PartySpec: Decodable, Sendable {
    /// The identifier used in the file.
    public var id: String?
    /// The full name.
    public var name: String?
    /// The short name.
    public var shortName: String?
    /// The colour, `#rrggbb`.
    public var colour: String?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case id, name, shortName, colour, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        id = reader.read(.id)
        name = reader.read(.name)
        shortName = reader.read(.shortName)
        colour = reader.read(.colour)
        provenance = reader.read(.provenance)
    }
}

/// One entry of `lists`: a joint list of several parties.
public struct ListSpec: Decodable, Sendable {
    /// The identifier used in the file.
    public var id: String?
    /// The full name.
    public var name: String?
    /// The short name.
    public var shortName: String?
    /// The colour, `#rrggbb`.
    public var colour: String?
    /// The ids of the parties on the list.
    public var parties: [String]?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case id, name, shortName, colour, parties, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        id = reader.read(.id)
        name = reader.read(.name)
        shortName = reader.read(.shortName)
        colour = reader.read(.colour)
        parties = reader.read(.parties)
        provenance = reader.read(.provenance)
    }
}

/// One entry of `sources`.
public struct SourceSpec: Decodable, Sendable {
    /// `historical`, `reconstructed`, `assumed` or `derived`.
    public var kind: String?
    /// A citation or title.
    public var citation: String?
    /// One address or several.
    public var url: [String]?
    /// How the figures were made (required unless historical).
    public var method: String?

    enum Key: String, CodingKey, CaseIterable { case kind, citation, url, method }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        kind = reader.read(.kind)
        citation = reader.read(.citation)
        url = reader.read(.url, as: StringOrStrings.self)?.values
        method = reader.read(.method)
    }
}

/// A `provenance` block: a source key, an array of them, or an object of them by field.
public struct ProvenanceSpec: Decodable, Sendable {
    /// Sources for the whole block.
    public var block: [String]
    /// Sources by field name.
    public var fields: [String: [String]]

    /// Decodes `"key"`, `["a", "b"]` or `{"field": "key" | ["a", "b"]}`.
    public init(from decoder: any Decoder) throws {
        if let whole = try? StringOrStrings(from: decoder) {
            block = whole.values
            fields = [:]
            return
        }
        let byField = try [String: StringOrStrings](from: decoder)
        block = byField["*"]?.values ?? []
        fields = byField.filter { $0.key != "*" }.mapValues(\.values)
    }
}
