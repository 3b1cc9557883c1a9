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
    /// e^x, with relative error below 10⁻⁸; 0 below −708, +∞ above 709.
    @inlinable @inline(__always)
    public static func exp(_ x: Double) -> Double {
        guard x == x else { return x }  // NaN
        if x > 709 { return .infinity }
        if x < -708 { return 0 }
        let log2e = 1.442_695_040_888_963_4
        let ln2High = 0.693_147_180_369_123_82
        let ln2Low = 1.908_214_929_270_587_7e-10
        // Round to the nearest integer by adding and removing 1.5 × 2⁵² (exact for |v| < 2⁵¹):
        // one addition instead of a call to the C library's rint on baseline x86-64.
        let shifter = 6_755_399_441_055_744.0
        let k = (x * log2e + shifter) - shifter
        let r = (x - k * ln2High) - k * ln2Low  // |r| ≤ 0.347
        // Taylor to degree 7, by Estrin's scheme: (1 + r) + r²(1/2 + r/6) + r⁴((1/24 + r/120) + r²(1/720 + r/5040)).
        let r2 = r * r
        let r4 = r2 * r2
        let low = (1 + r) + r2 * (0.5 + r * (1.0 / 6))
        let high = (1.0 / 24 + r * (1.0 / 120)) + r2 * (1.0 / 720 + r * (1.0 / 5040))
        let polynomial = low + r4 * high
        let scale = Double(bitPattern: UInt64(Int64(k) + 1023) << 52)
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
