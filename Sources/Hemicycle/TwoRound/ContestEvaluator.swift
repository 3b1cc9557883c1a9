/// What one contest produced: the winner, the round, and the figures the tallies need.
struct ContestOutcome: Sendable {
    /// The winning entry (index within the contest), or -1 when nobody stood.
    var winner = -1
    /// 1 or 2.
    var round = 1
    /// Whether the run-off was won by an entry that had fewer round-1 votes than another finalist.
    var leadReversal = false
    /// Whether equal votes, settled by the tie rule, decided who won or who went through.
    var decidedByTie = false
    /// Whether official round-2 counts include an entry the rule did not qualify.
    var fieldMismatch = false
    var registered1 = 0
    var voters1 = 0
    var blank1 = 0
    var invalid1 = 0
    var registered2 = 0
    var voters2 = 0
    var blank2 = 0
    var invalid2 = 0
}

/// The buffers one evaluator works in, allocated once and freed with it.
final class EvaluatorStorage: @unchecked Sendable {
    // Owned by one evaluator on one thread.
    let integers: UnsafeMutableBufferPointer<Int>
    let doubles: UnsafeMutableBufferPointer<Double>
    let flags: UnsafeMutableBufferPointer<Bool>

    init(integers: Int, doubles: Int, flags: Int) {
        self.integers = .allocate(capacity: integers)
        self.integers.initialize(repeating: 0)
        self.doubles = .allocate(capacity: doubles)
        self.doubles.initialize(repeating: 0)
        self.flags = .allocate(capacity: flags)
        self.flags.initialize(repeating: false)
    }

    deinit {
        integers.deallocate()
        doubles.deallocate()
        flags.deallocate()
    }
}

/// Runs one constituency's contest through both rounds on reusable buffers.
///
/// The same evaluator serves the deterministic run and every Monte Carlo run: the caller fills
/// the round-1 counts (from expected values, from noisy draws, or from the official counts), and
/// the evaluator decides round 1, qualifies the finalists, moves the eliminated voters, counts
/// round 2 and decides it. It reads the contests from a ``ContestTable`` and works in its own
/// buffers through unsafe pointers: nothing is allocated, copied or reference-counted per contest.
struct ContestEvaluator {
    let rule: TwoRoundRule
    let table: ContestTable
    private let storage: EvaluatorStorage
    let contests: UnsafeMutableBufferPointer<ContestRecord>
    let entries: UnsafeMutableBufferPointer<EntryRecord>
    let preferences: UnsafeMutableBufferPointer<Double>
    let boycotters: UnsafeMutableBufferPointer<BoycotterRecord>
    let boycottTransfers: UnsafeMutableBufferPointer<Double>
    let listCount: Int

    /// Round-1 and round-2 votes per entry of the current contest.
    let votes1: UnsafeMutableBufferPointer<Int>
    let votes2: UnsafeMutableBufferPointer<Int>
    /// Whether each entry is in the run-off.
    let finalist: UnsafeMutableBufferPointer<Bool>
    /// Weights for vote splitting, and the remainders of the split.
    let weights: UnsafeMutableBufferPointer<Double>
    let remainders: UnsafeMutableBufferPointer<Double>
    /// Each boycotter's share of support and abstention, in the contest's boycotter order.
    let boycottShares: UnsafeMutableBufferPointer<Double>
    let boycottAbstentions: UnsafeMutableBufferPointer<Double>
    /// Each entry's abstention when out of the run-off.
    let entryAbstention: UnsafeMutableBufferPointer<Double>
    /// Factors on the transfer preferences by list pair (`from * listCount + to`): one unless simulated.
    let preferenceFactor: UnsafeMutableBufferPointer<Double>

    init(table: ContestTable, rule: TwoRoundRule) {
        self.rule = rule
        self.table = table
        contests = table.contests
        entries = table.entries
        preferences = table.preferences
        boycotters = table.boycotters
        boycottTransfers = table.boycottTransfers
        listCount = table.listCount
        let capacity = table.maximumEntries
        let boycotterCapacity = table.maximumBoycotters
        let pairs = max(1, listCount * listCount)
        storage = EvaluatorStorage(
            integers: 2 * capacity, doubles: 4 * capacity + 2 * boycotterCapacity + pairs, flags: capacity)
        let ints = storage.integers
        let doubles = storage.doubles
        votes1 = UnsafeMutableBufferPointer(rebasing: ints[0..<capacity])
        votes2 = UnsafeMutableBufferPointer(rebasing: ints[capacity..<(2 * capacity)])
        finalist = storage.flags
        var offset = 0
        func slice(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
            defer { offset += count }
            return UnsafeMutableBufferPointer(rebasing: doubles[offset..<(offset + count)])
        }
        weights = slice(capacity)
        remainders = slice(capacity)
        entryAbstention = slice(capacity)
        _ = slice(capacity)
        boycottShares = slice(boycotterCapacity)
        boycottAbstentions = slice(boycotterCapacity)
        preferenceFactor = slice(pairs)
        preferenceFactor.update(repeating: 1)
    }

    // MARK: Round-1 counts

    /// Fills the round-1 counts with the expected values of the contest's model (or its official counts).
    func countExpectedFirstRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contests[c]
        if contest.usesObservedFirstRound {
            useObservedFirstRound(c, outcome: &outcome)
            return
        }
        for entry in 0..<contest.entryCount { weights[entry] = entries[contest.entryStart + entry].support }
        for index in 0..<contest.boycotterCount {
            let boycotter = boycotters[contest.boycotterStart + index]
            boycottShares[index] = boycotter.support
            boycottAbstentions[index] = boycotter.abstention
        }
        let abstaining = mixBoycotts(c)
        countFirstRound(c, turnout: contest.turnout1 * max(0, 1 - abstaining), outcome: &outcome)
    }

    /// Copies the official round-1 counts.
    func useObservedFirstRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contests[c]
        guard let counts = contest.observed1 else { return }
        for entry in 0..<contest.entryCount { votes1[entry] = entries[contest.entryStart + entry].votes1 }
        outcome.registered1 = counts.registered
        outcome.voters1 = counts.voters
        outcome.blank1 = counts.blank
        outcome.invalid1 = counts.invalid
    }

    /// Adds to the entries' support in ``weights`` the boycotters' supporters who vote, as their
    /// transfers say, and returns the share of all supporters who abstain.
    ///
    /// Reads each boycotter's share of support and abstention from ``boycottShares`` and
    /// ``boycottAbstentions``.
    func mixBoycotts(_ c: Int) -> Double {
        let contest = contests[c]
        var abstaining = 0.0
        for index in 0..<contest.boycotterCount { abstaining += boycottAbstentions[index] * boycottShares[index] }
        for index in 0..<contest.boycotterCount {
            let moving = (1 - boycottAbstentions[index]) * boycottShares[index]
            let transfer = boycotters[contest.boycotterStart + index].transferStart
            for entry in 0..<contest.entryCount { weights[entry] += moving * boycottTransfers[transfer + entry] }
        }
        return abstaining
    }

    /// Counts round 1 from a turnout and the entries' weights already in ``weights``.
    func countFirstRound(_ c: Int, turnout: Double, outcome: inout ContestOutcome) {
        let contest = contests[c]
        let registered = contest.registered
        let voters = VoteCounting.count(Double(registered) * turnout, limit: registered)
        let invalid = VoteCounting.count(Double(voters) * contest.invalid1, limit: voters)
        let blank = VoteCounting.count(Double(voters) * contest.blank1, limit: voters - invalid)
        split(voters - invalid - blank, count: contest.entryCount, into: votes1)
        outcome.registered1 = registered
        outcome.voters1 = voters
        outcome.blank1 = blank
        outcome.invalid1 = invalid
    }

    /// Splits `total` over the first `count` weights into `target`.
    @inline(__always)
    func split(_ total: Int, count: Int, into target: UnsafeMutableBufferPointer<Int>) {
        VoteCounting.apportion(
            total, weights: UnsafeBufferPointer(rebasing: weights[0..<count]),
            into: UnsafeMutableBufferPointer(rebasing: target[0..<count]),
            remainders: UnsafeMutableBufferPointer(rebasing: remainders[0..<count]))
    }

    // MARK: Decisions

    /// Whether `a` ranks above `b` on `votes`, equal votes settled by the tie rule.
    @inline(__always)
    func ranksAbove(_ a: Int, _ b: Int, votes: UnsafeMutableBufferPointer<Int>, constituency: Int, round: Int) -> Bool {
        if votes[a] != votes[b] { return votes[a] > votes[b] }
        switch rule.tieRule {
        case .listOrder:
            return a < b
        case .lot(let seed):
            let keyA = ContestLot.key(seed: seed, constituency: constituency, round: round, entry: a)
            let keyB = ContestLot.key(seed: seed, constituency: constituency, round: round, entry: b)
            return keyA != keyB ? keyA < keyB : a < b
        }
    }

    /// Decides the contest from the round-1 counts in ``votes1``: a round-1 winner, or the
    /// finalists of a run-off whose counts the caller fills next.
    ///
    /// - Returns: whether a run-off is needed.
    func decideFirstRound(_ c: Int, outcome: inout ContestOutcome) -> Bool {
        let contest = contests[c]
        let count = contest.entryCount
        outcome.winner = -1
        outcome.leadReversal = false
        outcome.decidedByTie = false
        outcome.fieldMismatch = false
        guard count > 0 else { return false }
        var listVotes = 0
        var leader = 0
        for entry in 0..<count {
            listVotes += votes1[entry]
            if entry > 0 && ranksAbove(entry, leader, votes: votes1, constituency: contest.constituency, round: 1) {
                leader = entry
            }
        }
        let base: Int
        switch rule.majorityBase {
        case .cast: base = outcome.voters1
        case .valid: base = listVotes
        case .validWithBlank: base = listVotes + outcome.blank1
        case .registered: base = outcome.registered1
        }
        var wins = rule.majority.isExceeded(by: votes1[leader], of: base)
        if wins, let minimum = rule.registeredMinimum {
            wins = minimum.isReached(by: votes1[leader], of: outcome.registered1)
        }
        if wins {
            outcome.winner = leader
            outcome.round = 1
            for entry in 0..<count where entry != leader && votes1[entry] == votes1[leader] { outcome.decidedByTie = true }
            return false
        }
        qualify(c, listVotes: listVotes, outcome: &outcome)
        outcome.round = 2
        return true
    }

    /// Marks the finalists in ``finalist``.
    private func qualify(_ c: Int, listVotes: Int, outcome: inout ContestOutcome) {
        let contest = contests[c]
        let count = contest.entryCount
        var minimum = 2
        var qualified = 0
        for entry in 0..<count { finalist[entry] = false }
        if case .threshold(let share, let base, let least) = rule.qualification {
            minimum = least
            let amount: Int
            switch base {
            case .cast: amount = outcome.voters1
            case .valid: amount = listVotes
            case .validWithBlank: amount = listVotes + outcome.blank1
            case .registered: amount = outcome.registered1
            }
            for entry in 0..<count where share.isReached(by: votes1[entry], of: amount) {
                finalist[entry] = true
                qualified += 1
            }
        }
        // Fill up to the minimum with the best placed of the others.
        while qualified < min(minimum, count) {
            var best = -1
            for entry in 0..<count where !finalist[entry] {
                if best < 0 || ranksAbove(entry, best, votes: votes1, constituency: contest.constituency, round: 1) {
                    best = entry
                }
            }
            finalist[best] = true
            qualified += 1
            // A tie decided who went through if an entry left out had as many votes.
            for entry in 0..<count where !finalist[entry] && votes1[entry] == votes1[best] { outcome.decidedByTie = true }
        }
    }

    // MARK: Round 2

    /// Fills round-2 counts with the expected transfers (or the official counts) and decides the run-off.
    func countExpectedSecondRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contests[c]
        if contest.usesObservedSecondRound {
            useObservedSecondRound(c, outcome: &outcome)
            return
        }
        for entry in 0..<contest.entryCount { entryAbstention[entry] = entries[contest.entryStart + entry].abstention }
        transferWeights(c)
        countSecondRound(c, turnout: contest.explicitTurnout2, outcome: &outcome)
        decideSecondRound(c, official: false, outcome: &outcome)
    }

    /// Copies the official round-2 counts and decides the run-off among those who stood.
    func useObservedSecondRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contests[c]
        guard let counts = contest.observed2 else { return }
        for entry in 0..<contest.entryCount {
            let record = entries[contest.entryStart + entry]
            votes2[entry] = record.stood2 ? record.votes2 : 0
            if record.stood2 && !finalist[entry] { outcome.fieldMismatch = true }
        }
        outcome.registered2 = counts.registered
        outcome.voters2 = counts.voters
        outcome.blank2 = counts.blank
        outcome.invalid2 = counts.invalid
        decideSecondRound(c, official: true, outcome: &outcome)
    }

    /// Puts into ``weights`` each finalist's round-1 votes plus what the eliminated entries' voters
    /// bring, given each entry's abstention in ``entryAbstention`` and the preference factors.
    func transferWeights(_ c: Int) {
        let contest = contests[c]
        let count = contest.entryCount
        var finalistVotes = 0
        var finalists = 0
        for entry in 0..<count {
            weights[entry] = finalist[entry] ? Double(votes1[entry]) : 0
            if finalist[entry] {
                finalistVotes += votes1[entry]
                finalists += 1
            }
        }
        let base = contest.entryStart
        for from in 0..<count where !finalist[from] && votes1[from] > 0 {
            let moving = Double(votes1[from]) * (1 - entryAbstention[from])
            guard moving > 0 else { continue }
            let row = entries[base + from].list * listCount
            let preference = contest.preferenceStart + from * count
            var preferred = 0.0
            for to in 0..<count where finalist[to] {
                preferred += preferences[preference + to] * preferenceFactor[row + entries[base + to].list]
            }
            for to in 0..<count where finalist[to] {
                let share: Double
                if preferred > 0 {
                    share = preferences[preference + to] * preferenceFactor[row + entries[base + to].list] / preferred
                } else if finalistVotes > 0 {
                    share = Double(votes1[to]) / Double(finalistVotes)
                } else {
                    share = 1 / Double(finalists)
                }
                weights[to] += moving * share
            }
        }
    }

    /// Counts round 2 from the weights: `turnout` of the registered, or (when `nil`) the
    /// round-1 voters scaled by the share of round-1 votes that stay in the run-off.
    func countSecondRound(_ c: Int, turnout: Double?, outcome: inout ContestOutcome) {
        let voters = secondRoundVoters(c, turnout: turnout, outcome: outcome)
        countSecondRound(c, voters: voters, outcome: &outcome)
    }

    /// Counts round 2 from the weights with `voters` ballots.
    func countSecondRound(_ c: Int, voters: Int, outcome: inout ContestOutcome) {
        let contest = contests[c]
        let invalid = VoteCounting.count(Double(voters) * contest.invalid2, limit: voters)
        let blank = VoteCounting.count(Double(voters) * contest.blank2, limit: voters - invalid)
        split(voters - invalid - blank, count: contest.entryCount, into: votes2)
        outcome.registered2 = contest.registered
        outcome.voters2 = voters
        outcome.blank2 = blank
        outcome.invalid2 = invalid
    }

    /// Round-2 voters: `turnout` of the registered, or the round-1 voters scaled by the share of
    /// round-1 votes that stay in the run-off (``transferWeights(_:)`` already called).
    func secondRoundVoters(_ c: Int, turnout: Double?, outcome: ContestOutcome) -> Int {
        let contest = contests[c]
        let registered = contest.registered
        if let turnout { return VoteCounting.count(Double(registered) * turnout, limit: registered) }
        var listVotes = 0
        var staying = 0.0
        for entry in 0..<contest.entryCount {
            listVotes += votes1[entry]
            staying += weights[entry]
        }
        let ratio = listVotes > 0 ? staying / Double(listVotes) : 0
        return VoteCounting.count(Double(outcome.voters1) * ratio * contest.shock2, limit: registered)
    }

    /// Picks the run-off winner among the finalists (or, with official counts, among those who stood).
    func decideSecondRound(_ c: Int, official: Bool, outcome: inout ContestOutcome) {
        let contest = contests[c]
        let base = contest.entryStart
        var winner = -1
        for entry in 0..<contest.entryCount where official ? entries[base + entry].stood2 : finalist[entry] {
            if winner < 0 || ranksAbove(entry, winner, votes: votes2, constituency: contest.constituency, round: 2) {
                winner = entry
            }
        }
        guard winner >= 0 else { return }
        outcome.winner = winner
        for entry in 0..<contest.entryCount where entry != winner && (official ? entries[base + entry].stood2 : finalist[entry]) {
            if votes2[entry] == votes2[winner] { outcome.decidedByTie = true }
            if finalist[entry] && votes1[entry] > votes1[winner] { outcome.leadReversal = true }
        }
    }
}
