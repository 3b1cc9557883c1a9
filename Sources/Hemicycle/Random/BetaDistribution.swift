/// The beta distribution Beta(α, β), sampled as a ratio of gamma variates.
///
/// X = G₁/(G₁ + G₂) with G₁ ~ Gamma(α), G₂ ~ Gamma(β) independent is Beta(α, β) exactly. When a
/// shape is below 1 the gammas are drawn as logarithms and combined as 1/(1 + e^(log G₂ − log G₁)),
/// so tiny shapes (whose gamma draws underflow to 0) still give a correct 0/1-heavy result
/// instead of 0/0.
///
/// ```swift
/// var rng = SeedDerivation.stream(seed: 1, index: 0)
/// if let share = BetaDistribution(alpha: 40, beta: 60) {
///     let s = share.sample(using: &rng)   // mean 0.4
/// }
/// ```
///
/// Source: the gamma-ratio construction (e.g. Devroye, "Non-Uniform Random Variate Generation",
/// Springer 1986, §IX.4.1) over ``GammaDistribution`` (Marsaglia & Tsang 2000).
public struct BetaDistribution: Sendable, Hashable {
    /// The first shape α (the weight of the outcome near 1).
    public let alpha: Double

    /// The second shape β (the weight of the outcome near 0).
    public let beta: Double

    /// Creates Beta(α, β), or `nil` unless both shapes lie in
    /// ``GammaDistribution/minimumShape`` `..<` ∞.
    ///
    /// - Parameters:
    ///   - alpha: The shape α.
    ///   - beta: The shape β.
    @inlinable
    public init?(alpha: Double, beta: Double) {
        guard alpha >= GammaDistribution.minimumShape, alpha.isFinite,
            beta >= GammaDistribution.minimumShape, beta.isFinite
        else { return nil }
        self.alpha = alpha
        self.beta = beta
    }

    /// Draws a Beta(α, β) variate.
    ///
    /// - Parameter rng: The source of random bits.
    /// - Returns: A value in [0, 1] (the ends only through rounding or underflow).
    /// - Complexity: O(1) expected: two gamma draws.
    @inlinable
    public func sample(using rng: inout some RandomNumberGenerator) -> Double {
        Self.sample(alpha: alpha, beta: beta, using: &rng)
    }

    /// Draws a Beta(α, β) variate without building a distribution first.
    ///
    /// - Parameters:
    ///   - alpha: The shape α; must be positive and finite (NaN results otherwise; no trap).
    ///   - beta: The shape β; same requirement.
    ///   - rng: The source of random bits.
    /// - Returns: A value in [0, 1].
    /// - Complexity: O(1) expected.
    @inlinable
    public static func sample(alpha: Double, beta: Double, using rng: inout some RandomNumberGenerator) -> Double {
        if alpha >= 1 && beta >= 1 {
            let x = GammaDistribution.sample(shape: alpha, using: &rng)
            let y = GammaDistribution.sample(shape: beta, using: &rng)
            return x / (x + y)
        }
        let logX = GammaDistribution.logSample(shape: alpha, using: &rng)
        let logY = GammaDistribution.logSample(shape: beta, using: &rng)
        return 1 / (1 + Libm.exp(logY - logX))
    }
}
