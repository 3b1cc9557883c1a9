/// The majority-bonus family: a list with a large enough majority may take every seat; otherwise
/// the leading list takes a bonus of seats and the rest are shared proportionally.
///
/// One rule of three composable steps, each optional, applied to one district's votes (or to
/// national totals, with a national scope):
///
/// 1. **Majority takes all** (``majorityTakesAll``): a list whose votes reach this share of all
///    the votes takes every seat (Cameroon, Chad: an absolute majority).
/// 2. **Bonus** (``bonus``): otherwise the leading list takes a share of the seats, rounded as
///    the law says (Cameroon: half, rounded up), or a number of seats read from a schedule by its
///    vote share (Greece since 2023: 20 seats at 25 %, one more per whole 0.5 %, at most 50).
/// 3. **Proportional remainder** (``remainder``, ``remainderThreshold``,
///    ``leaderSharesRemainder``): the other seats are allocated by a proportional rule among the
///    lists that reach the threshold, with or without the leading list.
///
/// Every share is of the votes the rule is given: all lists' votes in the district (or the
/// nation), which is the valid vote when every list is in the scenario. The tests are exact
/// (integer cross-multiplication, as ``VoteThreshold`` does).
///
/// Cases the laws leave open, settled here and stated once:
/// - A tie for the lead is settled by the ``TieBreak`` (Cameroon's law names the older list's
///   average age, which the rule does not know); every bonus seat it decides is a recorded ``Tie``.
/// - Remainder seats that no eligible list can take (no other list reaches the threshold) go to
///   the leading list, as Djibouti's law says; the others are silent, and leaving seats empty
///   would be no answer.
/// - A bonus larger than the district is capped at its seats (scenarios refuse such a bonus).
///
/// ```swift
/// // Cameroon: no list has half the votes, so the first takes 3 of 5 seats (half, rounded up)
/// // and the 2 others go by largest remainder to the other lists with at least 5 %.
/// MajorityBonus.cameroon.allocate(seats: 5, votes: [40, 35, 21, 4]).seats  // [3, 1, 1, 0]
/// ```
///
/// - Complexity: O(n · k) for n lists and k schedule steps, plus the remainder rule's cost.
public struct MajorityBonus<Remainder: AllocationRule>: AllocationRule, CustomStringConvertible {
    /// How many seats the leading list takes (the same for every remainder rule).
    public typealias Bonus = LeadingListBonus
    /// How a share of the seats becomes whole seats.
    public typealias ShareRounding = BonusRounding
    /// One step of a bonus schedule.
    public typealias BonusStep = LeadingListBonusStep

    /// The share with which a list takes every seat; `nil` when no majority takes all.
    public let majorityTakesAll: VoteThreshold?
    /// The leading list's bonus when no list takes all (a schedule's steps in increasing order).
    public let bonus: Bonus
    /// The rule of the proportional remainder.
    public let remainder: Remainder
    /// The share of all votes a list needs to take part in the remainder.
    public let remainderThreshold: VoteThreshold
    /// Whether the leading list takes part in the remainder (Greece) or not (Cameroon, Djibouti).
    public let leaderSharesRemainder: Bool

    /// Creates a rule of the family.
    ///
    /// - Parameters:
    ///   - majorityTakesAll: The share with which a list takes every seat, or `nil`.
    ///   - bonus: The leading list's bonus otherwise; a schedule's steps are put in increasing
    ///     order of their thresholds (at least a share before more than the same share).
    ///   - remainder: The proportional rule of the other seats.
    ///   - remainderThreshold: The share a list needs for the remainder (none by default).
    ///   - leaderSharesRemainder: Whether the leading list takes part in the remainder.
    public init(
        majorityTakesAll: VoteThreshold?, bonus: Bonus, remainder: Remainder, remainderThreshold: VoteThreshold = .none,
        leaderSharesRemainder: Bool
    ) {
        self.majorityTakesAll = majorityTakesAll
        switch bonus {
        case .share: self.bonus = bonus
        case .schedule(let steps): self.bonus = .schedule(steps.sorted { $0.threshold.isBelow($1.threshold) })
        }
        self.remainder = remainder
        self.remainderThreshold = remainderThreshold
        self.leaderSharesRemainder = leaderSharesRemainder
    }

    /// The largest bonus the rule can give, before capping at the district's seats: for a share,
    /// that share of `seats` rounded; for a schedule, its largest step.
    public func largestBonus(seats: Int) -> Int {
        switch bonus {
        case .share(let share, let rounding): return Self.seats(share, of: seats, rounding)
        case .schedule(let steps): return steps.map(\.seats).max() ?? 0
        }
    }

    /// The bonus of a leading list with `leaderVotes` of `total` votes in a district of `seats`.
    public func bonusSeats(seats: Int, leaderVotes: Int, total: Int) -> Int {
        bonusSeats(
            magnitude: AllocationInput.magnitude(seats), leaderVotes: AllocationInput.votes(leaderVotes),
            total: UInt128(AllocationInput.votes(total)))
    }

    public var description: String {
        var parts: [String] = []
        switch bonus {
        case .share(let share, let rounding):
            let percent = VoteThreshold(share: share).percentDescription.dropFirst("at least ".count)
            parts.append("the leading list takes \(percent) of the seats, rounded \(rounding.phrase)")
        case .schedule(let steps) where steps.isEmpty:
            break
        case .schedule(let steps):
            let listed = steps.map { "\($0.seats) with \($0.threshold.percentDescription)" }
            let shown = listed.count > 4 ? listed.prefix(2) + ["…"] + listed.suffix(1) : listed[...]
            parts.append("the leading list takes a bonus by its share of the votes (" + shown.joined(separator: ", ") + ")")
        }
        var rest = "\(parts.isEmpty ? "the seats" : "the rest") by \(remainder) among "
        rest += leaderSharesRemainder ? "the lists" : "the other lists"
        if remainderThreshold != .none { rest += " with \(remainderThreshold.percentDescription) of the votes" }
        parts.append(rest)
        var text = parts.joined(separator: "; ")
        if let majorityTakesAll {
            text = "a list with \(majorityTakesAll.percentDescription) of the votes takes every seat; else " + text
        }
        return "majority bonus: " + text
    }

    /// ``AllocationRule/allocate(seats:votes:into:tieBreak:workspace:)``: the three steps.
    @discardableResult
    public func allocate(
        seats: Int, votes: Span<Int>, into seatsPerList: inout MutableSpan<Int>, tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int {
        AllocationInput.inBuffers(votes, &seatsPerList) { votes, seatsPerList in
            allocateInBuffers(seats: seats, votes: votes, into: seatsPerList, tieBreak: tieBreak, workspace: &workspace)
        }
    }

    // Called through the protocol's witness, which is generic over the remainder: the built-in
    // remainders get a specialised copy, so that their calls stay on concrete types.
    @_specialize(where Remainder == HighestAverages)
    @_specialize(where Remainder == LargestRemainder)
    func allocateInBuffers(
        seats: Int, votes: UnsafeBufferPointer<Int>, into seatsPerList: UnsafeMutableBufferPointer<Int>,
        tieBreak: TieBreak, workspace: inout AllocationWorkspace
    ) -> Int {
        AllocationInput.prepare(votes: votes, output: seatsPerList)
        let magnitude = AllocationInput.magnitude(seats)
        let count = votes.count
        guard magnitude > 0, count > 0 else {
            workspace.clearTies()
            return 0
        }
        var total: UInt128 = 0
        var top = 0
        for list in 0..<count {
            total += UInt128(AllocationInput.votes(votes[list]))
            top = Swift.max(top, votes[list])
        }
        guard top > 0 else {
            workspace.clearTies()
            return 0
        }
        // The scratch is taken out of the workspace so that the remainder rule can use its own.
        var scratch = workspace.takeRuleScratch(count: 3 * count)
        defer { workspace.returnRuleScratch(&scratch) }
        return scratch.withUnsafeMutableBufferPointer { scratch in
            let tied = UnsafeMutableBufferPointer(rebasing: scratch[0..<count])
            let remainderVotes = UnsafeMutableBufferPointer(rebasing: scratch[count..<(2 * count)])
            let remainderSeats = UnsafeMutableBufferPointer(rebasing: scratch[(2 * count)..<(3 * count)])
            var leaders = 0
            for list in 0..<count {
                tied[leaders] = list
                leaders += votes[list] == top ? 1 : 0
            }
            let leader = tied[tieBreak.choose(among: tied, count: leaders, votes: votes, seat: 1)]
            let leaderVotes = UInt64(top)

            if let majority = majorityTakesAll, majority.isMet(votes: leaderVotes, total: total) {
                seatsPerList[leader] = magnitude
                workspace.clearTies()
                return leaders > 1 ? workspace.recordLeadTies(seats: 1...magnitude, tied: tied, count: leaders, chosen: leader) : 0
            }
            let bonusSeats = Swift.min(self.bonusSeats(magnitude: magnitude, leaderVotes: leaderVotes, total: total), magnitude)
            for list in 0..<count {
                let eligible =
                    (list != leader || leaderSharesRemainder)
                    && remainderThreshold.isMet(votes: AllocationInput.votes(votes[list]), total: total)
                remainderVotes[list] = eligible ? Swift.max(votes[list], 0) : 0
            }
            var decided = remainder.allocate(
                seats: magnitude - bonusSeats, votes: UnsafeBufferPointer(remainderVotes), into: remainderSeats,
                tieBreak: tieBreak, workspace: &workspace)
            var given = 0
            for list in 0..<count {
                seatsPerList[list] = remainderSeats[list]
                given += remainderSeats[list]
            }
            // The bonus, and any remainder seat no eligible list could take, go to the leader.
            let leaderExtra = bonusSeats + (magnitude - bonusSeats - given)
            seatsPerList[leader] += leaderExtra
            if leaders > 1 && leaderExtra > 0 {
                workspace.shiftTies(by: leaderExtra)
                decided += workspace.recordLeadTies(seats: 1...leaderExtra, tied: tied, count: leaders, chosen: leader)
            }
            return decided
        }
    }

    /// The bonus before capping, from the magnitude and the leading list's share.
    @inline(__always)
    func bonusSeats(magnitude: Int, leaderVotes: UInt64, total: UInt128) -> Int {
        switch bonus {
        case .share(let share, let rounding):
            return Self.seats(share, of: magnitude, rounding)
        case .schedule(let steps):
            // The steps are in increasing order (the initialiser sorts them): the highest step
            // reached is found by bisection, with log₂ k exact tests.
            var low = 0
            var high = steps.count
            while low < high {
                let middle = (low + high) / 2
                if steps[middle].threshold.isMet(votes: leaderVotes, total: total) {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            return low == 0 ? 0 : steps[low - 1].seats
        }
    }

    /// `share · seats`, rounded.
    static func seats(_ share: Fraction, of seats: Int, _ rounding: ShareRounding) -> Int {
        let product = UInt128(Swift.max(seats, 0)) * UInt128(share.numerator)
        let denominator = UInt128(share.denominator)
        let (whole, rest) = product.quotientAndRemainder(dividingBy: denominator)
        let up: Bool
        switch rounding {
        case .down: up = false
        case .halfUp: up = 2 * rest >= denominator
        case .up: up = rest > 0
        }
        let rounded = whole + (up ? 1 : 0)
        return rounded > UInt128(Int.max) ? Int.max : Int(rounded)
    }
}

/// A rule that gives the leading list a bonus of seats (``MajorityBonus``), as the checks of the
/// bonus's size see it.
public protocol LeadingListBonusRule: AllocationRule {
    /// The largest bonus the rule can give in a district of `seats` seats, before capping.
    func largestBonus(seats: Int) -> Int
}

extension MajorityBonus: LeadingListBonusRule {}

extension BonusRounding {
    /// `up`, `down`, or `to the nearest (halves up)`.
    var phrase: String {
        switch self {
        case .down: return "down"
        case .halfUp: return "to the nearest (halves up)"
        case .up: return "up"
        }
    }
}

extension VoteThreshold {
    /// Whether every vote count that passes `other` passes this one too, and not the other way:
    /// a smaller share, or the same share "at least" against "more than".
    func isBelow(_ other: VoteThreshold) -> Bool {
        let left = UInt128(share.numerator) * UInt128(other.share.denominator)
        let right = UInt128(other.share.numerator) * UInt128(share.denominator)
        return left < right || (left == right && comparison == .atLeast && other.comparison == .moreThan)
    }

    /// Whether `votes` reach the share of a `total` that may exceed `Int` (a sum of many lists).
    @inline(__always)
    func isMet(votes: UInt64, total: UInt128) -> Bool {
        // votes < 2⁶⁴ and total < 2⁸⁴ (2²⁰ lists); terms ≤ 2³²: both products fit in 128 bits.
        let left = UInt128(votes) * UInt128(share.denominator)
        let right = total * UInt128(share.numerator)
        return comparison == .atLeast ? left >= right : left > right
    }
}

extension AllocationWorkspace {
    /// Takes the rules' second scratch array out of the workspace, at least `count` long.
    mutating func takeRuleScratch(count: Int) -> [Int] {
        var scratch: [Int] = []
        swap(&scratch, &_ruleScratch)
        if scratch.count < count { scratch = [Int](repeating: 0, count: count) }
        return scratch
    }

    /// Gives the array back, so that the next call allocates nothing.
    mutating func returnRuleScratch(_ scratch: inout [Int]) {
        swap(&scratch, &_ruleScratch)
    }

    /// Forgets the ties of an earlier call.
    mutating func clearTies() {
        if recordsTies { ties.removeAll(keepingCapacity: true) }
    }

    /// Moves the recorded ties' seat ordinals past `seats` seats given before them.
    mutating func shiftTies(by seats: Int) {
        guard recordsTies else { return }
        for index in ties.indices { ties[index].seat += seats }
    }

    /// Records the seats `seats` as decided by the tie for the lead; returns how many.
    mutating func recordLeadTies(
        seats: ClosedRange<Int>, tied: UnsafeMutableBufferPointer<Int>, count: Int, chosen: Int
    ) -> Int {
        if recordsTies {
            let contenders = Array(tied[0..<count]).sorted()
            ties.insert(contentsOf: seats.map { Tie(seat: $0, contenders: contenders, chosen: chosen) }, at: 0)
        }
        return seats.count
    }
}

/// How many seats the leading list takes before the proportional remainder (``MajorityBonus``).
public enum LeadingListBonus: Sendable, Hashable {
    /// A share of the district's seats, rounded as stated.
    case share(Fraction, rounding: BonusRounding)
    /// The seats of the highest step whose threshold the leading list reaches; none below
    /// the lowest. The rule keeps the steps in increasing order of their thresholds.
    case schedule([LeadingListBonusStep])
}

/// How a share of the seats becomes whole seats.
public enum BonusRounding: String, Sendable, Hashable, CaseIterable {
    /// To the whole number below.
    case down
    /// To the nearest whole number, halves up.
    case halfUp = "half-up"
    /// To the whole number above.
    case up
}

/// One step of a bonus schedule: at this share of the votes, so many seats.
public struct LeadingListBonusStep: Sendable, Hashable {
    /// The share of all votes the leading list must reach.
    public var threshold: VoteThreshold
    /// The bonus seats from this step on.
    public var seats: Int

    /// Creates a step.
    public init(threshold: VoteThreshold, seats: Int) {
        self.threshold = threshold
        self.seats = seats
    }
}
