/// SplitMix64, the 64-bit generator of Steele, Lea & Flood (2014).
///
/// A Weyl sequence (`state += 0x9E3779B97F4A7C15`) passed through a bijective finaliser (Stafford's
/// "Mix13" variant of MurmurHash3's `fmix64`). It has a period of exactly 2^64 and passes
/// BigCrush, but its 64-bit state is too small for 10^8 simulated elections drawing hundreds of
/// variates each; use it to *seed* ``Xoshiro256StarStar`` (as Blackman & Vigna recommend) and,
/// through ``mix(_:)``, to hash a seed with a block index (see ``SeedDerivation``).
///
/// ```swift
/// var rng = SplitMix64(seed: 0)
/// rng.next()  // 0xE220_A839_7B1D_CDAF
/// ```
///
/// Source: G. L. Steele Jr., D. Lea, C. H. Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014; constants as in Vigna's public-domain `splitmix64.c`.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The increment of the Weyl sequence: 2^64 divided by the golden ratio, made odd.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The current position of the Weyl sequence; every 64-bit value is a valid state.
    public var state: UInt64

    /// Creates a generator whose first output is `mix(seed &+ increment)`.
    ///
    /// - Parameter seed: Any 64-bit value, zero included.
    @inlinable
    public init(seed: UInt64) {
        self.state = seed
    }

    /// Advances the Weyl sequence and returns its mixed value.
    ///
    /// - Returns: 64 uniformly distributed bits.
    /// - Complexity: O(1): one addition, two multiplications, three shifts.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijection on 64-bit words with full avalanche.
    ///
    /// Every input bit affects every output bit with probability close to 1/2, and distinct
    /// inputs give distinct outputs, so `mix` can hash structured inputs (a seed and a block index)
    /// into well-spread 64-bit seeds without collisions. `mix(0) == 0`.
    ///
    /// - Parameter value: The word to scramble.
    /// - Returns: The scrambled word.
    /// - Complexity: O(1).
    ///
    /// Source: Stafford (2011), "Better bit mixing", variant 13, as used by Steele, Lea & Flood.
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }
}
