/// Where a list's seats change as its vote moves (`hemicycle tipping`): every uniform swing at
/// which it gains or loses a seat, the smallest swing (and, separately, the turnout level) at
/// which it gains or loses an absolute majority, and its seats-votes curve under uniform swing
/// with the curve's bias and responsiveness.
///
/// How the points are found: the swing's domain (every share stays in [0, 1]) is scanned in
/// steps of ``scanStep`` points, and every step where the seats differ is bisected on the
/// deterministic run down to ``precision`` points, far below one vote in any constituency; so
/// each threshold is the swing at which the counted votes flip a seat. Two changes closer than
/// a scan step that cancel out (a seat won and lost again) are not seen, and a step where the
/// seats change by several is reported as one change.
public struct TippingPoints: Sendable {
    /// One change of the list's seats.
    public struct Change: Sendable, Hashable {
        /// The swing, in points, at which the seats change (the first swing with the new count).
        public var swing: Double
        /// The list's national round-1 share of the vote at that swing.
        public var voteShare: Double
        /// Seats just before and from the swing on (in the direction away from zero).
        public var seatsBefore: Int
        public var seatsAfter: Int
    }

    /// Scan step and bisection precision, in points.
    public static let scanStep = 0.1
    public static let precision = 1e-6
    /// The half-width, in points, of the window the responsiveness is measured over.
    public static let responsivenessWindow = 5.0

    /// The list's id and short name.
    public var list: String
    public var name: String
    /// The scenario's title, adjustments, and the seats of a majority.
    public var title: String
    public var adjustments: [String]
    public var majority: Int
    /// Seats and national share without a swing.
    public var seats: Int
    public var voteShare: Double
    /// The swings the scan covered (every share of the list stays in [0, 1]).
    public var domain: ClosedRange<Double>
    /// Every change, from the most negative swing to the most positive.
    public var changes: [Change]
    /// The swing nearest zero at which the list loses (holding one) or gains (not holding one)
    /// an absolute majority, or `nil` when none in the domain does.
    public var majoritySwing: Change?
    /// The round-1 turnout level at which the list's majority changes (or `nil`), scanned from 1%
    /// to 99% by one point and bisected, with the turnout of the unswung run.
    public var majorityTurnout: (level: Double, seatsBefore: Int, seatsAfter: Int)?
    public var turnout: Double
    /// Seats at a national share of 50% (by uniform swing), and the bias: the seat share there
    /// minus one half; `nil` when 50% lies outside the domain.
    public var seatsAtHalf: Int?
    /// Seat share per vote share between swings of ±``responsivenessWindow`` points around the
    /// actual vote (the swing ratio; a step curve has no slope at a point).
    public var responsiveness: Double
    /// Seats filled, for seat shares.
    public var filledSeats: Int

    /// The bias at 50% of the vote: seat share minus 0.5.
    public var bias: Double? { seatsAtHalf.map { Double($0) / Double(max(filledSeats, 1)) - 0.5 } }

    /// Finds the tipping points of `list` (a list's id or short name, or a bloc's id or name:
    /// its lists' seats and votes together) in `election`.
    ///
    /// - Throws: ``AdjustmentProblem`` for an unknown list or bloc, or one standing nowhere.
    public static func find(list name: String, in election: Election) throws(AdjustmentProblem) -> TippingPoints {
        guard let group = election.members(named: name) else {
            var message = "unknown list or bloc '\(name)'"
            if let guess = UserText.closest(to: name, among: election.lists.map(\.id) + election.blocs.map(\.id)) {
                message += "; did you mean '\(guess)'?"
            }
            throw AdjustmentProblem(message)
        }
        let id = group.id
        let members = Set(group.lists)
        let contested = election.constituencies.indices.filter {
            election.constituencies[$0].isContested && election.constituencies[$0].entries.contains { members.contains($0.listIndex) }
        }
        guard !contested.isEmpty else { throw AdjustmentProblem("'\(group.name)' stands nowhere") }
        var modelled = election
        for constituency in contested { modelled.modelFirstRound(constituency) }
        let shares = contested.map { modelled.share(of: members, in: $0) }
        func total(_ result: ElectionResult) -> (seats: Int, share: Double) {
            group.lists.reduce((0, 0.0)) { ($0.0 + result.lists[$1].seats, $0.1 + result.lists[$1].firstRoundShare) }
        }
        let low = -((shares.min() ?? 0) * 100 * 1e6).rounded(.down) / 1e6
        let high = ((1 - (shares.max() ?? 1)) * 100 * 1e6).rounded(.down) / 1e6
        let base = election.run()
        let filled = base.filledSeats
        func outcome(_ swing: Double) -> (seats: Int, share: Double) {
            guard swing != 0, let moved = try? modelled.adjusted(by: [.swing(Swing(list: id, change: .points(swing, .uniform)))])
            else { return total(base) }
            return total(moved.run())
        }
        /// The first swing from `inner` towards `outer` with `outer`'s seats.
        func threshold(_ inner: Double, _ innerSeats: Int, _ outer: Double) -> Double {
            var (near, far) = (inner, outer)
            while abs(far - near) > precision {
                let middle = (near + far) / 2
                if outcome(middle).seats == innerSeats { near = middle } else { far = middle }
            }
            return far
        }
        var changes: [Change] = []
        for direction in [-1.0, 1.0] {
            let limit = direction < 0 ? low : high
            var previous = (swing: 0.0, seats: total(base).seats)
            var step = 1
            while abs(previous.swing) < abs(limit) {
                let swing = direction * min(Double(step) * scanStep, abs(limit))
                let seats = outcome(swing).seats
                // Several changes may lie in one step: find each, from the inner end outwards.
                var inner = previous
                var found = 0
                while inner.seats != seats, found < 64 {
                    let at = threshold(inner.swing, inner.seats, swing)
                    let after = outcome(at)
                    changes.append(Change(swing: at, voteShare: after.share, seatsBefore: inner.seats, seatsAfter: after.seats))
                    inner = (at, after.seats)
                    found += 1
                }
                previous = (swing, seats)
                step += 1
            }
        }
        changes.sort { $0.swing < $1.swing }
        let majority = election.assembly.majority
        let holds = total(base).seats >= majority
        let crossing = changes.filter { ($0.seatsBefore >= majority) != ($0.seatsAfter >= majority) }
            .filter { holds ? $0.seatsAfter < majority : $0.seatsAfter >= majority }
            .min { abs($0.swing) < abs($1.swing) }
        // 50% of the vote, reached by a uniform swing when the list stands everywhere; the swing
        // that gives it, found by bisection on the national share (it rises with the swing).
        var seatsAtHalf: Int?
        let (lowest, highest) = (outcome(low), outcome(high))
        if highest.share >= 0.5, lowest.share <= 0.5 {
            var (a, b) = (low, high)
            while b - a > precision {
                let middle = (a + b) / 2
                if outcome(middle).share < 0.5 { a = middle } else { b = middle }
            }
            seatsAtHalf = outcome(b).seats
        }
        let up = outcome(min(responsivenessWindow, high)), down = outcome(max(-responsivenessWindow, low))
        let responsiveness =
            up.share > down.share ? (Double(up.seats - down.seats) / Double(max(filled, 1))) / (up.share - down.share) : 0
        return TippingPoints(
            list: id, name: group.name, title: election.title, adjustments: election.adjustments,
            majority: majority, seats: total(base).seats, voteShare: total(base).share,
            domain: low...high, changes: changes, majoritySwing: crossing,
            majorityTurnout: turnoutCrossing(election, base: base, lists: group.lists, holds: holds), turnout: base.firstRound.turnout,
            seatsAtHalf: seatsAtHalf, responsiveness: responsiveness, filledSeats: filled)
    }

    /// The round-1 turnout level nearest the actual at which the lists' majority changes.
    static func turnoutCrossing(
        _ election: Election, base: ElectionResult, lists: [Int], holds: Bool
    ) -> (level: Double, seatsBefore: Int, seatsAfter: Int)? {
        let majority = election.assembly.majority
        func seats(_ result: ElectionResult) -> Int { lists.reduce(0) { $0 + result.lists[$1].seats } }
        func seats(_ level: Double) -> Int? {
            (try? election.adjusted(by: [.turnout(TurnoutTarget(level: level))])).map { seats($0.run()) }
        }
        let actual = base.firstRound.turnout
        var best: (level: Double, seatsBefore: Int, seatsAfter: Int)?
        for direction in [-1.0, 1.0] {
            var previous = (level: actual, seats: seats(base))
            var level = direction < 0 ? (actual * 100).rounded(.up) / 100 - 0.01 : (actual * 100).rounded(.down) / 100 + 0.01
            while level >= 0.01 && level <= 0.99 {
                guard let count = seats(level) else { break }
                if (count >= majority) != holds {
                    var (near, far) = (previous.level, level)
                    while abs(far - near) > 1e-7 {
                        let middle = (near + far) / 2
                        if let middleSeats = seats(middle), (middleSeats >= majority) == holds { near = middle } else { far = middle }
                    }
                    let found = (level: far, seatsBefore: previous.seats, seatsAfter: seats(far) ?? count)
                    if let current = best, abs(current.level - actual) <= abs(found.level - actual) { break }
                    best = found
                    break
                }
                previous = (level, count)
                level += direction * 0.01
            }
        }
        return best
    }
}
