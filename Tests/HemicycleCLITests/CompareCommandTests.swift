import Foundation
import Testing

@Suite("hemicycle compare", .timeLimit(.minutes(2)))
struct CompareCommandTests {
    @Test func printsSeatsAndIndicesForEachRule() throws {
        let outcome = try CLIRunner.run([
            "compare", "Scenarios/mali-1992.json", "--rules", "trs-list,dhondt,sainte-lague,hare",
        ])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        for label in ["Gallagher", "Loosemore-Hanby", "Sainte-Laguë index", "Largest seat bonus", "Effective parties (votes)",
            "Effective parties (seats)"]
        {
            #expect(outcome.standardOutput.contains(label), "\(label)")
        }
        let adema = try #require(outcome.standardOutput.split(separator: "\n").first { $0.hasPrefix("ADEMA-PASJ") })
        let columns = adema.split(separator: " ")
        #expect(columns.count == 6)
        #expect(columns[2] == "76")  // the two-round rule reproduces the reference
    }

    @Test func jsonHasEveryRuleWith116Seats() throws {
        let outcome = try CLIRunner.run(["compare", "--rules", "trs-list,dhondt:national:threshold=5", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let rules = try #require(root["rules"] as? [[String: Any]])
        #expect(rules.count == 2)
        #expect(rules.allSatisfy { $0["filled"] as? Int == 116 })
    }

    @Test func simulatedComparisonUsesCommonRandomNumbers() throws {
        let outcome = try CLIRunner.run(["compare", "--rules", "trs-list,dhondt", "--runs", "2000", "--seed", "3"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("common random numbers"))
        #expect(outcome.standardOutput.contains("Difference from trs-list"))
    }

    @Test(arguments: [(1, "1 simulated election, each"), (2, "2 simulated elections, each")])
    func headlineCountsRunsInTheRightNumber(runs: Int, phrase: String) throws {
        let outcome = try CLIRunner.run(["compare", "--rules", "trs-list,dhondt", "--runs", "\(runs)", "--seed", "3"])
        #expect(outcome.status == 0)
        let headline = try #require(outcome.standardOutput.split(separator: "\n").first)
        #expect(headline.contains(phrase), "\(headline)")
    }

    @Test(arguments: [
        (["compare", "--rules", "dhont"], "unknown rule 'dhont'"),
        (["compare", "--rules", "dhondt:sideways"], "unknown option 'sideways'"),
        (["compare", "--rules", ""], "no rules given"),
        // Rounded to the millionth, these are 3 and 0: they once trapped, and gave every list a seat.
        (["compare", "--rules", "modified-sainte-lague:first-divisor=2.9999999"], "above 0 and below 3 to the millionth"),
        (["compare", "--rules", "modified-sainte-lague:first-divisor=0.0000001"], "above 0 and below 3 to the millionth"),
    ])
    func badRulesExit64(arguments: [String], message: String) throws {
        let outcome = try CLIRunner.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
    }

    @Test(arguments: [
        (["--runs", "100", "--svg", "chart.svg"], "--svg cannot be used with --runs in 'hemicycle compare'"),
        (["--runs", "100", "--diagrams", "."], "--diagrams cannot be used with --runs in 'hemicycle compare'"),
        (["--runs", "100", "--format", "csv", "--indices"], "--indices cannot be used with --runs in 'hemicycle compare'"),
        (["--seed", "3"], "--seed can only be used with --runs in 'hemicycle compare'"),
        (["--threads", "2"], "--threads can only be used with --runs in 'hemicycle compare'"),
    ])
    func optionsTheModeWouldIgnoreExit64(arguments: [String], message: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["compare", "--rules", "trs-list,dhondt"] + arguments, in: folder)
        #expect(outcome.status == 64)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

@Suite("hemicycle report", .timeLimit(.minutes(2)))
struct ReportCommandTests {
    @Test func writesOneSelfContainedPage() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("mali.html")
        let outcome = try CLIRunner.run(["report", "Scenarios/mali-1992.json", "--runs", "1000", "--seed", "1", "--out", page.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("--runs 1000 --seed 1"))
        #expect(html.contains("Where the figures come from"))
    }

    @Test func needsAnOutputFile() throws {
        let outcome = try CLIRunner.run(["report"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--out"))
    }

    @Test func runWritesTheParliamentDiagram() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("mali.svg")
        let outcome = try CLIRunner.run(["run", "--svg", svg.path])
        #expect(outcome.status == 0)
        let text = try String(contentsOf: svg, encoding: .utf8)
        let filled = text.components(separatedBy: "class=\"seat\"").count - 1
        let vacant = text.components(separatedBy: "class=\"seat vacant\"").count - 1
        #expect(filled == 116)
        #expect(vacant == 13)
    }
}

@Suite("hemicycle validate on broken scenarios")
struct BrokenScenarioCLITests {
    @Test func everyBrokenFileIsReportedWithoutACrash() throws {
        let folder = CLIRunner.repository.appendingPathComponent("Tests/HemicycleTests/Fixtures/broken")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && $0 != "expected.json" }.sorted()
        let outcome = try CLIRunner.run(["validate", "--quiet"] + files.map { folder.appendingPathComponent($0).path })
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.isEmpty)
        // One summary line per file, each naming it.
        for file in files { #expect(outcome.standardError.contains("\(file): "), "\(file)") }
        #expect(outcome.standardError.contains("\(files.count) of \(files.count) scenario files have problems"))
    }
}

@Suite("hemicycle compare: default rules and diagram names", .timeLimit(.minutes(2)))
struct CompareDefaultRulesTests {
    /// The rule labels of a JSON comparison.
    func labels(_ outcome: CLIRunner.Outcome) throws -> [String] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let rules = try #require(root["rules"] as? [[String: Any]])
        return rules.compactMap { $0["rule"] as? String }
    }

    @Test func withoutACompareListTheDefaultRules() throws {
        let outcome = try CLIRunner.run(["compare", "Scenarios/mali-1992.json", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(try labels(outcome) == ["trs-list", "dhondt", "sainte-lague", "hare"])
    }

    @Test func theScenarioCompareListComesBeforeTheDefaults() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = CLIRunner.repository.appendingPathComponent("Scenarios/mali-1992.json")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        document["compare"] = ["hare:quota=half-up", "dhondt:national:threshold=5"]
        let scenario = folder.appendingPathComponent("with-compare.json")
        try JSONSerialization.data(withJSONObject: document).write(to: scenario)
        let outcome = try CLIRunner.run(["compare", scenario.path, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(try labels(outcome) == ["hare:quota=half-up", "dhondt:national:threshold=5"])
        // --rules still wins over the scenario's list.
        let named = try CLIRunner.run(["compare", scenario.path, "--rules", "dhondt", "--format", "json"])
        #expect(try labels(named) == ["dhondt"])
    }

    @Test func diagramsAreNamedAfterTheRules() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run([
            "compare", "Scenarios/mali-1992.json", "--rules", "dhondt:national:threshold=5,hare:quota=half-up,trs-list",
            "--diagrams", folder.path,
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["dhondt_national_threshold_5.svg", "hare_quota_half-up.svg", "trs-list.svg"])
    }
}
