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
    /// Round-1 votes for all entries (set by ``ContestEvaluator/decideFirstRound(_:outcome:)``).
    var listVotes1 = 0
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
/// buffers through unsafe pointers: nothing is allocated, copied or reference-counted per contest.pointee.
final class ContestEvaluator {
    let rule: TwoRoundRule
    let table: ContestTable
    private let storage: EvaluatorStorage
    let contests: UnsafeMutableBufferPointer<ContestRecord>
    /// The first contest record: contests are read in place through it, never copied whole.
    let contestBase: UnsafeMutablePointer<ContestRecord>
    let entries: UnsafeMutableBufferPointer<EntryRecord>
    let preferences: UnsafeMutableBufferPointer<Double>
    let boycotters: UnsafeMutableBufferPointer<BoycotterRecord>
    let boycottTransfers: UnsafeMutableBufferPointer<Double>
    let listCount: Int

    /// Round-1 and round-2 votes per entry of the current contest.pointee.
    let votes1: UnsafeMutableBufferPointer<Int>
    let votes2: UnsafeMutableBufferPointer<Int>
    /// Whether each entry is in the run-off.
    let finalist: UnsafeMutableBufferPointer<Bool>
    /// The finalists' entry indices in ballot order, and how many there are.
    let finalistIndex: UnsafeMutableBufferPointer<Int>
    var finalistCount: Int {
        get { counters[0] }
        set { counters[0] = newValue }
    }
    /// ``finalistCount``'s storage: a stored `var` would cost an exclusivity check per access.
    private let counters: UnsafeMutablePointer<Int>
    /// The finalists' round-2 weights and votes, by position in ``finalistIndex``.
    let finalistWeights: UnsafeMutableBufferPointer<Double>
    let finalistRemainders: UnsafeMutableBufferPointer<Double>
    let finalistVotes: UnsafeMutableBufferPointer<Int>
    /// Weights for vote splitting, and the remainders of the split.
    let weights: UnsafeMutableBufferPointer<Double>
    let remainders: UnsafeMutableBufferPointer<Double>
    /// Each boycotter's share of support and abstention, in the contest's boycotter order.
    let boycottShares: UnsafeMutableBufferPointer<Double>
    let boycottAbstentions: UnsafeMutableBufferPointer<Double>
    /// Each list's abstention when out of the run-off: the scenario's, or a simulated run's
    /// (the simulator writes it here).
    let listAbstention: UnsafeMutablePointer<Double>
    /// The transfer preferences by list pair (`from * listCount + to`) times this run's factor
    /// on each: the preferences themselves unless simulated (the simulator writes the products
    /// here, once a run, instead of the run-offs multiplying them out for every eliminated entry).
    let weightedPreferences: UnsafeMutableBufferPointer<Double>

    init(table: ContestTable, rule: TwoRoundRule) {
        self.rule = rule
        self.table = table
        contests = table.contests
        contestBase = table.contestBase
        entries = table.entries
        preferences = table.preferences
        boycotters = table.boycotters
        boycottTransfers = table.boycottTransfers
        listCount = table.listCount
        let capacity = table.maximumEntries
        let boycotterCapacity = table.maximumBoycotters
        let pairs = max(1, listCount * listCount)
        storage = EvaluatorStorage(
            integers: 4 * capacity + 1, doubles: 4 * capacity + 2 * boycotterCapacity + pairs + max(1, listCount),
            flags: capacity)
        let ints = storage.integers
        let doubles = storage.doubles
        votes1 = UnsafeMutableBufferPointer(rebasing: ints[0..<capacity])
        votes2 = UnsafeMutableBufferPointer(rebasing: ints[capacity..<(2 * capacity)])
        finalistIndex = UnsafeMutableBufferPointer(rebasing: ints[(2 * capacity)..<(3 * capacity)])
        finalistVotes = UnsafeMutableBufferPointer(rebasing: ints[(3 * capacity)..<(4 * capacity)])
        counters = ints.baseAddress.unsafelyUnwrapped + 4 * capacity
        finalist = storage.flags
        var offset = 0
        func slice(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
            defer { offset += count }
            return UnsafeMutableBufferPointer(rebasing: doubles[offset..<(offset + count)])
        }
        weights = slice(capacity)
        remainders = slice(capacity)
        finalistWeights = slice(capacity)
        finalistRemainders = slice(capacity)
        boycottShares = slice(boycotterCapacity)
        boycottAbstentions = slice(boycotterCapacity)
        weightedPreferences = slice(pairs)
        weightedPreferences.update(repeating: 0)
        for pair in preferences.indices { weightedPreferences[pair] = preferences[pair] }
        listAbstention = slice(max(1, listCount)).baseAddress.unsafelyUnwrapped
        for list in 0..<listCount { listAbstention[list] = table.listAbstention[list] }
    }

    // MARK: Round-1 counts

    /// Fills the round-1 counts with the expected values of the contest's model (or its official counts).
    func countExpectedFirstRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        if contest.pointee.usesObservedFirstRound {
            useObservedFirstRound(c, outcome: &outcome)
            return
        }
        for entry in 0..<contest.pointee.entryCount { weights[entry] = entries[contest.pointee.entryStart + entry].support }
        for index in 0..<contest.pointee.boycotterCount {
            let boycotter = boycotters[contest.pointee.boycotterStart + index]
            boycottShares[index] = boycotter.support
            boycottAbstentions[index] = boycotter.abstention
        }
        let abstaining = mixBoycotts(c)
        countFirstRound(c, turnout: contest.pointee.turnout1 * max(0, 1 - abstaining), outcome: &outcome)
    }

    /// Copies the official round-1 counts.
    func useObservedFirstRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        guard let counts = contest.pointee.observed1 else { return }
        for entry in 0..<contest.pointee.entryCount { votes1[entry] = entries[contest.pointee.entryStart + entry].votes1 }
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
        let contest = contestBase + c
        var abstaining = 0.0
        for index in 0..<contest.pointee.boycotterCount { abstaining += boycottAbstentions[index] * boycottShares[index] }
        for index in 0..<contest.pointee.boycotterCount {
            let moving = (1 - boycottAbstentions[index]) * boycottShares[index]
            let transfer = boycotters[contest.pointee.boycotterStart + index].transferStart
            for entry in 0..<contest.pointee.entryCount { weights[entry] += moving * boycottTransfers[transfer + entry] }
        }
        return abstaining
    }

    /// Counts round 1 from a turnout and the entries' weights already in ``weights``; with
    /// `weightSum`, the sum of `max(0, weight)` over them, as the split would compute it.
    func countFirstRound(_ c: Int, turnout: Double, weightSum: Double? = nil, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        let (voters, invalid, blank) = countFirstRoundBallots(c, turnout: turnout, outcome: &outcome)
        let count = contest.pointee.entryCount
        if let weightSum {
            VoteCounting.apportion(
                voters - invalid - blank, weights: UnsafeBufferPointer(rebasing: weights[0..<count]), sum: weightSum,
                into: UnsafeMutableBufferPointer(rebasing: votes1[0..<count]),
                remainders: UnsafeMutableBufferPointer(rebasing: remainders[0..<count]))
        } else {
            split(voters - invalid - blank, count: count, into: votes1)
        }
    }

    /// Counts round 1's voters, spoilt and blank ballots from a turnout into `outcome`, and
    /// returns them; the list votes to split are the rest.
    @inline(__always)
    func countFirstRoundBallots(_ c: Int, turnout: Double, outcome: inout ContestOutcome) -> (voters: Int, invalid: Int, blank: Int) {
        let contest = contestBase + c
        let registered = contest.pointee.registered
        let voters = VoteCounting.count(Double(registered) * turnout, limit: registered)
        let invalid = VoteCounting.count(Double(voters) * contest.pointee.invalid1, limit: voters)
        let blank = VoteCounting.count(Double(voters) * contest.pointee.blank1, limit: voters - invalid)
        outcome.registered1 = registered
        outcome.voters1 = voters
        outcome.blank1 = blank
        outcome.invalid1 = invalid
        return (voters, invalid, blank)
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
        return winsTie(a, b, constituency: constituency, round: round)
    }

    /// Whether `a` ranks above `b` when their votes are equal, by the tie rule.
    func winsTie(_ a: Int, _ b: Int, constituency: Int, round: Int) -> Bool {
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
    @inline(__always)
    func decideFirstRound(_ c: Int, outcome: inout ContestOutcome) -> Bool {
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        outcome.winner = -1
        outcome.leadReversal = false
        outcome.decidedByTie = false
        outcome.fieldMismatch = false
        guard count > 0 else { return false }
        // The two best placed, without branches (ties checked afterwards): first and second.
        var listVotes = 0
        var first = 0
        var second = -1
        var firstVotes = votes1[0]
        var secondVotes = -1
        for entry in 1..<count {
            let votes = votes1[entry]
            listVotes &+= votes
            let aboveFirst = votes > firstVotes
            let aboveSecond = votes > secondVotes
            second = aboveFirst ? first : (aboveSecond ? entry : second)
            secondVotes = aboveFirst ? firstVotes : (aboveSecond ? votes : secondVotes)
            first = aboveFirst ? entry : first
            firstVotes = aboveFirst ? votes : firstVotes
        }
        listVotes &+= votes1[0]
        outcome.listVotes1 = listVotes
        // Equal votes at the top or at the second place: let the tie rule rank them.
        var ties = 0
        for entry in 0..<count {
            ties &+= (votes1[entry] == firstVotes).asInt &+ (votes1[entry] == secondVotes).asInt
        }
        let tied = ties > (second >= 0 ? 2 : 1) || (second >= 0 && secondVotes == firstVotes)
        var leader = first
        if tied {
            leader = 0
            for entry in 1..<count
            where ranksAbove(entry, leader, votes: votes1, constituency: contest.pointee.constituency, round: 1) {
                leader = entry
            }
        }
        let base = rule.majorityBase.amount(
            voters: outcome.voters1, listVotes: listVotes, blank: outcome.blank1, registered: outcome.registered1)
        var wins = rule.majority.isExceeded(by: votes1[leader], of: base)
        if wins, let minimum = rule.registeredMinimum {
            wins = minimum.isReached(by: votes1[leader], of: outcome.registered1)
        }
        if wins {
            outcome.winner = leader
            outcome.round = 1
            if tied {
                for entry in 0..<count where entry != leader && votes1[entry] == votes1[leader] {
                    outcome.decidedByTie = true
                }
            }
            return false
        }
        if case .topTwo = rule.qualification, !tied {
            clearFinalists()
            finalist[first] = true
            finalistIndex[0] = first
            finalistCount = 1
            if second >= 0 {
                finalist[second] = true
                finalistIndex[0] = min(first, second)
                finalistIndex[1] = max(first, second)
                finalistCount = 2
            }
        } else {
            qualify(c, listVotes: listVotes, outcome: &outcome)
        }
        outcome.round = 2
        return true
    }

    /// Unmarks the last contest's finalists. ``finalist`` is true exactly at
    /// `finalistIndex[0..<finalistCount]` (both are only ever set together), so this clears every
    /// flag in two stores instead of a call to memset over the ballot.
    @inline(__always)
    private func clearFinalists() {
        for position in 0..<finalistCount { finalist[finalistIndex[position]] = false }
    }

    /// Marks the finalists in ``finalist``, every tie settled by the tie rule.
    private func qualify(_ c: Int, listVotes: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        var minimum = 2
        var qualified = 0
        clearFinalists()
        if case .threshold(let share, let base, let least) = rule.qualification {
            minimum = least
            let amount = base.amount(
                voters: outcome.voters1, listVotes: listVotes, blank: outcome.blank1, registered: outcome.registered1)
            for entry in 0..<count where share.isReached(by: votes1[entry], of: amount) {
                finalist[entry] = true
                qualified += 1
            }
        }
        // Fill up to the minimum with the best placed of the others.
        while qualified < min(minimum, count) {
            var best = -1
            for entry in 0..<count where !finalist[entry] {
                if best < 0 || ranksAbove(entry, best, votes: votes1, constituency: contest.pointee.constituency, round: 1) {
                    best = entry
                }
            }
            finalist[best] = true
            qualified += 1
            // A tie decided who went through if an entry left out had as many votes.
            for entry in 0..<count where !finalist[entry] && votes1[entry] == votes1[best] { outcome.decidedByTie = true }
        }
        finalistCount = 0
        for entry in 0..<count where finalist[entry] {
            finalistIndex[finalistCount] = entry
            finalistCount += 1
        }
    }

    // MARK: Round 2

    /// Fills round-2 counts with the expected transfers (or the official counts) and decides the run-off.
    func countExpectedSecondRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        if contest.pointee.usesObservedSecondRound {
            useObservedSecondRound(c, outcome: &outcome)
            return
        }
        transferWeights(c)
        countSecondRound(c, turnout: contest.pointee.explicitTurnout2, outcome: &outcome)
        decideSecondRound(c, official: false, outcome: &outcome)
    }

    /// Copies the official round-2 counts and decides the run-off among those who stood.
    func useObservedSecondRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        guard let counts = contest.pointee.observed2 else { return }
        for entry in 0..<contest.pointee.entryCount {
            let record = entries[contest.pointee.entryStart + entry]
            votes2[entry] = record.stood2 ? record.votes2 : 0
            if record.stood2 && !finalist[entry] { outcome.fieldMismatch = true }
        }
        outcome.registered2 = counts.registered
        outcome.voters2 = counts.voters
        outcome.blank2 = counts.blank
        outcome.invalid2 = counts.invalid
        decideSecondRound(c, official: true, outcome: &outcome)
    }

    /// Puts into ``finalistWeights`` each finalist's round-1 votes plus what the eliminated
    /// entries' voters bring, given each list's abstention in ``listAbstention`` and the
    /// preference factors.
    func transferWeights(_ c: Int) {
        let finalists = finalistCount
        if finalists == 2 {
            (finalistWeights[0], finalistWeights[1]) = twoFinalistWeights(c)
            return
        }
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        let entries = self.entries.baseAddress.unsafelyUnwrapped + contest.pointee.entryStart
        let weighted = weightedPreferences.baseAddress.unsafelyUnwrapped
        var votesOfFinalists = 0
        for position in 0..<finalists {
            let entry = finalistIndex[position]
            finalistWeights[position] = Double(votes1[entry])
            votesOfFinalists += votes1[entry]
        }
        let proportional = votesOfFinalists > 0 ? 1 / Double(votesOfFinalists) : 0
        for from in 0..<count where !finalist[from] {
            // Voters who stay home don't move; the eliminated entry's row of preferences says where
            // the others go, scaled by this run's factors.
            let list = entries[from].list
            let moving = Double(votes1[from]) * (1 - listAbstention[list])
            let row = list * listCount
            var preferred = 0.0
            for position in 0..<finalists {
                let to = entries[finalistIndex[position]].list
                let weight = weighted[row + to]
                finalistRemainders[position] = weight
                preferred += weight
            }
            if preferred > 0 {
                let scale = moving / preferred
                for position in 0..<finalists { finalistWeights[position] += finalistRemainders[position] * scale }
            } else if votesOfFinalists > 0 {
                // No preference for any finalist: in proportion to their round-1 votes.
                let scale = moving * proportional
                for position in 0..<finalists {
                    finalistWeights[position] += Double(votes1[finalistIndex[position]]) * scale
                }
            } else {
                let share = moving / Double(max(1, finalists))
                for position in 0..<finalists { finalistWeights[position] += share }
            }
        }
    }

    /// ``transferWeights(_:)`` for two finalists: the same arithmetic, unrolled, and the two
    /// weights returned instead of stored.
    @inline(__always)
    func twoFinalistWeights(_ c: Int) -> (Double, Double) {
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        let entries = self.entries.baseAddress.unsafelyUnwrapped + contest.pointee.entryStart
        let weighted = weightedPreferences.baseAddress.unsafelyUnwrapped
        let first = finalistIndex[0]
        let second = finalistIndex[1]
        let firstList = entries[first].list
        let secondList = entries[second].list
        let votesOfFinalists = votes1[first] + votes1[second]
        let proportional = votesOfFinalists > 0 ? 1 / Double(votesOfFinalists) : 0
        let votes0 = Double(votes1[first])
        let votes1OfSecond = Double(votes1[second])
        var weight0 = votes0
        var weight1 = votes1OfSecond
        for from in 0..<count where from != first && from != second {
            let list = entries[from].list
            let moving = Double(votes1[from]) * (1 - listAbstention[list])
            // In range by construction (lists index the lists × lists table): no overflow checks.
            let row = list &* listCount
            let p0 = weighted[row &+ firstList]
            let p1 = weighted[row &+ secondList]
            let preferred = p0 + p1
            if preferred > 0 {
                let scale = moving / preferred
                weight0 += p0 * scale
                weight1 += p1 * scale
            } else if proportional > 0 {
                let scale = moving * proportional
                weight0 += votes0 * scale
                weight1 += votes1OfSecond * scale
            } else {
                let share = moving / 2
                weight0 += share
                weight1 += share
            }
        }
        return (weight0, weight1)
    }

    /// Counts round 2 from the weights: `turnout` of the registered, or (when `nil`) the
    /// round-1 voters scaled by the share of round-1 votes that stay in the run-off.
    func countSecondRound(_ c: Int, turnout: Double?, outcome: inout ContestOutcome) {
        let voters = secondRoundVoters(c, turnout: turnout, outcome: outcome)
        countSecondRound(c, voters: voters, outcome: &outcome)
    }

    /// Counts round 2 from the weights with `voters` ballots.
    func countSecondRound(_ c: Int, voters: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        let invalid = VoteCounting.count(Double(voters) * contest.pointee.invalid2, limit: voters)
        let blank = VoteCounting.count(Double(voters) * contest.pointee.blank2, limit: voters - invalid)
        let finalists = finalistCount
        if finalists == 2 {
            (finalistVotes[0], finalistVotes[1]) = VoteCounting.apportion(
                voters - invalid - blank, finalistWeights[0], finalistWeights[1])
        } else {
            VoteCounting.apportion(
                voters - invalid - blank, weights: UnsafeBufferPointer(rebasing: finalistWeights[0..<finalists]),
                into: UnsafeMutableBufferPointer(rebasing: finalistVotes[0..<finalists]),
                remainders: UnsafeMutableBufferPointer(rebasing: finalistRemainders[0..<finalists]))
        }
        outcome.registered2 = contest.pointee.registered
        outcome.voters2 = voters
        outcome.blank2 = blank
        outcome.invalid2 = invalid
    }

    /// Copies the finalists' round-2 votes into ``votes2`` (zero for the others).
    func scatterFinalistVotes(_ c: Int) {
        for entry in 0..<contests[c].entryCount { votes2[entry] = 0 }
        for position in 0..<finalistCount { votes2[finalistIndex[position]] = finalistVotes[position] }
    }

    /// Round-2 voters: `turnout` of the registered, or the round-1 voters scaled by the share of
    /// round-1 votes that stay in the run-off (``transferWeights(_:)`` already called).
    func secondRoundVoters(_ c: Int, turnout: Double?, outcome: ContestOutcome) -> Int {
        let contest = contestBase + c
        let registered = contest.pointee.registered
        if let turnout { return VoteCounting.count(Double(registered) * turnout, limit: registered) }
        let listVotes = outcome.listVotes1
        var staying = 0.0
        for position in 0..<finalistCount { staying += finalistWeights[position] }
        let ratio = listVotes > 0 ? staying / Double(listVotes) : 0
        return VoteCounting.count(Double(outcome.voters1) * ratio * contest.pointee.impliedShock2, limit: registered)
    }

    /// Picks the run-off winner among the finalists (or, with official counts, among those who stood).
    ///
    /// With `recordsVotes` (the deterministic run, which reports them) the finalists' votes are
    /// also copied into ``votes2``; a simulation, which keeps only the winner, skips the copy.
    func decideSecondRound(_ c: Int, official: Bool, recordsVotes: Bool = true, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        if official {
            let base = contest.pointee.entryStart
            var winner = -1
            for entry in 0..<contest.pointee.entryCount where entries[base + entry].stood2 {
                if winner < 0
                    || ranksAbove(entry, winner, votes: votes2, constituency: contest.pointee.constituency, round: 2)
                {
                    winner = entry
                }
            }
            guard winner >= 0 else { return }
            outcome.winner = winner
            for entry in 0..<contest.pointee.entryCount where entry != winner && entries[base + entry].stood2 {
                if votes2[entry] == votes2[winner] { outcome.decidedByTie = true }
                if finalist[entry] && votes1[entry] > votes1[winner] { outcome.leadReversal = true }
            }
            return
        }
        guard finalistCount > 0 else { return }
        // The finalists' votes are in ``finalistVotes``, by position.
        if recordsVotes { scatterFinalistVotes(c) }
        var winner = finalistIndex[0]
        var winnerVotes = finalistVotes[0]
        var tied = false
        for position in 1..<max(1, finalistCount) {
            let entry = finalistIndex[position]
            let votes = finalistVotes[position]
            if votes == winnerVotes {
                tied = true
                if winsTie(entry, winner, constituency: contest.pointee.constituency, round: 2) {
                    winner = entry
                }
            } else if votes > winnerVotes {
                winner = entry
                winnerVotes = votes
            }
        }
        outcome.winner = winner
        for position in 0..<finalistCount {
            let entry = finalistIndex[position]
            guard entry != winner else { continue }
            if tied && finalistVotes[position] == winnerVotes { outcome.decidedByTie = true }
            if votes1[entry] > votes1[winner] { outcome.leadReversal = true }
        }
    }
}
