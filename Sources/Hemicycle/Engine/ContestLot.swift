/// The reproducible lot that settles ties when the rule says so.
///
/// Each entry of a contest gets a key from the rule's seed, the constituency, the round and the
/// entry, mixed by the SplitMix64 finaliser (Steele, Lea & Flood 2014); among tied entries the
/// smaller key ranks first. The same scenario therefore draws the same lot on every run and
/// machine, and a different seed draws an independent one.
public enum ContestLot {
    /// The key of `entry` in `constituency`'s `round`.
    @inlinable
    public static func key(seed: UInt64, constituency: Int, round: Int, entry: Int) -> UInt64 {
        var state = seed
        state = mix(state ^ (UInt64(truncatingIfNeeded: constituency) &* 0x9E37_79B9_7F4A_7C15))
        state = mix(state ^ (UInt64(truncatingIfNeeded: round) &* 0xC2B2_AE3D_27D4_EB4F))
        return mix(state ^ (UInt64(truncatingIfNeeded: entry) &* 0x1656_67B1_9E37_79F9))
    }

    @inlinable
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }
}
