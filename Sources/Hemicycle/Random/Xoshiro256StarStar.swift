/// xoshiro256\*\*, the all-purpose 64-bit generator of Blackman & Vigna (2018).
///
/// 256 bits of state, period 2^256 − 1, a linear engine (xor/shift/rotate) followed by the `**`
/// scrambler (`rotl(s1 * 5, 7) * 9`), which removes the linear artefacts from every output bit.
/// It passes BigCrush and PractRand and costs about a nanosecond per 64-bit output. This is the
/// generator of the simulation: create one per block with ``SeedDerivation/stream(seed:index:)``.
///
/// ```swift
/// var rng = Xoshiro256StarStar(seed: 42)
/// let u = UnitUniform.halfOpen(using: &rng)
/// ```
///
/// Source: D. Blackman, S. Vigna, "Scrambled linear pseudorandom number generators",
/// ACM Trans. Math. Softw. 47(4), 2021 (preprint 2018); reference code `xoshiro256starstar.c` 1.0.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    @usableFromInline internal var _s0: UInt64
    @usableFromInline internal var _s1: UInt64
    @usableFromInline internal var _s2: UInt64
    @usableFromInline internal var _s3: UInt64

    /// Creates a generator from a 64-bit seed, expanded to 256 bits by ``SplitMix64``.
    ///
    /// The state is the first four outputs of `SplitMix64(seed: seed)`, as the authors recommend:
    /// it is never all zero (the first word alone is a bijection of the seed, and four
    /// consecutive zero outputs are impossible) and has no runs of zero bits that would need a
    /// warm-up. Distinct seeds give distinct states.
    ///
    /// - Parameter seed: Any 64-bit value.
    @inlinable
    public init(seed: UInt64) {
        var seeder = SplitMix64(seed: seed)
        _s0 = seeder.next()
        _s1 = seeder.next()
        _s2 = seeder.next()
        _s3 = seeder.next()
    }

    /// Creates a generator with an explicit 256-bit state, or `nil` for the all-zero state.
    ///
    /// The all-zero state is the one fixed point of the linear engine (it would output zeros
    /// forever). Use this initialiser to restore a saved ``state`` or to check the authors'
    /// reference vectors; use ``init(seed:)`` otherwise.
    ///
    /// - Parameter state: The four state words `s[0]...s[3]` of the reference implementation.
    @inlinable
    public init?(state: (UInt64, UInt64, UInt64, UInt64)) {
        guard state.0 | state.1 | state.2 | state.3 != 0 else { return nil }
        (_s0, _s1, _s2, _s3) = state
    }

    /// The four state words `s[0]...s[3]`, in the order of the reference implementation.
    @inlinable
    public var state: (UInt64, UInt64, UInt64, UInt64) { (_s0, _s1, _s2, _s3) }

    /// Returns the next 64 uniformly distributed bits and advances the state.
    ///
    /// - Returns: `rotl(s[1] * 5, 7) * 9` of the current state.
    /// - Complexity: O(1): about ten integer instructions.
    @inlinable
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(_s1 &* 5, by: 7) &* 9
        let t = _s1 &<< 17
        _s2 ^= _s0
        _s3 ^= _s1
        _s1 ^= _s2
        _s0 ^= _s3
        _s2 ^= t
        _s3 = Self.rotateLeft(_s3, by: 45)
        return result
    }

    /// Advances the state by 2^128 steps, as if ``next()`` had been called 2^128 times.
    ///
    /// Repeated jumps from one state give up to 2^128 subsequences that provably never overlap.
    /// The simulation does not need this (see ``SeedDerivation``): it derives each block's
    /// generator by hashing, which gives random access to any block in O(1).
    ///
    /// - Complexity: O(256) calls of ``next()``: about a microsecond.
    ///
    /// Source: the `jump()` polynomial of the reference implementation; these words are the
    /// coefficients of x^(2^128) modulo the characteristic polynomial of the linear engine.
    @inlinable
    public mutating func jump() {
        applyJump(0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C)
    }

    /// Advances the state by 2^192 steps, as if ``next()`` had been called 2^192 times.
    ///
    /// Gives 2^64 starting points, each of which ``jump()`` can split into 2^64 more streams.
    ///
    /// - Complexity: O(256) calls of ``next()``.
    ///
    /// Source: the `long_jump()` polynomial of the reference implementation.
    @inlinable
    public mutating func longJump() {
        applyJump(0x76E1_5D3E_FEFD_CBBF, 0xC500_4E44_1C52_2FB3, 0x7771_0069_854E_E241, 0x3910_9BB0_2ACB_E635)
    }

    /// Replaces the state by J(T) applied to it, where the four words hold the coefficients of J.
    ///
    /// For every set bit b (word i, bit j, so b = 64 i + j) the state after b steps is xor-ed into
    /// the result: the sum over the terms of J of T^b applied to the state, T being one step.
    @inlinable
    internal mutating func applyJump(_ j0: UInt64, _ j1: UInt64, _ j2: UInt64, _ j3: UInt64) {
        var sum = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        accumulateJump(j0, into: &sum)
        accumulateJump(j1, into: &sum)
        accumulateJump(j2, into: &sum)
        accumulateJump(j3, into: &sum)
        (_s0, _s1, _s2, _s3) = sum
    }

    /// Runs 64 steps, xor-ing the state into `sum` before each step whose bit is set in `word`.
    @inlinable
    internal mutating func accumulateJump(_ word: UInt64, into sum: inout (UInt64, UInt64, UInt64, UInt64)) {
        var bits = word
        for _ in 0..<64 {
            if bits & 1 != 0 {
                sum.0 ^= _s0
                sum.1 ^= _s1
                sum.2 ^= _s2
                sum.3 ^= _s3
            }
            bits &>>= 1
            _ = next()
        }
    }

    @inlinable @inline(__always)
    internal static func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x &<< k) | (x &>> (64 &- k))
    }
}
