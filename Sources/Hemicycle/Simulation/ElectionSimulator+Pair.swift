/// A second simulator and the scratch two runs share in ``ElectionSimulator/simulate(_:using:into:)``.
final class RunPair {
    /// Works through the second run of each pair, in buffers of its own.
    let partner: ElectionSimulator
    /// Both runs' remainders of one contest's round-1 split, side by side.
    let remainders: UnsafeMutablePointer<SIMD2<Double>>

    init(partner: ElectionSimulator, entries: Int) {
        self.partner = partner
        remainders = .allocate(capacity: max(1, entries))
        remainders.initialize(repeating: .zero, count: max(1, entries))
    }

    deinit { remainders.deallocate() }
}

extension ElectionSimulator {
    /// Draws two simulated elections, this simulator's run and then the partner's, and counts
    /// them in `tally` in that order: the same draws and tally as two calls of
    /// ``simulate(using:into:)``, since without voter sampling a run draws from `rng` only at
    /// its start.
    func simulatePair(_ pair: RunPair, using rng: inout Xoshiro256StarStar, into tally: inout SimulationTally) {
        let twoRound = primarySingleRound == nil
        let (run, partnerRun) = runContestsInPair(pair, using: &rng, twoRound: twoRound, storeVotes: !twoRound)
        record(run, into: &tally)
        pair.partner.record(partnerRun, into: &tally)
    }

    /// Draws two simulated elections, this simulator's run and then the partner's, and counts
    /// every compared rule's seats on each run's votes in `comparison`, in that order.
    func simulatePair(_ pair: RunPair, using rng: inout Xoshiro256StarStar, into comparison: inout ComparisonTally) {
        _ = runContestsInPair(pair, using: &rng, twoRound: comparesTwoRound, storeVotes: true)
        recordComparison(into: &comparison)
        pair.partner.recordComparison(into: &comparison)
    }

    /// The contests of two runs, this simulator's and the partner's, side by side:
    /// ``runContests(using:twoRound:storeVotes:)`` for each, with both runs' round 1 counted
    /// together.
    func runContestsInPair(
        _ pair: RunPair, using rng: inout Xoshiro256StarStar, twoRound: Bool, storeVotes: Bool
    ) -> (RunSummary, RunSummary) {
        let partner = pair.partner
        startRun(using: &rng)
        partner.startRun(using: &rng)
        var run = RunSummary()
        var partnerRun = RunSummary()
        for c in 0..<table.count {
            var outcome = ContestOutcome()
            var partnerOutcome = ContestOutcome()
            countFirstRounds(
                c, partner: partner, remainders: pair.remainders, using: &rng, outcome: &outcome,
                partnerOutcome: &partnerOutcome)
            finishContest(c, using: &rng, outcome: &outcome, run: &run, twoRound: twoRound, storeVotes: storeVotes)
            partner.finishContest(
                c, using: &rng, outcome: &partnerOutcome, run: &partnerRun, twoRound: twoRound, storeVotes: storeVotes)
        }
        settlePendingRunoffs(&run)
        partner.settlePendingRunoffs(&partnerRun)
        return (run, partnerRun)
    }

    /// Counts contest `c`'s round 1 in this run and in the partner's, splitting both runs'
    /// votes together when it can (``VoteCounting/apportionPair(totals:count:first:second:remainders:)``)
    /// and each by itself otherwise; each run's counts are those of
    /// ``countFirstRound(_:using:outcome:)``.
    ///
    /// `rng` is not read: a round 1 draws only with voter sampling, which never runs in pairs.
    func countFirstRounds(
        _ c: Int, partner: ElectionSimulator, remainders: UnsafeMutablePointer<SIMD2<Double>>,
        using rng: inout Xoshiro256StarStar, outcome: inout ContestOutcome, partnerOutcome: inout ContestOutcome
    ) {
        let contest = table.contestBase + c
        guard !readsObservedFirstRound(contest), !partner.readsObservedFirstRound(contest) else {
            countFirstRound(c, using: &rng, outcome: &outcome)
            partner.countFirstRound(c, using: &rng, outcome: &partnerOutcome)
            return
        }
        let ((abstaining, weightSum), (partnerAbstaining, partnerWeightSum)) = weighEntries(contest, partner: partner)
        let ballots = evaluator.countFirstRoundBallots(
            c, turnout: runTurnout1[c] * max(0, 1 - abstaining), outcome: &outcome)
        let partnerBallots = partner.evaluator.countFirstRoundBallots(
            c, turnout: partner.runTurnout1[c] * max(0, 1 - partnerAbstaining), outcome: &partnerOutcome)
        let count = contest.pointee.entryCount
        let totals = (
            ballots.voters - ballots.invalid - ballots.blank,
            partnerBallots.voters - partnerBallots.invalid - partnerBallots.blank
        )
        let weights = evaluator.weights.baseAddress.unsafelyUnwrapped
        let partnerWeights = partner.evaluator.weights.baseAddress.unsafelyUnwrapped
        let votes = evaluator.votes1.baseAddress.unsafelyUnwrapped
        let partnerVotes = partner.evaluator.votes1.baseAddress.unsafelyUnwrapped
        let together = VoteCounting.apportionPair(
            totals: totals, count: count, first: (UnsafePointer(weights), weightSum, votes),
            second: (UnsafePointer(partnerWeights), partnerWeightSum, partnerVotes), remainders: remainders)
        if !together {
            VoteCounting.apportion(
                totals.0, weights: UnsafeBufferPointer(start: weights, count: count), sum: weightSum,
                into: UnsafeMutableBufferPointer(start: votes, count: count),
                remainders: UnsafeMutableBufferPointer(rebasing: evaluator.remainders[0..<count]))
            VoteCounting.apportion(
                totals.1, weights: UnsafeBufferPointer(start: partnerWeights, count: count), sum: partnerWeightSum,
                into: UnsafeMutableBufferPointer(start: partnerVotes, count: count),
                remainders: UnsafeMutableBufferPointer(rebasing: partner.evaluator.remainders[0..<count]))
        }
    }

    /// ``weighEntries(_:)`` for this run and the partner's at once, one run per lane of
    /// `SIMD2<Double>`: lane by lane the same operations in the same order, so each run's
    /// weights, abstention and sum are those ``weighEntries(_:)`` gives it.
    func weighEntries(
        _ contest: UnsafeMutablePointer<ContestRecord>, partner: ElectionSimulator
    ) -> ((abstaining: Double, weightSum: Double), (abstaining: Double, weightSum: Double)) {
        let weights = evaluator.weights.baseAddress.unsafelyUnwrapped
        let partnerWeights = partner.evaluator.weights.baseAddress.unsafelyUnwrapped
        let count = contest.pointee.entryCount
        let boycotterCount = contest.pointee.boycotterCount
        let boycotterStart = contest.pointee.boycotterStart
        let entryStart = contest.pointee.entryStart
        let boycotterLine = table.entries.count + boycotterStart
        let source = perturbsShares ? lineWeight : lineSupport
        let partnerSource = perturbsShares ? partner.lineWeight : partner.lineSupport
        let zero = SIMD2<Double>.zero
        @inline(__always) func entryWeight(_ entry: Int) -> SIMD2<Double> {
            SIMD2(source[entryStart + entry], partnerSource[entryStart + entry])
        }
        @inline(__always) func boycotterWeight(_ index: Int) -> SIMD2<Double> {
            SIMD2(source[boycotterLine + index], partnerSource[boycotterLine + index])
        }
        var scale = SIMD2<Double>(repeating: 1)
        if perturbsShares {
            var total = zero
            for entry in 0..<count { total += entryWeight(entry) }
            for index in 0..<boycotterCount { total += boycotterWeight(index) }
            scale.replace(with: 1 / total, where: total .> zero)
        }
        // Each boycotter's voting supporters, in the two runs.
        var abstaining = zero
        var firstMoving = zero
        let moving = evaluator.boycottShares.baseAddress.unsafelyUnwrapped
        let partnerMoving = partner.evaluator.boycottShares.baseAddress.unsafelyUnwrapped
        for index in 0..<boycotterCount {
            let share = boycotterWeight(index) * scale
            let slot = table.boycotters[boycotterStart + index].slot
            let abstention = SIMD2(boycottAbstention[slot], partner.boycottAbstention[slot])
            abstaining += abstention * share
            let voting = (1 - abstention) * share
            if index == 0 { firstMoving = voting }
            moving[index] = voting[0]
            partnerMoving[index] = voting[1]
        }
        let boycotters = table.boycotters.baseAddress.unsafelyUnwrapped + boycotterStart
        let transfers = table.boycottTransfers.baseAddress.unsafelyUnwrapped
        var weightSum = zero
        @inline(__always) func store(_ weight: SIMD2<Double>, _ entry: Int) {
            weights[entry] = weight[0]
            partnerWeights[entry] = weight[1]
            weightSum += zero.replacing(with: weight, where: weight .>= zero)  // `max(0, weight)`
        }
        if boycotterCount == 1 {
            let transfer = transfers + boycotters[0].transferStart
            for entry in 0..<count { store(entryWeight(entry) * scale + firstMoving * transfer[entry], entry) }
        } else {
            for entry in 0..<count {
                var weight = entryWeight(entry) * scale
                for index in 0..<boycotterCount {
                    let voting = SIMD2(moving[index], partnerMoving[index])
                    weight += voting * transfers[boycotters[index].transferStart + entry]
                }
                store(weight, entry)
            }
        }
        return ((abstaining[0], weightSum[0]), (abstaining[1], weightSum[1]))
    }
}
