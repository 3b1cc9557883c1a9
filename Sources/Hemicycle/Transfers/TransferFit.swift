import Dispatch
import Synchronization

/// Estimates a transfer table from run-offs whose two rounds are counted, by constrained
/// ecological regression across constituencies, with bootstrap intervals.
///
/// **The model** is the engine's own (``TransferTable``), so that the estimate pasted into a
/// scenario gives back the fitted run-offs. A row is what the round-1 voters of a group out of
/// the run-off do (and the last row, what round 1's non-voters do): a share `a` abstains, and
/// the others go to the groups that stand in proportion to the row's shares for them. So in a
/// run-off where not every group stands, the row is renormalised over those who stand, its
/// abstention held. A group that stands keeps its round-1 voters. In shares of the registered
/// (round 1's for the rows, round 2's for the observations), a group `k` that stands wins
///
///     loyal_k + Σ_rows x_row · (1 − a_row) · θ_row,k / Σ_{j standing} θ_row,j
///
/// and abstention (no valid vote for a candidate) is Σ_rows x_row · a_row. Without a share for
/// any group that stands, a row's voters split as the standing groups' own round-1 votes, as
/// the engine's do.
///
/// **The fit** minimises the squared residuals over every run-off's standing groups and its
/// abstention, each run-off weighted by its registered, with every row on the simplex (shares
/// in [0, 1] summing to one, and none from a group to itself). Each row is the softmax of free
/// logits, so the simplex always holds, and the logits carry a small ridge (``ridge`` per unit
/// of run-off weight) toward an equal split. The data fix a row's ratios between groups that
/// stand together, chained across run-offs, so where a chain is weak (a group that meets the
/// others in few run-offs) the ratios can drift far at almost no cost: the ridge settles them,
/// near an equal split where the data say nothing, at a cost under 1% of the squares. The
/// minimum is found by L-BFGS with a backtracking line search, from equal shares. A cell no
/// run-off informs (the row was never out where that group stood) is held at zero and marked
/// unidentified: where a row meets only such groups, the engine splits its voters as the
/// finalists' round-1 votes.
///
/// **Intervals** come from resampling the run-offs with replacement (`bootstrap` times, each
/// resample drawn from its own stream of the seed, so the result is the same on any number of
/// threads), each refitted from the estimate; an interval is the percentiles of the refits.
public enum TransferFit {
    /// The most L-BFGS steps of one fit.
    static let maximumSteps = 5_000
    /// The fit stops when a step lowers the objective by less than this, relatively.
    static let tolerance = 1e-13
    /// The ridge on the logits, per unit of run-off weight.
    public static let ridge = 1e-7

    /// Estimates the table of `data`, with `bootstrap` resamples giving `level` intervals.
    public static func estimate(
        _ data: TransferObservations, bootstrap: Int = 200, level: Double = 0.9, seed: UInt64 = 1, threads: Int = 1
    ) -> TransferEstimate {
        let problem = Problem(data)
        let everyRunoff = Array(repeating: 1.0, count: data.runoffs.count)
        let fit = problem.solve(multiplicity: everyRunoff, from: problem.start)
        var lower: [Double] = []
        var upper: [Double] = []
        if bootstrap > 0 {
            let results = Mutex(Array(repeating: [Double](), count: bootstrap))
            let workers = max(1, min(threads, bootstrap))
            let start = fit.logits
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for replicate in stride(from: worker, to: bootstrap, by: workers) {
                    var generator = SeedDerivation.stream(seed: seed, index: replicate)
                    var multiplicity = Array(repeating: 0.0, count: data.runoffs.count)
                    for _ in data.runoffs.indices {
                        multiplicity[Self.bounded(data.runoffs.count, using: &generator)] += 1
                    }
                    let refit = problem.solve(multiplicity: multiplicity, from: start).shares
                    results.withLock { $0[replicate] = refit }
                }
            }
            let refits = results.withLock { $0 }
            let cells = fit.shares.count
            lower = Array(repeating: 0, count: cells)
            upper = Array(repeating: 0, count: cells)
            var column = Array(repeating: 0.0, count: bootstrap)
            for cell in 0..<cells {
                for replicate in 0..<bootstrap { column[replicate] = refits[replicate][cell] }
                column.sort()
                lower[cell] = Self.quantile(column, (1 - level) / 2)
                upper[cell] = Self.quantile(column, (1 + level) / 2)
            }
        }
        return TransferEstimate(
            observations: data, shares: fit.shares, lower: lower, upper: upper, identified: problem.identified,
            rowSupport: problem.rowSupport, residual: fit.residual, steps: fit.steps, bootstrap: bootstrap, level: level,
            seed: seed)
    }

    /// A uniform integer in `0..<count` (Lemire's multiply-and-reject: unbiased).
    static func bounded(_ count: Int, using generator: inout Xoshiro256StarStar) -> Int {
        let bound = UInt64(count)
        var product = generator.next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = generator.next().multipliedFullWidth(by: bound) }
        }
        return Int(product.high)
    }

    /// The `p` quantile of sorted `values`, interpolated between order statistics (type 7).
    static func quantile(_ values: [Double], _ p: Double) -> Double {
        guard values.count > 1 else { return values.first ?? 0 }
        let position = p * Double(values.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(values.count - 1, below + 1)
        return values[below] + (values[above] - values[below]) * (position - Double(below))
    }
}
