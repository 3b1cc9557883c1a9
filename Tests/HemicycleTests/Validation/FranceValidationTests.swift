import Hemicycle
import Testing

/// `Scenarios/validation/fr-assemblee-2017.json` run as `hemicycle run` runs it, against the
/// official figures of `Fixtures/elections/fr_assemblee_2017.json` (Ministry of the Interior):
/// all 7,877 round-1 statuses, the run-off fields, all 573 run-off winners and the seats by nuance.
///
/// A round-1 status is read from the result as the Ministry publishes it: `elected` for the
/// round-1 winner, `qualified` for a finalist (entitled to stand in round 2, whether or not they
/// did), `eliminated` for anyone else.
@Suite("Validation: France, National Assembly 2017")
struct FranceValidationTests {
    struct Run: Sendable {
        let official: FrenchAssembly
        let result: ElectionResult
        let rows: [String: ConstituencyResult]
    }

    /// Loaded and run once for the suite (the scenario is about 1 MB).
    static let run = Result { () throws -> Run in
        let result = try ValidationScenario.load("fr-assemblee-2017").run()
        let rows = Dictionary(uniqueKeysWithValues: result.constituencies.map { ($0.id, $0) })
        return Run(official: try ElectionFixture.load("fr_assemblee_2017"), result: result, rows: rows)
    }

    static func status(of entry: ConstituencyResult.EntryVotes, in row: ConstituencyResult) -> String {
        if row.decidedInRound == 1, row.winner == entry.list, row.winningCandidate == entry.candidate {
            return "elected"
        }
        return entry.finalist ? "qualified" : "eliminated"
    }

    static func entry(
        _ candidate: FrenchAssembly.Candidate, in row: ConstituencyResult
    ) throws -> ConstituencyResult.EntryVotes {
        try #require(
            row.entries.first { $0.list == candidate.nuance && $0.candidate == candidate.name },
            "\(row.id): \(candidate.name)")
    }

    @Test func everyRoundOneStatus() throws {
        let run = try Self.run.get()
        var compared = 0
        var mismatches: [String] = []
        for constituency in run.official.districts {
            let row = try #require(run.rows[constituency.id])
            #expect(row.entries.count == constituency.round1.candidates.count, "\(constituency.id)")
            for candidate in constituency.round1.candidates {
                let entry = try Self.entry(candidate, in: row)
                #expect(entry.firstRound == candidate.votes)
                if Self.status(of: entry, in: row) != candidate.officialStatus {
                    mismatches.append("\(constituency.id) \(candidate.name): \(Self.status(of: entry, in: row))")
                }
                compared += 1
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
        #expect(compared == run.official.districts.reduce(0) { $0 + $1.round1.candidates.count })
        #expect(compared == 7_877)
    }

    @Test func everyRunoffFieldAndWinner() throws {
        let run = try Self.run.get()
        var runoffs = 0
        for constituency in run.official.districts {
            let row = try #require(run.rows[constituency.id])
            let winner = constituency.officialWinner
            #expect(row.decidedInRound == winner.round, "\(constituency.id)")
            #expect(row.winner == winner.nuance, "\(constituency.id)")
            #expect(row.winningCandidate == winner.name, "\(constituency.id)")
            guard let round2 = constituency.round2 else {
                #expect(row.secondRound == nil, "\(constituency.id)")
                continue
            }
            runoffs += 1
            let second = try #require(row.secondRound, "\(constituency.id)")
            #expect(second.registered == round2.registered)
            #expect(second.voters == round2.voters)
            #expect(second.listVotes == round2.validVotes)
            // The field is the official one, after withdrawals: exactly the round-2 candidates.
            let field = Dictionary(
                uniqueKeysWithValues: row.entries.compactMap { entry in
                    entry.secondRound.map { (entry.candidate ?? "", $0) }
                })
            let officialField = Dictionary(uniqueKeysWithValues: round2.candidates.map { ($0.name, $0.votes) })
            #expect(field == officialField, "\(constituency.id)")
            let elected = round2.candidates.filter { $0.officialStatus == "elected" }
            #expect(elected.count == 1)
            #expect(elected.first?.name == row.winningCandidate, "\(constituency.id)")
            // Every round-2 candidate was qualified in round 1: the official field matches the rule.
            #expect(!row.fieldMismatch, "\(constituency.id)")
        }
        #expect(runoffs == run.result.runoffs)
        #expect(runoffs == 573)
    }

    @Test func seatsByNuance() throws {
        let run = try Self.run.get()
        #expect(ValidationScenario.seats(run.result) == run.official.nationalOfficialSeatsByNuance)
        #expect(run.result.filledSeats == run.official.totalSeats)
        #expect(run.result.tieDecisions == 0)
    }
}
