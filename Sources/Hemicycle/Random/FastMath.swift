/// `exp` and `log` for the simulation's noise, fast and the same on every platform.
///
/// The platform's libm differs between systems in the last bits and costs 10–20 ns a call; the
/// simulation calls `exp` a few hundred times per election. These versions use only IEEE
/// arithmetic (so results are bit-identical everywhere) and reach a relative error below
/// 10⁻⁸, far finer than any noise they shape. They are never used where a result must equal
/// the deterministic run exactly: with no noise the engine does not call them.
///
/// Method: Cody & Waite range reduction (1980) with a degree-7 Taylor polynomial evaluated by
/// Estrin's scheme for `exp`; for `log`, the exponent split and the series
/// `log m = 2 atanh((m − 1)/(m + 1))`.
public enum FastMath: Sendable {
    /// e^x, with relative error below 10⁻⁸, for x clamped to [−708, 709] (so e^−708 ≈ 3·10⁻³⁰⁸
    /// stands for anything smaller, and e^709 ≈ 8·10³⁰⁷ for anything larger); NaN gives e^−708.
    ///
    /// Branch-free: the simulation calls it once per list and constituency with unpredictable
    /// arguments.
    @inlinable @inline(__always)
    public static func exp(_ x: Double) -> Double {
        // `maxsd`/`minsd`: the comparison's false side takes the bound, so NaN lands on −708.
        let low = -708.0
        let high = 709.0
        let atLeastLow = x > low ? x : low
        let clamped = atLeastLow < high ? atLeastLow : high
        let log2e = 1.442_695_040_888_963_4
        let ln2High = 0.693_147_180_369_123_82
        let ln2Low = 1.908_214_929_270_587_7e-10
        // Round to the nearest integer by adding and removing 1.5 × 2⁵² (exact for |v| < 2⁵¹):
        // one addition instead of a call to the C library's rint on baseline x86-64. The
        // shifted sum also holds k in its low bits, which gives 2^k without a conversion.
        let shifter = 6_755_399_441_055_744.0
        let shifted = clamped * log2e + shifter
        let k = shifted - shifter
        let r = (clamped - k * ln2High) - k * ln2Low  // |r| ≤ 0.347
        // Taylor to degree 7, by Estrin's scheme: (1 + r) + r²(1/2 + r/6) + r⁴((1/24 + r/120) + r²(1/720 + r/5040)).
        let r2 = r * r
        let r4 = r2 * r2
        let lowTerms = (1 + r) + r2 * (0.5 + r * (1.0 / 6))
        let highTerms = (1.0 / 24 + r * (1.0 / 120)) + r2 * (1.0 / 720 + r * (1.0 / 5040))
        let polynomial = lowTerms + r4 * highTerms
        // k is in −1022...1023, so the biased exponent k + 1023 is in 1...2046: a normal 2^k.
        // (The shifted sum's bits are 0x4338_0000_0000_0000 + k in two's complement.)
        let scale = Double(bitPattern: (shifted.bitPattern &+ 1023) << 52)
        return polynomial * scale
    }

    /// The natural logarithm, with relative error below 10⁻⁹ for positive normal `x`; −∞ at 0, NaN below.
    @inlinable
    public static func log(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? -.infinity : .nan }
        guard x.isFinite else { return x }
        guard x.isNormal else { return log(x * 0x1p52) - 52 * 0.693_147_180_559_945_3 }
        let bits = x.bitPattern
        var exponent = Int((bits >> 52) & 0x7FF) - 1023
        var mantissa = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)  // [1, 2)
        if mantissa > 1.414_213_562_373_095 {
            mantissa *= 0.5
            exponent += 1
        }
        let s = (mantissa - 1) / (mantissa + 1)  // |s| ≤ 0.1716
        let s2 = s * s
        let series = s * (2 + s2 * (2.0 / 3 + s2 * (2.0 / 5 + s2 * (2.0 / 7 + s2 * (2.0 / 9 + s2 * (2.0 / 11))))))
        return Double(exponent) * 0.693_147_180_559_945_3 + series
    }

    /// The logistic function 1 / (1 + e^−x).
    @inlinable @inline(__always)
    public static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}
