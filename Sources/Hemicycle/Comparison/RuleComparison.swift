/// Several rules run on the same votes, with the disproportionality of each.
///
/// The votes are the scenario's round-1 votes (official, or the model's expected values as
/// whole votes): proportional and plurality rules allocate them directly; the two-round rule
/// runs its own round 2. The indices compare each rule's seats with the round-1 vote shares.
public struct RuleComparison: Sendable {
    /// The rules, in the order given.
    public var choices: [RuleChoice]
    /// Each rule's deterministic result.
    public var results: [ElectionResult]
    /// Each rule's indices (Gallagher 1991; Loosemore & Hanby 1971; Sainte-Laguë index;
    /// Laakso & Taagepera 1979), on the lists that have votes or seats.
    public var indices: [Disproportionality]

    /// Runs every rule on `election`.
    public init(election: Election, choices: [RuleChoice]) {
        self.choices = choices
        results = choices.map { election.with(system: $0.system).run() }
        indices = results.map { result in
            Disproportionality(votes: result.lists.map(\.firstRoundVotes), seats: result.lists.map(\.seats))
        }
    }

    /// The lists worth a row: those with votes or with seats under some rule.
    var reportedLists: [Int] {
        guard let first = results.first else { return [] }
        return first.lists.indices.filter { index in
            first.lists[index].firstRoundVotes > 0 || results.contains { $0.lists[index].seats > 0 } || first.lists[index].boycott
        }
    }
}
