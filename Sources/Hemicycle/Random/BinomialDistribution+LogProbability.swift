extension BinomialDistribution.Sampler {
    /// log P(X = k) for X ~ B(n, p), accurate to about 10^-13 for every n ≤ 2^53.
    ///
    /// Loader's form: log P = stirlerr(n) − stirlerr(k) − stirlerr(n − k) − bd0(k, np)
    /// − bd0(n − k, nq) + ½ log(n / (2π k (n − k))), in which no large terms cancel. The
    /// offset k − np is formed from the exact product n·p (a fused multiply-add recovers the
    /// rounding error of n·p, which near n = 2^53 would otherwise shift log P by ~10^-8).
    ///
    /// Deliberately not `@inlinable`: it depends only on the parameters, so once inlined the
    /// optimiser hoisted log P(mode) out of BTRD's loop and paid for it on every draw (34 ns
    /// instead of 13 ns); as an opaque call it runs only on the rare final acceptance step.
    ///
    /// - Parameter k: A count in `0...trials`.
    /// - Returns: log P(X = k).
    @usableFromInline
    func logProbability(_ k: Int) -> Double {
        let n = Double(trials)
        if k == 0 { return n * Libm.log1p(-p) }
        if k == trials { return n * Libm.log(p) }
        let x = Double(k)
        let y = n - x
        let meanHigh = n * p
        let meanLow = (-meanHigh).addingProduct(n, p)  // n·p = meanHigh + meanLow exactly
        let offset = (x - meanHigh) - meanLow  // k − np; y − nq is exactly −offset
        let logNormaliser = 0.5 * Libm.log(n / (2 * Double.pi * x * y))
        return Self.stirlingError(n) - Self.stirlingError(x) - Self.stirlingError(y)
            - Self.deviance(x, mean: meanHigh, offset: offset)
            - Self.deviance(y, mean: (n - meanHigh) - meanLow, offset: -offset) + logNormaliser
    }

    /// Loader's bd0(x, M) = x log(x/M) + M − x ≥ 0, by its series when x is close to M.
    ///
    /// - Parameters:
    ///   - x: A positive count.
    ///   - mean: The positive mean M.
    ///   - offset: x − M, computed by the caller as accurately as it can.
    /// - Returns: bd0(x, M), without cancellation when x ≈ M.
    static func deviance(_ x: Double, mean: Double, offset: Double) -> Double {
        guard abs(offset) < 0.1 * (x + mean) else {
            return x * Libm.log(x / mean) - offset
        }
        // With v = (x − M)/(x + M): bd0 = (x − M) v + 2x Σ_{j≥1} v^(2j+1)/(2j+1); |v| < 0.1.
        let v = offset / (x + mean)
        let vv = v * v
        var sum = offset * v
        var term = 2 * x * v
        var j = 1.0
        while j < 40 {
            term *= vv
            let next = sum + term / (2 * j + 1)
            if next == sum { break }
            sum = next
            j += 1
        }
        return sum
    }

    /// stirlerr(n) = log n! − [(n + ½) log n − n + ½ log 2π], the error of Stirling's formula.
    ///
    /// Exact values up to 15, the asymptotic series (five terms, error < 10^-16) above.
    static func stirlingError(_ n: Double) -> Double {
        if n <= 15 {
            let index = Int(n)
            return index >= 1 ? smallStirlingErrors[index - 1] : 0
        }
        let nn = n * n
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / 1188 / nn) / nn) / nn) / nn) / n
    }

    /// stirlerr(1) … stirlerr(15), computed to 40 digits (mpmath) and rounded once.
    static let smallStirlingErrors: [Double] = [
        0.08106146679532726, 0.0413406959554093, 0.02767792568499834, 0.020790672103765093,
        0.016644691189821193, 0.013876128823070748, 0.01189670994589177, 0.010411265261972096,
        0.009255462182712733, 0.00833056343336287, 0.007573675487951841, 0.00694284010720953,
        0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
    ]
}
