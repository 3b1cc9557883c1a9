#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

/// Where the seats of a parliament diagram go: concentric half-rings of equal seats.
///
/// The geometry is that of David Richfield's *parliamentdiagram* tool as rewritten in
/// Gouvernathor's *parliamentarch*: in a half-annulus whose outer radius is 1 and inner radius
/// about ½, `rows` rows sit one pitch `p = 1 / (2·rows − 1)` apart, from radius ½ outwards. Each row
/// holds seats of diameter ``seatRadius``·2 < `p`, evenly spread over 180°, with a margin at each
/// end so no seat dips below the baseline.
///
/// Two choices differ from those tools and make the no-overlap guarantee exact:
/// - A row of radius *R* holds at most ⌊π / (2·asin(p / 2R))⌋ seats, the most for which the
///   chord between neighbours is at least `p`. Seats in different rows are at least `p` apart
///   because their radii differ by at least `p`. So any two seat centres are ≥ `p` apart, and
///   seats (radius 0.4·`p`) never touch.
/// - Seats are shared among rows in proportion to the rows' capacities by largest remainders,
///   which never exceeds a row's capacity (the tools give all leftover seats to the last row).
///
/// The row count is the smallest whose capacity holds the assembly, but at least 2, so that a
/// one-seat assembly still reads as a hemicycle.
struct HemicycleLayout {
    /// One seat: its centre in the unit frame (x right, y up, the hemicycle's centre at the
    /// origin) and its angle in radians (π at the far left, 0 at the far right).
    struct Seat {
        var x: Double
        var y: Double
        var angle: Double
        var row: Int
    }

    /// The seats in angular order, left to right (angle descending; inner row first on ties).
    let seats: [Seat]
    /// The number of rows.
    let rows: Int
    /// Distance between row radii; also the minimum distance between two seat centres.
    let pitch: Double
    /// The radius at which to draw each seat.
    let seatRadius: Double

    /// The most seats this layout will place; larger assemblies get no seats (callers say so).
    static let maximumSeats = 10_000

    /// Drawn seat radius as a fraction of the pitch: 0.4 leaves a gap of a fifth of the pitch.
    static let seatRadiusFactor = 0.4

    /// Lays out `count` seats (clamped to 0…``maximumSeats``).
    ///
    /// - Complexity: O(*n* log *n*) for *n* seats.
    init(seatCount count: Int) {
        let count = min(max(count, 0), Self.maximumSeats)
        var rows = 2
        while Self.capacities(rows: rows).reduce(0, +) < count { rows += 1 }
        let pitch = Self.pitch(rows: rows)
        let perRow = Self.apportion(count, among: Self.capacities(rows: rows))
        var seats: [Seat] = []
        seats.reserveCapacity(count)
        for (row, seatsInRow) in perRow.enumerated() where seatsInRow > 0 {
            let radius = Self.radius(row: row, pitch: pitch)
            if seatsInRow == 1 {
                seats.append(Seat(x: 0, y: radius, angle: .pi / 2, row: row))
                continue
            }
            let margin = asin(min(pitch / (2 * radius), 1))
            let step = (Double.pi - 2 * margin) / Double(seatsInRow - 1)
            for index in 0..<seatsInRow {
                let angle = Double.pi - margin - Double(index) * step
                seats.append(Seat(x: radius * cos(angle), y: radius * sin(angle), angle: angle, row: row))
            }
        }
        seats.sort { $0.angle != $1.angle ? $0.angle > $1.angle : $0.row < $1.row }
        self.seats = seats
        self.rows = rows
        self.pitch = pitch
        self.seatRadius = pitch * Self.seatRadiusFactor
    }

    /// The row pitch for `rows` rows: the rows then span radii ½ … 1 − p/2.
    static func pitch(rows: Int) -> Double {
        1 / Double(2 * rows - 1)
    }

    /// The radius of row `row` (0 is innermost).
    static func radius(row: Int, pitch: Double) -> Double {
        0.5 + Double(row) * pitch
    }

    /// The most seats each row can hold with neighbouring centres at least one pitch apart.
    static func capacities(rows: Int) -> [Int] {
        let pitch = pitch(rows: rows)
        return (0..<rows).map { row in
            let halfAngle = asin(min(pitch / (2 * radius(row: row, pitch: pitch)), 1))
            // A hair under the exact bound, so that rounding can never squeeze a seat too many.
            return max(Int((Double.pi / (2 * halfAngle)) * (1 - 1e-9)), 1)
        }
    }

    /// Shares `count` seats among rows in proportion to `capacities` by largest remainders
    /// (ties to the outer row), never giving a row more than its capacity.
    static func apportion(_ count: Int, among capacities: [Int]) -> [Int] {
        let total = capacities.reduce(0, +)
        guard total > 0, count > 0 else { return capacities.map { _ in 0 } }
        var shares = capacities.map { $0 * count / total }
        let remainders = capacities.map { $0 * count % total }
        var left = count - shares.reduce(0, +)
        let order = remainders.indices.sorted {
            remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 > $1
        }
        for row in order where left > 0 && shares[row] < capacities[row] {
            shares[row] += 1
            left -= 1
        }
        return shares
    }
}
