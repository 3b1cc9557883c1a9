/// The adjustments that move a checked election's votes: turnout levels and swings.
///
/// Both work on modelled rounds (turnout and shares). A constituency whose official round-1
/// counts an adjustment must move is first restated as a model of itself: turnout = voters ÷
/// registered, shares = each entry's votes ÷ the votes for entries, the blank and spoilt shares
/// of the ballots; its official round 2, if any, then follows from the transfers, since its
/// round 1 is no longer the one counted. The description says how many were restated.
extension Election {
    /// The election with every adjustment that moves votes applied in ``Adjustment/applicationOrder``
    /// (document edits,
    /// ``Adjustment/isDocumentEdit``, are the loader's and are skipped here), each described
    /// in ``adjustments``.
    ///
    /// - Throws: ``AdjustmentProblem`` for an unknown list or region, a level no turnout
    ///   reaches, or a swing that takes a share out of [0, 1].
    public func adjusted(by adjustments: [Adjustment]) throws(AdjustmentProblem) -> Election {
        var election = self
        for adjustment in Adjustment.ordered(adjustments, by: { $0 }) {
            switch adjustment {
            case .turnout(let target):
                try election.setTurnout(target)
            case .swing(let swing):
                try election.apply(swing)
            case .modelRound2:
                try election.modelSecondRounds()
            case .noWithdrawals:
                try election.undoWithdrawals()
            case .boycott, .endBoycotts, .set:
                continue
            }
        }
        return election
    }

    // MARK: Scope

    /// The contested constituencies of `region` (all of them without one).
    func contestedIndices(region: String?) throws(AdjustmentProblem) -> [Int] {
        var regionIndex: Int?
        if let region {
            guard let found = regions.firstIndex(of: region) else {
                let known = regions.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
                throw AdjustmentProblem("unknown region '\(region)'; regions are \(known)\(regions.count > 8 ? ", …" : "")")
            }
            regionIndex = found
        }
        let indices = constituencies.indices.filter {
            constituencies[$0].isContested && (regionIndex == nil || constituencies[$0].regionIndex == regionIndex)
        }
        guard !indices.isEmpty else { throw AdjustmentProblem("no constituency is contested in '\(region ?? "the country")'") }
        return indices
    }

    /// Restates constituency `index`'s official round-1 counts as a model of themselves (see the
    /// extension's comment); returns whether it had any.
    @discardableResult
    mutating func modelFirstRound(_ index: Int) -> Bool {
        let constituency = constituencies[index]
        guard case .observed(let counts) = constituency.firstRound else { return false }
        let total = counts.votes.reduce(0, +)
        let support =
            total > 0
            ? counts.votes.map { Double($0) / Double(total) }
            : Array(repeating: 1 / Double(max(1, counts.votes.count)), count: counts.votes.count)
        let voters = Double(counts.voters)
        let model = ModelledRound(
            turnout: constituency.registered > 0 ? min(1, voters / Double(constituency.registered)) : 0,
            invalidShare: counts.voters > 0 ? Double(counts.invalid) / voters : 0,
            blankShare: counts.voters > 0 ? Double(counts.blank) / voters : 0, support: support)
        constituencies[index].firstRound = .modelled(model)
        modelSecondRound(index)
        return true
    }

    /// Restates constituency `index`'s official round-2 counts as a round that follows from the
    /// transfers (its blank and spoilt shares kept); returns whether it had any.
    @discardableResult
    mutating func modelSecondRound(_ index: Int) -> Bool {
        guard case .observed(let counts) = constituencies[index].secondRound else { return false }
        let voters = Double(counts.voters)
        constituencies[index].secondRound = .modelled(
            turnout: nil, invalidShare: counts.voters > 0 ? Double(counts.invalid) / voters : 0,
            blankShare: counts.voters > 0 ? Double(counts.blank) / voters : 0)
        return true
    }

    /// Restates every official round 2 as a round that follows from the transfers
    /// (``Adjustment/modelRound2``).
    mutating func modelSecondRounds() throws(AdjustmentProblem) {
        let modelled = constituencies.indices.filter { modelSecondRound($0) }.count
        guard modelled > 0 else { throw AdjustmentProblem("the scenario has no official round-2 counts to model") }
        let withdrawals = constituencies.reduce(0) { $0 + $1.withdrawn.count }
        adjustments.append(
            "round 2 modelled from round 1 by the transfers"
                + (withdrawals > 0 ? ", the \(withdrawals) observed withdrawal\(withdrawals == 1 ? "" : "s") kept" : "")
                + " (official round-2 counts set aside in \(modelled) constituenc\(modelled == 1 ? "y" : "ies"))")
    }

    /// Takes back every withdrawal of the scenario, with round 2 modelled
    /// (``Adjustment/noWithdrawals``).
    mutating func undoWithdrawals() throws(AdjustmentProblem) {
        let withdrawals = constituencies.reduce(0) { $0 + $1.withdrawn.count }
        guard withdrawals > 0 else { throw AdjustmentProblem("the scenario has no withdrawal to undo") }
        var modelled = 0
        for index in constituencies.indices where !constituencies[index].withdrawn.isEmpty {
            constituencies[index].withdrawn = []
            if modelSecondRound(index) { modelled += 1 }
        }
        adjustments.append(
            "no withdrawals: the \(withdrawals) qualified candidate\(withdrawals == 1 ? "" : "s") who withdrew stand"
                + (modelled > 0 ? ", and the \(modelled) run-off\(modelled == 1 ? "" : "s") they left are modelled by the transfers" : ""))
    }

    /// The smallest `shift` in `range` whose `measure` reaches `target`, or the largest below
    /// it when that comes closer, by bisection (`measure` must not decrease with the shift).
    static func solve(
        _ target: Double, in range: ClosedRange<Double>, _ measure: (Double) -> Double
    ) -> (shift: Double, value: Double) {
        var low = range.lowerBound
        var high = range.upperBound
        var lowValue = measure(low)
        var highValue = measure(high)
        // A bracket 1e-9 wide on the logit scale spans a share or turnout change under 2.5e-10
        // (p(1 − p) ≤ 1/4): less than one vote in a billion, so a narrower one would only
        // repeat the same counts (about 37 halvings from ±40, instead of 80).
        for _ in 0..<80 where high - low > 1e-9 {
            let middle = (low + high) / 2
            let value = measure(middle)
            if value < target { (low, lowValue) = (middle, value) } else { (high, highValue) = (middle, value) }
        }
        return abs(lowValue - target) < abs(highValue - target) ? (low, lowValue) : (high, highValue)
    }

    /// `logistic(logit(p) + shift)`, exact at 0 and 1.
    static func shifted(_ p: Double, by shift: Double) -> Double {
        guard p > 0, p < 1 else { return p }
        let odds = p / (1 - p) * Libm.exp(shift)
        return odds.isInfinite ? 1 : odds / (1 + odds)
    }

    /// A share as a percentage with two decimals.
    static func percent(_ share: Double) -> String { Formatting.percent(share, decimals: 2) }
}

// MARK: Turnout

extension Election {
    /// Moves every constituency's turnout in the target's scope by one shift on the logit scale,
    /// the one that brings the round's turnout in the deterministic run nearest the level.
    mutating func setTurnout(_ target: TurnoutTarget) throws(AdjustmentProblem) {
        let scope = try contestedIndices(region: target.region)
        let place = target.region.map { " in \($0)" } ?? ""
        let before = run()
        let restated: Int
        let measure: (Election) -> Double
        if target.round == 1 {
            restated = scope.reduce(0) { $0 + (modelFirstRound($1) ? 1 : 0) }
            measure = { election in Self.turnout(election.run(), scope, round: 1) }
        } else {
            let runoffs = scope.filter { before.constituencies[$0].decidedInRound == 2 }
            guard !runoffs.isEmpty else {
                throw AdjustmentProblem("no run-off is held\(place) in the run, so there is no round-2 turnout to set")
            }
            restated = runoffs.reduce(0) { $0 + (modelSecondRound($1) ? 1 : 0) }
            measure = { election in Self.turnout(election.run(), runoffs, round: 2) }
        }
        let was = Self.turnout(before, scope, round: target.round)
        let base = self
        let round = target.round
        func moved(_ shift: Double) -> Election {
            var election = base
            for index in scope {
                if round == 2 {
                    election.constituencies[index].turnout2Shift = base.constituencies[index].turnout2Shift + shift
                } else if case .modelled(var model) = base.constituencies[index].firstRound {
                    model.turnout = Self.shifted(model.turnout, by: shift)
                    election.constituencies[index].firstRound = .modelled(model)
                }
            }
            return election
        }
        let lowest = measure(moved(-40))
        let highest = measure(moved(40))
        guard target.level >= lowest - 5e-5, target.level <= highest + 5e-5 else {
            throw AdjustmentProblem(
                "round-\(round) turnout\(place) can be set from \(Self.percent(lowest)) to \(Self.percent(highest)) here "
                    + "(boycotters who abstain and empty registers bound it), not \(Self.percent(target.level))")
        }
        let (shift, reached) = Self.solve(target.level, in: -40...40) { measure(moved($0)) }
        let description =
            "round-\(round) turnout\(place) set to \(Self.percent(reached)) (was \(Self.percent(was))): every "
            + "\(round == 2 ? "run-off's" : "constituency's") turnout moved by \(UserText.signed(shift, decimals: 4)) on the logit scale"
            + (restated > 0 ? "; \(restated) constituencies' official round-\(round) counts restated as a model of themselves" : "")
        self = moved(shift)
        adjustments.append(description)
    }

    /// A round's turnout over some constituencies: their voters over their registered.
    static func turnout(_ result: ElectionResult, _ indices: [Int], round: Int) -> Double {
        var voters = 0
        var registered = 0
        for index in indices {
            let constituency = result.constituencies[index]
            let totals: RoundTotals? = round == 1 ? constituency.firstRound : constituency.secondRound
            guard let totals else { continue }
            voters += totals.voters
            registered += totals.registered
        }
        return registered > 0 ? Double(voters) / Double(registered) : 0
    }
}
