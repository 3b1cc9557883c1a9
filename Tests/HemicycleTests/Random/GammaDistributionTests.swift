import Foundation
import Testing

@testable import Hemicycle

@Suite("Gamma distribution") struct GammaDistributionTests {
    static let shapes: [Double] = [0.01, 0.1, 0.5, 1, 2, 7.5, 1000]

    /// Raw moments E[X^k] = α(α+1)…(α+k−1) of Gamma(α, 1).
    static func exactMoments(shape a: Double) -> ExactMoments {
        ExactMoments(raw: a, a * (a + 1), a * (a + 1) * (a + 2), a * (a + 1) * (a + 2) * (a + 3))
    }

    @Test(.hangGuard(minutes: 1), arguments: shapes)
    func momentsMatch(shape: Double) {
        var rng = Xoshiro256StarStar(seed: 21)
        let moments = SampleMoments((0..<200_000).map { _ in GammaDistribution.sample(shape: shape, using: &rng) })
        #expect(Self.exactMoments(shape: shape).worstZ(of: moments) < Statistics.zBand)
    }

    @Test(.hangGuard(minutes: 1), arguments: shapes)
    func distributionMatchesExactCDF(shape: Double) {
        var rng = Xoshiro256StarStar(seed: 22)
        let sample = (0..<200_000).map { _ in GammaDistribution.sample(shape: shape, using: &rng) }
        let edges = Statistics.gammaEqualProbabilityEdges(shape: shape, cells: 100)
        #expect(Statistics.equalCellChiSquareRatio(sample, edges: edges) < 1)
    }

    @Test(.hangGuard(minutes: 1)) func brokenSamplersFail() {
        // Two plausible bugs: the boost with U^α instead of U^(1/α), and accepting every
        // proposal that fails the squeeze without the logarithmic test.
        var rng = Xoshiro256StarStar(seed: 23)
        let wrongBoost = (0..<200_000).map { _ in
            GammaDistribution.sample(shape: 1.5, using: &rng) * pow(UnitUniform.open(using: &rng), 0.5)
        }
        #expect(
            Statistics.equalCellChiSquareRatio(
                wrongBoost,
                edges: Statistics.gammaEqualProbabilityEdges(shape: 0.5, cells: 100)
            )
                > 1
        )
        let noLogTest = (0..<200_000).map { _ in
            let d = 2 - 1.0 / 3
            var x: Double
            var v: Double
            repeat {
                x = NormalDistribution.standard(using: &rng)
                v = 1 + x / (9 * d).squareRoot()
            } while v <= 0
            return d * v * v * v
        }
        #expect(
            Statistics.equalCellChiSquareRatio(
                noLogTest,
                edges: Statistics.gammaEqualProbabilityEdges(shape: 2, cells: 100)
            )
                > 1
        )
    }

    @Test(.hangGuard(minutes: 1)) func scaledDistributionMatchesStaticSampler() throws {
        let distribution = try #require(GammaDistribution(shape: 0.3, scale: 2.5))
        var a = Xoshiro256StarStar(seed: 5)
        var b = Xoshiro256StarStar(seed: 5)
        for _ in 0..<1000 {
            #expect(distribution.sample(using: &a) == 2.5 * GammaDistribution.sample(shape: 0.3, using: &b))
        }
        var rng = Xoshiro256StarStar(seed: 6)
        let moments = SampleMoments((0..<100_000).map { _ in distribution.sample(using: &rng) / 2.5 })
        #expect(Self.exactMoments(shape: 0.3).worstZ(of: moments) < Statistics.zBand)
    }

    @Test func parameterValidation() {
        #expect(GammaDistribution(shape: 0, scale: 1) == nil)
        #expect(GammaDistribution(shape: -1, scale: 1) == nil)
        #expect(GammaDistribution(shape: .nan, scale: 1) == nil)
        #expect(GammaDistribution(shape: .infinity, scale: 1) == nil)
        #expect(GammaDistribution(shape: 1e-301, scale: 1) == nil)
        #expect(GammaDistribution(shape: 1, scale: 0) == nil)
        #expect(GammaDistribution(shape: 1, scale: -2) == nil)
        #expect(GammaDistribution(shape: 1e-300, scale: 1) != nil)
    }

    @Test func uncheckedSamplerNeverTrapsOrHangs() {
        var rng = Xoshiro256StarStar(seed: 7)
        #expect(GammaDistribution.sample(shape: 0, using: &rng).isNaN)
        #expect(GammaDistribution.sample(shape: -3, using: &rng).isNaN)
        #expect(GammaDistribution.sample(shape: .nan, using: &rng).isNaN)
        #expect(GammaDistribution.sample(shape: .infinity, using: &rng) == .infinity)
        #expect(GammaDistribution.sample(shape: .leastNonzeroMagnitude, using: &rng) == 0)
        #expect(GammaDistribution.sample(shape: 1e300, using: &rng).isFinite)
    }

    @Test func sameSeedSameSequence() {
        var a = Xoshiro256StarStar(seed: 8)
        var b = Xoshiro256StarStar(seed: 8)
        let first = (0..<500).map { _ in GammaDistribution.sample(shape: 0.7, using: &a) }
        let second = (0..<500).map { _ in GammaDistribution.sample(shape: 0.7, using: &b) }
        #expect(first == second)
    }
}
