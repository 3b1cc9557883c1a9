/// A share of a base that a list's votes must reach: "at least 5 % of the valid votes".
///
/// The share is an exact ``Fraction`` and the test is exact: `votes · denominator` against
/// `numerator · base` in 128-bit integers, so a list exactly on the line is judged exactly as the
/// law's "at least" or "more than" says.
///
/// ```swift
/// let spain = VoteThreshold.percent(3)                      // LOREG art. 163.1 (a): at least 3 %
/// spain.isMet(votes: 2_999, base: 100_000)                  // false
/// VoteThreshold(share: Fraction(1, 20), comparison: .moreThan).isMet(votes: 50, base: 1_000)  // false
/// ```
public struct VoteThreshold: Sendable, Hashable, CustomStringConvertible {
    /// Whether the share itself passes.
    public enum Comparison: Sendable, Hashable {
        /// Votes ≥ share · base ("at least", "no less than").
        case atLeast
        /// Votes > share · base ("more than", "exceeds").
        case moreThan
    }

    /// The share of the base, for example 5/100.
    public let share: Fraction
    /// Whether a list exactly at the share passes.
    public let comparison: Comparison

    /// Creates a threshold.
    ///
    /// - Parameters:
    ///   - share: The share of the base.
    ///   - comparison: ``Comparison/atLeast`` by default.
    public init(share: Fraction, comparison: Comparison = .atLeast) {
        self.share = share
        self.comparison = comparison
    }

    /// A threshold of `percent` per cent of the base.
    ///
    /// - Parameters:
    ///   - percent: Whole per cent, for example 5.
    ///   - comparison: ``Comparison/atLeast`` by default.
    /// - Returns: The threshold.
    public static func percent(_ percent: Int, _ comparison: Comparison = .atLeast) -> VoteThreshold {
        VoteThreshold(share: .percent(percent), comparison: comparison)
    }

    /// No threshold: every list passes (a share of zero, at least).
    public static let none = VoteThreshold(share: Fraction(0))

    /// For example `at least 1/20` or `more than 3/100`.
    public var description: String {
        "\(comparison == .atLeast ? "at least" : "more than") \(share)"
    }

    /// For example `at least 5%` or `more than 25.5%`: the share in per cent, to the millionth of
    /// a point, without trailing zeros.
    public var percentDescription: String {
        let millionths = (UInt128(share.numerator) * 100_000_000 + UInt128(share.denominator) / 2) / UInt128(share.denominator)
        var text = "\(millionths / 1_000_000)"
        if millionths % 1_000_000 > 0 {
            var digits = String(millionths % 1_000_000)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return (comparison == .atLeast ? "at least " : "more than ") + text + "%"
    }

    /// Whether `votes` reach the share of `base`.
    ///
    /// - Parameters:
    ///   - votes: The list's votes (negative counts as zero).
    ///   - base: The base of the share, for example all valid votes (negative counts as zero).
    /// - Returns: Whether the list passes.
    public func isMet(votes: Int, base: Int) -> Bool {
        let left = UInt128(Swift.max(votes, 0)) * UInt128(share.denominator)
        let right = UInt128(Swift.max(base, 0)) * UInt128(share.numerator)
        return comparison == .atLeast ? left >= right : left > right
    }
}
