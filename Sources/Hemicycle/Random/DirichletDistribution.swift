/// The Dirichlet distribution Dir(α₁, …, α_k) on the probability simplex.
///
/// Draws G_i ~ Gamma(α_i) independently and returns G_i / ΣG. When any concentration is below 1
/// the gammas are drawn as logarithms and normalised after subtracting their maximum, so small
/// concentrations (whose gamma draws underflow) still give a point on the simplex.
///
/// ```swift
/// var rng = SeedDerivation.stream(seed: 1, index: 0)
/// var shares = [Double](repeating: 0, count: 3)
/// DirichletDistribution.sample(concentrations: [40, 35, 25], into: &shares, using: &rng)
/// // shares sum to 1, with means 0.40, 0.35, 0.25
/// ```
///
/// Source: the gamma-normalisation construction (Devroye 1986, §XI.4) over
/// ``GammaDistribution`` (Marsaglia & Tsang 2000).
public struct DirichletDistribution: Sendable, Hashable {
    /// The concentrations α_i; the mean of component i is α_i / Σα.
    public let concentrations: [Double]

    /// Creates Dir(α), or `nil` unless there is at least one concentration and each lies in
    /// ``GammaDistribution/minimumShape`` `..<` ∞.
    ///
    /// - Parameter concentrations: The concentrations α_1, …, α_k.
    @inlinable
    public init?(concentrations: [Double]) {
        guard !concentrations.isEmpty,
            concentrations.allSatisfy({ $0 >= GammaDistribution.minimumShape && $0.isFinite })
        else { return nil }
        self.concentrations = concentrations
    }

    /// Draws one point of the simplex into a caller-owned buffer.
    ///
    /// - Parameters:
    ///   - shares: Receives the k components; should have `concentrations.count` elements
    ///     (only the first `min` of the two counts are written, with no trap either way).
    ///   - rng: The source of random bits.
    /// - Complexity: O(k) expected; no allocation.
    @inlinable
    public func sample(into shares: inout some MutableCollection<Double>, using rng: inout some RandomNumberGenerator) {
        Self.sample(concentrations: concentrations, into: &shares, using: &rng)
    }

    /// Draws one point of the simplex, unchecked, into a caller-owned buffer.
    ///
    /// Every component is in [0, 1] and they sum to 1 up to rounding.
    ///
    /// - Parameters:
    ///   - concentrations: The concentrations; each must be positive and finite (otherwise the
    ///     results are NaN, with no trap).
    ///   - shares: Receives the components; only the first `min(concentrations.count,
    ///     shares.count)` elements are written.
    ///   - rng: The source of random bits.
    /// - Complexity: O(k) expected; no allocation.
    @inlinable
    public static func sample(
        concentrations: some Collection<Double>,
        into shares: inout some MutableCollection<Double>,
        using rng: inout some RandomNumberGenerator
    ) {
        var inLogSpace = false
        for alpha in concentrations where !(alpha >= 1) {
            inLogSpace = true
            break
        }
        var total = 0.0
        var largest = -Double.infinity
        var index = shares.startIndex
        for alpha in concentrations {
            guard index != shares.endIndex else { break }
            let g =
                inLogSpace
                ? GammaDistribution.logSample(shape: alpha, using: &rng)
                : GammaDistribution.sample(shape: alpha, using: &rng)
            shares[index] = g
            total += g
            largest = max(largest, g)
            shares.formIndex(after: &index)
        }
        let end = index
        if inLogSpace {
            total = 0
            index = shares.startIndex
            while index != end {
                let g = Libm.exp(shares[index] - largest)
                shares[index] = g
                total += g
                shares.formIndex(after: &index)
            }
        }
        let inverse = 1 / total
        index = shares.startIndex
        while index != end {
            shares[index] *= inverse
            shares.formIndex(after: &index)
        }
    }
}
