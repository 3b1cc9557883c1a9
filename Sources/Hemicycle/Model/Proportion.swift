/// A share between zero and one held exactly, in parts per billion.
///
/// Scenario files give shares as decimals (`0.5`, `0.125`). Hemicycle rounds them once, at load
/// time, to the nearest billionth, and from then on every comparison that decides a seat is an
/// integer cross-multiplication: `votes × 10⁹ > partsPerBillion × base`, computed at full
/// width so that no vote count can overflow it.
public struct Proportion: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The number of billionths.
    public let partsPerBillion: Int64

    /// The denominator of every proportion.
    public static let scale: Int64 = 1_000_000_000

    /// One half, the usual absolute-majority share.
    public static let half = Proportion(partsPerBillion: 500_000_000)

    /// Zero.
    public static let zero = Proportion(partsPerBillion: 0)

    /// Creates a proportion from a count of billionths, clamped to `0...10⁹`.
    public init(partsPerBillion: Int64) {
        self.partsPerBillion = min(max(partsPerBillion, 0), Self.scale)
    }

    /// Creates a proportion from a decimal in `[0, 1]`, or returns `nil` when it is outside or not finite.
    public init?(_ value: Double) {
        guard value.isFinite, value >= 0, value <= 1 else { return nil }
        self.init(partsPerBillion: Int64((value * Double(Self.scale)).rounded()))
    }

    /// The proportion as a decimal.
    public var doubleValue: Double { Double(partsPerBillion) / Double(Self.scale) }

    public var description: String { "\(doubleValue)" }

    /// Whether `count` is strictly more than this share of `base`: `count/base > p`, exactly.
    @inlinable
    public func isExceeded(by count: Int, of base: Int) -> Bool {
        compare(count, base) > 0
    }

    /// Whether `count` is at least this share of `base`: `count/base ≥ p`, exactly.
    @inlinable
    public func isReached(by count: Int, of base: Int) -> Bool {
        compare(count, base) >= 0
    }

    /// The sign of `count × 10⁹ − p × base`, compared at full width.
    @inlinable
    func compare(_ count: Int, _ base: Int) -> Int {
        let left = count.multipliedFullWidth(by: Int(Self.scale))
        let right = base.multipliedFullWidth(by: Int(partsPerBillion))
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        if left.low != right.low { return left.low < right.low ? -1 : 1 }
        return 0
    }

    public static func < (lhs: Proportion, rhs: Proportion) -> Bool {
        lhs.partsPerBillion < rhs.partsPerBillion
    }
}
