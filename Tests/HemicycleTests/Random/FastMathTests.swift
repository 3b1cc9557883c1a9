import Foundation
import Hemicycle
import Testing

/// The simulation's own `exp` and `log` against the platform's, over the whole range they are
/// used on and at the edges.
@Suite("Fast math") struct FastMathTests {
    /// Arguments from −708 to 709, dense near zero where the noise lives.
    static let arguments: [Double] = {
        var values: [Double] = []
        var x = -708.0
        while x <= 709 {
            values.append(x)
            x += 0.173
        }
        for step in -4000...4000 { values.append(Double(step) * 0.000_731) }
        values += [0, -0.0, 1e-300, -1e-300, 0.346_573_590_279_972_65, -0.346_573_590_279_972_65, 708.9, -707.9]
        return values
    }()

    @Test func expMatchesThePlatformToOnePartInAHundredMillion() {
        var worst = 0.0
        var worstAt = 0.0
        for x in Self.arguments {
            let expected = Foundation.exp(x)
            let error = abs(FastMath.exp(x) - expected) / expected
            if error > worst {
                worst = error
                worstAt = x
            }
        }
        #expect(worst < 1e-8, "relative error \(worst) at \(worstAt)")
    }

    @Test func expClampsItsArgument() {
        #expect(FastMath.exp(-1000) == FastMath.exp(-708))
        #expect(FastMath.exp(-.infinity) == FastMath.exp(-708))
        #expect(FastMath.exp(1000) == FastMath.exp(709))
        #expect(FastMath.exp(.infinity) == FastMath.exp(709))
        #expect(FastMath.exp(709).isFinite && FastMath.exp(709) > 8e307)
        #expect(FastMath.exp(-708) > 0 && FastMath.exp(-708) < 1e-307)
        #expect(FastMath.exp(.nan) == FastMath.exp(-708))
        #expect(FastMath.exp(0) == 1)
    }

    @Test func logMatchesThePlatformToOnePartInAMillionMillion() {
        var worst = 0.0
        var x = 1e-300
        while x < 1e300 {
            for value in [x, x * 1.414_213_562_373_095, x * 1.5, x * 1.999_999] {
                let expected = Foundation.log(value)
                // Absolute near 1 (where log is near 0), relative elsewhere.
                let error = abs(FastMath.log(value) - expected) / max(1, abs(expected))
                worst = max(worst, error)
            }
            x *= 1.37
        }
        #expect(worst < 1e-9)
        #expect(FastMath.log(1) == 0)
        #expect(FastMath.log(0) == -.infinity)
        #expect(FastMath.log(-1).isNaN)
        let tiny = Double.leastNonzeroMagnitude  // subnormal: rescaled first
        #expect(abs(FastMath.log(tiny) - Foundation.log(tiny)) < 1e-9 * 745)
    }

    @Test func logisticIsOneHalfAtZeroAndSymmetric() {
        #expect(FastMath.logistic(0) == 0.5)
        for x in stride(from: -30.0, through: 30, by: 0.37) {
            #expect(abs(FastMath.logistic(x) + FastMath.logistic(-x) - 1) < 1e-8)
            #expect(abs(FastMath.logistic(x) - 1 / (1 + Foundation.exp(-x))) < 1e-8)
        }
    }
}
