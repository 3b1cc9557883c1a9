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

/// Runs one constituency's contest through both rounds on reusable buffers.
///
/// The same evaluator serves the deterministic run and every Monte Carlo run: the caller fills
/// the round-1 counts (from expected values, from noisy draws, or from the official counts), and
/// the evaluator decides round 1, qualifies the finalists, moves the eliminated voters, counts
/// round 2 and decides it. Nothing here allocates once the buffers are sized.
struct ContestEvaluator {
    let rule: TwoRoundRule
    /// Round-1 votes per entry.
    var votes1: [Int]
    /// Round-2 votes per entry (zero for entries out of the run-off).
    var votes2: [Int]
    /// Whether each entry is in the run-off.
    var finalist: [Bool]
    /// Scratch weights and remainders for vote splitting.
    var weights: [Double]
    var remainders: [Double]
    /// Each boycotting list's share of support and abstention, in the contest's boycotter order.
    var boycottShares: [Double]
    var boycottAbstentions: [Double]
    /// Each entry's abstention when out of the run-off.
    var entryAbstention: [Double]
    /// Factors on the transfer preferences, by list pair (`from * listCount + to`); all one unless simulated.
    var preferenceFactor: [Double]
    let listCount: Int

    init(rule: TwoRoundRule, capacity: Int, boycotters: Int, listCount: Int) {
        self.rule = rule
        self.listCount = listCount
        votes1 = Array(repeating: 0, count: capacity)
        votes2 = Array(repeating: 0, count: capacity)
        finalist = Array(repeating: false, count: capacity)
        weights = Array(repeating: 0, count: capacity)
        remainders = Array(repeating: 0, count: capacity)
        boycottShares = Array(repeating: 0, count: max(1, boycotters))
        boycottAbstentions = Array(repeating: 0, count: max(1, boycotters))
        entryAbstention = Array(repeating: 0, count: capacity)
        preferenceFactor = Array(repeating: 1, count: listCount * listCount)
    }

    // MARK: Round-1 counts

    /// Fills the round-1 counts with the expected values of the contest's model (or its official counts).
    mutating func countExpectedFirstRound(_ contest: Contest, outcome: inout ContestOutcome) {
        if contest.usesObservedFirstRound {
            useObservedFirstRound(contest, outcome: &outcome)
            return
        }
        for entry in 0..<contest.entryCount { weights[entry] = contest.support[entry] }
        for (index, boycotter) in contest.boycotters.enumerated() {
            boycottShares[index] = boycotter.support
            boycottAbstentions[index] = boycotter.abstention
        }
        let abstaining = mixBoycotts(contest)
        countFirstRound(contest, turnout: contest.turnout1 * max(0, 1 - abstaining), outcome: &outcome)
    }

    /// Copies the official round-1 counts.
    mutating func useObservedFirstRound(_ contest: Contest, outcome: inout ContestOutcome) {
        guard let counts = contest.observedFirst else { return }
        for entry in 0..<contest.entryCount { votes1[entry] = counts.votes[entry] }
        outcome.registered1 = counts.registered
        outcome.voters1 = counts.voters
        outcome.blank1 = counts.blank
        outcome.invalid1 = counts.invalid
    }

    /// Adds to the entries' support in `weights` the boycotters' supporters who vote, as their
    /// transfers say, and returns the share of all supporters who abstain.
    ///
    /// Reads each boycotter's share of support and abstention from ``boycottShares`` and
    /// ``boycottAbstentions``.
    mutating func mixBoycotts(_ contest: Contest) -> Double {
        var abstaining = 0.0
        for index in contest.boycotters.indices {
            abstaining += boycottAbstentions[index] * boycottShares[index]
        }
        for (index, boycotter) in contest.boycotters.enumerated() {
            let moving = (1 - boycottAbstentions[index]) * boycottShares[index]
            for entry in 0..<contest.entryCount { weights[entry] += moving * boycotter.transfer[entry] }
        }
        return abstaining
    }

    /// Counts round 1 from a turnout and the entries' weights already in `weights`.
    mutating func countFirstRound(_ contest: Contest, turnout: Double, outcome: inout ContestOutcome) {
        let registered = contest.registered
        let voters = VoteCounting.count(Double(registered) * turnout, limit: registered)
        let invalid = VoteCounting.count(Double(voters) * contest.invalid1, limit: voters)
        let blank = VoteCounting.count(Double(voters) * contest.blank1, limit: voters - invalid)
        Self.split(
            voters - invalid - blank, count: contest.entryCount, weights: weights, into: &votes1,
            remainders: &remainders)
        outcome.registered1 = registered
        outcome.voters1 = voters
        outcome.blank1 = blank
        outcome.invalid1 = invalid
    }

    /// Splits `total` over the first `count` weights into `target`.
    static func split(
        _ total: Int, count: Int, weights: [Double], into target: inout [Int], remainders: inout [Double]
    ) {
        weights.withUnsafeBufferPointer { weights in
            target.withUnsafeMutableBufferPointer { parts in
                remainders.withUnsafeMutableBufferPointer { remainders in
                    VoteCounting.apportion(
                        total, weights: UnsafeBufferPointer(rebasing: weights[0..<count]),
                        into: UnsafeMutableBufferPointer(rebasing: parts[0..<count]),
                        remainders: UnsafeMutableBufferPointer(rebasing: remainders[0..<count]))
                }
            }
        }
    }

    // MARK: Decisions

    /// Whether `a` ranks above `b` on `votes`, equal votes settled by the tie rule.
    @inline(__always)
    func ranksAbove(_ a: Int, _ b: Int, votes: [Int], contest: Contest, round: Int) -> Bool {
        if votes[a] != votes[b] { return votes[a] > votes[b] }
        switch rule.tieRule {
        case .listOrder:
            return a < b
        case .lot(let seed):
            let keyA = TieLot.key(seed: seed, constituency: contest.constituency, round: round, entry: a)
            let keyB = TieLot.key(seed: seed, constituency: contest.constituency, round: round, entry: b)
            return keyA != keyB ? keyA < keyB : a < b
        }
    }

    /// Decides the contest from the round-1 counts in `votes1`: a round-1 winner, or a run-off
    /// whose round-2 counts the caller fills next (see ``countExpectedSecondRound``).
    ///
    /// - Returns: whether a run-off is needed.
    mutating func decideFirstRound(_ contest: Contest, outcome: inout ContestOutcome) -> Bool {
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
            if entry > 0 && ranksAbove(entry, leader, votes: votes1, contest: contest, round: 1) { leader = entry }
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
        qualify(contest, listVotes: listVotes, outcome: &outcome)
        outcome.round = 2
        return true
    }

    /// Marks the finalists in `finalist`.
    private mutating func qualify(_ contest: Contest, listVotes: Int, outcome: inout ContestOutcome) {
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
                if best < 0 || ranksAbove(entry, best, votes: votes1, contest: contest, round: 1) { best = entry }
            }
            finalist[best] = true
            qualified += 1
            // A tie decided who went through if an entry left out had as many votes.
            for entry in 0..<count where !finalist[entry] && votes1[entry] == votes1[best] { outcome.decidedByTie = true }
        }
    }

    // MARK: Round 2

    /// Fills round-2 counts with the expected transfers (or the official counts) and decides the run-off.
    mutating func countExpectedSecondRound(_ contest: Contest, outcome: inout ContestOutcome) {
        if contest.observedSecond != nil, contest.shock2 == 1 {
            useObservedSecondRound(contest, outcome: &outcome)
            return
        }
        for entry in 0..<contest.entryCount { entryAbstention[entry] = contest.abstention[entry] }
        transferWeights(contest)
        countSecondRound(contest, turnout: contest.turnout2, outcome: &outcome)
        decideSecondRound(contest, stood: nil, outcome: &outcome)
    }

    /// Copies the official round-2 counts and decides the run-off among those who stood.
    mutating func useObservedSecondRound(_ contest: Contest, outcome: inout ContestOutcome) {
        guard let counts = contest.observedSecond else { return }
        for entry in 0..<contest.entryCount {
            votes2[entry] = counts.stood[entry] ? counts.votes[entry] : 0
            if counts.stood[entry] && !finalist[entry] { outcome.fieldMismatch = true }
        }
        outcome.registered2 = counts.registered
        outcome.voters2 = counts.voters
        outcome.blank2 = counts.blank
        outcome.invalid2 = counts.invalid
        decideSecondRound(contest, stood: counts.stood, outcome: &outcome)
    }

    /// Puts into `weights` each finalist's round-1 votes plus what the eliminated entries' voters
    /// bring, given each entry's abstention in ``entryAbstention`` and the preference factors.
    mutating func transferWeights(_ contest: Contest) {
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
        for from in 0..<count where !finalist[from] && votes1[from] > 0 {
            let moving = Double(votes1[from]) * (1 - entryAbstention[from])
            guard moving > 0 else { continue }
            let row = contest.entryLists[from] * listCount
            var preferred = 0.0
            for to in 0..<count where finalist[to] {
                preferred += contest.preference[from * count + to] * preferenceFactor[row + contest.entryLists[to]]
            }
            for to in 0..<count where finalist[to] {
                let share: Double
                if preferred > 0 {
                    share = contest.preference[from * count + to] * preferenceFactor[row + contest.entryLists[to]] / preferred
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
    mutating func countSecondRound(_ contest: Contest, turnout: Double?, outcome: inout ContestOutcome) {
        let voters = secondRoundVoters(contest, turnout: turnout, outcome: outcome)
        let invalid = VoteCounting.count(Double(voters) * contest.invalid2, limit: voters)
        let blank = VoteCounting.count(Double(voters) * contest.blank2, limit: voters - invalid)
        Self.split(
            voters - invalid - blank, count: contest.entryCount, weights: weights, into: &votes2,
            remainders: &remainders)
        outcome.registered2 = contest.registered
        outcome.voters2 = voters
        outcome.blank2 = blank
        outcome.invalid2 = invalid
    }

    /// Round-2 voters: `turnout` of the registered, or the round-1 voters scaled by the share of
    /// round-1 votes that stay in the run-off (weights already computed).
    func secondRoundVoters(_ contest: Contest, turnout: Double?, outcome: ContestOutcome) -> Int {
        let registered = contest.registered
        let voters: Int
        if let turnout {
            voters = VoteCounting.count(Double(registered) * turnout, limit: registered)
        } else {
            var listVotes = 0
            var staying = 0.0
            for entry in 0..<contest.entryCount {
                listVotes += votes1[entry]
                staying += weights[entry]
            }
            let ratio = listVotes > 0 ? staying / Double(listVotes) : 0
            voters = VoteCounting.count(Double(outcome.voters1) * ratio * contest.impliedShock2, limit: registered)
        }
        return voters
    }

    /// Picks the run-off winner among the finalists (or, with official counts, among those who stood).
    mutating func decideSecondRound(_ contest: Contest, stood: [Bool]?, outcome: inout ContestOutcome) {
        var winner = -1
        for entry in 0..<contest.entryCount where stood?[entry] ?? finalist[entry] {
            if winner < 0 || ranksAbove(entry, winner, votes: votes2, contest: contest, round: 2) { winner = entry }
        }
        guard winner >= 0 else { return }
        outcome.winner = winner
        for entry in 0..<contest.entryCount where entry != winner && (stood?[entry] ?? finalist[entry]) {
            if votes2[entry] == votes2[winner] { outcome.decidedByTie = true }
            if finalist[entry] && votes1[entry] > votes1[winner] { outcome.leadReversal = true }
        }
    }
}
