import Hemicycle
import Testing

/// `Scenarios/validation/fr-assemblee-2024.json` run as `hemicycle run` runs it, against the
/// official figures of `Fixtures/elections/fr_assemblee_2024.json`: the 4,009 round-1 statuses,
/// the qualified fields, the 224 withdrawals, the round-2 fields, the 501 run-off winners and
/// the seats by nuance, each counted here from the data file.
@Suite("Validation: France, National Assembly 2024")
struct France2024ValidationTests {
    typealias Run = FranceValidationTests.Run

    /// Loaded and run once for the suite.
    static let run = Result { () throws -> Run in
        let result = try ValidationScenario.load("fr-assemblee-2024").run()
        let rows = Dictionary(uniqueKeysWithValues: result.constituencies.map { ($0.id, $0) })
        return Run(official: try ElectionFixture.load("fr_assemblee_2024"), result: result, rows: rows)
    }

    /// The constituency whose round-1 statuses were proclaimed on the figures of 1 July, which
    /// the scenario holds (the data file's known exception).
    static let proclaimedOnProvisionalFigures = "47003"

    @Test func everyRoundOneStatus() throws {
        let run = try Self.run.get()
        var counts: [String: Int] = [:]
        var mismatches: [String] = []
        for constituency in run.official.districts {
            let row = try #require(run.rows[constituency.id])
            #expect(row.entries.count == constituency.round1.candidates.count, "\(constituency.id)")
            for candidate in constituency.round1.candidates {
                let entry = try FranceValidationTests.entry(candidate, in: row)
                if constituency.id != Self.proclaimedOnProvisionalFigures {
                    #expect(entry.firstRound == candidate.votes, "\(constituency.id) \(candidate.name)")
                }
                let status = FranceValidationTests.status(of: entry, in: row)
                if status != candidate.officialStatus { mismatches.append("\(constituency.id) \(candidate.name): \(status)") }
                counts[status, default: 0] += 1
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
        #expect(counts == ["elected": 76, "qualified": 1_318, "eliminated": 2_615])
    }

    // Qualified fields of 2, 3 and 4 in 190, 306 and 5 constituencies; the 224 withdrawals are the
    // qualified who did not stand, exactly the data file's `withdrawn`; the fields held: 409
    // two-way, 89 three-way, 2 four-way, 1 single candidate.
    @Test func fieldsAndWithdrawals() throws {
        let run = try Self.run.get()
        var qualified: [Int: Int] = [:]
        var held: [Int: Int] = [:]
        var withdrawals = 0
        for constituency in run.official.districts where constituency.round2 != nil {
            let row = try #require(run.rows[constituency.id])
            let finalists = row.entries.filter(\.finalist)
            let stood = row.entries.filter { $0.secondRound != nil }
            qualified[finalists.count, default: 0] += 1
            held[stood.count, default: 0] += 1
            let withdrew = finalists.filter { $0.secondRound == nil }.compactMap(\.candidate)
            #expect(Set(withdrew) == Set(constituency.withdrawn ?? []), "\(constituency.id)")
            // The result marks the same candidates as withdrawn.
            #expect(Set(row.entries.filter(\.withdrew).compactMap(\.candidate)) == Set(withdrew), "\(constituency.id)")
            withdrawals += withdrew.count
            #expect(!row.fieldMismatch, "\(constituency.id)")
        }
        #expect(qualified == [2: 190, 3: 306, 4: 5])
        #expect(held == [2: 409, 3: 89, 4: 2, 1: 1])
        #expect(withdrawals == 224)
        #expect(run.result.withdrawals == 224)
        #expect(run.result.runoffFieldSizes == [2: 409, 3: 89, 4: 2, 1: 1])
    }

    @Test func everyWinner() throws {
        let run = try Self.run.get()
        for constituency in run.official.districts {
            let row = try #require(run.rows[constituency.id])
            let winner = constituency.officialWinner
            #expect(row.decidedInRound == winner.round, "\(constituency.id)")
            #expect(row.winner == winner.nuance, "\(constituency.id)")
            #expect(row.winningCandidate == winner.name, "\(constituency.id)")
        }
        #expect(run.result.runoffs == 501)
        #expect(run.result.tieDecisions == 0)
    }

    // Seats count for the nuance under which they were won: Mereana REID ABERLOT, REG in round
    // 1, won ZP003 as UG.
    @Test func seatsByNuance() throws {
        let run = try Self.run.get()
        #expect(ValidationScenario.seats(run.result) == run.official.nationalOfficialSeatsByNuance)
        #expect(run.result.filledSeats == 577)
        let row = try #require(run.rows["ZP003"])
        let winner = try #require(row.entries.first { $0.candidate == "Mereana REID ABERLOT" })
        #expect(winner.list == "REG" && winner.standsAs == "UG" && winner.seats == 1)
        let byRound = Dictionary(uniqueKeysWithValues: run.result.lists.map { ($0.id, $0.seatsInFirstRound) }).nonZero
        #expect(byRound == ["RN": 37, "UG": 32, "DVD": 2, "ENS": 2, "EXD": 1, "LR": 1, "UXD": 1])
    }

    // The adjustments behind the counterfactuals. Round 2 modelled with the observed withdrawals
    // keeps every official field; without withdrawals, the fields are the qualified ones
    // (190/306/5) and nobody withdraws. Round 1 is the same either way.
    @Test func modelledRoundTwoKeepsTheFieldsAndNoWithdrawalsRestoresTheQualified() throws {
        let election = try ValidationScenario.load("fr-assemblee-2024")
        let modelled = try election.adjusted(by: [.modelRound2]).run()
        #expect(modelled.withdrawals == 224)
        #expect(modelled.runoffFieldSizes == [2: 409, 3: 89, 4: 2, 1: 1])
        #expect(modelled.adjustments.count == 1 && modelled.adjustments[0].contains("501 constituencies"))
        let open = try election.adjusted(by: [.noWithdrawals]).run()
        #expect(open.withdrawals == 0)
        #expect(open.runoffFieldSizes == [2: 190, 3: 306, 4: 5])
        #expect(open.adjustments.count == 1 && open.adjustments[0].contains("224 qualified candidates"))
        let real = try Self.run.get().result
        for (a, b) in zip(open.constituencies, real.constituencies) {
            #expect(a.entries.map(\.firstRound) == b.entries.map(\.firstRound), "\(a.id)")
        }
        // Nothing to model or undo in a scenario without a round 2 or withdrawals.
        let mali = try TestScenario.shipped("mali-1992.json")
        #expect(throws: AdjustmentProblem.self) { try mali.adjusted(by: [.noWithdrawals]) }
    }
}
