/// Allocates a single-round system's seats from every constituency's round-1 votes.
///
/// Shared by the deterministic run and the simulation (which calls it with each run's simulated
/// votes). Steps: thresholds (per constituency or national, by list kind), then the allocation
/// (per constituency, or national totals, or a mixed-member tier), then a leveling tier placed
/// in constituencies.
struct SingleRoundAllocator {
    let system: SingleRoundSystem
    let table: ContestTable
    let listCount: Int
    /// Each list's kind (a party, or a coalition of so many parties), for thresholds.
    let kinds: [ListKind]
    /// Contested seats in all (leveling seats included).
    let totalSeats: Int

    init(system: SingleRoundSystem, election: Election, table: ContestTable) {
        self.system = system
        self.table = table
        listCount = election.lists.count
        kinds = election.lists.map { $0.partyIndices.count > 1 ? .coalition(of: $0.partyIndices.count) : .party }
        totalSeats = election.contestedSeats
    }

    /// One contest's round-1 totals, for threshold bases.
    struct Counts {
        var registered = 0
        var voters = 0
        var blank = 0
        var invalid = 0
    }

    /// What an allocation gave.
    struct Outcome {
        /// Seats per entry, flat in the table's entry order (leveling seats included).
        var entrySeats: [Int]
        /// Leveling seats per entry.
        var entryLeveling: [Int]
        /// Seats per list nationally.
        var listSeats: [Int]
        /// Tier seats per list (leveling, or mixed-member list seats) and overhang per list.
        var listTierSeats: [Int]
        var listOverhang: [Int]
        /// Seats decided by the tie rule, per contest (national allocations count on contest 0).
        var tiesByContest: [Int]
        /// Whether seats were allocated nationally (entries then hold seats only with one contest).
        var national: Bool
    }

    static func base(_ base: VoteBase, counts: Counts, listVotes: Int) -> Int {
        switch base {
        case .cast: return counts.voters
        case .valid: return listVotes
        case .validWithBlank: return listVotes + counts.blank
        case .registered: return counts.registered
        }
    }

    /// Allocates from `votes` (per entry, flat) and each contest's `counts`.
    func allocate(votes: [Int], counts: [Counts]) -> Outcome {
        let contests = table.count
        var outcome = Outcome(
            entrySeats: Array(repeating: 0, count: votes.count), entryLeveling: Array(repeating: 0, count: votes.count),
            listSeats: Array(repeating: 0, count: listCount), listTierSeats: Array(repeating: 0, count: listCount),
            listOverhang: Array(repeating: 0, count: listCount), tiesByContest: Array(repeating: 0, count: max(1, contests)),
            national: system.scope == .national)
        var eligibleVotes = votes
        // National list votes, before thresholds.
        var nationalVotes = Array(repeating: 0, count: listCount)
        var national = Counts()
        var nationalListVotes = 0
        for c in 0..<contests {
            let contest = table.contests[c]
            for entry in 0..<contest.entryCount {
                let index = contest.entryStart + entry
                nationalVotes[table.entries[index].list] += votes[index]
                nationalListVotes += votes[index]
            }
            national.registered += counts[c].registered
            national.voters += counts[c].voters
            national.blank += counts[c].blank
            national.invalid += counts[c].invalid
        }
        if let setting = system.threshold {
            let electorate = system.mixedMember?.electorateSeats ?? Array(repeating: 0, count: listCount)
            if setting.scope == .national {
                let base = Self.base(setting.base, counts: national, listVotes: nationalListVotes)
                let eligible = (0..<listCount).map {
                    setting.threshold.isEligible(
                        votes: nationalVotes[$0], base: base, kind: kinds[$0], constituencySeats: electorate[$0])
                }
                for index in eligibleVotes.indices where !eligible[table.entries[index].list] { eligibleVotes[index] = 0 }
            } else {
                for c in 0..<contests {
                    let contest = table.contests[c]
                    var listVotes = 0
                    for entry in 0..<contest.entryCount { listVotes += votes[contest.entryStart + entry] }
                    let base = Self.base(setting.base, counts: counts[c], listVotes: listVotes)
                    for entry in 0..<contest.entryCount {
                        let index = contest.entryStart + entry
                        let list = table.entries[index].list
                        if !setting.threshold.isEligible(votes: votes[index], base: base, kind: kinds[list]) {
                            eligibleVotes[index] = 0
                        }
                    }
                }
            }
        }
        var workspace = AllocationWorkspace()
        if system.scope == .national {
            allocateNationally(eligibleVotes, nationalVotes: nationalVotes, into: &outcome, workspace: &workspace)
        } else {
            for c in 0..<contests {
                let contest = table.contests[c]
                let range = contest.entryStart..<(contest.entryStart + contest.entryCount)
                let districtSeats = contest.seats - table.leveling[c]
                var seats = Array(repeating: 0, count: contest.entryCount)
                outcome.tiesByContest[c] += system.rule.allocate(
                    seats: districtSeats, votes: Array(eligibleVotes[range]), into: &seats,
                    tieBreak: system.tieBreak.reseeded(for: c), workspace: &workspace)
                for entry in 0..<contest.entryCount {
                    outcome.entrySeats[contest.entryStart + entry] = seats[entry]
                    outcome.listSeats[table.entries[contest.entryStart + entry].list] += seats[entry]
                }
            }
            if let leveling = system.leveling { level(leveling, votes: votes, into: &outcome) }
        }
        return outcome
    }

    private func allocateNationally(
        _ eligibleVotes: [Int], nationalVotes: [Int], into outcome: inout Outcome, workspace: inout AllocationWorkspace
    ) {
        var listVotes = Array(repeating: 0, count: listCount)
        for index in eligibleVotes.indices { listVotes[table.entries[index].list] += eligibleVotes[index] }
        if let mixed = system.mixedMember, let rule = system.rule as? HighestAverages {
            // The threshold (national, with electorate seats as the alternative condition) has
            // already zeroed the votes of the lists that do not qualify.
            let eligible = listVotes.map { $0 > 0 }
            let tier = MixedMemberProportional(seats: totalSeats, rule: rule)
            let result = tier.allocate(
                partyVotes: nationalVotes, electorateSeats: mixed.electorateSeats, eligible: eligible,
                otherElectorateSeats: mixed.otherElectorateSeats, tieBreak: system.tieBreak)
            for list in 0..<listCount {
                outcome.listSeats[list] = result.seats[list]
                outcome.listTierSeats[list] = result.listSeats[list]
                outcome.listOverhang[list] = result.overhang[list]
            }
            outcome.tiesByContest[0] += result.ties.count
        } else {
            var seats = Array(repeating: 0, count: listCount)
            outcome.tiesByContest[0] += system.rule.allocate(
                seats: totalSeats, votes: listVotes, into: &seats, tieBreak: system.tieBreak, workspace: &workspace)
            outcome.listSeats = seats
        }
        // With one constituency, its entries hold the seats (the list's first entry takes them).
        if table.count == 1 {
            let contest = table.contests[0]
            for list in 0..<listCount {
                if let entry = (0..<contest.entryCount).first(where: { table.entries[contest.entryStart + $0].list == list }) {
                    outcome.entrySeats[contest.entryStart + entry] = outcome.listSeats[list]
                }
            }
        }
    }

    /// Tops up the district seats with a national leveling tier, and places its seats.
    private func level(_ leveling: SingleRoundSystem.LevelingSetting, votes: [Int], into outcome: inout Outcome) {
        let contests = table.count
        var countyVotes = Array(repeating: Array(repeating: 0, count: listCount), count: contests)
        var districtSeats = countyVotes
        for c in 0..<contests {
            let contest = table.contests[c]
            for entry in 0..<contest.entryCount {
                let index = contest.entryStart + entry
                let list = table.entries[index].list
                countyVotes[c][list] += votes[index]
                districtSeats[c][list] += outcome.entrySeats[index]
            }
        }
        let tier = LevelingTier(totalSeats: totalSeats, threshold: leveling.threshold, rule: leveling.rule)
        let result = tier.allocate(
            countyVotes: countyVotes, districtSeats: districtSeats, levelingSeatsPerCounty: Array(table.leveling),
            tieBreak: system.tieBreak)
        for placement in result.placements {
            let contest = table.contests[placement.county]
            guard let entry = (0..<contest.entryCount).first(where: {
                table.entries[contest.entryStart + $0].list == placement.party
            }) else { continue }
            outcome.entrySeats[contest.entryStart + entry] += 1
            outcome.entryLeveling[contest.entryStart + entry] += 1
            outcome.listSeats[placement.party] += 1
            outcome.listTierSeats[placement.party] += 1
        }
        outcome.tiesByContest[0] += result.nationalTies.count + result.placementTies.count
    }
}
