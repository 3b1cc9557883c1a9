import Hemicycle
import Testing

@Suite("Thresholds")
struct ThresholdTests {
    // 3 % of 100,000 is exactly 3,000: "at least" admits 3,000, not 2,999.
    // 5 % of 1,000 is exactly 50: "more than" rejects 50, admits 51.
    @Test(arguments: [
        (VoteThreshold.percent(3), 3_000, 100_000, true),
        (.percent(3), 2_999, 100_000, false),
        (.percent(5, .moreThan), 50, 1_000, false),
        (.percent(5, .moreThan), 51, 1_000, true),
        // 6.5 % given exactly as 13/200: 65 of 1,000 passes, 64 does not.
        (VoteThreshold(share: Fraction(13, 200)), 65, 1_000, true),
        (VoteThreshold(share: Fraction(13, 200)), 64, 1_000, false),
        // No base: at least 0 passes; a zero-vote list is "at least" 0 % but still wins nothing.
        (.none, 0, 0, true),
        (.percent(4), 10, 0, true),
    ])
    func shareOfBase(threshold: VoteThreshold, votes: Int, base: Int, passes: Bool) {
        #expect(threshold.isMet(votes: votes, base: base) == passes)
    }

    // Slovakia 2020 (valid votes 2,881,511): 5 % = 144,075.55 for a party, 7 % = 201,705.77 for
    // a coalition of 2 or 3, 10 % for 4 or more. OĽANO 721,166 passes; the coalition PS-SPOLU
    // 200,780 (6.97 %) fails; the party KDH 134,099 (4.65 %) fails; a 4-party coalition with
    // 250,000 (8.7 %) fails its 10 %.
    @Test func slovakLevelsByKind() {
        let slovakia = Threshold(party: .percent(5), coalitions: [(2, .percent(7)), (4, .percent(10))])
        let eligible = slovakia.eligibility(
            votes: [721_166, 200_780, 134_099, 250_000, 200_780],
            base: 2_881_511,
            kinds: [.party, .coalition(of: 2), .party, .coalition(of: 4), .party]
        )
        #expect(eligible == [true, false, false, false, true])
        #expect(slovakia.voteThreshold(for: .coalition(of: 3)) == .percent(7))
        #expect(slovakia.voteThreshold(for: .coalition(of: 9)) == .percent(10))
    }

    // New Zealand 2014 (party votes 2,405,620; 5 % = 120,281): ACT 16,689 votes but one
    // electorate passes; Conservative 95,598 (3.97 %) with no electorate fails; Green 257,356
    // passes on votes.
    @Test func newZealandAlternative() {
        let newZealand = Threshold(.percent(5), orConstituencySeats: 1)
        let eligible = newZealand.eligibility(
            votes: [16_689, 95_598, 257_356],
            base: 2_405_620,
            constituencySeats: [1, 0, 0]
        )
        #expect(eligible == [true, false, true])
    }

    // Applied per district: the same list passes 3 % in one district and fails in another; the
    // allocation never gives it a seat where it failed. District A: [900, 80, 20] (3 % of 1,000
    // = 30: the third list fails). District B: [500, 480, 20] (3 % of 1,000 again: fails).
    @Test func perDistrictApplication() {
        let spain = Threshold(.percent(3))
        let districtA = spain.removingIneligibleVotes([900, 80, 20], base: 1_000)
        #expect(districtA == [900, 80, 0])
        // Without the threshold, D'Hondt with 50 seats reaches the third list: 47 averages exceed
        // 20 (900/1 … 900/44 and 80/1 … 80/3), then 900/45 = 80/4 = 20/1 = 20 fill seats 48 to 50,
        // one each. With the threshold the third list has no votes: 900/45 and 80/4 take seats 48
        // and 49, and 900/46 = 19.6 beats 80/5 = 16 for the 50th.
        #expect(HighestAverages.dHondt.allocate(seats: 50, votes: [900, 80, 20]).seats == [45, 4, 1])
        #expect(HighestAverages.dHondt.allocate(seats: 50, votes: districtA).seats == [46, 4, 0])
        // Applied nationally instead: the list has 40 of 2,000 = 2 % and fails everywhere.
        let national = spain.eligibility(votes: [1_400, 560, 40], base: 2_000)
        #expect(national == [true, true, false])
    }

    /// Ineligible lists never get a seat, whatever the rule.
    @Test func excludedListsGetNothing() {
        let rules: [any AllocationRule] = [
            HighestAverages.dHondt, HighestAverages.sainteLague, LargestRemainder.hare, LargestRemainder.droop,
        ]
        var random = TestRandom(seed: 0x7E5)
        for _ in 0..<300 {
            let votes = random.votes(lists: Int.random(in: 1...20, using: &random))
            let base = votes.reduce(0, +) + Int.random(in: 0...1_000, using: &random)
            let threshold = Threshold(.percent(Int.random(in: 0...20, using: &random)))
            let eligible = threshold.eligibility(votes: votes, base: base)
            let filtered = threshold.removingIneligibleVotes(votes, base: base)
            let magnitude = Int.random(in: 0...60, using: &random)
            for rule in rules {
                let seats = rule.allocate(seats: magnitude, votes: filtered, tieBreak: random.tieBreak()).seats
                #expect(zip(eligible, seats).allSatisfy { $0 || $1 == 0 }, "\(rule): \(votes), \(threshold)")
            }
        }
    }
}
