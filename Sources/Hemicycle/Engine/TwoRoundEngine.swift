/// Runs a scenario's two-round election on its expected values: the deterministic result.
///
/// Each contested constituency's round 1 is counted from its official counts or from its model
/// (turnout × registered voters, rounded; the voters split over the lists by largest remainders,
/// see ``VoteCounting``), decided by the scenario's ``TwoRoundRule``, and where no list wins
/// outright the finalists meet in a run-off fed by the transfers (see ``TransferTable``).
///
/// ```swift
/// let election = try ScenarioLoader.load(path: "Scenarios/mali-1992.json")
/// let result = TwoRoundEngine(election: election).run()
/// print(result.list("ADEMA")?.seats ?? 0)  // 76
/// ```
public struct TwoRoundEngine: Sendable {
    /// The election being run.
    public let election: Election
    let table: ContestTable

    /// Compiles `election` for running.
    public init(election: Election) {
        self.election = election
        table = ContestTable(election: election)
    }

    /// A fresh evaluator, with its own buffers.
    func makeEvaluator(table: ContestTable? = nil) -> ContestEvaluator {
        ContestEvaluator(table: table ?? self.table, rule: election.countingRule)
    }

    /// Runs the election on its expected values.
    ///
    /// - Complexity: O(*c* · *n*²) for *c* constituencies of at most *n* entries.
    public func run() -> ElectionResult {
        let evaluator = makeEvaluator()
        var builder = ResultBuilder(election: election)
        for c in 0..<table.count {
            var outcome = ContestOutcome()
            evaluator.countExpectedFirstRound(c, outcome: &outcome)
            if evaluator.decideFirstRound(c, outcome: &outcome) {
                evaluator.countExpectedSecondRound(c, outcome: &outcome)
            }
            builder.record(table.contests[c], outcome, evaluator)
        }
        let result = builder.finish()
        result.checkInvariants()
        return result
    }
}
