import Foundation
import Hemicycle
import Testing

/// Random scenarios of every shape, through every engine: the results' invariants always hold.
@Suite("Invariants over random scenarios", .hangGuard(minutes: 2))
struct InvariantPropertyTests {
    /// A random valid scenario: 2–8 parties, 1–12 constituencies of 1–9 seats, modelled or
    /// counted rounds, sometimes a boycott, transfers and a turnout shock.
    static func scenario(seed: UInt64) -> String {
        var random = TestRandom(seed: seed)
        let parties = Int.random(in: 2...8, using: &random)
        let ids = (0..<parties).map { "P\($0)" }
        var constituencies: [String] = []
        var seatsTotal = 0
        for index in 0..<Int.random(in: 1...12, using: &random) {
            let seats = Int.random(in: 1...9, using: &random)
            seatsTotal += seats
            let registered = Int.random(in: 0...200_000, using: &random)
            let standing = ids.filter { _ in Int.random(in: 0..<4, using: &random) > 0 }
            let ballot = standing.isEmpty ? [ids[0]] : standing
            let round1: String
            if Bool.random(using: &random) {
                var weights = ballot.map { _ in Double(Int.random(in: 0...100, using: &random)) }
                if weights.allSatisfy({ $0 == 0 }) { weights[0] = 1 }
                let total = weights.reduce(0, +)
                var shares = weights.map { ($0 / total * 1_000_000).rounded() / 1_000_000 }
                shares[0] += 1 - shares.reduce(0, +)
                let pairs = zip(ballot, shares).map { "\"\($0)\": \(max(0, $1))" }.joined(separator: ", ")
                let turnout = Double(Int.random(in: 0...100, using: &random)) / 100
                round1 = "{\"turnout\": \(turnout), \"invalidShare\": 0.02, \"shares\": {\(pairs)}}"
            } else {
                let votes = random.votes(lists: ballot.count).map { min($0, registered / max(1, ballot.count)) }
                let pairs = zip(ballot, votes).map { "\"\($0)\": \($1)" }.joined(separator: ", ")
                round1 = "{\"votes\": {\(pairs)}}"
            }
            constituencies.append(
                "{\"id\": \"c\(index)\", \"region\": \"R\(index % 3)\", \"seats\": \(seats), \"registered\": \(registered), \"round1\": \(round1)}")
        }
        let partyList = ids.map { "{\"id\": \"\($0)\", \"name\": \"Party \($0)\"}" }.joined(separator: ", ")
        let abstain = Double(Int.random(in: 0...10, using: &random)) / 10
        return """
            {"assembly": {"name": "Random \(seed)", "size": \(seatsTotal)},
             "parties": [\(partyList)],
             "rule": {"method": "two-round", "tieBreak": {"rule": "lot", "seed": \(seed)}},
             "constituencies": [\(constituencies.joined(separator: ",\n"))],
             "transfers": {"defaultAbstention": \(abstain)},
             "turnoutShocks": [{"region": "R0", "rounds": [2], "factor": 0.8}]}
            """
    }

    @Test func everyEngineKeepsItsInvariants() async throws {
        var rowsChecked: [String: Int] = [:]
        for seed in 0..<60 as Range<UInt64> {
            let election = try TestScenario.election(Self.scenario(seed: seed), name: "random-\(seed).json")
            let choices = try RuleChoice.parseList(
                "trs-list,dhondt,sainte-lague:national:threshold=5,hare,huntington-hill,party-block,plurality", for: election)
            let comparison = RuleComparison(election: election, choices: choices)
            let contested = election.constituencies.filter(\.isContested).count
            for (choice, result) in zip(choices, comparison.results) {
                #expect(result.invariantViolations().isEmpty, "seed \(seed), \(choice.label): \(result.invariantViolations())")
                #expect(result.filledSeats <= election.contestedSeats)
                // Independently of the library's checker (which holds single-round rows to
                // nothing): each decided row's seats against what the rule must fill there.
                var decided = 0
                for row in result.constituencies where row.decidedInRound != nil {
                    decided += 1
                    let won = row.entries.reduce(0) { $0 + $1.seats }
                    let withVotes = row.entries.filter { $0.firstRound > 0 }.count
                    let context = "seed \(seed), \(choice.label), \(row.id): \(won) seats of \(row.seats), \(withVotes) lists with votes"
                    #expect(won >= 0 && won <= row.seats, "\(context)")
                    switch choice.label {
                    case "trs-list":
                        // The winner takes the magnitude.
                        #expect(won == row.seats, "\(context)")
                    case "dhondt", "hare", "huntington-hill", "party-block":
                        // Every seat is filled unless nobody has a vote (seats never go by lot
                        // among lists without votes).
                        #expect(won == (withVotes > 0 ? row.seats : 0), "\(context)")
                    case "sainte-lague:national:threshold=5":
                        // National seats belong to no constituency, unless there is only one.
                        #expect(won == (contested == 1 && withVotes > 0 ? row.seats : 0), "\(context)")
                    case "plurality":
                        // One seat per entry with votes, most votes first, as far as the seats go.
                        #expect(won == min(row.seats, withVotes), "\(context)")
                    default:
                        Issue.record("no seat relation for \(choice.label): add one")
                    }
                }
                if !result.isTwoRound {
                    // A single-round rule decides every contested constituency.
                    #expect(decided == contested, "seed \(seed), \(choice.label)")
                }
                rowsChecked[choice.label, default: 0] += decided
            }
            // A zero-noise simulation is the deterministic result.
            let tally = await MonteCarlo(election: election, uncertainty: Uncertainty.zero, runs: 3, seed: seed).run(threads: 1)
            let deterministic = comparison.results[0]
            let width = tally.maximumSeats + 1
            for (index, list) in deterministic.lists.enumerated() {
                #expect(tally.seatHistogram[index * width + list.seats] == 3, "seed \(seed): \(list.id)")
            }
            // With noise (and voter sampling), simulated seats still add up, run after run.
            var noisy = Uncertainty.defaults
            noisy.voterSampling = seed % 2 == 0
            let simulated = await MonteCarlo(election: election, uncertainty: noisy, runs: 20, seed: seed).run(threads: 1)
            let total = (0..<simulated.listCount).reduce(0) { sum, list in
                sum + (0...simulated.maximumSeats).reduce(0) { $0 + $1 * simulated.seatHistogram[list * width + $1] }
            }
            #expect(total == 20 * election.contestedSeats, "seed \(seed)")
        }
        // Every rule's relation was checked on decided rows (the two-round rule included).
        #expect(rowsChecked.count == 7, "\(rowsChecked)")
        #expect(rowsChecked.values.allSatisfy { $0 >= 60 }, "\(rowsChecked)")
    }
}
