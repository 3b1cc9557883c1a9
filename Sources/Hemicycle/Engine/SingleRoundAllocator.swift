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
    /// Each contest's tie rule: the system's, reseeded for the contest (fixed, so computed once).
    let contestTieBreaks: [TieBreak]
    /// Whether an allocation needs national totals of votes and counts (a national threshold or
    /// a mixed-member tier); district rules without one skip that pass.
    let needsNationalTotals: Bool

    init(system: SingleRoundSystem, election: Election, table: ContestTable) {
        self.system = system
        self.table = table
        listCount = election.lists.count
        kinds = election.lists.map { $0.partyIndices.count > 1 ? .coalition(of: $0.partyIndices.count) : .party }
        totalSeats = election.contestedSeats
        contestTieBreaks = (0..<table.count).map { system.tieBreak.reseeded(for: $0) }
        needsNationalTotals = system.threshold?.scope == .national || system.mixedMember != nil
    }

    /// One contest's round-1 totals, for threshold bases.
    typealias Counts = RoundCounts

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

        /// An empty outcome for `table`'s entries and contests and `lists` lists.
        init(table: ContestTable, lists: Int) {
            entrySeats = Array(repeating: 0, count: table.entries.count)
            entryLeveling = entrySeats
            listSeats = Array(repeating: 0, count: lists)
            listTierSeats = listSeats
            listOverhang = listSeats
            tiesByContest = Array(repeating: 0, count: max(1, table.count))
        }

        /// Zeroes every count in place (no allocation).
        mutating func reset() {
            for index in entrySeats.indices {
                entrySeats[index] = 0
                entryLeveling[index] = 0
            }
            for list in listSeats.indices {
                listSeats[list] = 0
                listTierSeats[list] = 0
                listOverhang[list] = 0
            }
            for contest in tiesByContest.indices { tiesByContest[contest] = 0 }
        }
    }

    /// Memory an allocation reuses from run to run, so that a simulation allocates nothing per
    /// run on the district and national paths (the leveling and mixed-member tiers still build
    /// their own arrays).
    final class Scratch {
        /// Per entry: the votes once thresholds are applied.
        let eligibleVotes: UnsafeMutableBufferPointer<Int>
        /// Per list: national votes before thresholds, and whether the list passes them.
        let nationalVotes: UnsafeMutableBufferPointer<Int>
        let eligibleLists: UnsafeMutableBufferPointer<Bool>
        /// One allocation's votes and seats (a contest's entries, or the nation's lists).
        let votes: UnsafeMutableBufferPointer<Int>
        let seats: UnsafeMutableBufferPointer<Int>
        var workspace = AllocationWorkspace()

        init(table: ContestTable, lists: Int) {
            let width = max(1, table.maximumEntries, lists)
            eligibleVotes = .allocate(capacity: max(1, table.entries.count))
            nationalVotes = .allocate(capacity: max(1, lists))
            eligibleLists = .allocate(capacity: max(1, lists))
            votes = .allocate(capacity: width)
            seats = .allocate(capacity: width)
        }

        deinit {
            eligibleVotes.deallocate()
            nationalVotes.deallocate()
            eligibleLists.deallocate()
            votes.deallocate()
            seats.deallocate()
        }
    }

    static func base(_ base: VoteBase, counts: Counts, listVotes: Int) -> Int {
        base.amount(voters: counts.voters, listVotes: listVotes, blank: counts.blank, registered: counts.registered)
    }

    /// Allocates from `votes` (per entry, flat) and each contest's `counts`.
    func allocate(votes: [Int], counts: [Counts]) -> Outcome {
        var outcome = Outcome(table: table, lists: listCount)
        allocate(votes: votes, counts: counts, into: &outcome, scratch: Scratch(table: table, lists: listCount))
        return outcome
    }

    /// Allocates from `votes` (per entry, flat) and each contest's `counts` into `outcome` (made
    /// by `Outcome(table:lists:)` for this allocator's table), reusing `scratch`.
    func allocate(votes: [Int], counts: [Counts], into outcome: inout Outcome, scratch: Scratch) {
        let contests = table.count
        outcome.reset()
        let eligibleVotes = scratch.eligibleVotes
        for index in votes.indices { eligibleVotes[index] = votes[index] }
        // National list votes (before thresholds) and counts, for a national threshold or tier.
        let nationalVotes = scratch.nationalVotes
        for list in 0..<listCount { nationalVotes[list] = 0 }
        var national = Counts()
        var nationalListVotes = 0
        if needsNationalTotals {
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
        }
        if let setting = system.threshold {
            if setting.scope == .national {
                let base = Self.base(setting.base, counts: national, listVotes: nationalListVotes)
                let electorate = system.mixedMember?.electorateSeats
                for list in 0..<listCount {
                    scratch.eligibleLists[list] = setting.threshold.isEligible(
                        votes: nationalVotes[list], base: base, kind: kinds[list], constituencySeats: electorate?[list] ?? 0)
                }
                for index in votes.indices where !scratch.eligibleLists[table.entries[index].list] {
                    eligibleVotes[index] = 0
                }
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
        if let biproportional = system.biproportional {
            apportionBiproportionally(biproportional, votes: votes, into: &outcome)
        } else if system.scope == .national {
            allocateNationally(into: &outcome, scratch: scratch)
        } else {
            for c in 0..<contests {
                let contest = table.contests[c]
                let count = contest.entryCount
                let seats = UnsafeMutableBufferPointer(rebasing: scratch.seats[0..<count])
                outcome.tiesByContest[c] += system.rule.allocate(
                    seats: contest.seats - table.leveling[c],
                    votes: UnsafeBufferPointer(rebasing: eligibleVotes[contest.entryStart..<(contest.entryStart + count)]),
                    into: seats, tieBreak: contestTieBreaks[c], workspace: &scratch.workspace)
                for entry in 0..<count {
                    outcome.entrySeats[contest.entryStart + entry] = seats[entry]
                    outcome.listSeats[table.entries[contest.entryStart + entry].list] += seats[entry]
                }
            }
            if let leveling = system.leveling { level(leveling, votes: votes, into: &outcome) }
        }
    }

    /// Allocates the national totals of the eligible votes in `scratch` (or runs the mixed-member tier).
    private func allocateNationally(into outcome: inout Outcome, scratch: Scratch) {
        let listVotes = UnsafeMutableBufferPointer(rebasing: scratch.votes[0..<listCount])
        for list in 0..<listCount { listVotes[list] = 0 }
        for index in 0..<table.entries.count { listVotes[table.entries[index].list] += scratch.eligibleVotes[index] }
        if let mixed = system.mixedMember {
            // The threshold (national, with electorate seats as the alternative condition) has
            // already zeroed the votes of the lists that do not qualify.
            let eligible = listVotes.map { $0 > 0 }
            let tier = MixedMemberProportional(seats: totalSeats, rule: mixed.rule)
            let result = tier.allocate(
                partyVotes: Array(scratch.nationalVotes[0..<listCount]), electorateSeats: mixed.electorateSeats,
                eligible: eligible, otherElectorateSeats: mixed.otherElectorateSeats, tieBreak: system.tieBreak)
            for list in 0..<listCount {
                outcome.listSeats[list] = result.seats[list]
                outcome.listTierSeats[list] = result.listSeats[list]
                outcome.listOverhang[list] = result.overhang[list]
            }
            outcome.tiesByContest[0] += result.ties.count
        } else {
            let seats = UnsafeMutableBufferPointer(rebasing: scratch.seats[0..<listCount])
            outcome.tiesByContest[0] += system.rule.allocate(
                seats: totalSeats, votes: UnsafeBufferPointer(listVotes), into: seats, tieBreak: system.tieBreak,
                workspace: &scratch.workspace)
            for list in 0..<listCount { outcome.listSeats[list] = seats[list] }
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

    /// Apportions every contest's seats biproportionally: lists on the whole territory, then
    /// placed in constituencies. Ties of either step, and a lower apportionment that cannot meet
    /// both margins (each of its cells counted once), are counted on contest 0.
    private func apportionBiproportionally(
        _ rule: BiproportionalApportionment, votes: [Int], into outcome: inout Outcome
    ) {
        let contests = table.count
        var matrix = Array(repeating: Array(repeating: 0, count: listCount), count: contests)
        var magnitudes = Array(repeating: 0, count: contests)
        for c in 0..<contests {
            let contest = table.contests[c]
            magnitudes[c] = contest.seats
            for entry in 0..<contest.entryCount {
                let index = contest.entryStart + entry
                matrix[c][table.entries[index].list] += votes[index]
            }
        }
        var result = rule.apportion(votes: matrix, seats: magnitudes, tieBreak: system.tieBreak)
        for c in 0..<contests {
            let contest = table.contests[c]
            for entry in 0..<contest.entryCount {
                let index = contest.entryStart + entry
                let list = table.entries[index].list
                // A list's seats go to its first entry in the contest.
                let seats = result.seats[c][list]
                outcome.entrySeats[index] = seats
                outcome.listSeats[list] += seats
                result.seats[c][list] = 0
            }
        }
        outcome.tiesByContest[0] += result.upperTies + result.lowerTies + (result.isComplete ? 0 : 1)
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
