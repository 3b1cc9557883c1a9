import Foundation
import Testing

@testable import Hemicycle

/// Modelled withdrawals: rules that say which qualified entry withdraws, on what conditions,
/// with what probability; the deterministic run takes each entry's likelier outcome, a
/// simulation draws it.
@Suite("Withdrawal rules")
struct WithdrawalRuleTests {
    /// The fixture of ``WithdrawalTests``: A 400, B 300, C 200 of 1,000 registered, all three
    /// qualify (12.5% of the registered), C's voters go 80% to B. With C withdrawn B wins 460 to
    /// 400; with C standing A wins.
    static func scenario(rules: String, rule: String? = nil, round2: String? = nil) -> String {
        WithdrawalTests.scenario(withdrawn: nil, rule: rule, round2: round2)
            .replacingOccurrences(of: #""transfers": "#, with: #""withdrawalRules": \#(rules), "transfers": "#)
    }

    static func winner(_ json: String) throws -> String? {
        try TestScenario.election(json).run().constituencies[0].winner
    }

    @Test func aCertainRuleWithdrawsTheThirdPlaced() throws {
        let rules = #"[{"list": "C", "place": 3, "fieldSize": 3, "ifAhead": ["A", "B"], "probability": 1}]"#
        let result = try TestScenario.election(Self.scenario(rules: rules)).run()
        let row = result.constituencies[0]
        #expect(row.winner == "B")
        #expect(row.entries.first { $0.list == "C" }?.withdrew == true)
        #expect(result.withdrawals == 1 && result.runoffFieldSizes == [2: 1])
    }

    // Conditions that do not hold leave C standing: nobody of B's is third, no Z qualified, C
    // is not ahead of B.
    @Test(arguments: [
        #"[{"list": "B", "place": 3}]"#,
        #"[{"list": "C", "fieldSize": 2}]"#,
        #"[{"list": "B", "ifAhead": "C"}]"#,
        #"[{"list": "C", "probability": 0.4}]"#,
    ])
    func conditionsThatDoNotHoldOrAnUnlikelyRule(rules: String) throws {
        #expect(try Self.winner(Self.scenario(rules: rules)) == "A")
    }

    // The first rule that matches decides: here one of probability 0.1 comes first.
    @Test func theFirstMatchingRuleDecides() throws {
        let rules = #"[{"list": "C", "place": 3, "probability": 0.1}, {"list": "C", "probability": 1}]"#
        #expect(try Self.winner(Self.scenario(rules: rules)) == "A")
    }

    // In a simulation without other noise, C withdraws in about 40% of the runs (4,000 runs:
    // the share within four standard errors, 0.031), the same on one thread or two.
    @Test func aSimulationDrawsTheProbability() async throws {
        let election = try TestScenario.election(Self.scenario(rules: #"[{"list": "C", "place": 3, "probability": 0.4}]"#))
        let one = await MonteCarlo(election: election, uncertainty: Uncertainty.zero, runs: 4_000, seed: 8).run(threads: 1)
        let two = await MonteCarlo(election: election, uncertainty: Uncertainty.zero, runs: 4_000, seed: 8).run(threads: 2)
        #expect(one == two)
        let b = try #require(election.lists.firstIndex { $0.id == "B" })
        let share = Double(one.seatHistogram[b * (one.maximumSeats + 1) + 1]) / 4_000
        #expect(abs(share - 0.4) < 0.031, "\(share)")
    }

    // Where round 2 is counted, its field is who stood: rules do not apply.
    @Test func anOfficialRunoffIsLeftAlone() throws {
        let json = Self.scenario(rules: #"[{"list": "C"}]"#, round2: #"{"votes": {"A": 400, "B": 350, "C": 150}}"#)
        #expect(try Self.winner(json) == "A")
    }

    @Test(arguments: [
        (#"[{"list": "Z"}]"#, nil as String?, "withdrawalRules[0].list", "unknown list or bloc 'Z'"),
        (#"[{"list": "C", "ifQualified": "Y"}]"#, nil, "withdrawalRules[0].ifQualified", "unknown list or bloc 'Y'"),
        (#"[{"list": "C", "probability": 0}]"#, nil, "withdrawalRules[0].probability", "never withdraws"),
        (#"[{"list": "C", "probability": 1.5}]"#, nil, "withdrawalRules[0].probability", "a probability"),
        (#"[{"list": "C", "place": 0}]"#, nil, "withdrawalRules[0].place", "1 to 63"),
        (#"[{"list": "C", "fieldSize": 1}]"#, nil, "withdrawalRules[0].fieldSize", "2 to 63"),
        (#"[{"list": "C", "place": 1, "ifAhead": "A"}]"#, nil, "withdrawalRules[0]", "nobody is placed ahead of the first"),
        (#"[{"list": "C", "place": 4, "fieldSize": [2, 3]}]"#, nil, "withdrawalRules[0]", "place 4 in a field of at most 3"),
        (
            #"[{"list": "C", "fieldSize": 3}]"#, #"{"method": "two-round", "runoff": {"qualify": "top-two"}}"#,
            "withdrawalRules[0]", "never a field of 3"
        ),
        (#"[{"list": "C"}]"#, #"{"method": "plurality"}"#, "withdrawalRules", "two-round rule"),
    ])
    func refused(rules: String, rule: String?, path: String, message: String) {
        let problems = TestScenario.problems(Self.scenario(rules: rules, rule: rule))
        #expect(problems.contains { $0.path == path && $0.message.contains(message) }, "\(problems)")
    }

    // France 2024 with the real withdrawals replaced by four rules counted from them: the
    // deterministic run withdraws about as many as withdrew (224) and holds about as many
    // two-way run-offs (409), where nobody withdrawing gives 190.
    @Test func franceRulesGiveAboutTheRealFields() throws {
        let result = try TestScenario.shipped("fr-2024-withdrawal-rules.json").run()
        #expect(abs(result.withdrawals - 224) <= 10, "\(result.withdrawals)")
        #expect(abs((result.runoffFieldSizes[2] ?? 0) - 409) <= 10, "\(result.runoffFieldSizes)")
        #expect(result.runoffs == 501)
    }

    // A simulation counts each run's run-off fields and withdrawals: with a certain rule and no
    // noise, every run has one two-way run-off and one withdrawal (C's); the counts travel in
    // shard files. Mali, with duels of the qualified only, counts none of it.
    @Test func simulationsCountFieldsAndWithdrawals() async throws {
        let election = try TestScenario.election(Self.scenario(rules: #"[{"list": "C", "place": 3}]"#))
        #expect(election.tracksRunoffFields)
        let tally = await MonteCarlo(election: election, uncertainty: Uncertainty.zero, runs: 50, seed: 1).run(threads: 2)
        #expect(tally.fieldHistogram[1][1] == 50 && tally.fieldHistogram[2][0] == 50)
        #expect(tally.withdrawalHistogram[1] == 50)
        let c = try #require(election.lists.firstIndex { $0.id == "C" })
        #expect(tally.withdrawalsByList[c] == 50 && tally.withdrawalsByList.reduce(0, +) == 50)
        let study = SimulationStudy(
            election: election, document: "d", seed: 1, plannedRuns: 50, shard: nil, interrupted: false, tally: tally)
        let read = try SimulationStudy(file: try JSONParser.parse(Array(study.fileJSON().prettyPrinted().utf8)))
        #expect(read.tally == tally)
        #expect(study.table().contains("Withdrawals per run: mean 1.0") && study.table().contains("by list (mean): C 1.0"))
        let mali = try TestScenario.shipped("mali-1992.json")
        #expect(!mali.tracksRunoffFields)
    }

    // The run's reports break the withdrawals down: France 2024, 224 in all, by list and by
    // bloc in the table and JSON, and a `withdrew` column in the constituencies' CSV.
    @Test func runReportsBreakTheWithdrawalsDown() throws {
        let result = try TestScenario.shipped("fr-2024-blocs.json").run()
        let (lists, blocs) = result.withdrawalsBy()
        #expect(lists.reduce(0) { $0 + $1.1 } == 224 && blocs.reduce(0) { $0 + $1.1 } == 224)
        #expect(lists.first?.0 == "UG")
        #expect(result.table(rule: "", source: "").contains("withdrawals: 224 (by list: UG"))
        let csv = result.constituencyCSV().split(separator: "\n")
        #expect(csv[0].hasSuffix(",withdrew,stands_as"))
        let withdrew = csv.dropFirst().filter { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields.count >= 17 && fields[fields.count - 2] == "true"
        }
        #expect(withdrew.count == 224)
        guard case .object(let summary)? = result.json(rule: "", source: "")["summary"] else {
            Issue.record("no summary")
            return
        }
        #expect(summary.first { $0.key == "withdrawals" }?.value == .int(224))
    }

    // The HTML report says who stood and who withdrew in each run-off, the fields and
    // withdrawals nationally, and the blocs; Mali's (duels only) has none of it.
    @Test func theReportShowsTheRunoffFields() async throws {
        let election = try TestScenario.shipped("fr-2024-blocs.json")
        let result = election.run()
        let tally = await MonteCarlo(election: election, runs: 20, seed: 1).run(threads: 2)
        let study = SimulationStudy(
            election: election, document: "d", seed: 1, plannedRuns: 20, shard: nil, interrupted: false, tally: tally)
        let html = HTMLReport(
            election: election, source: "fr-2024-blocs.json", digest: "d", result: result, study: study, comparison: nil,
            command: "hemicycle report").html()
        #expect(html.contains("run-off: RN, LR; withdrew: UG"))
        #expect(html.contains("withdrawals: 224 (by list: UG 130"))
        #expect(html.contains("Withdrawals per run:") && html.contains("FAR-RIGHT"))
        let mali = try TestScenario.shipped("mali-1992.json")
        let maliHTML = HTMLReport(
            election: mali, source: "mali-1992.json", digest: "d", result: mali.run(), study: nil, comparison: nil,
            command: "hemicycle report").html()
        #expect(!maliHTML.contains("run-off:") && !maliHTML.contains("withdrawals"))
    }
}
