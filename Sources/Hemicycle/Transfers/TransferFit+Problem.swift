/// The least-squares problem of ``TransferFit``, over each row's logits.
extension TransferFit {
    /// Rows and columns in flat arrays (row `r`, column `c` at `r * columns + c`); the free
    /// parameters are the logits of each row's allowed cells.
    struct Problem: Sendable {
        let data: TransferObservations
        let rows: Int
        let columns: Int
        /// Whether each cell may be positive: abstention, and the groups some run-off informs
        /// (never the row's own group: it is out where the row is read).
        let allowed: [Bool]
        /// Whether some run-off informs each cell.
        let identified: [Bool]
        /// Each row's round-1 votes out of a run-off, summed over the run-offs.
        let rowSupport: [Double]
        /// Each run-off's weight: its registered over the mean.
        let weight: [Double]
        /// The logits of an equal split: zero.
        let start: [Double]

        init(_ data: TransferObservations) {
            self.data = data
            rows = data.groups.count + 1
            columns = data.groups.count + 1
            var identified = Array(repeating: false, count: rows * columns)
            var support = Array(repeating: 0.0, count: rows)
            for runoff in data.runoffs {
                for (row, share) in runoff.out where share > 0 {
                    support[row] += share * Double(runoff.registered)
                    identified[row * columns + data.abstentionColumn] = true
                    for group in runoff.standing { identified[row * columns + group] = true }
                }
            }
            self.identified = identified
            rowSupport = support
            var allowed = identified
            for row in 0..<rows { allowed[row * columns + data.abstentionColumn] = true }
            self.allowed = allowed
            let mean = data.runoffs.reduce(0.0) { $0 + Double($1.registered) } / Double(max(1, data.runoffs.count))
            weight = data.runoffs.map { mean > 0 ? Double($0.registered) / mean : 1 }
            start = Array(repeating: 0, count: rows * columns)
        }

        /// Each row's softmax over its allowed cells.
        func shares(_ logits: [Double]) -> [Double] {
            var shares = Array(repeating: 0.0, count: logits.count)
            for row in 0..<rows {
                let base = row * columns
                var top = -Double.infinity
                for column in 0..<columns where allowed[base + column] { top = max(top, logits[base + column]) }
                var sum = 0.0
                for column in 0..<columns where allowed[base + column] {
                    shares[base + column] = Libm.exp(logits[base + column] - top)
                    sum += shares[base + column]
                }
                for column in 0..<columns where allowed[base + column] { shares[base + column] /= sum }
            }
            return shares
        }

        /// The objective at `logits` (squares plus ridge) and its gradient in the logits.
        func objective(_ logits: [Double], multiplicity: [Double], ridge: Double, gradient: inout [Double]) -> Double {
            let shares = shares(logits)
            var shareGradient = gradient
            var value = evaluate(shares, multiplicity: multiplicity, gradient: &shareGradient)
            for row in 0..<rows {
                let base = row * columns
                var mean = 0.0
                for column in 0..<columns where allowed[base + column] { mean += shares[base + column] * shareGradient[base + column] }
                for column in 0..<columns {
                    let cell = base + column
                    guard allowed[cell] else {
                        gradient[cell] = 0
                        continue
                    }
                    value += ridge * logits[cell] * logits[cell]
                    gradient[cell] = shares[cell] * (shareGradient[cell] - mean) + 2 * ridge * logits[cell]
                }
            }
            return value
        }

        /// The minimum from the logits `start`, with `multiplicity` copies of each run-off, by
        /// L-BFGS (ten pairs) with a backtracking (Armijo) line search.
        func solve(multiplicity: [Double], from start: [Double]) -> (logits: [Double], shares: [Double], residual: Double, steps: Int) {
            let total = zip(weight, multiplicity).reduce(0.0) { $0 + $1.0 * $1.1 }
            let ridge = TransferFit.ridge * total
            let count = start.count
            var logits = start
            var gradient = Array(repeating: 0.0, count: count)
            var value = objective(logits, multiplicity: multiplicity, ridge: ridge, gradient: &gradient)
            var history: [(s: [Double], y: [Double], rho: Double)] = []
            var direction = Array(repeating: 0.0, count: count)
            var trial = logits
            var trialGradient = gradient
            var steps = 0
            var quiet = 0
            while steps < TransferFit.maximumSteps {
                steps += 1
                // Two-loop recursion: direction = −H·gradient.
                for cell in 0..<count { direction[cell] = -gradient[cell] }
                var alphas: [Double] = []
                for pair in history.reversed() {
                    var alpha = 0.0
                    for cell in 0..<count { alpha += pair.s[cell] * direction[cell] }
                    alpha *= pair.rho
                    for cell in 0..<count { direction[cell] -= alpha * pair.y[cell] }
                    alphas.append(alpha)
                }
                if let last = history.last {
                    var sy = 0.0
                    var yy = 0.0
                    for cell in 0..<count {
                        sy += last.s[cell] * last.y[cell]
                        yy += last.y[cell] * last.y[cell]
                    }
                    let scale = yy > 0 ? sy / yy : 1
                    for cell in 0..<count { direction[cell] *= scale }
                } else {
                    var norm = 0.0
                    for cell in 0..<count { norm += gradient[cell] * gradient[cell] }
                    let scale = norm > 0 ? 1 / norm.squareRoot() : 1
                    for cell in 0..<count { direction[cell] *= scale }
                }
                for (pair, alpha) in zip(history, alphas.reversed()) {
                    var beta = 0.0
                    for cell in 0..<count { beta += pair.y[cell] * direction[cell] }
                    beta *= pair.rho
                    for cell in 0..<count { direction[cell] += pair.s[cell] * (alpha - beta) }
                }
                var slope = 0.0
                for cell in 0..<count { slope += gradient[cell] * direction[cell] }
                if slope >= 0 {
                    // Not a descent direction: fall back to the gradient.
                    history.removeAll()
                    slope = 0
                    for cell in 0..<count {
                        direction[cell] = -gradient[cell]
                        slope -= gradient[cell] * gradient[cell]
                    }
                    if slope == 0 { break }
                }
                var step = 1.0
                var trialValue = value
                var accepted = false
                for _ in 0..<60 {
                    for cell in 0..<count { trial[cell] = logits[cell] + step * direction[cell] }
                    trialValue = objective(trial, multiplicity: multiplicity, ridge: ridge, gradient: &trialGradient)
                    if trialValue <= value + 1e-4 * step * slope {
                        accepted = true
                        break
                    }
                    step /= 2
                }
                guard accepted else { break }
                var s = Array(repeating: 0.0, count: count)
                var y = Array(repeating: 0.0, count: count)
                var sy = 0.0
                for cell in 0..<count {
                    s[cell] = trial[cell] - logits[cell]
                    y[cell] = trialGradient[cell] - gradient[cell]
                    sy += s[cell] * y[cell]
                }
                if sy > 1e-300 {
                    history.append((s, y, 1 / sy))
                    if history.count > 10 { history.removeFirst() }
                }
                let decrease = value - trialValue
                swap(&logits, &trial)
                swap(&gradient, &trialGradient)
                value = trialValue
                quiet = decrease <= TransferFit.tolerance * max(1, abs(value)) ? quiet + 1 : 0
                if quiet >= 5 { break }
            }
            let shares = shares(logits)
            var unused = gradient
            let squares = evaluate(shares, multiplicity: multiplicity, gradient: &unused)
            return (logits, shares, total > 0 ? (squares / total).squareRoot() : 0, steps)
        }

        /// The weighted sum of squared residuals at `shares`, and its gradient.
        func evaluate(_ shares: [Double], multiplicity: [Double], gradient: inout [Double]) -> Double {
            let abstention = data.abstentionColumn
            var loss = 0.0
            for cell in gradient.indices { gradient[cell] = 0 }
            var predicted: [Double] = []
            // Each out row's share of the groups that stand, read by both passes.
            var standingShare: [Double] = []
            var proportional: [Double] = []
            for (index, runoff) in data.runoffs.enumerated() where multiplicity[index] > 0 {
                let w = weight[index] * multiplicity[index]
                let standing = runoff.standing
                predicted.removeAll(keepingCapacity: true)
                predicted.append(contentsOf: runoff.loyal)
                proportional.removeAll(keepingCapacity: true)
                let loyalTotal = runoff.loyal.reduce(0, +)
                for position in standing.indices {
                    proportional.append(loyalTotal > 0 ? runoff.loyal[position] / loyalTotal : 1 / Double(standing.count))
                }
                var predictedAbstention = 0.0
                standingShare.removeAll(keepingCapacity: true)
                for (row, x) in runoff.out {
                    let base = row * columns
                    let staying = 1 - shares[base + abstention]
                    var sum = 0.0
                    for group in standing { sum += shares[base + group] }
                    standingShare.append(sum)
                    for position in standing.indices {
                        let share = sum > 1e-300 ? shares[base + standing[position]] / sum : proportional[position]
                        predicted[position] += x * staying * share
                    }
                    predictedAbstention += x * shares[base + abstention]
                }
                var residualAbstention = predictedAbstention - runoff.observedAbstention
                loss += w * residualAbstention * residualAbstention
                residualAbstention *= 2 * w
                for position in standing.indices {
                    let residual = predicted[position] - runoff.observed[position]
                    loss += w * residual * residual
                    predicted[position] = 2 * w * residual
                }
                // predicted now holds 2·w·residual per standing group.
                for (outIndex, (row, x)) in runoff.out.enumerated() {
                    let base = row * columns
                    let staying = 1 - shares[base + abstention]
                    let sum = standingShare[outIndex]
                    var mean = 0.0
                    if sum > 1e-300 {
                        for position in standing.indices { mean += predicted[position] * shares[base + standing[position]] / sum }
                        for position in standing.indices {
                            gradient[base + standing[position]] += x * staying / sum * (predicted[position] - mean)
                        }
                    } else {
                        for position in standing.indices { mean += predicted[position] * proportional[position] }
                    }
                    gradient[base + abstention] += x * (residualAbstention - mean)
                }
            }
            return loss
        }
    }
}
