import Hemicycle
import Testing

/// The majority-bonus family: Cameroon, Chad, Djibouti and Greece 2023, each worked by hand from
/// its law, with ties for the lead, no list above the threshold, and a leading list below the
/// bonus threshold; Greece June 2023 from the official national votes.
@Suite("Majority bonus")
struct MajorityBonusTests {
    // MARK: Cameroon: majority takes all; else half (rounded up) to the first, Hare among the others with 5 %.

    // 510 of 1,000 is more than half: every seat.
    @Test func cameroonMajorityTakesAll() {
        #expect(MajorityBonus.cameroon.allocate(seats: 6, votes: [510, 300, 190]).seats == [6, 0, 0])
    }

    // Exactly half is not an absolute majority: 3 of 6 seats to the first, then Hare on 500 votes
    // for 3 seats: 300 → 1.8, 200 → 1.2; the remainder .8 beats .2.
    @Test func cameroonExactlyHalfIsNoMajority() {
        #expect(MajorityBonus.cameroon.allocate(seats: 6, votes: [500, 300, 200]).seats == [3, 2, 1])
    }

    // 5 seats: ⌈5/2⌉ = 3 to the first; 2 by Hare on 35 + 21 = 56 (4 is below 5 %): 1.25 and 0.75,
    // so one each on the remainders .25 and .75.
    @Test func cameroonHalfRoundedUpAndThreshold() {
        #expect(MajorityBonus.cameroon.allocate(seats: 5, votes: [40, 35, 21, 4]).seats == [3, 1, 1, 0])
        // 5 % exactly is in, 4.99 % is out. 20 seats: 10 to the first; 10 by Hare on 3,001, 500
        // and 2,000 (5,501 votes): 5.455, 0.909, 3.636, so 8 whole and the remainders .909 and
        // .636 take the last two. Were 499 in, the remainders of 500 and 499 would take them.
        #expect(
            MajorityBonus.cameroon.allocate(seats: 20, votes: [4_000, 3_001, 500, 499, 2_000]).seats == [10, 5, 1, 0, 4])
        #expect(
            MajorityBonus.cameroon.allocate(seats: 20, votes: [4_000, 3_001, 499, 500, 2_000]).seats == [10, 5, 0, 1, 4])
    }

    // 48 % for the first and thirteen lists of 4 %: nobody else reaches 5 %, so the first takes
    // the 2 seats no one can take as well as its 3.
    @Test func cameroonNoOtherListAboveTheThreshold() {
        let votes = [48] + Array(repeating: 4, count: 13)
        let result = MajorityBonus.cameroon.allocate(seats: 5, votes: votes)
        #expect(result.seats[0] == 5)
        #expect(result.seats.reduce(0, +) == 5)
        #expect(result.ties.isEmpty)
    }

    // 40 and 40 tie for the lead of 4 seats: the tie rule picks the first (2 seats, both recorded
    // as ties); the other leader takes part in the remainder: Hare on 60 for 2 seats, 40 → 1.33,
    // 20 → 0.67, one each.
    @Test func cameroonTieForTheLead() {
        let result = MajorityBonus.cameroon.allocate(seats: 4, votes: [40, 40, 20])
        #expect(result.seats == [2, 1, 1])
        #expect(result.ties == [Tie(seat: 1, contenders: [0, 1], chosen: 0), Tie(seat: 2, contenders: [0, 1], chosen: 0)])
        var chosen: Set<Int> = []
        for seed in UInt64(0)..<40 {
            let lot = MajorityBonus.cameroon.allocate(seats: 4, votes: [40, 40, 20], tieBreak: .lot(seed: seed))
            let leader = lot.ties[0].chosen
            chosen.insert(leader)
            #expect(lot.seats[leader] == 2 && lot.seats[1 - leader] == 1 && lot.seats[2] == 1)
        }
        #expect(chosen == [0, 1])
    }

    // One seat: ⌈1/2⌉ = 1, the first list's, as the Code's plurality in single-member districts.
    @Test func cameroonSingleSeat() {
        #expect(MajorityBonus.cameroon.allocate(seats: 1, votes: [30, 45, 25]).seats == [0, 1, 0])
    }

    // MARK: Chad: majority takes all; else D'Hondt among every list.

    @Test func chad() {
        #expect(MajorityBonus.chad.allocate(seats: 5, votes: [55, 30, 15]).seats == [5, 0, 0])
        // D'Hondt quotients 45, 35, 22.5, 20, 17.5 take the 5 seats.
        #expect(MajorityBonus.chad.allocate(seats: 5, votes: [45, 35, 20]).seats == [2, 2, 1])
        #expect(
            MajorityBonus.chad.allocate(seats: 7, votes: [412, 301, 187, 100]).seats
                == HighestAverages.dHondt.allocate(seats: 7, votes: [412, 301, 187, 100]).seats)
        // 50 and 50: no majority; D'Hondt splits 2 and 2 without a decisive tie.
        let even = MajorityBonus.chad.allocate(seats: 4, votes: [50, 50])
        #expect(even.seats == [2, 2] && even.ties.isEmpty)
    }

    // MARK: Djibouti: 80 % (rounded up, assumed) to the first; D'Hondt among the others with 10 %.

    // Djibouti-ville, 2013: UMP 49.4 %, USN 47.6 %, 35 seats: 28 and 7, as proclaimed.
    @Test func djiboutiCity2013() {
        #expect(MajorityBonus.djibouti.allocate(seats: 35, votes: [494, 476, 30]).seats == [28, 7, 0])
    }

    @Test func djiboutiRoundingAndRemainder() {
        // 6 seats: ⌈4.8⌉ = 5 and 1 (Ali-Sabieh 2018 had 5 and 1).
        #expect(MajorityBonus.djibouti.allocate(seats: 6, votes: [85, 15]).seats == [5, 1])
        // 3 seats: ⌈2.4⌉ = 3, nothing left.
        #expect(MajorityBonus.djibouti.allocate(seats: 3, votes: [60, 30, 10]).seats == [3, 0, 0])
        // 10 seats: 8, then 2 by D'Hondt among 36, 12, 12: 36 and 18 win both (Hare would give 1 and 1).
        #expect(MajorityBonus.djibouti.allocate(seats: 10, votes: [40, 36, 12, 12]).seats == [8, 2, 0, 0])
        // No other list reaches 10 %: the first takes all 11.
        #expect(MajorityBonus.djibouti.allocate(seats: 11, votes: [91, 9]).seats == [11, 0])
    }

    // MARK: Greece 2023: 20 seats at 25 %, one more per whole 0.5 %, at most 50; Hare with 3 %.

    @Test(arguments: [
        (2_499, 0), (2_500, 20), (2_549, 20), (2_550, 21), (3_000, 30), (3_999, 49), (4_000, 50), (6_000, 50),
    ])
    func greekSchedule(leaderVotes: Int, bonus: Int) {
        #expect(MajorityBonus.greece2023.bonusSeats(seats: 300, leaderVotes: leaderVotes, total: 10_000) == bonus)
    }

    // A schedule given out of order is put in order: the bonus is the highest step reached.
    @Test func scheduleOrder() {
        let steps = [(30, 8), (20, 4), (25, 6)].map {
            MajorityBonus<HighestAverages>.BonusStep(threshold: .percent($0.0), seats: $0.1)
        }
        let rule = MajorityBonus(
            majorityTakesAll: nil, bonus: .schedule(steps), remainder: HighestAverages.dHondt, leaderSharesRemainder: true)
        let bonuses = [1_999, 2_000, 2_499, 2_500, 2_999, 3_000, 9_000].map {
            rule.bonusSeats(seats: 10, leaderVotes: $0, total: 10_000)
        }
        #expect(bonuses == [0, 4, 4, 6, 6, 8, 8])
    }

    // 40 % → 50 seats; 250 by Hare on 972 votes (2.8 % is out): 102.88, 77.16, 51.44, 18.52;
    // 248 whole, the remainders .88 and .52 take the last two.
    @Test func greekHandWorked() {
        #expect(MajorityBonus.greece2023.allocate(seats: 300, votes: [400, 300, 200, 72, 28]).seats == [153, 77, 51, 19, 0])
    }

    // A first party below 25 % gets no bonus: the rule is plain Hare among lists with 3 %.
    @Test func greekLeaderBelowTheBonusThreshold() {
        let votes = [240, 230, 200, 180, 120, 30]
        #expect(
            MajorityBonus.greece2023.allocate(seats: 300, votes: votes).seats
                == LargestRemainder.hare.allocate(seats: 300, votes: votes).seats)
    }

    // 35 and 35 tie for the lead: the bonus of 40 goes by the tie rule, every bonus seat a tie; the
    // 260 others by Hare: 91, 91, 78.
    @Test func greekTieForTheLead() {
        let result = MajorityBonus.greece2023.allocate(seats: 300, votes: [35, 35, 30])
        #expect(result.seats == [131, 91, 78])
        #expect(result.ties.count == 40)
        #expect(result.ties.allSatisfy { $0.contenders == [0, 1] && $0.chosen == 0 })
    }

    // June 2023, official final votes: ND 40.56 % → bonus 50; 250 by Hare among the 8 lists with
    // 3 %; seats as proclaimed after the Supreme Court's count.
    @Test func greeceJune2023() throws {
        let official: GreekParliament = try ElectionFixture.load("gr_vouli_2023_06")
        let district = official.districts[0]
        let names = district.votes.keys.sorted()
        let votes = names.map { district.votes[$0]! }
        #expect(votes.reduce(0, +) == official.national.validVotes)
        let seats = MajorityBonus.greece2023.allocate(seats: district.seats, votes: votes).seats
        let byName = Dictionary(uniqueKeysWithValues: zip(names, seats)).nonZero
        #expect(byName == official.nationalOfficialSeats)
    }

    // MARK: The contract every rule keeps.

    @Test func edgeCases() {
        for rule in [MajorityBonus.cameroon.allocate(seats:votes:tieBreak:), MajorityBonus.greece2023.allocate(seats:votes:tieBreak:)] {
            #expect(rule(0, [5, 3], .lowestIndex).seats == [0, 0])
            #expect(rule(3, [0, 0], .lowestIndex).seats == [0, 0])
            #expect(rule(3, [], .lowestIndex).seats == [])
            #expect(rule(-2, [5, 3], .lowestIndex).seats == [0, 0])
        }
        // A bonus larger than the district is capped at its seats.
        #expect(MajorityBonus.greece2023.allocate(seats: 10, votes: [40, 30, 30]).seats == [10, 0, 0])
        // Negative votes count as zero: never a seat.
        #expect(MajorityBonus.djibouti.allocate(seats: 5, votes: [-40, 30, 20]).seats[0] == 0)
    }

    @Test func describesItself() {
        #expect(
            "\(MajorityBonus.cameroon)"
                == "majority bonus: a list with more than 50% of the votes takes every seat; else the leading list takes 50% of the seats, rounded up; the rest by largest remainder (V / S) among the other lists with at least 5% of the votes")
        #expect(
            "\(MajorityBonus.greece2023)"
                == "majority bonus: the leading list takes a bonus by its share of the votes (20 with at least 25%, 21 with at least 25.5%, …, 50 with at least 40%); the rest by largest remainder (V / S) among the lists with at least 3% of the votes")
    }
}
