/// The divisors of a highest-averages rule: list `i` holding `s` seats competes for the next seat
/// with the average `votes[i] / d(s)`.
///
/// | Sequence | d(0), d(1), d(2), … | Author or law |
/// |---|---|---|
/// | ``dHondt`` | 1, 2, 3, … | Victor D'Hondt (1882); Thomas Jefferson (1792) |
/// | ``sainteLague`` | 1, 3, 5, … | André Sainte-Laguë (1910); Daniel Webster (1832) |
/// | ``modifiedSainteLague(firstDivisor:)`` | f, 3, 5, … | Sweden (1952); Norway, Valgloven § 11-4 (f = 1.4) |
/// | ``danish`` | 1, 4, 7, … | Danish Parliamentary Elections Act (allocation to nomination districts) |
/// | ``imperiali`` | 2, 3, 4, … | Imperiali divisors (Belgian municipal elections: 1, 1.5, 2, … scaled by 2) |
/// | ``huntingtonHill`` | 0, √2, √6, …, √(s(s+1)) | Edward V. Huntington and Joseph A. Hill (1921); 2 U.S.C. § 2a |
/// | ``adams`` | 0, 1, 2, … | John Quincy Adams (1832) |
///
/// A first divisor of 0 gives every list with votes an infinite average, so every list with a
/// vote gets a seat before any list gets a second one, as far as the seats go; when there are
/// fewer seats than such lists, those seats are a tie that the ``TieBreak`` settles.
///
/// All divisors are kept as integers over a common denominator (1.4, 3, 5 is 7/5, 15/5, 25/5),
/// and Huntington-Hill compares squares, so every comparison is an exact integer one.
public struct DivisorSequence: Sendable, Hashable, CustomStringConvertible {
    @usableFromInline
    internal enum Storage: Sendable, Hashable {
        /// d(0) = first / scale and d(s) = (base + step · s) / scale for s ≥ 1.
        case arithmetic(first: UInt64, base: UInt64, step: UInt64, scale: UInt64)
        /// d(s) = √(s (s + 1)).
        case geometricMean
    }

    @usableFromInline
    internal let storage: Storage

    private init(storage: Storage) {
        self.storage = storage
    }

    /// 1, 2, 3, … (D'Hondt 1882; Jefferson 1792).
    public static let dHondt = DivisorSequence(storage: .arithmetic(first: 1, base: 1, step: 1, scale: 1))

    /// 1, 3, 5, … (Sainte-Laguë 1910; Webster 1832).
    public static let sainteLague = DivisorSequence(storage: .arithmetic(first: 1, base: 1, step: 2, scale: 1))

    /// 1, 4, 7, … (the Danish method).
    public static let danish = DivisorSequence(storage: .arithmetic(first: 1, base: 1, step: 3, scale: 1))

    /// 2, 3, 4, … (Imperiali divisors).
    public static let imperiali = DivisorSequence(storage: .arithmetic(first: 2, base: 2, step: 1, scale: 1))

    /// 0, 1, 2, … (Adams 1832).
    public static let adams = DivisorSequence(storage: .arithmetic(first: 0, base: 0, step: 1, scale: 1))

    /// √(s(s+1)): 0, √2, √6, … (Huntington and Hill 1921; the U.S. House since 1941, 2 U.S.C. § 2a).
    public static let huntingtonHill = DivisorSequence(storage: .geometricMean)

    /// f, 3, 5, 7, …: Sainte-Laguë with the first divisor replaced by the exact fraction `f`.
    ///
    /// Norway (Valgloven § 11-4) and Sweden use f = 1.4: `.modifiedSainteLague(firstDivisor: Fraction(7, 5))`.
    ///
    /// - Parameter firstDivisor: The first divisor; must be below 3 so that the sequence increases.
    /// - Returns: The sequence.
    /// - Precondition: `firstDivisor < 3` (a programmer error otherwise).
    public static func modifiedSainteLague(firstDivisor: Fraction) -> DivisorSequence {
        precondition(firstDivisor.numerator < 3 * firstDivisor.denominator, "the first divisor must be below 3")
        let scale = UInt64(firstDivisor.denominator)
        return DivisorSequence(
            storage: .arithmetic(first: UInt64(firstDivisor.numerator), base: scale, step: 2 * scale, scale: scale)
        )
    }

    /// The divisor applied to a list that holds `seats` seats, as a `Double` for display only.
    ///
    /// - Parameter seats: Seats already held (negative counts as 0).
    /// - Returns: d(seats).
    public func divisor(afterSeats seats: Int) -> Double {
        let seats = Swift.max(seats, 0)
        switch storage {
        case .arithmetic(let first, let base, let step, let scale):
            let numerator = seats == 0 ? Double(first) : Double(base) + Double(step) * Double(seats)
            return numerator / Double(scale)
        case .geometricMean:
            return (Double(seats) * Double(seats + 1)).squareRoot()
        }
    }

    /// The first divisors, for example `1, 2, 3, …` or `7/5, 3, 5, …`.
    public var description: String {
        switch storage {
        case .arithmetic(let first, let base, let step, let scale):
            let terms = [first, base + step, base + 2 * step].map { Fraction(Int($0), Int(scale)).description }
            return terms.joined(separator: ", ") + ", …"
        case .geometricMean:
            return "0, √2, √6, …"
        }
    }
}
