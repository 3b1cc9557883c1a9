/// The quota of a largest-remainder rule: the number of votes that earns a seat outright.
///
/// | Quota | Value for V votes and S seats | Author or law |
/// |---|---|---|
/// | ``hare`` | V / S | Thomas Hare (1859) |
/// | ``droop`` | ⌊V / (S + 1)⌋ + 1 | Henry Richmond Droop (1881) |
/// | ``hagenbachBischoff`` | V / (S + 1) | Eduard Hagenbach-Bischoff (1888); Slovakia, Act 180/2014 § 66, rounded |
/// | ``imperiali`` | V / (S + 2) | Italy, Chamber of Deputies 1946–1993 |
///
/// Each is kept as an exact fraction unless a law rounds it: ``rounded(_:)`` applies a
/// ``QuotaRounding`` (Slovakia rounds V / 151 to a whole number). A rounded quota is never below
/// one vote.
///
/// ```swift
/// let slovak = Quota.hagenbachBischoff.rounded(.up)
/// slovak.value(totalVotes: 2_061_100, seats: 150)  // (13_650, 1): 2,061,100 / 151 = 13,649.67
/// ```
public struct Quota: Sendable, Hashable, CustomStringConvertible {
    @usableFromInline
    internal enum Formula: Sendable, Hashable {
        /// V / (S + extraSeats).
        case divided(extraSeats: Int)
        /// ⌊V / (S + 1)⌋ + 1.
        case droop
    }

    @usableFromInline
    internal let formula: Formula
    /// How the quota is rounded; ``QuotaRounding/exact`` for the textbook quotas.
    public let rounding: QuotaRounding

    private init(formula: Formula, rounding: QuotaRounding) {
        self.formula = formula
        self.rounding = rounding
    }

    /// The Hare quota V / S (Thomas Hare, 1859).
    public static let hare = Quota(formula: .divided(extraSeats: 0), rounding: .exact)
    /// The Droop quota ⌊V / (S + 1)⌋ + 1 (H. R. Droop, 1881), a whole number by definition.
    public static let droop = Quota(formula: .droop, rounding: .exact)
    /// The Hagenbach-Bischoff quota V / (S + 1) (E. Hagenbach-Bischoff, 1888).
    public static let hagenbachBischoff = Quota(formula: .divided(extraSeats: 1), rounding: .exact)
    /// The Imperiali quota V / (S + 2) (Italy, 1946–1993).
    public static let imperiali = Quota(formula: .divided(extraSeats: 2), rounding: .exact)

    /// The same quota, rounded as a law states it.
    ///
    /// - Parameter rounding: The rounding to apply.
    /// - Returns: The rounded quota.
    public func rounded(_ rounding: QuotaRounding) -> Quota {
        Quota(formula: formula, rounding: rounding)
    }

    /// For example `V / (S + 1), rounded up`.
    public var description: String {
        let base: String
        switch formula {
        case .divided(let extraSeats): base = extraSeats == 0 ? "V / S" : "V / (S + \(extraSeats))"
        case .droop: base = "⌊V / (S + 1)⌋ + 1"
        }
        return rounding == .exact ? base : "\(base), \(rounding)"
    }

    /// The quota for `totalVotes` votes and `seats` seats, as the fraction `numerator / denominator`
    /// (not necessarily in lowest terms).
    ///
    /// - Parameters:
    ///   - totalVotes: The votes the quota divides (negative counts as zero).
    ///   - seats: The magnitude (negative counts as zero).
    /// - Returns: The quota as `numerator / denominator`; `(0, 1)` when nothing can be divided.
    public func value(totalVotes: Int, seats: Int) -> (numerator: Int, denominator: Int) {
        let exact = exactValue(totalVotes: UInt128(Swift.max(totalVotes, 0)), seats: AllocationInput.magnitude(seats))
        return (Int(exact.numerator), Int(exact.denominator))
    }

    /// The quota as `numerator / denominator`, both below 2¹²⁸; `(0, 1)` for no votes or no seats.
    internal func exactValue(totalVotes: UInt128, seats: Int) -> (numerator: UInt128, denominator: UInt128) {
        guard totalVotes > 0, seats > 0 else { return (0, 1) }
        let numerator: UInt128
        let denominator: UInt128
        switch formula {
        case .divided(let extraSeats):
            numerator = totalVotes
            denominator = UInt128(seats + extraSeats)
        case .droop:
            numerator = totalVotes / UInt128(seats + 1) + 1
            denominator = 1
        }
        return rounding.apply(numerator: numerator, denominator: denominator)
    }
}
