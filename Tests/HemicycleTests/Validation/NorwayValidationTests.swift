import Hemicycle
import Testing

/// `Scenarios/validation/no-storting-2021.json` run as `hemicycle run` runs it, against the
/// official figures of `Fixtures/elections/no_storting_2021.json` (Valgdirektoratet): district
/// seats in every county, the 19 leveling seats by party and the county each is placed in.
@Suite("Validation: Norway, Storting 2021")
struct NorwayValidationTests {
    struct Run: Sendable {
        let official: NorwayStorting
        let result: ElectionResult

        func row(_ county: NorwayStorting.County) throws -> ConstituencyResult {
            try #require(result.constituencies.first { $0.id == county.countyNumber }, "\(county.name)")
        }
    }

    static let run = Result { () throws -> Run in
        Run(
            official: try ElectionFixture.load("no_storting_2021"),
            result: try ValidationScenario.load("no-storting-2021").run())
    }

    @Test("every county: district seats and the leveling seat placed there", arguments: 0..<19)
    func county(_ index: Int) throws {
        let run = try Self.run.get()
        let county = run.official.districts[index]
        let row = try run.row(county)
        #expect(row.name == county.name)
        #expect(row.seats == county.seats)
        #expect(ValidationScenario.seats(row, leveling: false) == county.officialDistrictSeats, "\(county.name)")
        #expect(ValidationScenario.seats(row, leveling: true) == county.officialLevelingSeats, "\(county.name)")
        #expect(row.firstRound.listVotes == county.votes.values.reduce(0, +))
    }

    @Test func nationalSeatsAndLevelingSeatsByParty() throws {
        let run = try Self.run.get()
        // The per-county test runs over 0..<19: a fixture with more counties would leave some unchecked.
        #expect(run.official.districts.count == 19)
        #expect(run.result.constituencies.count == 19)
        #expect(run.result.lists.count == run.official.national.votes.count)
        #expect(ValidationScenario.seats(run.result) == run.official.nationalOfficialSeats)
        let leveling = Dictionary(
            uniqueKeysWithValues: run.result.lists.filter { $0.tierSeats > 0 }.map { ($0.id, $0.tierSeats) })
        #expect(leveling == run.official.nationalOfficialLevelingSeats)
        #expect(leveling.values.reduce(0, +) == run.official.districts.reduce(0) { $0 + $1.levelingSeats })
        #expect(run.result.filledSeats == run.official.totalSeats)
        for list in run.result.lists {
            #expect(list.firstRoundVotes == run.official.national.votes[list.id], "\(list.id)")
        }
    }

    // The official export records no tie; a lot deciding a seat would be a sign of an error.
    @Test func noSeatIsDecidedByTheTieRule() throws {
        #expect(try Self.run.get().result.tieDecisions == 0)
    }
}
