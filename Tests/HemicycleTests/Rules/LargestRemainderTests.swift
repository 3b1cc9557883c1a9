import Hemicycle
import Testing

/// Hand-worked largest-remainder cases; each comment gives the quota, the first stage and the
/// remainders.
@Suite("Largest remainder")
struct LargestRemainderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let rule: LargestRemainder
        let seats: Int
        let votes: [Int]
        let expected: [Int]
        var testDescription: String { name }
    }

    /// V = 100,000 over six lists, 10 seats: the textbook example for quota methods.
    static let sixLists = [47_000, 16_000, 15_800, 12_000, 6_100, 3_100]

    static let cases: [Case] = [
        // Hare quota 100,000 / 10 = 10,000. First stage 4, 1, 1, 1, 0, 0 (7 seats); remainders
        // 7,000, 6,000, 5,800, 2,000, 6,100, 3,100: the 3 seats left go to 7,000, 6,100, 6,000.
        Case(name: "Hare", rule: .hare, seats: 10, votes: sixLists, expected: [5, 2, 1, 1, 1, 0]),
        // Droop quota ⌊100,000 / 11⌋ + 1 = 9,091. First stage 5, 1, 1, 1, 0, 0 (8 seats);
        // remainders 1,545, 6,909, 6,709, 2,909, 6,100, 3,100: 2 seats to 6,909 and 6,709.
        Case(name: "Droop", rule: .droop, seats: 10, votes: sixLists, expected: [5, 2, 2, 1, 0, 0]),
        // Hagenbach-Bischoff 100,000 / 11 = 9,090.9. First stage 5, 1, 1, 1, 0, 0; remainders
        // 1,545.5, 6,909.1, 6,709.1, 2,909.1, 6,100, 3,100: again the 2nd and 3rd lists.
        Case(
            name: "Hagenbach-Bischoff",
            rule: .hagenbachBischoff,
            seats: 10,
            votes: sixLists,
            expected: [5, 2, 2, 1, 0, 0]
        ),
        // Imperiali 100 / (2 + 2) = 25: first stage 2, 1, 0 = 3 seats for 2. Excess 1 is taken
        // from the smallest remainder among holders: A 60 − 50 = 10, B 25 − 25 = 0, so B loses it.
        Case(name: "Imperiali excess", rule: .imperiali, seats: 2, votes: [60, 25, 15], expected: [2, 0, 0]),
        // Imperiali 100 / (2 + 2) = 25 with [50, 50]: first stage 2 + 2 = 4 for 2 seats. Both hold
        // seats and the excess equals the holders: each gives one back, no tie is decisive.
        Case(name: "Imperiali excess, whole round", rule: .imperiali, seats: 2, votes: [50, 50], expected: [1, 1]),
        // Hare, one seat: quota 100, first stage 0, 0; remainders 60 and 40.
        Case(name: "magnitude 1", rule: .hare, seats: 1, votes: [60, 40], expected: [1, 0]),
        // Hare quota 10 for 3 seats and 30 votes: the list with 30 votes fills 3 quotas.
        Case(name: "one list takes all", rule: .hare, seats: 3, votes: [30, 0], expected: [3, 0]),
        // Hare quota 50 / 3: first stage 2 for 40 votes (remainder 40 − 33.3 = 6.7), 0 for 10
        // votes (remainder 10): the last seat to the 10 votes; the zero-vote list never competes.
        Case(name: "zero-vote list", rule: .hare, seats: 3, votes: [40, 0, 10], expected: [2, 0, 1]),
        Case(name: "zero seats", rule: .hare, seats: 0, votes: [40, 10], expected: [0, 0]),
        Case(name: "no votes", rule: .hare, seats: 4, votes: [0, 0, 0], expected: [0, 0, 0]),
        // Droop quota ⌊3 / 11⌋ + 1 = 1 for 3 votes and 10 seats: first stage 2 + 1 = 3, then 7
        // seats left for 2 lists with votes: 3 whole rounds (6 seats), and the last seat goes by
        // remainder, 0 and 0, to the tie rule (list order: the first list).
        Case(name: "more seats than votes", rule: .droop, seats: 10, votes: [2, 1], expected: [6, 4]),
    ]

    @Test("seats", arguments: cases)
    func seats(_ example: Case) {
        #expect(example.rule.allocate(seats: example.seats, votes: example.votes).seats == example.expected)
    }

    // Hare quota 90 / 3 = 30 for [10, 40, 40]: first stage 0, 1, 1; remainders 10, 10, 10 for the
    // one seat left. List order gives it to list 0 (10 votes); more votes excludes list 0 and
    // then list order (or the lot) picks between lists 1 and 2 (40 votes each).
    @Test func equalRemaindersFollowTheTieRule() {
        let byOrder = LargestRemainder.hare.allocate(seats: 3, votes: [10, 40, 40], tieBreak: .lowestIndex)
        #expect(byOrder.seats == [1, 1, 1])
        #expect(byOrder.ties == [Tie(seat: 3, contenders: [0, 1, 2], chosen: 0)])
        let byVotes = LargestRemainder.hare.allocate(
            seats: 3,
            votes: [10, 40, 40],
            tieBreak: .moreVotesThenLowestIndex
        )
        #expect(byVotes.seats == [0, 2, 1])
        #expect(byVotes.ties == [Tie(seat: 3, contenders: [0, 1, 2], chosen: 1)])
        for seed in UInt64(0)..<20 {
            let byLot = LargestRemainder.hare.allocate(
                seats: 3,
                votes: [10, 40, 40],
                tieBreak: .moreVotesThenLot(seed: seed)
            )
            #expect(byLot.seats[0] == 0)
        }
    }

    // Hagenbach-Bischoff for [2, 55, 18] and 3 seats: V / 4 = 75 / 4 = 18.75.
    // Exact: first stage 0, 2, 0 (remainders 2, 17.5, 18); the last seat to 18: [0, 2, 1].
    // Rounded down to 18: first stage 0, 3, 1 = 4 seats, one too many; holders' remainders
    // 55 − 54 = 1 and 18 − 18 = 0, so the third list gives its seat back: [0, 3, 0].
    // Rounded half up or up to 19: first stage 0, 2, 0 (remainders 2, 17, 18): [0, 2, 1].
    @Test(arguments: [(QuotaRounding.exact, [0, 2, 1]), (.down, [0, 3, 0]), (.halfUp, [0, 2, 1]), (.up, [0, 2, 1])])
    func roundedQuota(rounding: QuotaRounding, expected: [Int]) {
        let rule = LargestRemainder(quota: Quota.hagenbachBischoff.rounded(rounding))
        let result = rule.allocate(seats: 3, votes: [2, 55, 18])
        #expect(result.seats == expected)
        #expect(result.ties.isEmpty)
    }

    // Hagenbach-Bischoff 26 / 4 = 6.5 rounded down to 6 for [13, 13] and 3 seats: first stage
    // 2 + 2 = 4, one too many. Both remainders are 1: the tie rule's least preferred list gives
    // the seat back (list order: the last list; more votes then lot: equal votes, so the lot).
    @Test func excessTieWithdrawsFromLeastPreferred() {
        let rule = LargestRemainder(quota: Quota.hagenbachBischoff.rounded(.down))
        let result = rule.allocate(seats: 3, votes: [13, 13])
        #expect(result.seats == [2, 1])
        #expect(result.ties == [Tie(seat: 4, contenders: [0, 1], chosen: 1, effect: .withdrawn)])
        var losers: Set<Int> = []
        for seed in UInt64(0)..<40 {
            let lot = rule.allocate(seats: 3, votes: [13, 13], tieBreak: .moreVotesThenLot(seed: seed))
            #expect(lot.seats.reduce(0, +) == 3)
            losers.insert(lot.ties[0].chosen)
        }
        #expect(losers == [0, 1])
    }

    @Test func quotaValues() {
        // Slovakia 2020: 2,061,100 / 151 = 13,649.67, rounded up or half up: 13,650.
        #expect(Quota.hagenbachBischoff.rounded(.up).value(totalVotes: 2_061_100, seats: 150) == (13_650, 1))
        #expect(Quota.hagenbachBischoff.rounded(.halfUp).value(totalVotes: 2_061_100, seats: 150) == (13_650, 1))
        #expect(Quota.hagenbachBischoff.rounded(.down).value(totalVotes: 2_061_100, seats: 150) == (13_649, 1))
        #expect(Quota.hagenbachBischoff.value(totalVotes: 2_061_100, seats: 150) == (2_061_100, 151))
        #expect(Quota.droop.value(totalVotes: 100_000, seats: 10) == (9_091, 1))
        #expect(Quota.hare.value(totalVotes: 100_000, seats: 10) == (100_000, 10))
        #expect(Quota.imperiali.value(totalVotes: 100, seats: 2) == (100, 4))
        // A rounded quota is never below one vote.
        #expect(Quota.hare.rounded(.down).value(totalVotes: 3, seats: 10) == (1, 1))
    }
}
