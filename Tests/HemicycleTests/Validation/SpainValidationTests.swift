import Hemicycle
import Testing

/// `Scenarios/validation/es-congreso-2019-04.json` run as `hemicycle run` runs it, against the
/// official figures of `Fixtures/elections/es_congreso_2019_04.json` (Ministry of the Interior).
///
/// Lists are keyed by the Ministry's short names, as the official tables are; the one list keyed
/// with its candidacy code (a second PCPC) keeps the short name as its `shortName`.
@Suite("Validation: Spain, Congress 2019")
struct SpainValidationTests {
    struct Run: Sendable {
        let official: SpainCongress
        let election: Election
        let result: ElectionResult

        /// The short name of a list id.
        func shortName(_ id: String) -> String {
            result.list(id)?.shortName ?? id
        }

        func row(_ district: SpainCongress.District) throws -> ConstituencyResult {
            try #require(result.constituencies.first { $0.id == district.provinceCode }, "\(district.name)")
        }

        /// A constituency's seats by short name.
        func seats(_ district: SpainCongress.District) throws -> [String: Int] {
            var table: [String: Int] = [:]
            for (id, count) in ValidationScenario.seats(try row(district)) { table[shortName(id), default: 0] += count }
            return table
        }
    }

    static let run = Result { () throws -> Run in
        let election = try ValidationScenario.load("es-congreso-2019-04")
        return Run(
            official: try ElectionFixture.load("es_congreso_2019_04"), election: election, result: election.run())
    }

    @Test("every district's seats by candidacy", arguments: 0..<52)
    func district(_ index: Int) throws {
        let run = try Self.run.get()
        let district = run.official.districts[index]
        #expect(try run.seats(district) == district.officialSeats, "\(district.name)")
        #expect(try run.row(district).seats == district.seats)
    }

    @Test func scenarioHoldsTheOfficialCounts() throws {
        let run = try Self.run.get()
        // The per-district test runs over 0..<52: a fixture with more districts would leave some unchecked.
        #expect(run.official.districts.count == 52)
        #expect(run.result.constituencies.count == run.official.districts.count)
        for district in run.official.districts {
            let row = try run.row(district)
            #expect(row.firstRound.registered == district.registered, "\(district.name)")
            #expect(row.firstRound.blank == district.blankVotes, "\(district.name)")
            #expect(row.firstRound.invalid == district.nullVotes, "\(district.name)")
            #expect(row.firstRound.listVotes + row.firstRound.blank == district.validVotes, "\(district.name)")
            let votes = Dictionary(uniqueKeysWithValues: row.entries.map { (run.shortName($0.list), $0.firstRound) })
            #expect(votes == district.votes, "\(district.name)")
        }
        let national = run.official.national
        #expect(run.result.firstRound.registered == national.registered)
        #expect(run.result.firstRound.listVotes == national.candidacyVotes)
        #expect(run.result.firstRound.blank == national.blankVotes)
        #expect(run.result.firstRound.invalid == national.nullVotes)
    }

    @Test func nationalTableByCandidacy() throws {
        let run = try Self.run.get()
        var table: [String: Int] = [:]
        for (id, seats) in ValidationScenario.seats(run.result) { table[run.shortName(id), default: 0] += seats }
        #expect(table == run.official.nationalOfficialSeatsByCandidacy)
        #expect(run.result.filledSeats == run.official.totalSeats)
        #expect(run.result.vacantSeats == 0)
    }

    // The Ministry's national groups (cabeceras nacionales) gather regional candidacies: PSC,
    // PSdeG-PSOE and PSE-EE count with PSOE, and so on. The grouping is the data's, district by
    // district; the seats are the engine's.
    @Test func nationalTableByNationalGroup() throws {
        let run = try Self.run.get()
        var table: [String: Int] = [:]
        for district in run.official.districts {
            for (short, seats) in try run.seats(district) {
                table[try #require(district.nationalGroup[short], "\(district.name): \(short)"), default: 0] += seats
            }
        }
        #expect(table == run.official.nationalOfficialSeatsByNationalGroup)
    }

    // The data has no exact quotient tie ("no exact quotient ties"): the tie rule decides nothing.
    @Test func noSeatIsDecidedByTheTieRule() throws {
        #expect(try Self.run.get().result.tieDecisions == 0)
    }

    // The scenario's threshold is the one that matters: without it, D'Hondt gives Barcelona a
    // result other than the official one (the data's note: FRONT REPUB, 2.72%, would take a seat).
    @Test func withoutTheThresholdBarcelonaDiffersFromTheOfficialSeats() throws {
        let run = try Self.run.get()
        guard case .singleRound(var system) = run.election.system else {
            Issue.record("Spain's scenario should have a single-round rule")
            return
        }
        #expect(system.threshold != nil)
        system.threshold = nil
        var election = run.election
        election.system = .singleRound(system)
        let barcelona = try #require(run.official.districts.first { $0.name == "Barcelona" })
        let without = SpainValidationTests.Run(official: run.official, election: election, result: election.run())
        #expect(try without.seats(barcelona) != barcelona.officialSeats)
        #expect(try without.seats(barcelona)["FRONT REPUB"] == 1)
    }
}
