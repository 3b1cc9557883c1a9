import Hemicycle
import Testing

@Suite("Seed derivation") struct SeedDerivationTests {
    /// Pinned so that any change to the derivation (which would change every seeded simulation
    /// result) is deliberate. Values from `Scripts/reference-vectors/vectors.c`.
    @Test(arguments: [
        (
            0, UInt64(0x4579_B960_BB00_7F46),
            [0xD469_C81C_C8CC_0C29, 0xF32F_EBA5_3743_E4FF, 0x2557_70AF_BB65_AC54] as [UInt64]
        ),
        (1, 0xA9CB_101B_E2F6_824F, [0xC2C1_073D_082D_7815, 0x17EA_C6FC_8C9B_9066, 0x6195_E149_7FC6_9099]),
        (7, 0xD56F_D449_1D82_A4DD, [0x8D8C_3D4D_DAAD_C08C, 0xCB1D_131F_45E8_E1E2, 0x8F15_57B2_46DC_C742]),
        (-1, 0x0DCA_A9F2_6429_308E, [0x7400_F74F_C5E0_41FF, 0x3B86_DFF6_069C_FEC9, 0x974E_6B3D_54FB_3874]),
    ])
    func streamsArePinned(index: Int, blockSeed: UInt64, outputs: [UInt64]) {
        #expect(SeedDerivation.blockSeed(master: 42, index: index) == blockSeed)
        var rng = SeedDerivation.stream(seed: 42, index: index)
        #expect(outputs.indices.map { _ in rng.next() } == outputs)
    }

    @Test func sameSeedAndIndexGiveTheSameStream() {
        var a = SeedDerivation.stream(seed: 123, index: 456)
        var b = SeedDerivation.stream(seed: 123, index: 456)
        #expect((0..<1000).map { _ in a.next() } == (0..<1000).map { _ in b.next() })
    }

    @Test func distinctIndicesGiveDistinctSeedsAndStreams() {
        let count = 20_000
        var seeds = Set<UInt64>()
        var firstOutputs = Set<UInt64>()
        for index in 0..<count {
            seeds.insert(SeedDerivation.blockSeed(master: 7, index: index))
            var rng = SeedDerivation.stream(seed: 7, index: index)
            firstOutputs.insert(rng.next())
        }
        #expect(seeds.count == count)
        #expect(firstOutputs.count == count)
    }

    @Test func neighbouringStreamsAreUncorrelated() {
        // Correlation of the top-bit uniforms of streams i and i + 1, pooled over 100 pairs of
        // 1,000 draws: under independence it is N(0, 1/100,000); the band is 5 standard errors.
        var sum = 0.0
        let draws = 1000
        let pairs = 100
        for index in 0..<pairs {
            var a = SeedDerivation.stream(seed: 99, index: index)
            var b = SeedDerivation.stream(seed: 99, index: index + 1)
            for _ in 0..<draws {
                let x = UnitUniform.halfOpen(using: &a) - 0.5
                let y = UnitUniform.halfOpen(using: &b) - 0.5
                sum += x * y * 12  // uniform variance is 1/12
            }
        }
        let correlation = sum / Double(draws * pairs)
        #expect(abs(correlation) < 5 / Double(draws * pairs).squareRoot())
    }

    @Test func masterSeedMatters() {
        var a = SeedDerivation.stream(seed: 1, index: 0)
        var b = SeedDerivation.stream(seed: 2, index: 0)
        #expect(a.next() != b.next())
    }
}
