/// Largest-remainder rules: each list first gets one seat per full quota, then the seats left go
/// to the largest remainders.
///
/// With V the votes of all lists passed in (set ineligible lists to zero votes) and the quota
/// q = N / D (see ``Quota``):
/// 1. First stage: list i gets sᵢ = ⌊vᵢ / q⌋ seats and keeps the remainder rᵢ = vᵢ − sᵢ·q.
///    Both are exact: sᵢ = ⌊vᵢ·D / N⌋ and remainders are compared as vᵢ·D − sᵢ·N.
/// 2. Remaining seats: one each to the lists with the largest remainders (lists without votes
///    never take part). If more seats are left than lists with votes (possible only with a
///    quota far above V / S), every such list first receives whole rounds of one seat each.
/// 3. Excess: when the first stage hands out more than S seats (the Imperiali quota, or a rounded
///    quota, can), the excess is taken back one seat each from the lists that hold seats, smallest
///    remainders first (Slovakia, Act 180/2014 Z. z. § 66).
///
/// Equal remainders that straddle the last seat are settled by the ``TieBreak``; Slovakia uses
/// ``TieBreak/moreVotesThenLot(seed:)`` for both stages. When a seat is taken back, the tie rule's
/// least preferred list loses it (with more votes first: the list with fewer votes).
///
/// ```swift
/// // Hare, 10 seats, votes 47,000 / 16,000 / 15,800 / 12,000 / 6,100 / 3,100 (V = 100,000):
/// // quota 10,000; first stage 4, 1, 1, 1, 0, 0; remainders 7,000 / 6,000 / 5,800 / 2,000 /
/// // 6,100 / 3,100 take the 3 seats left: 1st, 5th, 2nd.
/// LargestRemainder.hare.allocate(seats: 10, votes: [47_000, 16_000, 15_800, 12_000, 6_100, 3_100]).seats
/// // [5, 2, 1, 1, 1, 0]
/// ```
///
/// - Complexity: O(n log n) for n lists.
public struct LargestRemainder: AllocationRule, Hashable, CustomStringConvertible {
    /// The quota.
    public let quota: Quota

    /// Creates the rule for a quota.
    ///
    /// - Parameter quota: The quota, for example `Quota.hagenbachBischoff.rounded(.up)`.
    public init(quota: Quota) {
        self.quota = quota
    }

    /// Largest remainder with the Hare quota (Hamilton's method, 1792; Thomas Hare, 1859).
    public static let hare = LargestRemainder(quota: .hare)
    /// Largest remainder with the Droop quota (H. R. Droop, 1881).
    public static let droop = LargestRemainder(quota: .droop)
    /// Largest remainder with the Hagenbach-Bischoff quota (E. Hagenbach-Bischoff, 1888).
    public static let hagenbachBischoff = LargestRemainder(quota: .hagenbachBischoff)
    /// Largest remainder with the Imperiali quota (Italy, 1946–1993).
    public static let imperiali = LargestRemainder(quota: .imperiali)

    /// For example `largest remainder (V / (S + 1), rounded up)`.
    public var description: String {
        "largest remainder (\(quota))"
    }

    /// ``AllocationRule/allocate(seats:votes:into:tieBreak:workspace:)``: see
    /// ``allocateInBuffers(seats:votes:into:tieBreak:workspace:)``.
    @discardableResult
    public func allocate(
        seats: Int, votes: Span<Int>, into seatsPerList: inout MutableSpan<Int>, tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int {
        AllocationInput.inBuffers(votes, &seatsPerList) { votes, seatsPerList in
            allocateInBuffers(seats: seats, votes: votes, into: seatsPerList, tieBreak: tieBreak, workspace: &workspace)
        }
    }

    /// Allocates `seats` by largest remainder, writing seats per list into `seatsPerList`.
    ///
    /// - Parameters:
    ///   - seats: The district magnitude.
    ///   - votes: Votes per list.
    ///   - seatsPerList: Receives the seats per list; must have `votes.count` elements.
    ///   - tieBreak: How equal remainders are settled.
    ///   - workspace: Reusable scratch memory (4 integers per list).
    /// - Returns: The number of seats settled (given or taken back) by the tie rule.
    @discardableResult
    func allocateInBuffers(
        seats: Int,
        votes: UnsafeBufferPointer<Int>,
        into seatsPerList: UnsafeMutableBufferPointer<Int>,
        tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int {
        AllocationInput.prepare(votes: votes, output: seatsPerList)
        let magnitude = AllocationInput.magnitude(seats)
        return workspace.withScratch(count: 4 * votes.count) { scratch, log in
            guard magnitude > 0 else { return }
            let listCount = votes.count
            var total: UInt128 = 0
            for list in 0..<listCount { total &+= UInt128(AllocationInput.votes(votes[list])) }
            guard total > 0 else { return }
            let (numerator, denominator) = quota.exactValue(totalVotes: total, seats: magnitude)
            let candidates = UnsafeMutableBufferPointer(rebasing: scratch[0..<listCount])
            // Each list's remainder v·D − s·N, computed once (two words per list): the heap compares
            // them many times.
            let remainderWords = UnsafeMutableBufferPointer(rebasing: scratch[(2 * listCount)..<(4 * listCount)])
            // First stage: ⌊v·D / N⌋ seats per list. The quota is at least V/(2(S+2)) or 1 vote,
            // so the first stage hands out at most about 2(S + 2) seats: no overflow.
            var given = 0
            var count = 0
            // Every v·D fits in 64 bits when V·D does (v ≤ V): then a 64-bit division per list
            // instead of a call to the 128-bit division routine, with the same quotient.
            let (largest, overflow) = total.multipliedReportingOverflow(by: denominator)
            let narrow = !overflow && largest <= UInt128(UInt64.max) && numerator <= UInt128(UInt64.max)
            let narrowNumerator = UInt64(truncatingIfNeeded: numerator)
            let narrowDenominator = UInt64(truncatingIfNeeded: denominator)
            for list in 0..<listCount {
                let value = AllocationInput.votes(votes[list])
                let full: Int
                let remainder: UInt128
                if narrow {
                    // The remainder from the same 64-bit product, without two 128-bit multiplications.
                    let product = UInt64(value) * narrowDenominator
                    let quotient = product / narrowNumerator
                    full = Int(truncatingIfNeeded: quotient)
                    remainder = UInt128(product - quotient * narrowNumerator)
                } else {
                    let product = UInt128(value) * denominator
                    full = Int(product / numerator)
                    remainder = product - UInt128(full) * numerator
                }
                RemainderPriority.store(remainder, list: list, in: remainderWords)
                seatsPerList[list] = full
                given += full
                candidates[count] = list
                count += value > 0 ? 1 : 0
            }
            let award = PriorityAward(
                votes: votes,
                seats: seatsPerList,
                tied: UnsafeMutableBufferPointer(rebasing: scratch[listCount..<(2 * listCount)]),
                tieBreak: tieBreak
            )
            let remainders = RemainderPriority(words: remainderWords, largestFirst: true)
            if given < magnitude {
                var left = magnitude - given
                let rounds = left / count
                if rounds > 0 {
                    for position in 0..<count { seatsPerList[candidates[position]] += rounds }
                    given += rounds * count
                    left -= rounds * count
                }
                award.distribute(
                    units: left,
                    candidates: candidates,
                    count: count,
                    priority: remainders,
                    firstSeat: given + 1,
                    log: &log
                )
            } else if given > magnitude {
                Self.withdrawExcess(
                    given - magnitude,
                    from: given,
                    award: award,
                    candidates: candidates,
                    remainders: remainders,
                    log: &log
                )
            }
        }
    }

    /// Takes `excess` seats back, one per holding list, smallest remainders first; whole rounds
    /// when the excess reaches the number of holders.
    private static func withdrawExcess(
        _ excess: Int,
        from held: Int,
        award: PriorityAward,
        candidates: UnsafeMutableBufferPointer<Int>,
        remainders: RemainderPriority,
        log: inout TieLog
    ) {
        var excess = excess
        var held = held
        let smallestFirst = RemainderPriority(words: remainders.words, largestFirst: false)
        while excess > 0 {
            var holders = 0
            for list in 0..<award.seats.count {
                candidates[holders] = list
                holders += award.seats[list] > 0 ? 1 : 0
            }
            guard holders > 0 else { return }
            if excess >= holders {
                for position in 0..<holders { award.seats[candidates[position]] -= 1 }
                excess -= holders
                held -= holders
                continue
            }
            award.distribute(
                units: excess,
                candidates: candidates,
                count: holders,
                priority: smallestFirst,
                firstSeat: held,
                withdrawing: true,
                log: &log
            )
            return
        }
    }
}

/// Orders lists by first-stage remainder `v·D − s·N` (largest or smallest first), stored
/// beforehand as two words per list (low, then high).
internal struct RemainderPriority: ListPriority {
    let words: UnsafeMutableBufferPointer<Int>
    let largestFirst: Bool

    /// Stores `remainder` as list `list`'s two words.
    @inline(__always)
    static func store(_ remainder: UInt128, list: Int, in words: UnsafeMutableBufferPointer<Int>) {
        words[2 * list] = Int(truncatingIfNeeded: remainder)
        words[2 * list + 1] = Int(truncatingIfNeeded: remainder >> 64)
    }

    @inline(__always)
    func remainder(_ list: Int) -> UInt128 {
        UInt128(UInt64(bitPattern: Int64(words[2 * list + 1]))) << 64 | UInt128(UInt64(bitPattern: Int64(words[2 * list])))
    }

    @inline(__always)
    func compare(_ i: Int, _ j: Int) -> Int {
        let a = remainder(i)
        let b = remainder(j)
        let order = a == b ? 0 : (a > b ? 1 : -1)
        return largestFirst ? order : -order
    }
}
