import Foundation
import Testing

@testable import Hemicycle

/// Counts the 64-bit words a sampler consumes: a proxy for its running time that does not
/// depend on the machine.
struct CountingGenerator: RandomNumberGenerator {
    var base: Xoshiro256StarStar
    var calls = 0

    mutating func next() -> UInt64 {
        calls += 1
        return base.next()
    }
}

@Suite("Binomial distribution") struct BinomialDistributionTests {
    static let trialCounts = [0, 1, 5, 20, 1000, 1_000_000, 1_000_000_000, BinomialDistribution.maximumTrials]
    static let probabilities = [0, 1e-9, 0.01, 0.3, 0.5, 0.7, 0.999, 1]

    static func exactMoments(trials n: Int, probability p: Double) -> ExactMoments {
        let npq = Double(n) * p * (1 - p)
        return ExactMoments(
            mean: Double(n) * p,
            variance: npq,
            fourthCentralMoment: npq * (1 + 3 * (Double(n) - 2) * p * (1 - p))
        )
    }

    @Test(.hangGuard(minutes: 1), arguments: trialCounts)
    func meanAndVariance(trials n: Int) throws {
        for p in Self.probabilities {
            var rng = Xoshiro256StarStar(seed: 51)
            let distribution = try #require(BinomialDistribution(trials: n, probability: p))
            var moments = SampleMoments()
            for _ in 0..<20_000 {
                let k = distribution.sample(using: &rng)
                #expect(k >= 0 && k <= n)
                moments.add(Double(k))
            }
            let exact = Self.exactMoments(trials: n, probability: p)
            if exact.variance == 0 {
                #expect(moments.mean == exact.mean && moments.variance == 0, "n = \(n), p = \(p)")
                continue
            }
            #expect(
                abs(moments.meanZ(mean: exact.mean, variance: exact.variance)) < Statistics.zBand,
                "n = \(n), p = \(p)"
            )
            // Skipped only for Bernoulli(1/2), where (X − 1/2)² is constant and s² has no 1/√N error.
            if exact.fourthCentralMoment - exact.variance * exact.variance > 1e-9 * exact.variance * exact.variance {
                let z = moments.varianceZ(variance: exact.variance, fourthCentralMoment: exact.fourthCentralMoment)
                #expect(abs(z) < Statistics.zBand, "n = \(n), p = \(p)")
            }
        }
    }

    /// Pearson's statistic against the exact pmf over a window of ±9 SD (the rest pooled into
    /// the end cells), divided by its 10^-6 critical value.
    static func chiSquareRatio(
        trials n: Int,
        probability p: Double,
        draws: Int,
        _ draw: (inout Xoshiro256StarStar) -> Int
    )
        -> Double
    {
        let mean = Double(n) * p
        let sd = (mean * (1 - p)).squareRoot()
        let low = max(0, Int((mean - 9 * sd - 2).rounded(.down)))
        let high = min(n, Int((mean + 9 * sd + 2).rounded(.up)))
        var probabilities = (low...high).map { exp(Statistics.binomialLogPMF($0, trials: n, probability: p)) }
        let inside = probabilities.reduce(0, +)
        probabilities[0] += max(0, 1 - inside) / 2
        probabilities[probabilities.count - 1] += max(0, 1 - inside) / 2
        var counts = [Int](repeating: 0, count: probabilities.count)
        var rng = Xoshiro256StarStar(seed: 52)
        for _ in 0..<draws {
            counts[min(max(draw(&rng), low), high) - low] += 1
        }
        let test = Statistics.pooledChiSquare(observed: counts, probabilities: probabilities)
        return test.value / Statistics.chiSquareCritical(degreesOfFreedom: test.degreesOfFreedom)
    }

    // Inversion (n·p < 10), both sides of the switch to BTRD (n·p = 9.9 and 10), BTRD's
    // recursion (|k − m| ≤ 15) and squeeze/exact-ratio regions (n·p·q ≫ 15²), and p > 1/2.
    @Test(
        .hangGuard(minutes: 1),
        arguments: [
            (5, 0.3), (20, 0.05), (99, 0.1), (100, 0.1), (20, 0.5), (1000, 0.02), (1000, 0.3), (1000, 0.85),
            (1_000_000, 0.3), (1_000_000_000, 0.001), (1_000_000_000, 0.6),
        ]
    )
    func distributionMatchesExactPMF(trials n: Int, probability p: Double) throws {
        let distribution = try #require(BinomialDistribution(trials: n, probability: p))
        let ratio = Self.chiSquareRatio(trials: n, probability: p, draws: 200_000) { distribution.sample(using: &$0) }
        #expect(ratio < 1)
    }

    @Test(.hangGuard(minutes: 1)) func normalApproximationFails() {
        // A rounded normal with continuity correction is the classic "close enough" binomial;
        // the exact test must reject it where the skewness is visible (n·p = 20).
        let ratio = Self.chiSquareRatio(trials: 1000, probability: 0.02, draws: 200_000) { rng in
            let x = (20 + 19.6.squareRoot() * NormalDistribution.standard(using: &rng)).rounded()
            return Int(min(max(x, 0), 1000))
        }
        #expect(ratio > 1)
    }

    /// log P(X = k) to 60 digits (`Scripts/reference-vectors/binomial-logpmf.py`: mpmath, with p
    /// the exact value of the Double), for n up to 2^53 where lgamma in Double is off by tens.
    @Test(arguments: [
        (9_007_199_254_740_992, 0.3, 2_702_159_776_422_298, -18.50701494391089),
        (9_007_199_254_740_992, 0.3, 2_702_159_906_896_842, -23.007014961527055),
        (9_007_199_254_740_992, 0.3, 2_702_159_450_235_938, -46.63201553686478),
        (9_007_199_254_740_992, 0.001, 9_007_214_253_234, -28.33295433535926),
        (1_000_000_000, 0.6, 600_030_984, -12.567034776994825),
        (1000, 0.3, 358, -11.38669985835136),
        (1000, 0.3, 10, -311.2199255047161),
        (1_000_000, 0.02, 21260, -45.582648912037264),
    ])
    func logProbabilityMatchesHighPrecision(trials n: Int, probability p: Double, k: Int, expected: Double) {
        // The sampler works with min(p, 1 − p) and counts failures when p > 1/2.
        let sampler = BinomialDistribution.Sampler(trials: n, probability: p)
        let value = sampler.logProbability(p > 0.5 ? n - k : k)
        #expect(abs(value - expected) < 1e-12 * max(1, abs(expected)))
    }

    @Test func logProbabilityStaysAccurateAt2To53() {
        // lgamma(2^53) is ~3·10^17, useless here; instead check consecutive ratios,
        // log P(k+1) − log P(k) = log((n − k)p / ((k + 1)q)), which must hold to ~1e-13.
        let n = BinomialDistribution.maximumTrials
        let p = 0.3
        let sampler = BinomialDistribution.Sampler(trials: n, probability: p)
        let sd = (Double(n) * p * (1 - p)).squareRoot()
        for offset in stride(from: -6.0, through: 6.0, by: 1) {
            let k = Int((Double(n) * p + offset * sd).rounded())
            let step = sampler.logProbability(k + 1) - sampler.logProbability(k)
            let exact = log(Double(n - k) * p / (Double(k + 1) * (1 - p)))
            #expect(abs(step - exact) < 1e-13)
        }
    }

    @Test(.hangGuard(minutes: 1)) func costDoesNotGrowWithTrials() {
        // Average 64-bit words per draw, a machine-independent measure of work.
        for n in [20, 1000, 1_000_000, 1_000_000_000, BinomialDistribution.maximumTrials] {
            for p in [0.3, 3.0 / Double(n), 0.5] {
                var rng = CountingGenerator(base: Xoshiro256StarStar(seed: 53))
                for _ in 0..<10_000 {
                    _ = BinomialDistribution.sample(trials: n, probability: p, using: &rng)
                }
                #expect(Double(rng.calls) / 10_000 < 3, "n = \(n), p = \(p)")
            }
        }
    }

    @Test func structAndStaticSamplersAgree() throws {
        let distribution = try #require(BinomialDistribution(trials: 5000, probability: 0.62))
        var a = Xoshiro256StarStar(seed: 54)
        var b = Xoshiro256StarStar(seed: 54)
        for _ in 0..<1000 {
            #expect(
                distribution.sample(using: &a)
                    == BinomialDistribution.sample(trials: 5000, probability: 0.62, using: &b)
            )
        }
    }

    @Test func parameterValidation() {
        #expect(BinomialDistribution(trials: -1, probability: 0.5) == nil)
        #expect(BinomialDistribution(trials: BinomialDistribution.maximumTrials + 1, probability: 0.5) == nil)
        #expect(BinomialDistribution(trials: 10, probability: -0.1) == nil)
        #expect(BinomialDistribution(trials: 10, probability: 1.1) == nil)
        #expect(BinomialDistribution(trials: 10, probability: .nan) == nil)
        #expect(BinomialDistribution(trials: BinomialDistribution.maximumTrials, probability: 1)?.trials == 1 << 53)
    }

    @Test func uncheckedSamplerClampsInsteadOfTrapping() {
        var rng = Xoshiro256StarStar(seed: 55)
        #expect(BinomialDistribution.sample(trials: -5, probability: 0.5, using: &rng) == 0)
        #expect(BinomialDistribution.sample(trials: 10, probability: .nan, using: &rng) == 0)
        #expect(BinomialDistribution.sample(trials: 10, probability: -1, using: &rng) == 0)
        #expect(BinomialDistribution.sample(trials: 10, probability: 2, using: &rng) == 10)
        #expect(BinomialDistribution.sample(trials: 10, probability: .infinity, using: &rng) == 10)
        #expect(BinomialDistribution.sample(trials: .max, probability: 1, using: &rng) == 1 << 53)
        let k = BinomialDistribution.sample(trials: .max, probability: 0.5, using: &rng)
        #expect(k >= 0 && k <= 1 << 53)
    }

    @Test func sameSeedSameSequence() {
        var a = SeedDerivation.stream(seed: 56, index: 2)
        var b = SeedDerivation.stream(seed: 56, index: 2)
        let first = (0..<1000).map { _ in BinomialDistribution.sample(trials: 40_000, probability: 0.45, using: &a) }
        let second = (0..<1000).map { _ in BinomialDistribution.sample(trials: 40_000, probability: 0.45, using: &b) }
        #expect(first == second)
    }
}
