/// Uniform doubles on the unit interval, built from the top bits of one 64-bit output.
///
/// ```swift
/// var rng = Xoshiro256StarStar(seed: 7)
/// let u = UnitUniform.halfOpen(using: &rng)  // 0 ≤ u < 1
/// let v = UnitUniform.open(using: &rng)      // 0 < v < 1, safe for log(v)
/// ```
///
/// Both use the high bits of the output (the best bits of any generator) and one multiplication
/// by a power of two, so every value is exact: no rounding ever reaches 1.
///
/// Source: Vigna, "Generating uniform doubles in the unit interval" (notes to xoshiro, 2018).
public enum UnitUniform: Sendable {
    /// Returns a uniform double in [0, 1) with 53 random bits.
    ///
    /// The result is `k / 2^53` for `k` uniform in `0..<2^53`: every multiple of 2^-53 in [0, 1)
    /// is equally likely, so 0 occurs (with probability 2^-53) and 1 never does.
    ///
    /// - Parameter rng: The source of random bits; one `next()` call.
    /// - Returns: A value in `0 ..< 1`.
    /// - Complexity: O(1).
    @inlinable
    public static func halfOpen(using rng: inout some RandomNumberGenerator) -> Double {
        Double(Int64(bitPattern: rng.next() &>> 11)) * 0x1.0p-53
    }

    /// Returns a uniform double in (0, 1) with 52 random bits, never 0 nor 1.
    ///
    /// The result is `(k + 1/2) / 2^52` for `k` uniform in `0..<2^52`: the midpoints of a grid of
    /// 2^52 cells, symmetric about 1/2, so `log(u)` and `log(1 - u)` are always finite.
    ///
    /// - Parameter rng: The source of random bits; one `next()` call.
    /// - Returns: A value in `2^-53 ... 1 - 2^-53`.
    /// - Complexity: O(1).
    @inlinable
    public static func open(using rng: inout some RandomNumberGenerator) -> Double {
        (Double(Int64(bitPattern: rng.next() &>> 12)) + 0.5) * 0x1.0p-52
    }
}
