import Foundation
import Hemicycle
import Testing

@Suite("Multinomial distribution") struct MultinomialDistributionTests {
    // Mali-1992-like: 8 lists, shares from 40% down to 0.5%, and an empty list.
    static let shares = [0.40, 0.22, 0.15, 0.10, 0.07, 0.055, 0.0, 0.005]

    @Test(.hangGuard(minutes: 1), arguments: [0, 1, 7, 1000, 250_000, 1_000_000_000])
    func countsSumToTrialsAndMarginalsAreBinomial(trials n: Int) throws {
        let distribution = try #require(MultinomialDistribution(trials: n, probabilities: Self.shares))
        var rng = Xoshiro256StarStar(seed: 61)
        var counts = [Int](repeating: -1, count: Self.shares.count)
        var marginals = [SampleMoments](repeating: SampleMoments(), count: Self.shares.count)
        var crossProducts = 0.0  // for Cov(X_0, X_1) = −n p_0 p_1
        let draws = 20_000
        for _ in 0..<draws {
            distribution.sample(into: &counts, using: &rng)
            #expect(counts.reduce(0, +) == n)
            #expect(counts[6] == 0)
            for (i, count) in counts.enumerated() { marginals[i].add(Double(count)) }
            crossProducts += (Double(counts[0]) - Double(n) * 0.40) * (Double(counts[1]) - Double(n) * 0.22)
        }
        for (p, moments) in zip(Self.shares, marginals) {
            let exact = BinomialDistributionTests.exactMoments(trials: n, probability: p)
            if exact.variance == 0 {
                #expect(moments.mean == exact.mean)
                continue
            }
            #expect(abs(moments.meanZ(mean: exact.mean, variance: exact.variance)) < Statistics.zBand, "p = \(p)")
            let z = moments.varianceZ(variance: exact.variance, fourthCentralMoment: exact.fourthCentralMoment)
            #expect(abs(z) < Statistics.zBand, "p = \(p)")
        }
        if n > 0 {
            // In correlation units the mean cross-product has SE ≈ √(1 + ρ²)/√draws ≤ 1.2/√draws,
            // with ρ = −√(p0 p1 / ((1 − p0)(1 − p1))) ≈ −0.43.
            let covariance = crossProducts / Double(draws)
            let expected = -Double(n) * 0.40 * 0.22
            let scale = Double(n) * (0.40 * 0.60 * 0.22 * 0.78).squareRoot()
            #expect(abs(covariance - expected) / scale < Statistics.zBand / Double(draws).squareRoot() * 1.2)
        }
    }

    @Test(.hangGuard(minutes: 1)) func jointLawMatchesExactPMFForSmallN() {
        // n = 4 over 3 categories: all 15 outcomes against n!/(a! b! c!) p^a q^b r^c.
        let p = [0.5, 0.3, 0.2]
        let n = 4
        var outcomes: [[Int]: Int] = [:]
        var rng = Xoshiro256StarStar(seed: 62)
        var counts = [0, 0, 0]
        let draws = 100_000
        for _ in 0..<draws {
            MultinomialDistribution.sample(trials: n, probabilities: p, into: &counts, using: &rng)
            outcomes[counts, default: 0] += 1
        }
        var observed: [Int] = []
        var probabilities: [Double] = []
        for a in 0...n {
            for b in 0...(n - a) {
                let c = n - a - b
                let coefficient =
                    tgamma(Double(n + 1)) / (tgamma(Double(a + 1)) * tgamma(Double(b + 1)) * tgamma(Double(c + 1)))
                probabilities.append(coefficient * pow(p[0], Double(a)) * pow(p[1], Double(b)) * pow(p[2], Double(c)))
                observed.append(outcomes[[a, b, c], default: 0])
            }
        }
        #expect(outcomes.values.reduce(0, +) == draws)
        #expect(outcomes.count <= 15)
        let test = Statistics.pooledChiSquare(observed: observed, probabilities: probabilities)
        #expect(test.value < Statistics.chiSquareCritical(degreesOfFreedom: test.degreesOfFreedom))
    }

    @Test(.hangGuard(minutes: 1)) func unconditionedBinomialsFail() {
        // The classic slip: X_i ~ B(remaining, p_i) without dividing p_i by the remaining mass.
        // Its second category's mean is n(1 − p₀)p₁ instead of n p₁: the marginal check must see it.
        let n = 1000
        var rng = Xoshiro256StarStar(seed: 66)
        var second = SampleMoments()
        for _ in 0..<20_000 {
            var remaining = n
            var counts = [Int](repeating: 0, count: Self.shares.count)
            for (i, p) in Self.shares.enumerated() {
                counts[i] =
                    i == Self.shares.count - 1
                    ? remaining : BinomialDistribution.sample(trials: remaining, probability: p, using: &rng)
                remaining -= counts[i]
            }
            second.add(Double(counts[1]))
        }
        let exact = BinomialDistributionTests.exactMoments(trials: n, probability: Self.shares[1])
        #expect(abs(second.meanZ(mean: exact.mean, variance: exact.variance)) > Statistics.zBand)
    }

    @Test func weightsAreNormalised() {
        var a = Xoshiro256StarStar(seed: 63)
        var b = Xoshiro256StarStar(seed: 63)
        var fromShares = [0, 0]
        var fromWeights = [0, 0]
        for _ in 0..<100 {
            MultinomialDistribution.sample(trials: 5000, probabilities: [0.25, 0.75], into: &fromShares, using: &a)
            MultinomialDistribution.sample(trials: 5000, probabilities: [2.0, 6.0], into: &fromWeights, using: &b)
            #expect(fromShares == fromWeights)
        }
    }

    @Test func parameterValidation() {
        #expect(MultinomialDistribution(trials: -1, probabilities: [1]) == nil)
        #expect(MultinomialDistribution(trials: 10, probabilities: []) == nil)
        #expect(MultinomialDistribution(trials: 10, probabilities: [0, 0]) == nil)
        #expect(MultinomialDistribution(trials: 10, probabilities: [0.5, -0.1]) == nil)
        #expect(MultinomialDistribution(trials: 10, probabilities: [0.5, .nan]) == nil)
        #expect(MultinomialDistribution(trials: 10, probabilities: [1, .infinity]) == nil)
        #expect(
            MultinomialDistribution(trials: 10, probabilities: [.greatestFiniteMagnitude, .greatestFiniteMagnitude])
                == nil
        )
        #expect(MultinomialDistribution(trials: 10, probabilities: [3, 1])?.probabilities == [0.75, 0.25])
    }

    @Test func uncheckedSamplerNeverTraps() {
        var rng = Xoshiro256StarStar(seed: 64)
        var counts = [9, 9, 9]
        MultinomialDistribution.sample(trials: 10, probabilities: [0, 0, 0], into: &counts, using: &rng)
        #expect(counts == [0, 0, 0])
        MultinomialDistribution.sample(trials: 10, probabilities: [.nan, -1, 2], into: &counts, using: &rng)
        #expect(counts == [0, 0, 10])
        MultinomialDistribution.sample(trials: -3, probabilities: [1, 1, 1], into: &counts, using: &rng)
        #expect(counts == [0, 0, 0])
        var short = [9, 9]
        MultinomialDistribution.sample(trials: 10, probabilities: [1, 1, 1], into: &short, using: &rng)
        #expect(short.reduce(0, +) == 10)
        var long = [9, 9, 9, 9]
        MultinomialDistribution.sample(trials: 10, probabilities: [1, 1], into: &long, using: &rng)
        #expect(long[0] + long[1] == 10 && long[2] == 9 && long[3] == 9)
    }

    @Test func writesIntoASliceOfAFlatBuffer() {
        // The simulator keeps all districts' counts in one flat array.
        var flat = [Int](repeating: -1, count: 12)
        var rng = Xoshiro256StarStar(seed: 65)
        MultinomialDistribution.sample(trials: 999, probabilities: [0.6, 0.3, 0.1], into: &flat[4..<7], using: &rng)
        #expect(flat[4..<7].reduce(0, +) == 999)
        #expect(flat[0..<4].allSatisfy { $0 == -1 } && flat[7...].allSatisfy { $0 == -1 })
    }
}
