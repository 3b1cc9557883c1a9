/// One party's seats across the replicates of a Monte Carlo simulation: the input of a
/// ``SeatDistributionChart`` panel.
///
/// ```swift
/// // In 10,000 replicates the party won 0 seats 120 times, 1 seat 4,000 times, 2 seats 5,880 times.
/// let urd = SeatDistribution(label: "URD", frequencies: [120, 4_000, 5_880], deterministicSeats: 2)
/// urd.interval(coverage: 0.9)           // 1...2
/// urd.probability(ofAtLeast: 2)         // 0.588
/// ```
public struct SeatDistribution: Sendable, Hashable, Codable {
    /// The party's full name.
    public var label: String
    /// A short name or acronym, for callers that list parties compactly; the label when blank.
    public var shortLabel: String
    /// The party's own colour as `#rgb` or `#rrggbb`; otherwise a palette colour.
    public var colour: String?
    /// `frequencies[s]` is the number of replicates in which the party won `s` seats
    /// (negative entries count as 0).
    public var frequencies: [Int]
    /// The seats won with the votes as given, without simulated noise; `nil` if not known.
    public var deterministicSeats: Int?

    /// Creates a distribution; `shortLabel` defaults to `label`.
    public init(
        label: String,
        shortLabel: String? = nil,
        colour: String? = nil,
        frequencies: [Int],
        deterministicSeats: Int? = nil
    ) {
        self.label = label
        self.shortLabel = shortLabel ?? label
        self.colour = colour
        self.frequencies = frequencies
        self.deterministicSeats = deterministicSeats
    }

    /// The number of replicates (saturating at `Int.max`).
    public var replicates: Int {
        SaturatingCount.sum(frequencies)
    }

    /// The share of replicates in which the party won exactly `seats` seats (0 when none).
    public func probability(of seats: Int) -> Double {
        let total = Double(replicates)
        guard total > 0, frequencies.indices.contains(seats) else { return 0 }
        return Double(max(frequencies[seats], 0)) / total
    }

    /// The share of replicates in which the party won `seats` seats or more.
    public func probability(ofAtLeast seats: Int) -> Double {
        let total = Double(replicates)
        guard total > 0 else { return 0 }
        var count = 0.0
        for (index, frequency) in frequencies.enumerated() where index >= seats {
            count += Double(max(frequency, 0))
        }
        return count / total
    }

    /// The central interval holding at least `coverage` of the replicates, or `nil` without any.
    ///
    /// Its ends are the lower and upper (1 − `coverage`)/2 quantiles: the lower end is the
    /// fewest seats `s` with P(seats ≤ s) ≥ (1 − coverage)/2, the upper the fewest with
    /// P(seats ≤ s) ≥ (1 + coverage)/2. For `coverage` 0.9, at most 5% of replicates fall below
    /// and at most 5% above.
    public func interval(coverage: Double = 0.9) -> ClosedRange<Int>? {
        let total = Double(replicates)
        guard total > 0 else { return nil }
        let coverage = coverage.isFinite ? min(max(coverage, 0), 1) : 0.9
        let lowerTarget = total * (1 - coverage) / 2
        let upperTarget = total * (1 + coverage) / 2
        var cumulative = 0.0
        var lower: Int?
        for (seats, frequency) in frequencies.enumerated() where frequency > 0 {
            cumulative += Double(frequency)
            if lower == nil, cumulative >= lowerTarget { lower = seats }
            if cumulative >= upperTarget, let lower { return lower...seats }
        }
        // Only reached through rounding: end at the last seat count that occurs.
        let last = frequencies.lastIndex { $0 > 0 } ?? 0
        return (lower ?? last)...last
    }

    /// The fewest and most seats seen in any replicate, or `nil` without replicates.
    public var observedRange: ClosedRange<Int>? {
        guard let first = frequencies.firstIndex(where: { $0 > 0 }),
            let last = frequencies.lastIndex(where: { $0 > 0 })
        else { return nil }
        return first...last
    }
}
