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
