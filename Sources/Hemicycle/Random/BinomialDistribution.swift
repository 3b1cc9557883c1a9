/// The binomial distribution B(n, p): successes in n independent trials of probability p.
///
/// Exact for every n up to 2^53 and every p in [0, 1], in time that does not grow with n:
/// - p > 1/2 is drawn as n − B(n, 1 − p), so the work below always has p ≤ 1/2;
/// - n·p < 10: sequential inversion from 0 (about n·p + 1 steps, never more than ~200);
/// - n·p ≥ 10: Hörmann's BTRD, transformed rejection with a decomposed hat. From about 40%
///   (n·p near 10) to 79% (large n·p·q) of draws are accepted at once from one uniform; the
///   rest use a short recursion (|k − mode| ≤ 15) or a squeeze, and rarely the exact
///   log-density ratio. On average a draw takes 1.4 to 2.5 uniforms. For that last step this implementation
///   uses Loader's saddle-point form of the pmf (deviance `bd0` and Stirling errors) instead of
///   Hörmann's direct sum of logarithms, which cancels catastrophically when n is near 2^53.
///
/// ```swift
/// var rng = SeedDerivation.stream(seed: 1, index: 0)
/// let turnout = BinomialDistribution.sample(trials: 1_000_000, probability: 0.3, using: &rng)
/// if let seatsWon = BinomialDistribution(trials: 20, probability: 0.55) {
///     let k = seatsWon.sample(using: &rng)       // one coin setup, many draws
/// }
/// ```
///
/// Source: W. Hörmann, "The generation of binomial random variates", J. Stat. Comput. Simul.
/// 46(1–2), 1993, 101–110 (algorithm BTRD); C. Loader, "Fast and accurate computation of
/// binomial probabilities", 2000 (`bd0`, `stirlerr`); inversion as in Kachitvichyanukul &
/// Schmeiser, "Binomial random variate generation", Commun. ACM 31(2), 1988.
public struct BinomialDistribution: Sendable, Hashable {
    /// The largest number of trials, 2^53: every count up to it is an exact `Double`.
    public static let maximumTrials: Int = 1 << 53

    /// The precomputed sampler for these parameters.
    @usableFromInline internal let _sampler: Sampler

    /// The number of trials n.
    @inlinable public var trials: Int { _sampler.trials }

    /// The success probability p.
    public let probability: Double

    /// Creates B(trials, probability), or `nil` unless `0 ≤ trials ≤ maximumTrials` and
    /// `0 ≤ probability ≤ 1`.
    ///
    /// The setup (a square root and a few divisions, or a `log1p` and an `exp` for small n·p)
    /// is done once here, so repeated draws skip it.
    ///
    /// - Parameters:
    ///   - trials: The number of trials n.
    ///   - probability: The success probability p of each trial.
    @inlinable
    public init?(trials: Int, probability: Double) {
        guard trials >= 0, trials <= Self.maximumTrials, probability >= 0, probability <= 1 else { return nil }
        self.probability = probability
        _sampler = Sampler(trials: trials, probability: probability)
    }

    /// Draws the number of successes.
    ///
    /// - Parameter rng: The source of random bits.
    /// - Returns: A count in `0...trials`.
    /// - Complexity: O(1) expected, independent of n.
    @inlinable
    public func sample(using rng: inout some RandomNumberGenerator) -> Int {
        _sampler.sample(using: &rng)
    }

    /// Draws from B(trials, probability) without building a distribution first.
    ///
    /// Not validated beyond never trapping: `trials ≤ 0` gives 0, `trials` above
    /// ``maximumTrials`` is treated as ``maximumTrials``, `probability` ≤ 0 or NaN gives 0 and
    /// `probability ≥ 1` gives `trials`.
    ///
    /// - Parameters:
    ///   - trials: The number of trials n, in `0...maximumTrials`.
    ///   - probability: The success probability p, in `0...1`.
    ///   - rng: The source of random bits.
    /// - Returns: A count in `0...trials`.
    /// - Complexity: O(1) expected, independent of n; includes the setup that
    ///   ``init(trials:probability:)`` does once.
    @inlinable
    public static func sample(trials: Int, probability: Double, using rng: inout some RandomNumberGenerator) -> Int {
        Sampler(trials: trials, probability: probability).sample(using: &rng)
    }
}
