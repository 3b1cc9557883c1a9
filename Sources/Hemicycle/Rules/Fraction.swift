/// An exact, non-negative rational number, for every share or divisor a law states that is not whole.
///
/// Electoral laws speak in shares ("5 % of the valid votes"), in first divisors that are not
/// whole (Norway's 1.4) and in quotients (the Hagenbach-Bischoff quota). Hemicycle keeps each of
/// them as a reduced fraction of two integers, so that every comparison deciding a seat is made by
/// integer cross-multiplication, never in floating point.
///
/// Both terms are limited to ``maximumTerm`` (2³²) so that a product of a vote count (at most
/// 2⁶³) and a term always fits in 128 bits.
///
/// ```swift
/// let firstDivisor = Fraction(7, 5)      // 1.4, Norway's first divisor
/// let threshold = Fraction.percent(5)    // 5 % = 1/20
/// ```
public struct Fraction: Sendable, Hashable, CustomStringConvertible {
    /// The numerator, in lowest terms.
    public let numerator: Int
    /// The denominator, in lowest terms; always at least 1.
    public let denominator: Int

    /// The largest numerator or denominator accepted: 2³² (4,294,967,296).
    public static let maximumTerm = 1 << 32

    /// Creates the fraction `numerator / denominator`, reduced to lowest terms.
    ///
    /// Use ``init(exactly:over:)`` for values that come from data.
    ///
    /// - Parameters:
    ///   - numerator: A value in `0...maximumTerm`.
    ///   - denominator: A value in `1...maximumTerm`; 1 by default.
    /// - Precondition: both terms are in range (a programmer error otherwise).
    public init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(
            (0...Self.maximumTerm).contains(numerator) && (1...Self.maximumTerm).contains(denominator),
            "Fraction terms must satisfy 0 <= numerator, 1 <= denominator, both <= 2^32"
        )
        let divisor = Self.greatestCommonDivisor(numerator, denominator)
        self.numerator = numerator / divisor
        self.denominator = denominator / divisor
    }

    /// Creates the fraction `numerator / denominator`, or `nil` when a term is out of range.
    ///
    /// The result is `nil` for a negative numerator, a denominator below 1, or a term above
    /// ``maximumTerm``.
    ///
    /// - Parameters:
    ///   - numerator: Accepted in `0...maximumTerm`.
    ///   - denominator: Accepted in `1...maximumTerm`.
    public init?(exactly numerator: Int, over denominator: Int) {
        guard (0...Self.maximumTerm).contains(numerator), (1...Self.maximumTerm).contains(denominator) else {
            return nil
        }
        self.init(numerator, denominator)
    }

    /// The fraction `percent / 100`, as a law states a threshold ("5 per cent").
    ///
    /// - Parameter percent: A whole number of per cent, in `0...maximumTerm`.
    /// - Returns: `percent / 100` in lowest terms.
    public static func percent(_ percent: Int) -> Fraction {
        Fraction(percent, 100)
    }

    /// The fraction as `numerator/denominator`, or the bare numerator when the denominator is 1.
    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    /// The value as a `Double`, for display only: never use it to decide a seat.
    public var approximateValue: Double {
        Double(numerator) / Double(denominator)
    }

    private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return Swift.max(a, 1)
    }
}
