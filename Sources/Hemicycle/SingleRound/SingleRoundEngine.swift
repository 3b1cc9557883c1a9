/// Runs a single-round system on a scenario's round-1 votes: the deterministic result.
///
/// The votes are each constituency's round-1 votes as the two-round engine counts them
/// (official counts, or the model's expected values turned into whole votes), so any rule can
/// be run on the same votes as the scenario's own.
///
/// ```swift
/// let election = try ScenarioLoader.load(path: "Scenarios/validation/es-congreso-2019-04.json")
/// let result = SingleRoundEngine(election: election).run()
/// ```
public struct SingleRoundEngine: Sendable {
    /// The election.
    public let election: Election
    /// The system run.
    public let system: SingleRoundSystem
    let table: ContestTable

    /// Prepares `election` for `system` (by default the scenario's own, which must be single-round).
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
            counts.append(
                .init(registered: outcome.registered1, voters: outcome.voters1, blank: outcome.blank1, invalid: outcome.invalid1))
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
        var lists = election.lists.map {
            ListResult(
                id: $0.id, shortName: $0.shortName, name: $0.name, colour: $0.colour, seats: 0, seatsInFirstRound: 0,
                seatsInSecondRound: 0, constituenciesWon: 0, constituenciesContested: 0, firstRoundVotes: 0,
                firstRoundShare: 0, secondRoundVotes: 0)
        }
        var rows: [ConstituencyResult?] = Array(repeating: nil, count: election.constituencies.count)
        var first = RoundTotals.zero
        for c in 0..<table.count {
            let contest = table.contests[c]
            let constituency = election.constituencies[contest.constituency]
            var entries: [ConstituencyResult.EntryVotes] = []
            var listVotes = 0
            for (position, entry) in constituency.entries.enumerated() {
                let index = contest.entryStart + position
                lists[entry.listIndex].constituenciesContested += 1
                lists[entry.listIndex].firstRoundVotes += votes[index]
                listVotes += votes[index]
                if outcome.entrySeats[index] > 0 { lists[entry.listIndex].constituenciesWon += 1 }
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
            first = first + totals
            // The winner shown is the entry with the most seats (the most votes on equal seats).
            let top = entries.indices.max { (entries[$0].seats, -$0) < (entries[$1].seats, -$1) }
            let winner = top.flatMap { entries[$0].seats > 0 ? $0 : nil }
            rows[contest.constituency] = ConstituencyResult(
                id: constituency.id, name: constituency.name, region: election.regions[constituency.regionIndex],
                seats: constituency.seats, decidedInRound: 1, winner: winner.map { entries[$0].list },
                winningCandidate: winner.flatMap { entries[$0].candidate }, vacancyReason: nil, firstRound: totals,
                secondRound: nil, entries: entries, leadReversal: false, decidedByTie: outcome.tiesByContest[c] > 0,
                fieldMismatch: false)
        }
        for list in lists.indices {
            lists[list].seats = outcome.listSeats[list]
            lists[list].seatsInFirstRound = outcome.listSeats[list]
            lists[list].tierSeats = outcome.listTierSeats[list]
            lists[list].overhang = outcome.listOverhang[list]
            if first.listVotes > 0 { lists[list].firstRoundShare = Double(lists[list].firstRoundVotes) / Double(first.listVotes) }
        }
        var reasons = election.assembly.vacancies.map { "\(Formatting.count($0.seats, "seat")): \($0.reason)" }
        let constituencies = election.constituencies.enumerated().map { index, constituency in
            rows[index]
                ?? ConstituencyResult(
                    id: constituency.id, name: constituency.name, region: election.regions[constituency.regionIndex],
                    seats: constituency.seats, decidedInRound: nil, winner: nil, winningCandidate: nil,
                    vacancyReason: constituency.vacancyReason, firstRound: .zero, secondRound: nil, entries: [],
                    leadReversal: false, decidedByTie: false, fieldMismatch: false)
        }
        for constituency in constituencies where constituency.decidedInRound == nil {
            let seats = Formatting.count(constituency.seats, "seat")
            reasons.append("\(seats) (\(constituency.name)): \(constituency.vacancyReason ?? "not contested")")
        }
        var result = ElectionResult(
            scenarioID: election.id, title: election.title, assemblySize: election.assembly.size,
            majority: election.assembly.majority, vacantSeats: election.vacantSeats, vacancyReasons: reasons,
            lists: lists, constituencies: constituencies, firstRound: first, secondRound: .zero)
        result.isTwoRound = false
        result.overhangSeats = outcome.listOverhang.reduce(0, +)
        result.majority = result.houseSize / 2 + 1
        return result
    }
}

extension Election {
    /// The deterministic result under the scenario's own system.
    public func run() -> ElectionResult {
        switch system {
        case .twoRound: return TwoRoundEngine(election: self).run()
        case .singleRound(let single): return SingleRoundEngine(election: self, system: single).run()
        }
    }
}
