/// A modelled withdrawal between the rounds: which qualified entry withdraws from a run-off, on
/// what conditions, and with what probability (the scenario's `withdrawalRules`).
///
/// An entry of the rule's lists withdraws when it qualified at one of ``places`` (1 = the best
/// placed of the qualified) in a field of one of ``fieldSizes`` qualified entries, when each group
/// of ``ifQualified`` has another qualified entry and each of ``ifAhead`` one placed ahead of it.
/// The conditions are read on the qualified field, before anyone withdraws, so that rules do
/// not chain. For each qualified entry the first rule that matches decides; the official
/// withdrawals of a constituency (``Constituency/withdrawn``) come first and are kept, and
/// rules apply only where round 2 is modelled.
///
/// **The probability.** In `simulate` each matching entry withdraws with the rule's probability,
/// drawn per run, contest and entry. The deterministic run takes the likelier outcome for each
/// entry on its own: it withdraws when the probability is one half or more. That is the mode of
/// each entry's withdrawal, not of the whole field, and a rule of probability 0.4 never acts in
/// the deterministic run, however many entries it touches: simulate to see its effect.
public struct WithdrawalRule: Sendable, Hashable {
    /// The id the scenario names its lists by (a list's or a bloc's), for reports.
    public var name: String
    /// The lists it applies to (indices into ``Election/lists``).
    public var lists: [Int]
    /// Places among the qualified at which it applies (empty: any).
    public var places: [Int]
    /// Sizes of the qualified field in which it applies (empty: any).
    public var fieldSizes: [Int]
    /// Groups (a list, or a bloc's lists) that must each have another qualified entry.
    public var ifQualified: [[Int]]
    /// Groups that must each have a qualified entry placed ahead of the withdrawing one.
    public var ifAhead: [[Int]]
    /// The probability that a matching entry withdraws, in (0, 1].
    public var probability: Double

    /// Creates a rule.
    public init(
        name: String, lists: [Int], places: [Int] = [], fieldSizes: [Int] = [], ifQualified: [[Int]] = [],
        ifAhead: [[Int]] = [], probability: Double = 1
    ) {
        self.name = name
        self.lists = lists
        self.places = places
        self.fieldSizes = fieldSizes
        self.ifQualified = ifQualified
        self.ifAhead = ifAhead
        self.probability = probability
    }

    /// Whether the deterministic run applies it to a matching entry.
    public var withdrawsInDeterministicRun: Bool { probability >= 0.5 }
}
