/// A checked scenario: everything the engine needs, with indices instead of identifiers.
///
/// Build one with ``Scenario/validated(file:)`` (or ``ScenarioLoader``): validation guarantees
/// that every index is in range, shares are in `[0, 1]` and sum to one, seats add up to the
/// assembly, and counts are small enough that no product overflows. The engine trusts it.
public struct Election: Sendable {
    /// The scenario's identifier.
    public var id: String
    /// A title for reports.
    public var title: String
    /// A short description, if any.
    public var summary: String?
    /// The assembly.
    public var assembly: Assembly
    /// The parties, in the scenario's order (the order of tables and diagrams).
    public var parties: [Party]
    /// The lists: one per party, in party order, then the joint lists.
    public var lists: [ElectoralList]
    /// Region names, in order of first appearance.
    public var regions: [String]
    /// The constituencies.
    public var constituencies: [Constituency]
    /// How votes become seats.
    public var system: ElectoralSystem
    /// How voters of lists out of a run-off move.
    public var transfers: TransferTable
    /// Lists that boycott the election.
    public var boycotts: [Boycott]
    /// Turnout shocks (already applied to the constituencies' turnout by the engine).
    public var turnoutShocks: [TurnoutShock]
    /// What a simulation draws, as the scenario states it (`nil`: ``Uncertainty/defaults``).
    public var uncertainty: Uncertainty?
    /// The rules `hemicycle compare` runs when none are named.
    public var comparisonRules: [String] = []
    /// The sources the scenario cites.
    public var sources: [Source]
    /// Where the scenario's top-level figures come from.
    public var provenance: Provenance
    /// Free-text notes.
    public var notes: [String]
    /// Lists grouped into blocs, for swings, tipping points and reports.
    public var blocs: [Bloc] = []
    /// Modelled withdrawals between the rounds, in the order they are tried.
    public var withdrawalRules: [WithdrawalRule] = []
    /// The order in which the parliament diagram seats the lists, left to right, if the scenario
    /// gives one (`seatOrder`); otherwise the diagram seats them in the scenario's list order.
    public var seatOrder: SeatOrder?

    /// Whether a simulation counts its run-off fields and withdrawals: where there can be a
    /// withdrawal (a rule, or one observed) or a field of more than two (a threshold rule).
    /// Elsewhere every run-off is a duel of the qualified, and the study reads as before.
    public var tracksRunoffFields: Bool {
        guard case .twoRound(let rule) = system else { return false }
        if case .threshold = rule.qualification { return true }
        return !withdrawalRules.isEmpty || constituencies.contains { !$0.withdrawn.isEmpty }
    }
    /// The adjustments laid over the scenario (its `adjust` block and the command line's), each
    /// as one sentence with the figures it solved for, in the order applied.
    public var adjustments: [String] = []

    /// Creates an election. Prefer ``Scenario/validated(file:)``, which checks everything.
    public init(
        id: String, title: String, summary: String?, assembly: Assembly, parties: [Party],
        lists: [ElectoralList], regions: [String], constituencies: [Constituency], system: ElectoralSystem,
        transfers: TransferTable, boycotts: [Boycott], turnoutShocks: [TurnoutShock], uncertainty: Uncertainty?,
        sources: [Source], provenance: Provenance, notes: [String]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.assembly = assembly
        self.parties = parties
        self.lists = lists
        self.regions = regions
        self.constituencies = constituencies
        self.system = system
        self.transfers = transfers
        self.boycotts = boycotts
        self.turnoutShocks = turnoutShocks
        self.uncertainty = uncertainty
        self.sources = sources
        self.provenance = provenance
        self.notes = notes
    }

    /// The two-round rule that decides contests: the scenario's own; for a single-round system,
    /// whose contests are only counted, the absolute-majority rule, which `compare` runs as
    /// `trs-list` on the same votes.
    var countingRule: TwoRoundRule { system.twoRoundRule ?? .absoluteMajority }

    /// The most seats a mixed-member tier could add as overhang (its electorate seats), else 0.
    public var possibleOverhang: Int {
        guard case .singleRound(let system) = system, let mixed = system.mixedMember else { return 0 }
        return mixed.electorateSeats.reduce(mixed.otherElectorateSeats, +)
    }

    /// The seats elected in contested constituencies.
    public var contestedSeats: Int {
        constituencies.reduce(0) { $0 + ($1.isContested ? $1.seats : 0) }
    }

    /// Seats that stay vacant: the assembly's own vacancies and uncontested constituencies.
    public var vacantSeats: Int { assembly.size - contestedSeats }

    /// The turnout factor that shocks give a region in a round (1 without shocks).
    public func turnoutFactor(region: Int, round: Int) -> Double {
        var factor = 1.0
        for shock in turnoutShocks where shock.rounds.contains(round) {
            if shock.regionIndex == nil || shock.regionIndex == region { factor *= shock.factor }
        }
        return factor
    }
}

/// Lists grouped under one name: a swing or a tipping point of a bloc moves or counts its lists
/// together.
public struct Bloc: Sendable, Hashable {
    /// The bloc's id (never a list's).
    public var id: String
    /// Its name for reports.
    public var name: String
    /// Its lists (indices into ``Election/lists``), each in no other bloc.
    public var lists: [Int]

    /// Creates a bloc.
    public init(id: String, name: String, lists: [Int]) {
        self.id = id
        self.name = name
        self.lists = lists
    }
}
