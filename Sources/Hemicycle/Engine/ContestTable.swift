/// One contested constituency's fixed inputs, as plain values (no references, so reading it
/// in a hot loop costs no reference counting).
struct ContestRecord: Sendable {
    /// Index into ``Election/constituencies``.
    var constituency: Int
    /// Where its entries start in ``ContestTable/entries``, and how many there are.
    var entryStart: Int
    var entryCount: Int
    /// Where its boycotters start in ``ContestTable/boycotters``, and how many there are.
    var boycotterStart: Int
    var boycotterCount: Int
    var registered: Int
    var seats: Int
    /// `region × listCount`: where its region's swings start in a region-by-list table.
    var regionBase: Int
    /// Round-1 turnout with every list standing, shocks applied (modelled rounds).
    var turnout1: Double
    var invalid1: Double
    var blank1: Double
    var shock1: Double
    var shock2: Double
    /// The factor of the shocks on round 2 but not on round 1, for an implied round-2 turnout:
    /// that turnout follows the round-1 voters, who already carry the round-1 shocks, so a
    /// shock on both rounds must not count twice.
    var impliedShock2: Double
    /// Round-2 turnout with shocks applied, or NaN when implied by the transfers.
    var turnout2: Double
    var invalid2: Double
    var blank2: Double
    /// Official counts, when the scenario gives them.
    var observed1: RoundCounts?
    var observed2: RoundCounts?
    /// How many entries withdraw from a modelled run-off if they qualify (``EntryRecord/withdraws``).
    var withdrawalCount = 0
    /// An adjustment's shift of the run-off's turnout on the logit scale
    /// (``Constituency/turnout2Shift``), applied before a simulated run's own.
    var turnout2Adjustment = TurnoutShift(shift: 0, factor: 1)

    /// Whether the engine uses the official round-1 counts as they are (no turnout shock to apply).
    var usesObservedFirstRound: Bool { observed1 != nil && shock1 == 1 }
    /// Whether the engine uses the official round-2 counts as they are.
    var usesObservedSecondRound: Bool { observed2 != nil && shock2 == 1 }
    /// Round-2 turnout, or `nil` when implied.
    var explicitTurnout2: Double? { turnout2.isNaN ? nil : turnout2 }
}

/// A round's ballot totals.
struct RoundCounts: Sendable {
    var registered = 0
    var voters = 0
    var blank = 0
    var invalid = 0
}

extension RoundCounts {
    /// The round-1 totals of a counted contest.
    init(firstRoundOf outcome: ContestOutcome) {
        self.init(
            registered: outcome.registered1, voters: outcome.voters1, blank: outcome.blank1, invalid: outcome.invalid1)
    }
}

/// One entry of a contest's ballot.
struct EntryRecord: Sendable {
    /// Index into ``Election/lists``.
    var list: Int
    /// Support (modelled rounds) or official round-1 votes as a weight.
    var support: Double
    /// Official votes in each round (0 when not given).
    var votes1: Int
    var votes2: Int
    /// Whether it stood in the official run-off.
    var stood2: Bool
    /// The list a seat won in round 2 counts for: ``list``, unless the entry stood for another
    /// in the run-off (``ObservedRound/standsAs``).
    var runoffList: Int
    /// Whether it withdraws from the run-off if it qualifies (``Constituency/withdrawn``).
    var withdraws = false
}

/// A modelled withdrawal rule (``WithdrawalRule``), compiled: its groups are rows of
/// ``ContestTable/withdrawalFlags`` (a flag per list), its places and field sizes bit masks.
struct WithdrawalRuleRecord: Sendable {
    /// Where the flags of the lists it applies to start.
    var lists: Int
    /// Bit `p` set for each place `p` and each field size it applies at; 0: any.
    var places: UInt64
    var fieldSizes: UInt64
    /// Its conditions: rows of flags at ``ContestTable/withdrawalGroups``, `qualified` then `ahead`.
    var qualifiedStart: Int
    var qualifiedCount: Int
    var aheadStart: Int
    var aheadCount: Int
    var probability: Double
}

/// One boycotting list's supporters in one contest.
struct BoycotterRecord: Sendable {
    var list: Int
    var support: Double
    /// Index into ``Election/boycotts`` (and ``ContestTable/boycottAbstention``).
    var slot: Int
    /// Where its transfer weights over the contest's entries start in ``ContestTable/boycottTransfers``.
    var transferStart: Int
}

/// Every contest's inputs in flat memory owned by this object: built once per worker, read by
/// the engine through unsafe buffer pointers so that the hot loop neither copies arrays nor
/// touches reference counts shared with other threads.
final class ContestTable: @unchecked Sendable {
    // Immutable after init; the memory is freed in deinit.
    let contests: UnsafeMutableBufferPointer<ContestRecord>
    let entries: UnsafeMutableBufferPointer<EntryRecord>
    /// Run-off transfer preferences, one row per list: list `from`'s positive preferences are
    /// at `preferenceRows[from]..<preferenceRows[from + 1]`, the lists they go to in
    /// ``preferenceTargets`` (ascending) and their values in ``preferences``. One table for every
    /// contest (they depend on the lists only), as large as what the scenario states: memory
    /// grows with the stated preferences, not with the square of the lists.
    let preferenceRows: UnsafeMutableBufferPointer<Int>
    let preferenceTargets: UnsafeMutableBufferPointer<Int>
    let preferences: UnsafeMutableBufferPointer<Double>
    /// Whether the run-offs look a preference up in a lists × lists table, `from * listCount +
    /// to` (up to ``directLookupLists`` lists: at most 512 KB, and faster than a row's scan),
    /// rather than scanning the row of the list it comes from.
    let directPreferenceLookup: Bool
    /// Where each of ``preferences`` sits among the evaluator's weighted preferences: at
    /// `from * listCount + to` with the direct lookup, at its own index otherwise.
    let preferenceSlots: UnsafeMutableBufferPointer<Int>
    /// The most lists for which preferences are looked up in a lists × lists table.
    static let directLookupLists = 256
    let boycotters: UnsafeMutableBufferPointer<BoycotterRecord>
    let boycottTransfers: UnsafeMutableBufferPointer<Double>
    /// Each list's run-off abstention, as the scenario sets it.
    let listAbstention: UnsafePointer<Double>
    /// The row of round 1's non-voters (``TransferTable/nonVoters``): its abstention, then its
    /// preference for each list; `nil` when the scenario has none.
    let nonVoterRow: UnsafeMutableBufferPointer<Double>?
    /// The modelled withdrawal rules, in the order they are tried; their lists' flags (rows of
    /// ``listCount``) and where their conditions' rows start.
    let withdrawalRules: UnsafeMutableBufferPointer<WithdrawalRuleRecord>
    let withdrawalFlags: UnsafeMutableBufferPointer<Bool>
    let withdrawalGroups: UnsafeMutableBufferPointer<Int>
    /// Every ballot line's support: the entries' (in ``entries`` order), then the boycotters'
    /// (in ``boycotters`` order). A run with noise weighs its own copy of these lines.
    let lineSupport: UnsafePointer<Double>
    /// The number of ballot lines: entries plus boycotters.
    let lineCount: Int
    /// Each boycott's abstention (by ``BoycotterRecord/slot``), as the scenario sets it.
    let boycottAbstention: UnsafePointer<Double>
    /// Each contest's leveling seats (filled by a national tier, not by its own allocation).
    let leveling: [Int]
    let listCount: Int
    let regionCount: Int
    let maximumEntries: Int
    let maximumBoycotters: Int

    /// Compiles `election`'s contests. Preferences are looked up in a lists × lists table up to
    /// `directLookupLists` lists (tests lower it to check the rows give the same results).
    init(election: Election, directLookupLists: Int = ContestTable.directLookupLists) {
        var contests: [ContestRecord] = []
        var entries: [EntryRecord] = []
        let listCount = election.lists.count
        let transferLists = min(listCount, election.transfers.listCount)
        let direct = listCount <= directLookupLists
        var preferenceRows = [0]
        var preferenceTargets: [Int] = []
        var preferences: [Double] = []
        var slots: [Int] = []
        for from in 0..<listCount {
            if from < transferLists {
                for (to, share) in election.transfers.preferences[from].sorted(by: { $0.key < $1.key })
                where to != from && to < transferLists && share > 0 {
                    slots.append(direct ? from * listCount + to : preferences.count)
                    preferenceTargets.append(to)
                    preferences.append(share)
                }
            }
            preferenceRows.append(preferences.count)
        }
        var boycotters: [BoycotterRecord] = []
        var transfers: [Double] = []
        for (index, constituency) in election.constituencies.enumerated() where constituency.isContested {
            let shock1 = election.turnoutFactor(region: constituency.regionIndex, round: 1)
            let shock2 = election.turnoutFactor(region: constituency.regionIndex, round: 2)
            var record = ContestRecord(
                constituency: index, entryStart: entries.count, entryCount: constituency.entries.count,
                boycotterStart: boycotters.count, boycotterCount: constituency.boycotters.count,
                registered: constituency.registered, seats: constituency.seats,
                regionBase: constituency.regionIndex * listCount, turnout1: 0, invalid1: 0, blank1: 0,
                shock1: shock1, shock2: shock2,
                impliedShock2: Self.impliedShock(election, region: constituency.regionIndex), turnout2: .nan, invalid2: 0, blank2: 0, observed1: nil, observed2: nil)
            if constituency.turnout2Shift != 0 {
                record.turnout2Adjustment = TurnoutShift(
                    shift: constituency.turnout2Shift, factor: Libm.exp(-constituency.turnout2Shift))
            }
            var support: [Double] = []
            var votes1: [Int] = Array(repeating: 0, count: constituency.entries.count)
            switch constituency.firstRound {
            case .observed(let counts):
                record.observed1 = RoundCounts(
                    registered: counts.registered, voters: counts.voters, blank: counts.blank, invalid: counts.invalid)
                record.turnout1 =
                    counts.registered > 0 ? min(1, Double(counts.voters) / Double(counts.registered) * shock1) : 0
                record.invalid1 = counts.voters > 0 ? Double(counts.invalid) / Double(counts.voters) : 0
                record.blank1 = counts.voters > 0 ? Double(counts.blank) / Double(counts.voters) : 0
                support = counts.votes.map(Double.init)
                votes1 = counts.votes
            case .modelled(let model):
                record.turnout1 = min(1, model.turnout * shock1)
                record.invalid1 = model.invalidShare
                record.blank1 = model.blankShare
                support = model.support
            }
            var votes2 = Array(repeating: 0, count: constituency.entries.count)
            var stood2 = Array(repeating: false, count: constituency.entries.count)
            var runoffLists = constituency.entries.map(\.listIndex)
            switch constituency.secondRound {
            case .observed(let counts):
                record.observed2 = RoundCounts(
                    registered: counts.registered, voters: counts.voters, blank: counts.blank, invalid: counts.invalid)
                record.turnout2 = counts.registered > 0 ? Double(counts.voters) / Double(counts.registered) : 0
                record.invalid2 = counts.voters > 0 ? Double(counts.invalid) / Double(counts.voters) : 0
                record.blank2 = counts.voters > 0 ? Double(counts.blank) / Double(counts.voters) : 0
                votes2 = counts.votes
                stood2 = counts.stood
                for (position, label) in counts.standsAs.enumerated() { if let label { runoffLists[position] = label } }
            case .modelled(let turnout, let invalid, let blank):
                record.turnout2 = turnout.map { min(1, $0 * shock2) } ?? .nan
                record.invalid2 = invalid
                record.blank2 = blank
            }
            for (position, entry) in constituency.entries.enumerated() {
                entries.append(
                    EntryRecord(
                        list: entry.listIndex, support: support[position], votes1: votes1[position],
                        votes2: votes2[position], stood2: stood2[position], runoffList: runoffLists[position],
                        withdraws: constituency.withdrawn.contains(position)))
            }
            record.withdrawalCount = constituency.withdrawn.count
            for boycotter in constituency.boycotters {
                boycotters.append(
                    BoycotterRecord(
                        list: boycotter.listIndex, support: boycotter.support,
                        slot: election.boycotts.firstIndex { $0.listIndex == boycotter.listIndex } ?? 0,
                        transferStart: transfers.count))
                transfers.append(contentsOf: boycotter.transfer)
            }
            contests.append(record)
        }
        self.contests = Self.copy(contests)
        self.entries = Self.copy(entries)
        self.preferenceRows = Self.copy(preferenceRows)
        self.preferenceTargets = Self.copy(preferenceTargets)
        self.preferences = Self.copy(preferences)
        directPreferenceLookup = direct
        preferenceSlots = Self.copy(slots)
        self.boycotters = Self.copy(boycotters)
        boycottTransfers = Self.copy(transfers)
        leveling = election.constituencies.filter(\.isContested).map(\.levelingSeats)
        listAbstention = UnsafePointer(Self.copy(election.transfers.abstention).baseAddress.unsafelyUnwrapped)
        var rules: [WithdrawalRuleRecord] = []
        var flags: [Bool] = []
        var groups: [Int] = []
        func row(_ lists: [Int]) -> Int {
            let start = flags.count
            flags += Array(repeating: false, count: listCount)
            for list in lists where list < listCount { flags[start + list] = true }
            return start
        }
        func mask(_ values: [Int]) -> UInt64 { values.reduce(0) { $0 | (1 << UInt64($1)) } }
        for rule in election.withdrawalRules {
            let lists = row(rule.lists)
            let qualifiedStart = groups.count
            for group in rule.ifQualified { groups.append(row(group)) }
            let aheadStart = groups.count
            for group in rule.ifAhead { groups.append(row(group)) }
            rules.append(
                WithdrawalRuleRecord(
                    lists: lists, places: mask(rule.places), fieldSizes: mask(rule.fieldSizes), qualifiedStart: qualifiedStart,
                    qualifiedCount: rule.ifQualified.count, aheadStart: aheadStart, aheadCount: rule.ifAhead.count,
                    probability: rule.probability))
        }
        withdrawalRules = Self.copy(rules)
        withdrawalFlags = Self.copy(flags)
        withdrawalGroups = Self.copy(groups)
        nonVoterRow = election.transfers.nonVoters.map { row in
            Self.copy([row.abstention] + (0..<listCount).map { row.preferences[$0] ?? 0 })
        }
        lineSupport = UnsafePointer(Self.copy(entries.map(\.support) + boycotters.map(\.support)).baseAddress.unsafelyUnwrapped)
        lineCount = entries.count + boycotters.count
        boycottAbstention = UnsafePointer(Self.copy(election.boycotts.map(\.abstention)).baseAddress.unsafelyUnwrapped)
        self.listCount = listCount
        regionCount = max(1, election.regions.count)
        maximumEntries = max(1, contests.map(\.entryCount).max() ?? 1)
        maximumBoycotters = max(1, contests.map(\.boycotterCount).max() ?? 1)
    }

    deinit {
        contests.deallocate()
        entries.deallocate()
        preferenceRows.deallocate()
        preferenceTargets.deallocate()
        preferences.deallocate()
        preferenceSlots.deallocate()
        boycotters.deallocate()
        boycottTransfers.deallocate()
        listAbstention.deallocate()
        nonVoterRow?.deallocate()
        withdrawalRules.deallocate()
        withdrawalFlags.deallocate()
        withdrawalGroups.deallocate()
        lineSupport.deallocate()
        boycottAbstention.deallocate()
    }

    /// The number of contests.
    var count: Int { contests.count }

    /// The first record (valid even with no contests: the buffer is never empty in memory).
    var contestBase: UnsafeMutablePointer<ContestRecord> {
        contests.baseAddress.unsafelyUnwrapped
    }

    private static func copy<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, values.count))
        _ = buffer.initialize(from: values)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<values.count])
    }

    /// The product of the shocks on round 2 but not round 1 in `region`.
    private static func impliedShock(_ election: Election, region: Int) -> Double {
        var factor = 1.0
        for shock in election.turnoutShocks where shock.rounds.contains(2) && !shock.rounds.contains(1) {
            if shock.regionIndex == nil || shock.regionIndex == region { factor *= shock.factor }
        }
        return factor
    }
}
