import Hemicycle
import Testing

@Suite("Dirichlet distribution") struct DirichletDistributionTests {
    // Large concentrations (the linear branch) and small ones (the log-space branch).
    @Test(.hangGuard(minutes: 1), arguments: [[40.0, 35, 25], [0.1, 0.2, 0.3, 2], [1.0, 1, 1, 1, 1, 1, 1, 1]])
    func marginalsAreBetaAndSumToOne(concentrations: [Double]) throws {
        let distribution = try #require(DirichletDistribution(concentrations: concentrations))
        let total = concentrations.reduce(0, +)
        var rng = Xoshiro256StarStar(seed: 41)
        var shares = [Double](repeating: -1, count: concentrations.count)
        var marginals = [SampleMoments](repeating: SampleMoments(), count: concentrations.count)
        for _ in 0..<100_000 {
            distribution.sample(into: &shares, using: &rng)
            #expect(abs(shares.reduce(0, +) - 1) < 1e-12)
            for (i, share) in shares.enumerated() {
                #expect(share >= 0 && share <= 1)
                marginals[i].add(share)
            }
        }
        for (alpha, moments) in zip(concentrations, marginals) {
            let exact = BetaDistributionTests.exactMoments(alpha: alpha, beta: total - alpha)
            #expect(exact.worstZ(of: moments) < Statistics.zBand)
        }
    }

    @Test func writesIntoSlicesAndShortBuffers() {
        var rng = Xoshiro256StarStar(seed: 42)
        var buffer = [Double](repeating: -1, count: 6)
        DirichletDistribution.sample(concentrations: [2.0, 3, 4], into: &buffer[1..<4], using: &rng)
        #expect(buffer[0] == -1 && buffer[4] == -1 && buffer[5] == -1)
        #expect(abs(buffer[1..<4].reduce(0, +) - 1) < 1e-12)
        var short = [Double](repeating: -1, count: 2)
        DirichletDistribution.sample(concentrations: [2.0, 3, 4], into: &short, using: &rng)
        #expect(abs(short.reduce(0, +) - 1) < 1e-12)  // normalised over the components written
    }

    @Test func parameterValidation() {
        #expect(DirichletDistribution(concentrations: []) == nil)
        #expect(DirichletDistribution(concentrations: [1, 0]) == nil)
        #expect(DirichletDistribution(concentrations: [1, .nan]) == nil)
        #expect(DirichletDistribution(concentrations: [1, .infinity]) == nil)
        #expect(DirichletDistribution(concentrations: [1e-300, 1e-300]) != nil)
    }

    @Test func tinyConcentrationsStayOnTheSimplex() throws {
        let distribution = try #require(DirichletDistribution(concentrations: [1e-300, 1e-300, 1e-300]))
        var rng = Xoshiro256StarStar(seed: 43)
        var shares = [Double](repeating: 0, count: 3)
        for _ in 0..<1000 {
            distribution.sample(into: &shares, using: &rng)
            #expect(shares.reduce(0, +) == 1)
            #expect(shares.filter { $0 == 1 }.count == 1)
        }
    }
}
