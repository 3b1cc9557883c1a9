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

    /// Draws this run's transfer rows around the scenario's, each whole from its Dirichlet
    /// (``DirichletRows``, in list order and then the non-voters' row, from the run's own
    /// stream), and writes each share where the run-offs read it: a list's abstention, its
    /// weighted preferences, the non-voters' row.
    func drawTransferRows(using rng: inout Xoshiro256StarStar) {
        let layout = dirichletRows
        layout.concentrations.withUnsafeBufferPointer { concentrations in
            layout.destinations.withUnsafeBufferPointer { destinations in
                for row in layout.rows {
                    var shares = UnsafeMutableBufferPointer(rebasing: rowShares[0..<row.count])
                    DirichletDistribution.sample(
                        concentrations: UnsafeBufferPointer(rebasing: concentrations[row.start..<(row.start + row.count)]),
                        into: &shares, using: &rng)
                    let first = row.abstains ? 1 : 0
                    if let list = row.list {
                        listAbstention[list] = row.abstains ? shares[0] : 0
                        for component in first..<row.count where destinations[row.start + component] != DirichletRows.nowhere {
                            evaluator.weightedPreferences[destinations[row.start + component]] = shares[component]
                        }
                    } else {
                        if row.abstains { evaluator.nonVoterRow[0] = shares[0] }
                        for component in first..<row.count {
                            evaluator.nonVoterRow[1 + destinations[row.start + component]] = shares[component]
                        }
                    }
                }
            }
        }
    }

    /// The concentrations of the transfer rows a run draws, row by row (empty without a
    /// Dirichlet concentration): what a benchmark of the random-number floor draws.
    public var transferRowConcentrations: [[Double]] {
        dirichletRows.rows.map { Array(dirichletRows.concentrations[$0.start..<($0.start + $0.count)]) }
    }
}
