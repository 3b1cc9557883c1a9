import Hemicycle
import Testing

/// `Scenarios/validation/gr-vouli-2023-05.json` run as `hemicycle run` runs it, against the
/// official figures of `Fixtures/elections/gr_vouli_2023_05.json` (Ministry of the Interior):
/// the seats, the 3% threshold and the largest remainders, each worked out here from the data.
@Suite("Validation: Greece, Hellenic Parliament, May 2023")
struct GreeceValidationTests {
    let official: GreekParliament
    let result: ElectionResult

    init() throws {
        official = try ElectionFixture.load("gr_vouli_2023_05")
        result = try ValidationScenario.load("gr-vouli-2023-05").run()
    }

    var district: GreekParliament.District { official.districts[0] }

    /// The lists with at least 3% of the valid ballots, worked out in integers.
    var passing: [String: Int] {
        district.votes.filter { $0.value * 100 >= 3 * district.validVotes }
    }

    @Test func seatsPerList() {
        #expect(ValidationScenario.seats(result) == official.nationalOfficialSeats)
        #expect(result.filledSeats == official.totalSeats)
        #expect(result.constituencies[0].firstRound.voters == official.national.votesCast)
        #expect(result.constituencies[0].firstRound.registered == official.national.registered)
    }

    // Five lists pass; Niki, sixth, is 4,823 votes short of 3% (177,082.89 votes).
    @Test func threshold() throws {
        #expect(Set(passing.keys) == Set(official.nationalOfficialSeats.keys))
        let niki = try #require(district.votes["Niki"])
        let needed = (3 * district.validVotes + 99) / 100
        #expect(needed - niki == 4_823)
        #expect(result.list("Niki")?.seats == 0)
    }

    // Hare: each passing list gets ⌊votes × 300 / T⌋ (T the passing votes), 296 in all; the 4
    // seats left go to the largest remainders, and SYRIZA's, the fifth, loses the last seat to
    // ND's by 237.8 votes.
    @Test func largestRemainders() throws {
        let total = passing.values.reduce(0, +)
        let seats = district.seats
        var whole: [String: Int] = [:]
        var remainder: [String: Int] = [:]
        for (list, votes) in passing {
            whole[list] = votes * seats / total
            remainder[list] = votes * seats % total
        }
        let first = whole.values.reduce(0, +)
        #expect(first == 296)
        let order = remainder.sorted { $0.value > $1.value }.map(\.key)
        #expect(order == ["PASOK-KINAL", "Elliniki Lysi", "KKE", "ND", "SYRIZA"])
        var expected = whole
        for list in order.prefix(seats - first) { expected[list, default: 0] += 1 }
        #expect(expected == official.nationalOfficialSeats)
        let margin = Double(try #require(remainder["ND"]) - (try #require(remainder["SYRIZA"]))) / Double(seats)
        #expect((237.8..<237.9).contains(margin))
    }
}

/// `Scenarios/validation/gr-vouli-2023-06.json`, the first election under the majority bonus,
/// against the official figures of `Fixtures/elections/gr_vouli_2023_06.json`.
@Suite("Validation: Greece, Hellenic Parliament, June 2023")
struct GreeceJuneValidationTests {
    let official: GreekParliament
    let election: Election
    let result: ElectionResult

    init() throws {
        official = try ElectionFixture.load("gr_vouli_2023_06")
        election = try ValidationScenario.load("gr-vouli-2023-06")
        result = election.run()
    }

    var district: GreekParliament.District { official.districts[0] }

    @Test func seatsPerList() {
        #expect(ValidationScenario.seats(result) == official.nationalOfficialSeats)
        #expect(result.filledSeats == official.totalSeats)
        #expect(result.tieDecisions == 0)
    }

    // ND's 2,115,322 of 5,215,207 valid ballots is 40.56 %, past the 40 % of the 50-seat cap;
    // 250 seats by Hare among the 8 lists with 3 %, ND's integer part 107 and its remainder
    // (.966, the largest) give 108, and 50 more make 158.
    @Test func bonusAndRemainder() throws {
        let nd = try #require(district.votes["ND"])
        #expect(nd * 100 >= 40 * district.validVotes)
        let passing = district.votes.filter { $0.value * 100 >= 3 * district.validVotes }
        #expect(passing.count == 8)
        let total = passing.values.reduce(0, +)
        var whole: [String: Int] = [:]
        var remainder: [String: Int] = [:]
        for (list, votes) in passing {
            whole[list] = votes * 250 / total
            remainder[list] = votes * 250 % total
        }
        #expect(whole.values.reduce(0, +) == 245)
        var expected = whole
        for list in remainder.sorted(by: { $0.value > $1.value }).prefix(5).map(\.key) { expected[list, default: 0] += 1 }
        expected["ND", default: 0] += 50
        #expect(expected == official.nationalOfficialSeats)
        // KKE's last seat beats SYRIZA's remainder by 206.4 votes.
        let margin = Double(try #require(remainder["KKE"]) - (try #require(remainder["SYRIZA"]))) / 250
        #expect((206.4..<206.5).contains(margin))
    }

    // The schedule written in the scenario is the law's, as the `greece-2023` preset has it.
    @Test func scenarioRuleIsThePreset() throws {
        let preset = try RuleChoice.parse("greece-2023:national", for: election)
        let comparison = RuleComparison(election: election, choices: [preset])
        #expect(comparison.results[0].lists.map(\.seats) == result.lists.map(\.seats))
    }
}
