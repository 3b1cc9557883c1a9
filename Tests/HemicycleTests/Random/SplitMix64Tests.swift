import Hemicycle
import Testing

/// Expected values come from `Scripts/reference-vectors/vectors.c`, a C transcription of the
/// published algorithm (Steele, Lea & Flood 2014; Vigna's `splitmix64.c`), compiled with gcc;
/// seed 0 and seed 1234567 also match vectors published independently by other implementations.
@Suite("SplitMix64") struct SplitMix64Tests {
    @Test(arguments: [
        (
            UInt64(0),
            [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC] as [UInt64]
        ),
        (
            UInt64(1_234_567),
            [0x599E_D017_FB08_FC85, 0x2C73_F084_5854_0FA5, 0x883E_BCE5_A3F2_7C77, 0x3FBE_F740_E917_7B3F]
        ),
        (
            UInt64(42),
            [0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52, 0x581C_E1FF_0E4A_E394]
        ),
    ])
    func matchesReferenceOutputs(seed: UInt64, expected: [UInt64]) {
        var rng = SplitMix64(seed: seed)
        let outputs = expected.indices.map { _ in rng.next() }
        #expect(outputs == expected)
    }

    @Test func mixMatchesReferenceFinaliser() {
        #expect(SplitMix64.mix(0) == 0)
        #expect(SplitMix64.mix(1) == 0x5692_161D_100B_05E5)
        #expect(SplitMix64.mix(42) == 0xA759_EA27_D472_7622)
        #expect(SplitMix64.mix(SplitMix64.increment) == 0xE220_A839_7B1D_CDAF)
        #expect(SplitMix64.mix(.max) == 0xB4D0_55FC_F2CB_BD7B)
    }

    @Test func stateAdvancesByTheIncrement() {
        var rng = SplitMix64(seed: .max)
        _ = rng.next()
        #expect(rng.state == UInt64.max &+ SplitMix64.increment)
    }
}
