/// The multinomial distribution: n trials spread over k categories with probabilities p_i.
///
/// Drawn by sequential conditional binomials: X₁ ~ B(n, p₁), then
/// X₂ ~ B(n − X₁, p₂ / (1 − p₁)), and so on, the last category with positive probability
/// taking the remaining trials. Each binomial is exact and O(1) (see ``BinomialDistribution``),
/// so a draw costs O(k) whatever n is, and the counts always sum to n exactly.
///
/// ```swift
/// var rng = SeedDerivation.stream(seed: 1, index: 0)
/// var votes = [Int](repeating: 0, count: 3)
/// MultinomialDistribution.sample(trials: 250_000, probabilities: [0.5, 0.3, 0.2], into: &votes, using: &rng)
/// // votes.reduce(0, +) == 250_000
/// ```
///
/// Source: the conditional decomposition of the multinomial (e.g. Devroye 1986, §XI.1;
/// Davis, "The computer generation of multinomial random variates", Comput. Stat. Data Anal.
/// 16, 1993, which recommends it with a fast binomial such as BTRD).
public struct MultinomialDistribution: Sendable, Hashable {
    /// The number of trials n.
    public let trials: Int

    /// The category probabilities, normalised to sum to 1 (up to rounding).
    public let probabilities: [Double]

    /// Creates a multinomial distribution, or `nil` unless `0 ≤ trials ≤
    /// BinomialDistribution.maximumTrials`, there is at least one category, every weight is
    /// finite and ≥ 0, and their sum is positive and finite.
    ///
    /// The weights need not sum to 1: they are divided by their sum, so vote counts or shares
    /// in percent work directly.
    ///
    /// - Parameters:
    ///   - trials: The number of trials n.
    ///   - probabilities: The category weights.
    @inlinable
    public init?(trials: Int, probabilities: [Double]) {
        guard trials >= 0, trials <= BinomialDistribution.maximumTrials, !probabilities.isEmpty else { return nil }
        var total = 0.0
        for weight in probabilities {
            guard weight >= 0, weight.isFinite else { return nil }
            total += weight
        }
        guard total > 0, total.isFinite else { return nil }
        self.trials = trials
        self.probabilities = probabilities.map { $0 / total }
    }

    /// Draws the category counts into a caller-owned buffer.
    ///
    /// - Parameters:
    ///   - counts: Receives the k counts; should have `probabilities.count` elements (see
    ///     ``sample(trials:probabilities:into:using:)`` for what happens otherwise).
    ///   - rng: The source of random bits.
    /// - Complexity: O(k) expected, independent of n; no allocation.
    @inlinable
    public func sample(into counts: inout some MutableCollection<Int>, using rng: inout some RandomNumberGenerator) {
        Self.sample(trials: trials, probabilities: probabilities, into: &counts, using: &rng)
    }

    /// Draws multinomial counts, unchecked, into a caller-owned buffer.
    ///
    /// Never traps. Weights that are negative or NaN count as 0; if no weight is positive every
    /// count is 0. Only the first `min(probabilities.count, counts.count)` categories are used
    /// (and their weights renormalised); `trials` is clamped to `0...maximumTrials`. Infinite
    /// weights give unspecified (but in-range) counts.
    ///
    /// - Parameters:
    ///   - trials: The number of trials n.
    ///   - probabilities: The category weights; they are divided by their sum.
    ///   - counts: Receives the counts, which sum to n (when some weight is positive).
    ///   - rng: The source of random bits.
    /// - Complexity: O(k) expected, independent of n; no allocation.
    @inlinable
    public static func sample(
        trials: Int,
        probabilities: some Collection<Double>,
        into counts: inout some MutableCollection<Int>,
        using rng: inout some RandomNumberGenerator
    ) {
        // Pass 1: the total weight and the last category that can receive trials.
        var total = 0.0
        var categories = 0
        var lastPositive = -1
        var slot = counts.startIndex
        for weight in probabilities {
            guard slot != counts.endIndex else { break }
            if weight > 0 {
                total += weight
                lastPositive = categories
            }
            categories += 1
            counts.formIndex(after: &slot)
        }
        // Pass 2: X_i ~ B(remaining trials, p_i / remaining mass).
        var remaining = min(max(trials, 0), BinomialDistribution.maximumTrials)
        var mass = total
        var category = 0
        slot = counts.startIndex
        for weight in probabilities {
            guard category < categories else { break }
            var count = 0
            if weight > 0 && remaining > 0 {
                count =
                    category == lastPositive
                    ? remaining
                    : BinomialDistribution.sample(trials: remaining, probability: weight / mass, using: &rng)
                remaining -= count
                mass -= weight
            }
            counts[slot] = count
            category += 1
            counts.formIndex(after: &slot)
        }
    }
}
