/// Runs a single-round system on a scenario's round-1 votes: the deterministic result.
///
/// The votes are each constituency's round-1 votes as the two-round engine counts them
/// (official counts, or the model's expected values turned into whole votes), so any rule can
/// be run on the same votes as the scenario's own.
///
/// ```swift
/// let election = try ScenarioLoader.load(path: "Scenarios/validation/es-congreso-2019-04.json")
/// let result = election.run()  // its own system; or SingleRoundEngine(election:system:).run()
/// ```
public struct SingleRoundEngine: Sendable {
    /// The election.
    public let election: Election
    /// The system run.
    public let system: SingleRoundSystem
    let table: ContestTable

    /// Prepares `election` for `system` (any single-round system, the scenario's own or another).
    public init(election: Election, system: SingleRoundSystem) {
        self.election = election
        self.system = system
        table = ContestTable(election: election)
    }

    /// Round-1 votes per entry (flat, in table order) and each contest's totals.
    func firstRoundVotes() -> (votes: [Int], counts: [SingleRoundAllocator.Counts]) {
        let evaluator = ContestEvaluator(table: table, rule: election.countingRule)
        var votes: [Int] = []
        var counts: [SingleRoundAllocator.Counts] = []
        for c in 0..<table.count {
            var outcome = ContestOutcome()
            evaluator.countExpectedFirstRound(c, outcome: &outcome)
            for entry in 0..<table.contests[c].entryCount { votes.append(evaluator.votes1[entry]) }
            counts.append(.init(firstRoundOf: outcome))
        }
        return (votes, counts)
    }

    /// Runs the system.
    public func run() -> ElectionResult {
        let (votes, counts) = firstRoundVotes()
        let allocator = SingleRoundAllocator(system: system, election: election, table: table)
        let outcome = allocator.allocate(votes: votes, counts: counts)
        let result = result(votes: votes, counts: counts, outcome: outcome)
        result.checkInvariants()
        return result
    }

    private func result(
        votes: [Int], counts: [SingleRoundAllocator.Counts], outcome: SingleRoundAllocator.Outcome
    ) -> ElectionResult {
        var builder = ResultBuilder(election: election)
        for c in 0..<table.count {
            let contest = table.contests[c]
            let constituency = election.constituencies[contest.constituency]
            var entries: [ConstituencyResult.EntryVotes] = []
            var listVotes = 0
            for (position, entry) in constituency.entries.enumerated() {
                let index = contest.entryStart + position
                builder.lists[entry.listIndex].constituenciesContested += 1
                builder.lists[entry.listIndex].firstRoundVotes += votes[index]
                listVotes += votes[index]
                if outcome.entrySeats[index] > 0 { builder.lists[entry.listIndex].constituenciesWon += 1 }
                var row = ConstituencyResult.EntryVotes(
                    list: election.lists[entry.listIndex].id, candidate: entry.candidate, firstRound: votes[index],
                    secondRound: nil, finalist: false)
                row.seats = outcome.entrySeats[index]
                row.levelingSeats = outcome.entryLeveling[index]
                entries.append(row)
            }
            let totals = RoundTotals(
                registered: counts[c].registered, voters: counts[c].voters, blank: counts[c].blank,
                invalid: counts[c].invalid, listVotes: listVotes)
            builder.first = builder.first + totals
            // The winner shown is the entry with the most seats (the first in ballot order on
            // equal seats), if it has any.
            let top = entries.indices.max { (entries[$0].seats, -$0) < (entries[$1].seats, -$1) }
            let winner = top.flatMap { entries[$0].seats > 0 ? $0 : nil }
            builder.rows[contest.constituency] = ConstituencyResult(
                id: constituency.id, name: constituency.name, region: election.regions[constituency.regionIndex],
                seats: constituency.seats, decidedInRound: 1, winner: winner.map { entries[$0].list },
                winningCandidate: winner.flatMap { entries[$0].candidate }, vacancyReason: nil, firstRound: totals,
                secondRound: nil, entries: entries, leadReversal: false, decidedByTie: outcome.tiesByContest[c] > 0,
                fieldMismatch: false)
        }
        for list in builder.lists.indices {
            builder.lists[list].seats = outcome.listSeats[list]
            builder.lists[list].seatsInFirstRound = outcome.listSeats[list]
            builder.lists[list].tierSeats = outcome.listTierSeats[list]
            builder.lists[list].overhang = outcome.listOverhang[list]
        }
        var result = builder.finish(overhangSeats: outcome.listOverhang.reduce(0, +))
        result.isTwoRound = false
        return result
    }
}
