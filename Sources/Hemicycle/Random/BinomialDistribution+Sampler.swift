extension BinomialDistribution {
    /// How a ``Sampler`` draws: by the closed cases, by inversion, or by BTRD.
    @usableFromInline
    internal enum Method: Sendable, Hashable {
        /// n = 0 or p = 0 (after the symmetry): always 0 successes.
        case zero
        /// n·p < 10: sequential search from 0.
        case inversion
        /// n·p ≥ 10: Hörmann's transformed rejection.
        case btrd
    }

    /// Parameters of a binomial draw with p ≤ 1/2 and the setup of its method.
    ///
    /// Field names follow Hörmann (1993), step 0 of BTRD.
    @usableFromInline
    internal struct Sampler: Sendable, Hashable {
        /// The number of trials n (clamped to `0...maximumTrials`).
        @usableFromInline let trials: Int
        /// Whether p > 1/2 was replaced by 1 − p (the result is then n − k).
        @usableFromInline let flipped: Bool
        /// The drawing method.
        @usableFromInline let method: Method
        /// min(p, 1 − p).
        @usableFromInline let p: Double
        /// Inversion: P(X = 0) = (1 − p)^n. BTRD: the mode m = ⌊(n + 1)p⌋.
        @usableFromInline let start: Double
        /// p / (1 − p).
        @usableFromInline let r: Double
        /// (n + 1)·p / (1 − p).
        @usableFromInline let nr: Double
        /// n·p·(1 − p).
        @usableFromInline let npq: Double
        /// Hat parameters of BTRD.
        @usableFromInline let a: Double, b: Double, c: Double, alpha: Double
        /// Acceptance thresholds of BTRD: v_r and u_r·v_r.
        @usableFromInline let vr: Double, urvr: Double

        /// Sets up a draw; out-of-range parameters are clamped as documented on
        /// ``BinomialDistribution/sample(trials:probability:using:)``.
        @inlinable
        init(trials: Int, probability: Double) {
            let n = min(max(trials, 0), BinomialDistribution.maximumTrials)
            var p = probability > 0 ? min(probability, 1) : 0
            flipped = p > 0.5
            if flipped { p = 1 - p }
            self.trials = n
            self.p = p
            let q = 1 - p
            let nd = Double(n)
            r = p / q
            nr = (nd + 1) * r
            npq = nd * p * q
            guard n > 0, p > 0 else {
                (method, start, a, b, c, alpha, vr, urvr) = (.zero, 0, 0, 0, 0, 0, 0, 0)
                return
            }
            guard nd * p >= 10 else {
                method = .inversion
                start = Libm.exp(nd * Libm.log1p(-p))
                (a, b, c, alpha, vr, urvr) = (0, 0, 0, 0, 0, 0)
                return
            }
            method = .btrd
            start = Double(Int((nd + 1) * p))  // ⌊(n + 1)p⌋; truncation is floor here (≥ 0)
            let spq = npq.squareRoot()
            b = 1.15 + 2.53 * spq
            a = -0.0873 + 0.0248 * b + 0.01 * p
            c = nd * p + 0.5
            alpha = (2.83 + 5.1 / b) * spq
            vr = 0.92 - 4.2 / b
            urvr = 0.86 * vr
        }

        /// Draws a count in `0...trials`.
        @inlinable
        func sample(using rng: inout some RandomNumberGenerator) -> Int {
            let k: Int
            switch method {
            case .zero: k = 0
            case .inversion: k = inversion(using: &rng)
            case .btrd: k = btrd(using: &rng)
            }
            return flipped ? trials - k : k
        }

        /// Sequential inversion: walk the pmf from 0, f(k) = f(k − 1)·((n + 1)/k − 1)·p/q.
        ///
        /// If rounding leaves the uniform above the summed pmf (probability ~10^-16) the walk
        /// restarts with a new uniform when it reaches n or the pmf underflows; for n·p < 10
        /// that bounds a walk at about 200 steps whatever n is.
        @inlinable
        func inversion(using rng: inout some RandomNumberGenerator) -> Int {
            while true {
                var u = UnitUniform.halfOpen(using: &rng)
                var k = 0
                var f = start
                while true {
                    if u < f { return k }
                    u -= f
                    if k == trials || f == 0 { break }
                    k += 1
                    f *= nr / Double(k) - r
                }
            }
        }

        /// Hörmann's BTRD (1993), steps 1–3.
        @inlinable
        func btrd(using rng: inout some RandomNumberGenerator) -> Int {
            let n = Double(trials)
            let m = Int(start)
            while true {
                // Step 1: the central part of the hat, accepted without any test.
                var v = UnitUniform.open(using: &rng)
                var u: Double
                if v <= urvr {
                    u = v / vr - 0.43
                    let x = (2 * a / (0.5 - abs(u)) + b) * u + c
                    // ⌊x⌋ by truncation once x ≥ 0 is known: `rounded(.down)` is a libm call
                    // (no SSE4.1 in the x86-64 baseline) and costs more than the rest of this step.
                    if x >= 0 && x < n + 1 { return Int(x) }
                    continue
                }
                // Step 2: a point of the hat's tails, or of the region between hat and box.
                if v >= vr {
                    u = UnitUniform.open(using: &rng) - 0.5
                } else {
                    u = v / vr - 0.93
                    u = (u < 0 ? -0.5 : 0.5) - u
                    v = UnitUniform.open(using: &rng) * vr
                }
                // Step 3.0: transform, and scale v so that acceptance is v ≤ f(k)/f(m).
                let us = 0.5 - abs(u)
                let x = (2 * a / us + b) * u + c
                guard x >= 0, x < n + 1 else { continue }  // also rejects NaN
                let k = Int(x)
                v = v * alpha / (a / (us * us) + b)
                let km = abs(k - m)
                if km <= 15 {
                    // Step 3.1: f(k)/f(m) by the recursion of the pmf.
                    var f = 1.0
                    if m < k {
                        for i in (m + 1)...k { f *= nr / Double(i) - r }
                    } else if m > k {
                        for i in (k + 1)...m { v *= nr / Double(i) - r }
                    }
                    if v <= f { return k }
                    continue
                }
                // Step 3.2: squeeze on log(f(k)/f(m)) ≈ −km²/(2npq), then the exact ratio.
                let logV = Libm.log(v)
                let kmd = Double(km)
                let rho = (kmd / npq) * (((kmd / 3 + 0.625) * kmd + 1.0 / 6) / npq + 0.5)
                let t = -kmd * kmd / (2 * npq)
                if logV < t - rho { return k }
                if logV > t + rho { continue }
                if logV <= logProbability(k) - logProbability(m) { return k }
            }
        }
    }
}
