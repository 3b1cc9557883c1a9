/// How a law rounds a quota that is not a whole number.
///
/// An open set of rounding rules, each exact: ``exact`` keeps the fraction; ``down``, ``halfUp``
/// and ``up`` round to a whole number of votes, never below 1.
public struct QuotaRounding: Sendable, Hashable, CustomStringConvertible {
    @usableFromInline
    internal enum Storage: Sendable, Hashable {
        case exact, down, halfUp, up
    }

    @usableFromInline
    internal let storage: Storage

    private init(_ storage: Storage) {
        self.storage = storage
    }

    /// No rounding: the quota stays an exact fraction.
    public static let exact = QuotaRounding(.exact)
    /// Round down to a whole number (but not below 1).
    public static let down = QuotaRounding(.down)
    /// Round to the nearest whole number, halves up (but not below 1).
    public static let halfUp = QuotaRounding(.halfUp)
    /// Round up to a whole number.
    public static let up = QuotaRounding(.up)

    /// `exact`, `rounded down`, `rounded half up` or `rounded up`.
    public var description: String {
        switch storage {
        case .exact: "exact"
        case .down: "rounded down"
        case .halfUp: "rounded half up"
        case .up: "rounded up"
        }
    }

    internal func apply(numerator: UInt128, denominator: UInt128) -> (numerator: UInt128, denominator: UInt128) {
        let whole: UInt128
        switch storage {
        case .exact: return (numerator, denominator)
        case .down: whole = numerator / denominator
        case .halfUp: whole = (2 * numerator + denominator) / (2 * denominator)
        case .up: whole = (numerator + denominator - 1) / denominator
        }
        return (Swift.max(whole, 1), 1)
    }
}
