import Hemicycle
import Testing

/// `Scenarios/validation/ch-zh-kantonsrat-2019.json` run as `hemicycle run` runs it, against the
/// official seats of `Fixtures/elections/ch_zh_kantonsrat_2019.json`: the canton's and every
/// district's.
@Suite("Validation: Zurich, Kantonsrat, 2019")
struct ZurichValidationTests {
    let official: ZurichKantonsrat
    let result: ElectionResult

    init() throws {
        official = try ElectionFixture.load("ch_zh_kantonsrat_2019")
        result = try ValidationScenario.load("ch-zh-kantonsrat-2019").run()
    }

    @Test func cantonalSeats() {
        #expect(ValidationScenario.seats(result) == official.nationalOfficialSeats)
        #expect(result.filledSeats == official.totalSeats)
        #expect(result.tieDecisions == 0)
    }

    @Test func everyDistrictsSeats() throws {
        #expect(result.constituencies.count == official.districts.count)
        for district in official.districts {
            let row = try #require(result.constituencies.first { $0.id == "zh-\(district.id)" })
            #expect(ValidationScenario.seats(row) == district.officialSeats, "\(district.name)")
            #expect(row.seats == district.seats)
        }
    }

    // The quorum: the nine groups in the Kantonsrat pass; BDP does not (4.678 % at best).
    @Test func quorum() throws {
        for district in official.districts {
            let total = district.votes.values.reduce(0, +)
            let bdp = district.votes["BDP"] ?? 0
            #expect(bdp * 100 < 5 * total, "\(district.name)")
        }
        #expect(result.list("BDP")?.seats == 0)
        for group in official.officialQualified { #expect((result.list(group)?.seats ?? 0) > 0, "\(group)") }
    }
}
