import Hemicycle
import Testing

/// `Scenarios/validation/sk-nrsr-2020.json` run as `hemicycle run` runs it, against the official
/// figures of `Fixtures/elections/sk_nrsr_2020.json` (Statistical Office): the seats, and the
/// quota outcome, with the coalition Progresívne Slovensko-SPOLU below its 7%.
@Suite("Validation: Slovakia, National Council 2020")
struct SlovakiaValidationTests {
    static let coalition = "Progresívne Slovensko-SPOLU"

    let official: SlovakiaNationalCouncil
    let election: Election
    let result: ElectionResult

    init() throws {
        official = try ElectionFixture.load("sk_nrsr_2020")
        election = try ValidationScenario.load("sk-nrsr-2020")
        result = election.run()
    }

    /// The lists that reach their threshold, worked out here from the data: 5% of the valid
    /// votes for a party, the coalition levels for the data's coalitions.
    func passing() -> [String: Int] {
        let district = official.districts[0]
        let levels = official.rule.threshold.percentByListType
        return district.votes.filter { name, votes in
            let parties = official.coalitions[name] ?? 1
            let level =
                parties >= 4 ? "coalition of 4 or more parties" : parties >= 2 ? "coalition of 2 or 3 parties" : "party"
            let percent = levels[level]
            return votes * 100 >= (percent ?? 100) * district.validVotes
        }
    }

    @Test func seatsPerList() {
        #expect(ValidationScenario.seats(result) == official.nationalOfficialSeats)
        #expect(ValidationScenario.seats(result.constituencies[0]) == official.districts[0].officialSeats)
        #expect(result.filledSeats == official.totalSeats)
    }

    // The coalition has more than a party's 5% but less than its own 7%: excluded, no seat.
    @Test func coalitionBelowItsThresholdIsExcluded() throws {
        let district = official.districts[0]
        let votes = try #require(district.votes[Self.coalition])
        #expect(official.coalitions[Self.coalition] == 2)
        #expect(votes * 100 >= 5 * district.validVotes && votes * 100 < 7 * district.validVotes)
        let list = try #require(result.list(Self.coalition))
        #expect(list.seats == 0)
        #expect(list.firstRoundVotes == votes)
        #expect(passing()[Self.coalition] == nil)
        #expect(Set(passing().keys) == Set(official.nationalOfficialSeats.keys))
        let memberParties = try #require(election.lists.first { $0.id == Self.coalition }).partyIndices
        #expect(memberParties.count == official.coalitions[Self.coalition])
    }

    // The quota: the passing lists' votes over 151, rounded half up (worked out here); each list
    // gets ⌊votes / quota⌋ seats, and the seats left go to the largest remainders. The official
    // seats are exactly that, and the scenario's rule computes the same quota.
    @Test func quotaOutcome() throws {
        let passing = passing()
        let total = passing.values.reduce(0, +)
        let seats = official.totalSeats
        let quota = (2 * total + (seats + 1)) / (2 * (seats + 1))
        guard case .singleRound(let system) = election.system, let rule = system.rule as? LargestRemainder else {
            Issue.record("Slovakia's scenario should have a largest-remainder rule")
            return
        }
        #expect(rule.quota.value(totalVotes: total, seats: seats) == (quota, 1))
        let firstStage = passing.mapValues { $0 / quota }
        let left = seats - firstStage.values.reduce(0, +)
        let byRemainder = passing.keys.sorted { passing[$0, default: 0] % quota > passing[$1, default: 0] % quota }
        var expected = firstStage
        for name in byRemainder.prefix(left) { expected[name, default: 0] += 1 }
        #expect(expected == official.nationalOfficialSeats)
        #expect(expected == ValidationScenario.seats(result))
        #expect(result.tieDecisions == 0)
    }
}
