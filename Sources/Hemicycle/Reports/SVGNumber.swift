/// Deterministic, locale-independent formatting of numbers for SVG attributes and labels.
///
/// Values are rounded half away from zero to a fixed number of decimals, written with a `.`
/// decimal point and no exponent, with trailing zeros dropped (`12.50` → `12.5`, `3.00` → `3`).
/// A result that rounds to zero is written `0`, never `-0`; NaN and infinities are written `0`;
/// magnitudes are clamped to 10⁹ so that nothing can overflow.
enum SVGNumber {
    /// The largest magnitude written; larger values are clamped to it.
    static let limit = 1_000_000_000.0

    /// Formats `value` with at most `decimals` digits after the point (0…6).
    ///
    /// ```swift
    /// SVGNumber.format(3.14159)          // "3.14"
    /// SVGNumber.format(-0.001)           // "0"
    /// SVGNumber.format(12.5, decimals: 0) // "13"
    /// ```
    static func format(_ value: Double, decimals: Int = 2) -> String {
        let decimals = min(max(decimals, 0), 6)
        guard value.isFinite else { return "0" }
        let clamped = min(max(value, -limit), limit)
        var scale = 1.0
        var divisor = 1
        for _ in 0..<decimals {
            scale *= 10
            divisor *= 10
        }
        // |clamped| * scale ≤ 10¹⁵ < 2⁵³: exact enough, and always fits an Int.
        let scaled = Int((clamped * scale).rounded(.toNearestOrAwayFromZero))
        if scaled == 0 { return "0" }
        let magnitude = scaled.magnitude
        var result = scaled < 0 ? "-" : ""
        result += String(magnitude / UInt(divisor))
        var fraction = magnitude % UInt(divisor)
        guard fraction != 0 else { return result }
        var digits = decimals
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = String(fraction)
        result += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        return result
    }

    /// Formats a probability (0…1) as a percentage with one decimal, saying `<0.1%` or `>99.9%`
    /// rather than rounding a possible event to 0% or a possible failure to 100%.
    ///
    /// ```swift
    /// SVGNumber.percent(0.1234)   // "12.3%"
    /// SVGNumber.percent(0.00004)  // "<0.1%"
    /// ```
    static func percent(_ probability: Double) -> String {
        guard probability.isFinite, probability > 0 else { return "0%" }
        if probability >= 1 { return "100%" }
        if probability < 0.0005 { return "<0.1%" }
        if probability >= 0.9995 { return ">99.9%" }
        return format(probability * 100, decimals: 1) + "%"
    }
}

extension SVGNumber {
    /// An integer with commas between groups of three digits, whatever the locale: `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
