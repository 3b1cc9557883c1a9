import Hemicycle
import Testing

/// A generator that replays fixed words, to pin the bit-to-double mappings at their extremes.
struct ReplayGenerator: RandomNumberGenerator {
    var words: [UInt64]
    var position = 0

    init(_ words: [UInt64]) { self.words = words }

    mutating func next() -> UInt64 {
        defer { position = (position + 1) % words.count }
        return words[position]
    }
}

@Suite("Unit uniform") struct UnitUniformTests {
    @Test func halfOpenExtremes() {
        var rng = ReplayGenerator([0, .max, 1 << 11])
        #expect(UnitUniform.halfOpen(using: &rng) == 0)
        #expect(UnitUniform.halfOpen(using: &rng) == 1 - 0x1.0p-53)
        #expect(UnitUniform.halfOpen(using: &rng) == 0x1.0p-53)
    }

    @Test func openExtremes() {
        var rng = ReplayGenerator([0, .max])
        #expect(UnitUniform.open(using: &rng) == 0x1.0p-53)
        #expect(UnitUniform.open(using: &rng) == 1 - 0x1.0p-53)
    }

    @Test(.hangGuard(minutes: 1)) func momentsAndDeciles() {
        var rng = Xoshiro256StarStar(seed: 11)
        let n = 200_000
        var counts = [Int](repeating: 0, count: 10)
        var sum = 0.0
        var sumSquares = 0.0
        for _ in 0..<n {
            let u = UnitUniform.open(using: &rng)
            #expect(u > 0 && u < 1)
            counts[Int(u * 10)] += 1
            sum += u
            sumSquares += u * u
        }
        let mean = sum / Double(n)
        let variance = sumSquares / Double(n) - mean * mean
        // Standard errors: sqrt(1/12 / n) for the mean, sqrt((1/80 - 1/144) / n) for the variance.
        #expect(abs(mean - 0.5) < 5 * (1.0 / 12 / Double(n)).squareRoot())
        #expect(abs(variance - 1.0 / 12) < 5 * ((1.0 / 80 - 1.0 / 144) / Double(n)).squareRoot())
        let expected = Double(n) / 10
        let chiSquare = counts.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(chiSquare < Statistics.chiSquareCritical(degreesOfFreedom: 9))
    }
}
