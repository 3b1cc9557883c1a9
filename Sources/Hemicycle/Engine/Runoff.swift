/// A run's noise on one run-off's turnout: a shift on the logit scale.
struct TurnoutShift {
    /// The shift, and e^−shift.
    var shift: Double
    var factor: Double

    /// The turnout `voters / registered` moved by the shift, with one division:
    /// `v / (v + (r − v)·factor)` is `logistic(logit(v / r) + shift)` with the fractions cleared.
    /// Exactly `v / r` without a shift, or when nobody or everybody votes; 0 with nobody registered.
    @inline(__always)
    func turnout(voters: Int, registered: Int) -> Double {
        let v = Double(voters)
        let r = Double(registered)
        let moves = shift != 0 && voters > 0 && voters < registered
        return registered > 0 ? v / (moves ? v + (r - v) * factor : r) : 0
    }
}

/// A run-off between two finalists, as its contest's round 1 leaves it: everything that
/// counting it reads beyond the contest's fixed inputs. The two-way run-off, the common case,
/// is counted and decided from this value alone, so a simulated run may keep its run-offs and
/// count them after its last contest.
struct TwoWayRunoff {
    /// The contest.
    var contest: Int
    /// The finalists' round-1 votes plus the transfers they receive, in entry order.
    var weights: (Double, Double)
    /// The finalists (entries of the contest), the earlier first.
    var finalists: (Int, Int)
    /// Their round-1 votes.
    var finalistVotes1: (Int, Int)
    /// The contest's round-1 votes for all entries, and its round-1 voters.
    var listVotes1: Int
    var voters1: Int
}

/// The run-off: who the eliminated entries' voters move to, how many vote, the count and the
/// decision. Two finalists take the two-way steps (``count(_:shift:outcome:)``); any other
/// number takes the general ones; official round-2 counts are decided as they stand.
extension ContestEvaluator {
    // MARK: The deterministic run-off

    /// Counts contest `c`'s run-off from the expected transfers (or its official counts) and
    /// decides it; the finalists' votes go to ``votes2`` for the result.
    func countExpectedSecondRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        if contest.pointee.usesObservedSecondRound {
            useObservedSecondRound(c, outcome: &outcome)
            return
        }
        if finalistCount == 2 {
            let runoff = twoWayRunoff(c, outcome: outcome)
            let votes = count(runoff, shift: nil, outcome: &outcome)
            finalistVotes[0] = votes.0
            finalistVotes[1] = votes.1
        } else {
            transferWeights(c)
            countSecondRound(c, voters: expectedRunoffVoters(c, outcome: outcome), outcome: &outcome)
            decideSecondRound(c, outcome: &outcome)
        }
        for entry in 0..<contest.pointee.entryCount { votes2[entry] = 0 }
        for position in 0..<finalistCount { votes2[finalistIndex[position]] = finalistVotes[position] }
    }

    // MARK: Two finalists

    /// Contest `c`'s run-off between its two finalists, once ``decideFirstRound(_:outcome:)``
    /// has qualified them (`outcome` holds its round 1).
    @inline(__always)
    func twoWayRunoff(_ c: Int, outcome: ContestOutcome) -> TwoWayRunoff {
        let first = finalistIndex[0]
        let second = finalistIndex[1]
        return TwoWayRunoff(
            contest: c, weights: twoFinalistWeights(c), finalists: (first, second),
            finalistVotes1: (votes1[first], votes1[second]), listVotes1: outcome.listVotes1, voters1: outcome.voters1)
    }

    /// Counts and decides a run-off between two finalists in one straight pass: its voters
    /// (moved by `shift`, a simulated run's noise, if any), its spoilt and blank ballots, the
    /// finalists' votes, the winner. Reads nothing of the evaluator's buffers, and of `outcome`
    /// writes only round 2 and the decision.
    ///
    /// - Returns: the finalists' votes, in entry order.
    @inline(__always)
    func count(_ runoff: TwoWayRunoff, shift: TurnoutShift?, outcome: inout ContestOutcome) -> (Int, Int) {
        let contest = contestBase + runoff.contest
        let (weight0, weight1) = runoff.weights
        let voters = runoffVoters(
            runoff.contest, staying: 0.0 + weight0 + weight1, listVotes1: runoff.listVotes1, voters1: runoff.voters1,
            shift: shift)
        let (invalid, blank) = VoteCounting.spoiltAndBlank(
            voters: voters, invalid: contest.pointee.invalid2, blank: contest.pointee.blank2)
        let votes = VoteCounting.apportion(voters - invalid - blank, weight0, weight1)
        outcome.registered2 = contest.pointee.registered
        outcome.voters2 = voters
        outcome.blank2 = blank
        outcome.invalid2 = invalid
        decideTwoWay(
            runoff.finalists, votes: votes, votes1: runoff.finalistVotes1, constituency: contest.pointee.constituency,
            outcome: &outcome)
        return votes
    }

    /// Decides a run-off between two finalists on their `votes`: the first (the earlier entry)
    /// wins unless the second has more votes, or as many and the tie rule prefers it; a lead
    /// reversal when the winner had fewer round-1 votes (`votes1`).
    ///
    /// Without a branch on who wins: that is a coin toss from one run-off to the next, and a
    /// mispredicted branch would hold up the run-offs counted after this one. (The compiler
    /// turns selects on it back into branches; masks it keeps.)
    @inline(__always)
    func decideTwoWay(
        _ finalists: (Int, Int), votes: (Int, Int), votes1: (Int, Int), constituency: Int, outcome: inout ContestOutcome
    ) {
        let (first, second) = finalists
        var secondWins = (votes.1 > votes.0).asInt
        if votes.0 == votes.1 {
            secondWins = winsTie(second, first, constituency: constituency, round: 2).asInt
            outcome.decidedByTie = true
        }
        let secondMask = 0 &- secondWins
        outcome.winner = first ^ ((first ^ second) & secondMask)
        outcome.round = 2
        let reversal = ((votes1.0 > votes1.1).asInt & secondWins) | ((votes1.1 > votes1.0).asInt & ~secondMask)
        outcome.leadReversal = reversal != 0
    }

    /// The two finalists' round-1 votes plus what the eliminated entries' voters bring them
    /// (see ``transferWeights(_:)``), in entry order.
    @inline(__always)
    func twoFinalistWeights(_ c: Int) -> (Double, Double) {
        let weights = directPreferenceLookup ? twoFinalistWeights(c, directLookup) : twoFinalistWeights(c, rowLookup)
        guard hasNonVoterRow else { return weights }
        (finalistWeights[0], finalistWeights[1]) = weights
        addNonVoterWeights(c)
        return (finalistWeights[0], finalistWeights[1])
    }

    /// ``twoFinalistWeights(_:)`` with the preferences found by `lookup`.
    @inline(__always)
    func twoFinalistWeights<Lookup: PreferenceLookup>(_ c: Int, _ lookup: Lookup) -> (Double, Double) {
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        let entries = self.entries.baseAddress.unsafelyUnwrapped + contest.pointee.entryStart
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
            let (p0, p1) = lookup.preferences(of: list, for: (firstList, secondList))
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

    // MARK: Voters

    /// The run-off's voters: its set turnout of the registered, or the round-1 voters scaled by
    /// the share of round-1 votes that stays in the run-off (`staying`: the finalists' votes
    /// plus the transfers), that turnout moved by `shift` when a simulated run has one.
    @inline(__always)
    func runoffVoters(_ c: Int, staying: Double, listVotes1: Int, voters1: Int, shift: TurnoutShift?) -> Int {
        let contest = contestBase + c
        let registered = contest.pointee.registered
        var expected: Int
        if let turnout = contest.pointee.explicitTurnout2 {
            expected = VoteCounting.count(Double(registered) * turnout, limit: registered)
        } else {
            let ratio = listVotes1 > 0 ? staying / Double(listVotes1) : 0
            expected = VoteCounting.count(Double(voters1) * ratio * contest.pointee.impliedShock2, limit: registered)
        }
        let adjustment = contest.pointee.turnout2Adjustment
        if adjustment.shift != 0 {
            expected = VoteCounting.count(
                Double(registered) * adjustment.turnout(voters: expected, registered: registered), limit: registered)
        }
        guard let shift else { return expected }
        return VoteCounting.count(Double(registered) * shift.turnout(voters: expected, registered: registered), limit: registered)
    }

    /// ``runoffVoters(_:staying:listVotes1:voters1:shift:)`` without a shift, for the finalists
    /// in ``finalistWeights`` (``transferWeights(_:)`` already called).
    func expectedRunoffVoters(_ c: Int, outcome: ContestOutcome) -> Int {
        var staying = 0.0
        for position in 0..<finalistCount { staying += finalistWeights[position] }
        return runoffVoters(c, staying: staying, listVotes1: outcome.listVotes1, voters1: outcome.voters1, shift: nil)
    }

    // MARK: Any number of finalists

    /// Puts into ``finalistWeights`` each finalist's round-1 votes plus what the eliminated
    /// entries' voters bring, given each list's abstention in ``listAbstention`` and the
    /// preference factors in ``weightedPreferences``: the voters who stay home don't move, and
    /// the others follow their list's preferences among the finalists; without any preference
    /// for a finalist, they go in proportion to the finalists' round-1 votes (or in equal parts).
    func transferWeights(_ c: Int) {
        let finalists = finalistCount
        if finalists == 2 {
            (finalistWeights[0], finalistWeights[1]) = twoFinalistWeights(c)
            return
        }
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        let entries = self.entries.baseAddress.unsafelyUnwrapped + contest.pointee.entryStart
        var votesOfFinalists = 0
        for position in 0..<finalists {
            let entry = finalistIndex[position]
            finalistWeights[position] = Double(votes1[entry])
            votesOfFinalists += votes1[entry]
        }
        let proportional = votesOfFinalists > 0 ? 1 / Double(votesOfFinalists) : 0
        for from in 0..<count where !finalist[from] {
            let list = entries[from].list
            let moving = Double(votes1[from]) * (1 - listAbstention[list])
            var preferred = 0.0
            for position in 0..<finalists {
                let to = entries[finalistIndex[position]].list
                let weight = preference(of: list, for: to)
                finalistPreferences[position] = weight
                preferred += weight
            }
            if preferred > 0 {
                let scale = moving / preferred
                for position in 0..<finalists { finalistWeights[position] += finalistPreferences[position] * scale }
            } else if votesOfFinalists > 0 {
                let scale = moving * proportional
                for position in 0..<finalists {
                    finalistWeights[position] += Double(votes1[finalistIndex[position]]) * scale
                }
            } else {
                let share = moving / Double(max(1, finalists))
                for position in 0..<finalists { finalistWeights[position] += share }
            }
        }
        if hasNonVoterRow { addNonVoterWeights(c) }
    }

    /// Adds to ``finalistWeights`` the round-1 non-voters who vote in the run-off, when the
    /// scenario gives their row: the registered who cast no valid vote in round 1 (abstainers,
    /// blank and spoilt ballots), less the row's abstention, split over the finalists by the
    /// row's preferences as a list's voters are (in proportion to the finalists' round-1 votes
    /// without a preference for any).
    func addNonVoterWeights(_ c: Int) {
        let contest = contestBase + c
        let entries = self.entries.baseAddress.unsafelyUnwrapped + contest.pointee.entryStart
        var listVotes = 0
        for entry in 0..<contest.pointee.entryCount { listVotes += votes1[entry] }
        let moving = Double(max(0, contest.pointee.registered - listVotes)) * (1 - nonVoterRow[0])
        let finalists = finalistCount
        var preferred = 0.0
        var votesOfFinalists = 0
        for position in 0..<finalists {
            preferred += nonVoterRow[1 + entries[finalistIndex[position]].list]
            votesOfFinalists += votes1[finalistIndex[position]]
        }
        for position in 0..<finalists {
            let entry = finalistIndex[position]
            if preferred > 0 {
                finalistWeights[position] += moving * nonVoterRow[1 + entries[entry].list] / preferred
            } else if votesOfFinalists > 0 {
                finalistWeights[position] += moving * Double(votes1[entry]) / Double(votesOfFinalists)
            } else {
                finalistWeights[position] += moving / Double(finalists)
            }
        }
    }

    /// Counts the run-off with `voters` ballots: spoilt and blank ones, and the finalists' votes
    /// in ``finalistVotes``, split by their ``finalistWeights``.
    func countSecondRound(_ c: Int, voters: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        let (invalid, blank) = VoteCounting.spoiltAndBlank(
            voters: voters, invalid: contest.pointee.invalid2, blank: contest.pointee.blank2)
        let finalists = finalistCount
        VoteCounting.apportion(
            voters - invalid - blank, weights: UnsafeBufferPointer(rebasing: finalistWeights[0..<finalists]),
            into: UnsafeMutableBufferPointer(rebasing: finalistVotes[0..<finalists]), remainders: splitRemainders)
        outcome.registered2 = contest.pointee.registered
        outcome.voters2 = voters
        outcome.blank2 = blank
        outcome.invalid2 = invalid
    }

    /// Picks the run-off winner among the finalists, on their votes in ``finalistVotes``; two
    /// finalists are decided by ``decideTwoWay(_:votes:votes1:constituency:outcome:)``.
    func decideSecondRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        guard finalistCount > 0 else { return }
        if finalistCount == 2 {
            let (first, second) = (finalistIndex[0], finalistIndex[1])
            decideTwoWay(
                (first, second), votes: (finalistVotes[0], finalistVotes[1]), votes1: (votes1[first], votes1[second]),
                constituency: contest.pointee.constituency, outcome: &outcome)
            return
        }
        var winner = finalistIndex[0]
        var winnerVotes = finalistVotes[0]
        var tied = false
        for position in 1..<max(1, finalistCount) {
            let entry = finalistIndex[position]
            let votes = finalistVotes[position]
            if votes == winnerVotes {
                tied = true
                if winsTie(entry, winner, constituency: contest.pointee.constituency, round: 2) { winner = entry }
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

    // MARK: Official counts

    /// Copies the official round-2 counts and decides the run-off among those who stood.
    func useObservedSecondRound(_ c: Int, outcome: inout ContestOutcome) {
        let contest = contestBase + c
        guard let counts = contest.pointee.observed2 else { return }
        let base = contest.pointee.entryStart
        for entry in 0..<contest.pointee.entryCount {
            let record = entries[base + entry]
            votes2[entry] = record.stood2 ? record.votes2 : 0
            if record.stood2 && !finalist[entry] { outcome.fieldMismatch = true }
        }
        outcome.registered2 = counts.registered
        outcome.voters2 = counts.voters
        outcome.blank2 = counts.blank
        outcome.invalid2 = counts.invalid
        var winner = -1
        for entry in 0..<contest.pointee.entryCount where entries[base + entry].stood2 {
            if winner < 0 || ranksAbove(entry, winner, votes: votes2, constituency: contest.pointee.constituency, round: 2) {
                winner = entry
            }
        }
        guard winner >= 0 else { return }
        outcome.winner = winner
        for entry in 0..<contest.pointee.entryCount where entry != winner && entries[base + entry].stood2 {
            if votes2[entry] == votes2[winner] { outcome.decidedByTie = true }
            if finalist[entry] && votes1[entry] > votes1[winner] { outcome.leadReversal = true }
        }
    }
}
