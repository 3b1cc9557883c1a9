import Foundation
import Hemicycle
import Testing

/// Turnout levels, swings and boycotts on the checked model, against hand-worked figures and
/// the deterministic run they must hit.
@Suite("Adjustments: what they do")
struct AdjustmentTests {
    static let mali = Result { try ScenarioLoader.loadEmbedded() }

    func logit(_ p: Double) -> Double { log(p / (1 - p)) }

    func modelled(_ election: Election, _ index: Int) throws -> ModelledRound {
        guard case .modelled(let model) = election.constituencies[index].firstRound else {
            Issue.record("round 1 of \(election.constituencies[index].id) is not modelled")
            throw AdjustmentProblem("not modelled")
        }
        return model
    }

    @Test("a national turnout level is reached in the run, every constituency moved by one logit shift")
    func turnoutLevel() throws {
        let base = try Self.mali.get()
        let adjusted = try base.adjusted(by: [.turnout(TurnoutTarget(level: 0.45))])
        let result = adjusted.run()
        // One voter more or less in each of 55 constituencies moves the turnout by ~1e-5.
        #expect(abs(result.firstRound.turnout - 0.45) < 2e-5, "\(result.firstRound.turnout)")
        let shifts = try base.constituencies.indices.filter { base.constituencies[$0].isContested }.map {
            logit(try modelled(adjusted, $0).turnout) - logit(try modelled(base, $0).turnout)
        }
        let spread = (shifts.max() ?? 0) - (shifts.min() ?? 0)
        #expect(spread < 1e-9, "the shift differs between constituencies by \(spread)")
        #expect(shifts[0] > 0)
        #expect(adjusted.adjustments.count == 1 && adjusted.adjustments[0].contains("45.00%"))
    }

    @Test("a regional level moves that region only")
    func regionalTurnout() throws {
        let base = try Self.mali.get()
        let adjusted = try base.adjusted(by: [.turnout(TurnoutTarget(level: 0.40, region: "Kayes"))])
        let result = adjusted.run()
        var voters = 0
        var registered = 0
        for (index, constituency) in adjusted.constituencies.enumerated() {
            if adjusted.regions[constituency.regionIndex] == "Kayes" {
                voters += result.constituencies[index].firstRound.voters
                registered += result.constituencies[index].firstRound.registered
            } else if constituency.isContested {
                #expect(try modelled(adjusted, index).turnout == (try modelled(base, index).turnout))
            }
        }
        #expect(abs(Double(voters) / Double(registered) - 0.40) < 1e-4)
    }

    @Test("a round-2 level is reached over the run-offs, round 1 untouched")
    func runoffTurnout() throws {
        let base = try Self.mali.get()
        let before = base.run()
        let after = try base.adjusted(by: [.turnout(TurnoutTarget(level: 0.30, round: 2))]).run()
        #expect(abs(after.secondRound.turnout - 0.30) < 1e-4, "\(after.secondRound.turnout)")
        #expect(after.firstRound == before.firstRound)
        #expect(after.runoffs == before.runoffs)
    }

    @Test("a level no turnout reaches, an unknown region: clear problems")
    func impossibleTurnout() throws {
        let base = try Self.mali.get()
        // 6% of support boycotts with 80% abstaining: at most 1 − 0.048 of the register votes.
        #expect(throws: AdjustmentProblem.self) { try base.adjusted(by: [.turnout(TurnoutTarget(level: 0.99))]) }
        #expect(throws: AdjustmentProblem.self) { try base.adjusted(by: [.turnout(TurnoutTarget(level: 0.4, region: "Atlantis"))]) }
    }

    /// One constituency: A 50%, B 30%, and C (20%) boycotting with half its supporters abstaining.
    static let small = TestScenario.single(
        seats: 1, registered: 10_000, round1: #"{"turnout": 0.5, "shares": {"A": 0.5, "B": 0.3, "C": 0.2}}"#,
        extra: #""boycotts": [{"list": "C", "abstention": 0.5}]"#)

    @Test("a uniform swing moves the list by the points and rescales everyone else, boycotters too (hand-worked)")
    func uniformSwing() throws {
        let base = try TestScenario.election(Self.small)
        let adjusted = try base.adjusted(by: [.swing(Swing(list: "A", change: .points(10, .uniform)))])
        let model = try modelled(adjusted, 0)
        // A: 0.5 + 0.1 = 0.6; the others keep 0.4 of 0.5: B 0.3 × 0.8 = 0.24, C 0.2 × 0.8 = 0.16.
        #expect(abs(model.support[0] - 0.6) < 1e-12)
        #expect(abs(model.support[1] - 0.24) < 1e-12)
        #expect(abs(adjusted.constituencies[0].boycotters[0].support - 0.16) < 1e-12)
        // C's voting supporters split like the entries' new support: 0.6 : 0.24.
        #expect(abs(adjusted.constituencies[0].boycotters[0].transfer[0] - 0.6 / 0.84) < 1e-12)
    }

    @Test("a factor multiplies every share; a logit or proportional swing moves the national share by the points")
    func otherSwings() throws {
        let base = try Self.mali.get()
        let before = try #require(base.run().list("ADEMA")).firstRoundShare
        let scaled = try base.adjusted(by: [.swing(Swing(list: "ADEMA", change: .ratio(0.9)))])
        for index in base.constituencies.indices where base.constituencies[index].isContested {
            guard let position = base.constituencies[index].entries.firstIndex(where: { base.lists[$0.listIndex].id == "ADEMA" })
            else { continue }
            #expect(abs(try modelled(scaled, index).support[position] - 0.9 * (try modelled(base, index).support[position])) < 1e-12)
            #expect(abs(try modelled(scaled, index).support.reduce(0, +) + scaled.constituencies[index].boycotters.reduce(0) { $0 + $1.support } - 1) < 1e-12)
        }
        for method in [Swing.Method.logit, .proportional] {
            let moved = try base.adjusted(by: [.swing(Swing(list: "ADEMA-PASJ", change: .points(-5, method)))])
            let after = try #require(moved.run().list("ADEMA")).firstRoundShare
            #expect(abs(after - (before - 0.05)) < 1e-5, "\(method): \(before) → \(after)")
        }
    }

    @Test("a swing out of [0, 1], an unknown list, a list standing nowhere: problems that say where")
    func impossibleSwings() throws {
        let base = try Self.mali.get()
        do {
            _ = try base.adjusted(by: [.swing(Swing(list: "ADEMA", change: .points(-30, .uniform)))])
            Issue.record("a −30 point uniform swing was accepted")
        } catch {
            #expect(error.message.contains("below 0%") && error.message.contains("logit"), "\(error.message)")
        }
        do {
            _ = try base.adjusted(by: [.swing(Swing(list: "ADEMMA", change: .points(1, .uniform)))])
            Issue.record("an unknown list was accepted")
        } catch {
            #expect(error.message.contains("did you mean 'ADEMA'"), "\(error.message)")
        }
        #expect(throws: AdjustmentProblem.self) {
            try base.adjusted(by: [.swing(Swing(list: "UMADD", change: .points(1, .uniform), region: "Kayes"))])
        }
        #expect(throws: AdjustmentProblem.self) {
            try base.adjusted(by: [.swing(Swing(list: "ADEMA", change: .points(70, .logit)))])
        }
    }

    @Test("a zero swing on official counts restates them exactly: Spain 2019 keeps its seats")
    func restatedCounts() throws {
        let base = try ValidationScenario.load("es-congreso-2019-04")
        let restated = try base.adjusted(by: [.swing(Swing(list: "PSOE", change: .points(0, .uniform)))])
        let (before, after) = (base.run(), restated.run())
        #expect(after.lists.map(\.seats) == before.lists.map(\.seats))
        #expect(after.lists.map(\.firstRoundVotes) == before.lists.map(\.firstRoundVotes))
        #expect(restated.adjustments[0].contains("restated"))
    }
}
