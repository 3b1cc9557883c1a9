/// Gathers contest outcomes into an ``ElectionResult``.
struct ResultBuilder {
    let election: Election
    var rows: [ConstituencyResult?]
    var lists: [ListResult]
    var first = RoundTotals.zero
    var second = RoundTotals.zero

    init(election: Election) {
        self.election = election
        rows = Array(repeating: nil, count: election.constituencies.count)
        lists = election.lists.map {
            ListResult(
                id: $0.id, shortName: $0.shortName, name: $0.name, colour: $0.colour, seats: 0, seatsInFirstRound: 0,
                seatsInSecondRound: 0, constituenciesWon: 0, constituenciesContested: 0, firstRoundVotes: 0,
                firstRoundShare: 0, secondRoundVotes: 0)
        }
        for boycott in election.boycotts { lists[boycott.listIndex].boycott = true }
    }

    mutating func record(_ contest: ContestRecord, _ outcome: ContestOutcome, _ evaluator: ContestEvaluator) {
        let constituency = election.constituencies[contest.constituency]
        let runoff = outcome.round == 2
        var entries: [ConstituencyResult.EntryVotes] = []
        var listVotes1 = 0
        var listVotes2 = 0
        for (index, entry) in constituency.entries.enumerated() {
            let list = entry.listIndex
            lists[list].constituenciesContested += 1
            lists[list].firstRoundVotes += evaluator.votes1[index]
            listVotes1 += evaluator.votes1[index]
            // With official round-2 counts the run-off field is who stood: a finalist who withdrew
            // has no round-2 votes, and an entry the rule did not qualify may have some.
            let inRunoff =
                runoff
                && (contest.usesObservedSecondRound
                    ? evaluator.entries[contest.entryStart + index].stood2 : evaluator.finalist[index])
            if inRunoff {
                // Round-2 votes count for the list the entry stood for in the run-off.
                lists[evaluator.entries[contest.entryStart + index].runoffList].secondRoundVotes += evaluator.votes2[index]
                listVotes2 += evaluator.votes2[index]
            }
            let runoffList = evaluator.entries[contest.entryStart + index].runoffList
            // Withdrawn: qualified and not in the official field, or taken out of a modelled
            // run-off by `withdrawn` or a rule (the flags are only set for a contest that has
            // withdrawals or where rules are tried).
            let withdrew =
                runoff
                && (contest.usesObservedSecondRound
                    ? evaluator.finalist[index] && !evaluator.entries[contest.entryStart + index].stood2
                    : evaluator.triesWithdrawals(contest) && evaluator.withdrew[index])
            entries.append(
                .init(
                    list: election.lists[list].id, candidate: entry.candidate, firstRound: evaluator.votes1[index],
                    secondRound: inRunoff ? evaluator.votes2[index] : nil,
                    finalist: runoff && (evaluator.finalist[index] || withdrew),
                    seats: index == outcome.winner ? contest.seats : 0,
                    standsAs: runoff && runoffList != list ? election.lists[runoffList].id : nil, withdrew: withdrew))
        }
        let round1 = RoundTotals(
            registered: outcome.registered1, voters: outcome.voters1, blank: outcome.blank1, invalid: outcome.invalid1,
            listVotes: listVotes1)
        let round2 = RoundTotals(
            registered: outcome.registered2, voters: outcome.voters2, blank: outcome.blank2, invalid: outcome.invalid2,
            listVotes: listVotes2)
        first = first + round1
        if runoff { second = second + round2 }
        var winnerID: String?
        if outcome.winner >= 0 {
            let record = evaluator.entries[contest.entryStart + outcome.winner]
            // A seat won in the run-off counts for the list the winner stood for in it.
            let list = runoff ? record.runoffList : record.list
            winnerID = election.lists[list].id
            lists[list].seats += contest.seats
            lists[list].constituenciesWon += 1
            if runoff { lists[list].seatsInSecondRound += contest.seats } else { lists[list].seatsInFirstRound += contest.seats }
        }
        rows[contest.constituency] = ConstituencyResult(
            id: constituency.id, name: constituency.name, region: election.regions[constituency.regionIndex],
            seats: constituency.seats, decidedInRound: outcome.winner >= 0 ? outcome.round : nil, winner: winnerID,
            winningCandidate: outcome.winner >= 0 ? constituency.entries[outcome.winner].candidate : nil,
            vacancyReason: nil, firstRound: round1, secondRound: runoff ? round2 : nil, entries: entries,
            leadReversal: outcome.leadReversal, decidedByTie: outcome.decidedByTie, fieldMismatch: outcome.fieldMismatch)
    }

    /// The result, in a house of the assembly's size plus `overhangSeats` (none in two rounds),
    /// with the majority of that house.
    func finish(overhangSeats: Int = 0) -> ElectionResult {
        var lists = self.lists
        for index in lists.indices where first.listVotes > 0 {
            lists[index].firstRoundShare = Double(lists[index].firstRoundVotes) / Double(first.listVotes)
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
            overhangSeats: overhangSeats, majority: (election.assembly.size + overhangSeats) / 2 + 1,
            vacantSeats: election.vacantSeats, vacancyReasons: reasons, lists: lists, constituencies: constituencies,
            firstRound: first, secondRound: second)
        result.adjustments = election.adjustments
        result.blocs = election.blocs.map { bloc in
            let members = bloc.lists.map { lists[$0] }
            return BlocResult(
                id: bloc.id, name: bloc.name, lists: members.map(\.id), seats: members.reduce(0) { $0 + $1.seats },
                firstRoundVotes: members.reduce(0) { $0 + $1.firstRoundVotes })
        }
        return result
    }
}
