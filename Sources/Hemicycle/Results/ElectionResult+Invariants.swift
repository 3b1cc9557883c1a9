extension ElectionResult {
    /// The invariants every result keeps, as messages (empty when all hold):
    /// seats add up per constituency and to the lists' totals, no list wins seats where it did
    /// not stand, no constituency counts more voters than it has registered, and the filled seats
    /// fit in the house.
    ///
    /// Checked on every run in debug builds (`HEMICYCLE_INTERNAL_CHECKS`) and by property tests.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var byList: [String: Int] = [:]
        for row in constituencies {
            let won = row.entries.reduce(0) { $0 + $1.seats }
            if won > row.seats && isTwoRound { problems.append("\(row.id): \(won) seats won of \(row.seats)") }
            if isTwoRound && row.decidedInRound != nil && won != row.seats {
                problems.append("\(row.id): \(won) seats won, not \(row.seats)")
            }
            for entry in row.entries {
                if entry.seats < 0 || entry.firstRound < 0 { problems.append("\(row.id): negative count for \(entry.list)") }
                byList[entry.seatList, default: 0] += entry.seats
            }
            for round in [row.firstRound] + (row.secondRound.map { [$0] } ?? []) where round.voters > round.registered {
                problems.append("\(row.id): \(round.voters) voters of \(round.registered) registered")
            }
            if row.firstRound.listVotes + row.firstRound.blank + row.firstRound.invalid != row.firstRound.voters
                && row.decidedInRound != nil
            {
                problems.append("\(row.id): round-1 ballots do not add up")
            }
        }
        // Seats allocated on national totals over several constituencies belong to no
        // constituency; otherwise the constituencies' seats are the lists' seats.
        let allocatedByConstituency = byList.values.contains { $0 > 0 } || filledSeats == 0
        for list in lists {
            if allocatedByConstituency && byList[list.id, default: 0] != list.seats {
                problems.append("\(list.id): \(byList[list.id, default: 0]) constituency seats, \(list.seats) in all")
            }
            if list.seats > 0 && list.constituenciesContested == 0 { problems.append("\(list.id): seats without standing") }
        }
        if filledSeats > houseSize { problems.append("\(filledSeats) seats filled in a house of \(houseSize)") }
        return problems
    }

    /// Stops a debug build when an invariant fails (a bug, never bad input).
    func checkInvariants() {
        #if HEMICYCLE_INTERNAL_CHECKS
            let problems = invariantViolations()
            precondition(problems.isEmpty, "result invariants: \(problems.joined(separator: "; "))")
        #endif
    }
}
