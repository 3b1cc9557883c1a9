import Hemicycle
import Testing

@Suite("Beta distribution") struct BetaDistributionTests {
    /// Raw moments E[X^k] = Π_{r<k} (α + r)/(α + β + r) of Beta(α, β).
    static func exactMoments(alpha a: Double, beta b: Double) -> ExactMoments {
        var raw = [Double](repeating: 1, count: 5)
        for k in 1...4 { raw[k] = raw[k - 1] * (a + Double(k - 1)) / (a + b + Double(k - 1)) }
        return ExactMoments(raw: raw[1], raw[2], raw[3], raw[4])
    }

    // Both branches: shapes ≥ 1 (gamma ratio) and shapes < 1 (log space), down to 10^-3.
    @Test(
        .hangGuard(minutes: 1),
        arguments: [(0.5, 0.5), (2.0, 3.0), (0.1, 5.0), (40.0, 60.0), (1.0, 1.0), (0.001, 0.002), (300.0, 0.7)]
    )
    func momentsMatch(alpha: Double, beta: Double) throws {
        let distribution = try #require(BetaDistribution(alpha: alpha, beta: beta))
        var rng = Xoshiro256StarStar(seed: 31)
        var moments = SampleMoments()
        for _ in 0..<200_000 {
            let x = distribution.sample(using: &rng)
            #expect(x >= 0 && x <= 1)
            moments.add(x)
        }
        #expect(Self.exactMoments(alpha: alpha, beta: beta).worstZ(of: moments) < Statistics.zBand)
    }

    @Test(.hangGuard(minutes: 1)) func swappedShapesMirror() {
        // 1 − Beta(3, 0.4) must have the law of Beta(0.4, 3): mixes the log-space branch
        // with a shape above 1.
        var a = Xoshiro256StarStar(seed: 32)
        let moments = SampleMoments(
            (0..<100_000).map { _ in 1 - BetaDistribution.sample(alpha: 3, beta: 0.4, using: &a) }
        )
        #expect(Self.exactMoments(alpha: 0.4, beta: 3).worstZ(of: moments) < Statistics.zBand)
    }

    @Test func wrongSamplerFails() {
        // A classic slip: G₁/G₂ instead of G₁/(G₁ + G₂), clamped to [0, 1].
        var rng = Xoshiro256StarStar(seed: 33)
        let moments = SampleMoments(
            (0..<100_000).map { _ in
                min(
                    1,
                    GammaDistribution.sample(shape: 2, using: &rng) / GammaDistribution.sample(shape: 30, using: &rng)
                )
            }
        )
        #expect(Self.exactMoments(alpha: 2, beta: 28).worstZ(of: moments) > Statistics.zBand)
    }

    @Test func parameterValidation() {
        #expect(BetaDistribution(alpha: 0, beta: 1) == nil)
        #expect(BetaDistribution(alpha: 1, beta: -1) == nil)
        #expect(BetaDistribution(alpha: .nan, beta: 1) == nil)
        #expect(BetaDistribution(alpha: 1, beta: .infinity) == nil)
        #expect(BetaDistribution(alpha: 1e-300, beta: 1e-300) != nil)
    }

    @Test func tinyShapesGiveZerosAndOnesNotNaN() throws {
        let distribution = try #require(BetaDistribution(alpha: 1e-300, beta: 1e-300))
        var rng = Xoshiro256StarStar(seed: 34)
        var ones = 0
        for _ in 0..<10_000 {
            let x = distribution.sample(using: &rng)
            #expect(x == 0 || x == 1)
            if x == 1 { ones += 1 }
        }
        #expect(abs(ones - 5000) < 5 * 50)  // Bernoulli(1/2) in the limit; SE = 50
    }

    @Test func uncheckedSamplerNeverTraps() {
        var rng = Xoshiro256StarStar(seed: 35)
        #expect(BetaDistribution.sample(alpha: -1, beta: 2, using: &rng).isNaN)
        #expect(BetaDistribution.sample(alpha: .nan, beta: 2, using: &rng).isNaN)
    }
}
