import Testing

@testable import Hemicycle

@Suite("Hemicycle layout") struct HemicycleLayoutTests {
    /// Every size from 0 to 1,000: the right number of seats, none overlapping, all inside
    /// the half-disc and above the baseline, in angular order.
    @Test(.hangGuard(minutes: 1)) func everySizeUpToAThousandFits() {
        for size in 0...1000 {
            let layout = HemicycleLayout(seatCount: size)
            #expect(layout.seats.count == size, "size \(size)")
            let diameter = 2 * layout.seatRadius
            let closest = SVGGeometry.minimumDistance(layout.seats.map { ($0.x, $0.y) }, cell: layout.pitch)
            // Stronger than "a drawn diameter apart": centres are a whole pitch apart.
            #expect(closest >= layout.pitch * (1 - 1e-9), "size \(size): \(closest) < \(layout.pitch)")
            #expect(closest > diameter)
            for seat in layout.seats {
                #expect(seat.y - layout.seatRadius >= 0, "size \(size): seat below the baseline")
                #expect((seat.x * seat.x + seat.y * seat.y).squareRoot() + layout.seatRadius <= 1)
            }
            #expect(zip(layout.seats, layout.seats.dropFirst()).allSatisfy { $0.angle >= $1.angle })
        }
    }

    @Test func usesTheFewestRowsThatHoldTheAssembly() {
        for size in [1, 11, 12, 100, 577, 1000, 5000] {
            let layout = HemicycleLayout(seatCount: size)
            #expect(HemicycleLayout.capacities(rows: layout.rows).reduce(0, +) >= size)
            if layout.rows > 2 {
                #expect(HemicycleLayout.capacities(rows: layout.rows - 1).reduce(0, +) < size)
            }
        }
        #expect(HemicycleLayout(seatCount: 1).rows == 2)
    }

    @Test func rowsNeverExceedTheirCapacity() {
        for rows in 2...40 {
            let capacities = HemicycleLayout.capacities(rows: rows)
            let total = capacities.reduce(0, +)
            for count in [0, 1, total / 3, total / 2, total - 1, total] {
                let shares = HemicycleLayout.apportion(count, among: capacities)
                #expect(shares.reduce(0, +) == count)
                #expect(zip(shares, capacities).allSatisfy { $0 <= $1 })
            }
        }
    }

    @Test func largeAndHostileSizesDoNotTrap() {
        #expect(HemicycleLayout(seatCount: HemicycleLayout.maximumSeats).seats.count == HemicycleLayout.maximumSeats)
        #expect(HemicycleLayout(seatCount: Int.max).seats.count == HemicycleLayout.maximumSeats)
        #expect(HemicycleLayout(seatCount: -3).seats.isEmpty)
        #expect(HemicycleLayout(seatCount: Int.min).seats.isEmpty)
    }

    @Test func isSymmetricAboutTheMiddle() {
        let layout = HemicycleLayout(seatCount: 129)
        let xs = layout.seats.map(\.x).sorted()
        for (left, right) in zip(xs, xs.reversed()) {
            #expect(abs(left + right) < 1e-9)
        }
    }
}
