import Hemicycle
import Testing

/// `Scenarios/validation/nz-parliament-2014.json` run as `hemicycle run` runs it, against the
/// official figures of `Fixtures/elections/nz_parliament_2014.json` (Electoral Commission): seats,
/// list seats and electorate seats per party, one overhang seat, a House of 121.
@Suite("Validation: New Zealand 2014")
struct NewZealandValidationTests {
    let official: NewZealandParliament
    let result: ElectionResult

    init() throws {
        official = try ElectionFixture.load("nz_parliament_2014")
        result = try ValidationScenario.load("nz-parliament-2014").run()
    }

    @Test func seatsPerParty() {
        #expect(ValidationScenario.seats(result) == official.nationalOfficialSeats)
        #expect(ValidationScenario.seats(result) == official.districts[0].officialSeats)
        let row = result.constituencies[0]
        #expect(ValidationScenario.seats(row) == official.nationalOfficialSeats)
    }

    @Test func listSeatsTopUpTheElectorates() throws {
        for (party, listSeats) in official.nationalOfficialListSeats {
            let list = try #require(result.list(party), "\(party)")
            #expect(list.tierSeats == listSeats, "\(party)")
        }
        let electorates = Dictionary(
            uniqueKeysWithValues: result.lists.filter { $0.seats > $0.tierSeats }.map {
                ($0.id, $0.seats - $0.tierSeats)
            })
        #expect(electorates == official.nationalOfficialElectorateSeats)
    }

    // The House of 121 is the nominal 120 plus one overhang seat: United Future's electorate,
    // which its party vote does not cover (the data's note).
    @Test func overhangMakesAHouseOf121() throws {
        let nominal = official.districts[0].seats
        #expect(result.assemblySize == nominal)
        #expect(result.overhangSeats == official.totalSeats - nominal)
        #expect(result.houseSize == official.totalSeats)
        #expect(result.filledSeats == official.totalSeats)
        #expect(try #require(result.list("United Future")).overhang == 1)
        #expect(result.lists.reduce(0) { $0 + $1.overhang } == official.totalSeats - nominal)
    }

    @Test func votesAreTheOfficialPartyVotes() {
        #expect(result.firstRound.listVotes == official.districts[0].validVotes)
        for list in result.lists {
            #expect(list.firstRoundVotes == official.districts[0].votes[list.id], "\(list.id)")
        }
    }
}
