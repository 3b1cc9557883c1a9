import Foundation

/// Running moments of a sample (Welford's update extended to the 3rd and 4th central moments,
/// Terriberry 2007), with z-scores of the sample mean and variance against exact values.
struct SampleMoments {
    private(set) var count = 0
    private(set) var mean = 0.0
    private var m2 = 0.0
    private var m3 = 0.0
    private var m4 = 0.0

    init() {}

    init(_ values: some Sequence<Double>) {
        for value in values { add(value) }
    }

    mutating func add(_ x: Double) {
        let n1 = Double(count)
        count += 1
        let n = Double(count)
        let delta = x - mean
        let deltaN = delta / n
        let deltaN2 = deltaN * deltaN
        let term1 = delta * deltaN * n1
        mean += deltaN
        m4 += term1 * deltaN2 * (n * n - 3 * n + 3) + 6 * deltaN2 * m2 - 4 * deltaN * m3
        m3 += term1 * deltaN * (n - 2) - 3 * deltaN * m2
        m2 += term1
    }

    /// The (biased, 1/n) sample variance.
    var variance: Double { m2 / Double(count) }
    var skewness: Double { (m3 / Double(count)) / (variance * variance.squareRoot()) }
    var excessKurtosis: Double { (m4 / Double(count)) / (variance * variance) - 3 }

    /// (sample mean − μ) / (σ / √n).
    func meanZ(mean expected: Double, variance: Double) -> Double {
        (mean - expected) / (variance / Double(count)).squareRoot()
    }

    /// (sample variance − σ²) / √((μ₄ − σ⁴) / n), the large-sample standard error of s².
    func varianceZ(variance expected: Double, fourthCentralMoment mu4: Double) -> Double {
        (variance - expected) / ((mu4 - expected * expected) / Double(count)).squareRoot()
    }
}

/// Exact moments of a distribution, from its first four raw moments.
struct ExactMoments {
    let mean: Double
    let variance: Double
    let fourthCentralMoment: Double

    init(raw m1: Double, _ m2: Double, _ m3: Double, _ m4: Double) {
        mean = m1
        variance = m2 - m1 * m1
        fourthCentralMoment = m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * m1 * m1 * m1 * m1
    }

    init(mean: Double, variance: Double, fourthCentralMoment: Double) {
        self.mean = mean
        self.variance = variance
        self.fourthCentralMoment = fourthCentralMoment
    }

    /// The larger of the two |z| scores of a sample's mean and variance.
    func worstZ(of sample: SampleMoments) -> Double {
        max(
            abs(sample.meanZ(mean: mean, variance: variance)),
            abs(sample.varianceZ(variance: variance, fourthCentralMoment: fourthCentralMoment))
        )
    }
}

enum Statistics {
    /// Tolerance of every moment check, in standard errors. With fixed seeds the tests are
    /// deterministic; 5 SE keeps a correct sampler's chance of an unlucky seed below 10^-6 per
    /// check while any bias above ~5 SE is caught.
    static let zBand = 5.0

    /// Upper 10^-6 point of the chi-square distribution (Wilson–Hilferty approximation,
    /// z = 4.753), good to a few percent for 5 or more degrees of freedom.
    static func chiSquareCritical(degreesOfFreedom k: Int) -> Double {
        let d = Double(k)
        let a = 2 / (9 * d)
        let cube = 1 - a + 4.753 * a.squareRoot()
        return d * cube * cube * cube
    }

    /// P(Z > x) for a standard normal Z.
    static func normalUpperTail(_ x: Double) -> Double { 0.5 * erfc(x / 2.0.squareRoot()) }

    /// Pearson's statistic after pooling adjacent cells until each expects at least 5.
    ///
    /// - Returns: The statistic and its degrees of freedom (pooled cells − 1).
    static func pooledChiSquare(observed: [Int], probabilities: [Double]) -> (value: Double, degreesOfFreedom: Int) {
        let total = Double(observed.reduce(0, +))
        var cells: [(observed: Double, expected: Double)] = []
        var pending = (observed: 0.0, expected: 0.0)
        for (count, probability) in zip(observed, probabilities) {
            pending.observed += Double(count)
            pending.expected += probability * total
            if pending.expected >= 5 {
                cells.append(pending)
                pending = (0, 0)
            }
        }
        if pending.observed > 0 || pending.expected > 0 {
            if cells.isEmpty {
                cells.append(pending)
            } else {
                cells[cells.count - 1].observed += pending.observed
                cells[cells.count - 1].expected += pending.expected
            }
        }
        let value = cells.reduce(0.0) { sum, cell in
            sum + (cell.observed - cell.expected) * (cell.observed - cell.expected) / cell.expected
        }
        return (value, cells.count - 1)
    }

    /// log P(X = k) for X ~ Binomial(n, p), 0 < p < 1, from lgamma.
    static func binomialLogPMF(_ k: Int, trials n: Int, probability p: Double) -> Double {
        let (nd, kd) = (Double(n), Double(k))
        return lgamma(nd + 1) - lgamma(kd + 1) - lgamma(nd - kd + 1) + kd * log(p) + (nd - kd) * log1p(-p)
    }
}

extension Statistics {
    /// The regularised lower incomplete gamma function P(a, x) (series below a + 1, Lentz's
    /// continued fraction above; Numerical Recipes §6.2), the CDF of Gamma(a, 1).
    static func regularizedGammaP(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 0 }
        let logPrefix = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            var term = 1 / a
            var sum = term
            var n = a
            for _ in 0..<100_000 {
                n += 1
                term *= x / n
                sum += term
                if abs(term) < abs(sum) * 1e-17 { break }
            }
            return min(1, sum * exp(logPrefix))
        }
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        for i in 1..<100_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return max(0, 1 - exp(logPrefix) * h)
    }

    /// Cell edges that split Gamma(a, 1) into `cells` equally likely cells (bisection on log x).
    static func gammaEqualProbabilityEdges(shape a: Double, cells: Int) -> [Double] {
        (1..<cells).map { cell in
            let target = Double(cell) / Double(cells)
            var low = -745.0
            var high = log(a + 50 * a.squareRoot() + 50)
            for _ in 0..<200 {
                let mid = (low + high) / 2
                if regularizedGammaP(a, exp(mid)) < target { low = mid } else { high = mid }
            }
            return exp((low + high) / 2)
        }
    }

    /// Pearson's statistic of a sample over equally likely cells (given by their inner edges),
    /// divided by its 10^-6 critical value: below 1 passes.
    static func equalCellChiSquareRatio(_ sample: [Double], edges: [Double]) -> Double {
        var counts = [Int](repeating: 0, count: edges.count + 1)
        for x in sample {
            var (low, high) = (0, edges.count)  // the cell is the number of edges <= x
            while low < high {
                let mid = (low + high) / 2
                if edges[mid] <= x { low = mid + 1 } else { high = mid }
            }
            counts[low] += 1
        }
        let p = 1 / Double(counts.count)
        let test = pooledChiSquare(observed: counts, probabilities: Array(repeating: p, count: counts.count))
        return test.value / chiSquareCritical(degreesOfFreedom: test.degreesOfFreedom)
    }
}
