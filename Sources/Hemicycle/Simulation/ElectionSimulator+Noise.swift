/// A run's noise: every normal it uses drawn at its start, then turned into swings, turnout
/// shifts, boycott and run-off abstentions, transfer preferences and perturbed ballot lines.
extension ElectionSimulator {
    /// Draws every normal the run uses into ``noise``, in one pass.
    func drawNoise(using generator: inout Xoshiro256StarStar) {
        normal.fill(noise, count: noiseLayout.count, using: &generator)
    }

    /// Sets the run's national and regional swings, national turnout shocks, boycott abstention
    /// and transfer noise from the normals in ``noise``.
    func drawNational() {
        let layout = noiseLayout
        for (slot, list) in zip(layout.nationalStart..., layout.nationalLists) {
            nationalSwing[list] = nationalDeviation[list] * noise[slot]
        }
        // Each (region, list) pair's swing: its list's national swing plus its regional swing
        // (zero without regional noise), added here once rather than for each ballot line.
        regionalPairLists.withUnsafeBufferPointer { lists in
            if layout.regionalCount > 0 {
                let regional = noise + layout.regionalStart
                for index in 0..<lists.count {
                    regionalSwing[index] = nationalSwing[lists[index]] + regionalDeviation * regional[index]
                }
            } else {
                for index in 0..<lists.count { regionalSwing[index] = nationalSwing[lists[index]] + 0 }
            }
        }
        turnoutShift1 = layout.turnoutShockSlot.0 >= 0 ? nationalTurnoutDeviation1 * noise[layout.turnoutShockSlot.0] : 0
        turnoutShift2 = layout.turnoutShockSlot.1 >= 0 ? nationalTurnoutDeviation2 * noise[layout.turnoutShockSlot.1] : 0
        if layout.boycottStart >= 0 {
            for index in 0..<boycottCount {
                boycottAbstention[index] = Self.shift(
                    setBoycottAbstention[index], by: boycottDeviation * noise[layout.boycottStart + index])
            }
        }
        if layout.listAbstentionStart >= 0 {
            // The shifts and their exps in a loop of their own, which the compiler vectorises
            // (with the stores to the evaluator's buffer in it, it does not).
            let shifts = noise + layout.listAbstentionStart
            for list in 0..<listCount {
                shifts[list] = transferAbstentionDeviation * shifts[list]
                listShiftFactor[list] = FastMath.exp(-shifts[list])
            }
            for list in 0..<listCount {
                listAbstention[list] = Self.shift(setListAbstention[list], by: shifts[list], factor: listShiftFactor[list])
            }
        }
        if layout.preferenceStart >= 0 {
            // The exps in one vectorised loop (over the noise slots, one per stated preference,
            // in the table's order), then the products, each written to its place.
            let deviation = transferPreferenceDeviation
            let slots = noise + layout.preferenceStart
            let pairs = evaluator.preferences.count
            for index in 0..<pairs { slots[index] = FastMath.exp(deviation * slots[index]) }
            let places = evaluator.preferenceSlots
            for index in 0..<pairs {
                evaluator.weightedPreferences[places[index]] = evaluator.preferences[index] * slots[index]
            }
        }
    }

    /// `rate` moved by `shift` on the logit scale, `logistic(logit(rate) + shift)`; exactly
    /// `rate` when `shift` is zero, and 0 or 1 stay put.
    ///
    /// Computed as `rate / (rate + (1 − rate)·e^−shift)`, the same value without a logarithm.
    @inline(__always)
    static func shift(_ rate: Double, by shift: Double) -> Double {
        Self.shift(rate, by: shift, factor: FastMath.exp(-shift))
    }

    /// ``shift(_:by:)`` with `factor` = e^−`shift` already computed; branch-free.
    @inline(__always)
    static func shift(_ rate: Double, by shift: Double, factor: Double) -> Double {
        let shifted = rate / (rate + (1 - rate) * factor)
        return shift != 0 && rate > 0 && rate < 1 ? shifted : rate
    }

    /// Every contest's turnout shift for this run, at once (independent `exp`s the compiler
    /// vectorises): the shifted round-1 turnout, and round 2's shift and factor, applied later
    /// to a turnout that depends on the run-off.
    func shiftTurnouts() {
        let contests = table.count
        if turnoutNoise.0 {
            let national = turnoutShift1
            let deviation = constituencyTurnoutDeviation1
            let noise = noiseLayout.turnoutStart.0 >= 0 ? self.noise + noiseLayout.turnoutStart.0 : zeros
            for c in 0..<contests {
                let shift = national + deviation * noise[c]
                runTurnout1[c] = Self.shift(baseTurnout1[c], by: shift, factor: FastMath.exp(-shift))
            }
        }
        if turnoutNoise.1 {
            let national = turnoutShift2
            let deviation = constituencyTurnoutDeviation2
            let noise = noiseLayout.turnoutStart.1 >= 0 ? self.noise + noiseLayout.turnoutStart.1 : zeros
            for c in 0..<contests {
                let shift = national + deviation * noise[c]
                runShift2[c] = shift
                runFactor2[c] = FastMath.exp(-shift)
            }
        }
    }

    /// Multiplies every ballot line's support by exp(national + regional + constituency noise),
    /// for the whole election at once: one gather of the swings (national plus regional, summed
    /// per region and list by ``drawNational()``), then one loop of independent `exp`s that the
    /// compiler vectorises (with the gather in it, it does not).
    func perturbLines() {
        let swing = regionalSwing.baseAddress.unsafelyUnwrapped
        for line in 0..<lineCount { lineSwing[line] = swing[lineRegional[line]] }
        // Without constituency noise every slot reads a zero.
        let lineNoise = noiseLayout.shareStart >= 0 ? noise + noiseLayout.shareStart : zeros
        let deviation = constituencyDeviation
        let support = table.lineSupport
        for line in 0..<lineCount {
            lineWeight[line] = support[line] * FastMath.exp(lineSwing[line] + deviation * lineNoise[line])
        }
    }

    // MARK: Dirichlet transfer rows

    /// Draws this run's transfer rows around the scenario's, each whole from a Dirichlet of
    /// concentration κ (``Uncertainty/transferConcentration``), in list order and then the
    /// non-voters' row, from the run's own stream: a row `(a, p₁ … p_k)` (its abstention, then
    /// its stated preferences rescaled to fill `1 − a`: a share for a bloc is one for each of
    /// its lists, so they may sum to more) is drawn as Dirichlet(κa, κp₁, …), and a
    /// list without preferences draws its abstention from Beta(κa, κ(1 − a)). A component that is
    /// 0 stays 0, and a row with one component is not drawn.
    func drawTransferRows(using rng: inout Xoshiro256StarStar) {
        let kappa = transferConcentration
        let rows = table.preferenceRows
        for list in 0..<listCount {
            let abstention = setListAbstention[list]
            let start = rows[list]
            let end = rows[list + 1]
            var count = 0
            var stated = 0.0
            for index in start..<end { stated += evaluator.preferences[index] }
            if abstention > 0 {
                rowConcentrations[count] = kappa * abstention
                count += 1
            }
            if end > start {
                let scale = stated > 0 ? (1 - abstention) / stated : 0
                for index in start..<end where evaluator.preferences[index] * scale > 0 {
                    rowConcentrations[count] = kappa * evaluator.preferences[index] * scale
                    count += 1
                }
            } else if abstention < 1 {
                rowConcentrations[count] = kappa * (1 - abstention)
                count += 1
            }
            guard count > 1 else { continue }
            drawRow(count, using: &rng)
            var component = 0
            if abstention > 0 {
                listAbstention[list] = rowShares[0]
                component = 1
            } else {
                listAbstention[list] = 0
            }
            guard end > start else { continue }
            let places = evaluator.preferenceSlots
            let scale = stated > 0 ? (1 - abstention) / stated : 0
            for index in start..<end {
                if evaluator.preferences[index] * scale > 0 {
                    evaluator.weightedPreferences[places[index]] = rowShares[component]
                    component += 1
                }
            }
        }
        guard let row = table.nonVoterRow else { return }
        let abstention = row[0]
        var count = 0
        if abstention > 0 {
            rowConcentrations[count] = kappa * abstention
            count += 1
        }
        // The preferences, rescaled to fill 1 − a (a bloc's share is every one of its lists').
        var stated = 0.0
        for list in nonVoterTargets { stated += row[1 + list] }
        let scale = stated > 0 ? (1 - abstention) / stated : 0
        for list in nonVoterTargets {
            rowConcentrations[count] = kappa * row[1 + list] * scale
            count += 1
        }
        guard count > 1 else { return }
        drawRow(count, using: &rng)
        var component = 0
        if abstention > 0 {
            evaluator.nonVoterRow[0] = rowShares[0]
            component = 1
        }
        for list in nonVoterTargets {
            evaluator.nonVoterRow[1 + list] = rowShares[component]
            component += 1
        }
    }

    /// One Dirichlet draw of the first `count` of ``rowConcentrations`` into ``rowShares``.
    private func drawRow(_ count: Int, using rng: inout Xoshiro256StarStar) {
        var shares = UnsafeMutableBufferPointer(rebasing: rowShares[0..<count])
        DirichletDistribution.sample(
            concentrations: UnsafeBufferPointer(rebasing: rowConcentrations[0..<count]), into: &shares, using: &rng)
    }
}
