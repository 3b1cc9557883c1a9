import Foundation
import Hemicycle
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("HTML report", .hangGuard(minutes: 2))
struct HTMLReportTests {
    /// Counts elements by tag and class, and fails on malformed XML.
    final class Counter: NSObject, XMLParserDelegate {
        var seats = 0
        var vacant = 0
        var svgs = 0
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "svg" { svgs += 1 }
            if name == "circle", let kind = attributes["class"], kind.hasPrefix("seat") {
                seats += 1
                if kind.contains("vacant") { vacant += 1 }
            }
        }
    }

    func report(runs: Int, plannedRuns: Int? = nil, interrupted: Bool = false) async throws -> (HTMLReport, ElectionResult) {
        let election = try TestScenario.shipped("mali-1992.json")
        let result = election.run()
        let tally = await MonteCarlo(election: election, runs: runs, seed: 1).run(threads: 2)
        let study = SimulationStudy(
            election: election, document: "digest", seed: 1, plannedRuns: plannedRuns ?? runs, shard: nil,
            interrupted: interrupted, tally: tally)
        let comparison = RuleComparison(
            election: election, choices: try RuleChoice.parseList("scenario,dhondt,sainte-lague,hare", for: election))
        let report = HTMLReport(
            election: election, source: "Scenarios/mali-1992.json", digest: "digest", result: result, study: study,
            comparison: comparison, command: "hemicycle report Scenarios/mali-1992.json --runs \(runs) --seed 1 --out mali.html")
        return (report, result)
    }

    @Test func aSweepAddsItsSectionChartAndTableAndStaysWellFormed() async throws {
        var (report, _) = try await report(runs: 100)
        let plain = report.html()
        #expect(!plain.contains("id=\"sweep\""))
        let axis = try SweepAxis.parse("swing.ADEMA=-4:4:4")
        report.sweep = try await Sweep.run(report.election, axes: [axis], runs: 50, seed: 1, threads: 2)
        let html = report.html()
        #expect(html.contains("<section id=\"sweep\">"))
        #expect(html.contains("class=\"hemicycle-sweep\""))
        // One row per point, the largest list first: ADEMA-PASJ.
        let after = try #require(html.components(separatedBy: "<section id=\"sweep\">").last)
        let section = try #require(after.components(separatedBy: "</section>").first)
        #expect(section.components(separatedBy: "<tr>").count - 1 == 1 + 3)
        #expect(section.contains("<th class=\"n\">ADEMA-PASJ</th>"))
        let counter = Counter()
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.svgs == 5)  // the diagram twice (wide and narrow), distributions, comparison, sweep
    }

    @Test func pageIsWellFormedAndShowsThe1992Hemicycle() async throws {
        let (report, result) = try await report(runs: 2_000)
        let html = report.html()
        let parser = XMLParser(data: Data(html.utf8))
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        // The parliament diagram, drawn twice (the page shows the wide drawing, a phone the narrow
        // one): 129 seats each, 13 of them hollow. Only the diagram draws seats.
        #expect(counter.seats == 2 * 129)
        #expect(counter.vacant == 2 * 13)
        #expect(counter.svgs >= 4)  // diagram twice, distributions, rule comparison
        #expect(html.contains("--seed 1"))
        // ADEMA-PASJ won 76 seats: Scenarios/mali-1992.json, source `seats-1992` (the party seat
        // table of the first legislature). The deterministic result's row for the list shows them
        // in its seat cell, the one after the name.
        let start = try #require(html.range(of: "<section id=\"result\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        let resultSection = html[start.lowerBound..<end.upperBound]
        let afterName = try #require(resultSection.range(of: "ADEMA-PASJ</td>"))
        #expect(resultSection[afterName.upperBound...].hasPrefix("<td class=\"n\">76</td>"))
        #expect(result.list("ADEMA")?.seats == 76)
        // Nothing is fetched: no scripts, no external stylesheets or images.
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
    }

    /// The page's index table shows the terminal table's rows: the same labels, the same cells
    /// (signed seat bonus included).
    @Test func indexRowsMatchTheTerminalTable() throws {
        let election = try TestScenario.shipped("mali-1992.json")
        let comparison = RuleComparison(
            election: election, choices: try RuleChoice.parseList("scenario,dhondt,sainte-lague,hare", for: election))
        let report = HTMLReport(
            election: election, source: "Scenarios/mali-1992.json", digest: "digest", result: election.run(), study: nil,
            comparison: comparison, command: "hemicycle report Scenarios/mali-1992.json --out mali.html")
        let html = report.html()
        let lines = comparison.table(source: "Scenarios/mali-1992.json").split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("Index  ") })
        // The rows between the rule under the header and the blank line that ends the table.
        let rows = lines[(header + 2)...].prefix { !$0.isEmpty && !$0.hasPrefix("Indices in") }
        #expect(rows.count == 6)
        for row in rows {
            let cells = row.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(cells.count == 5, "\(row)")
            let expected = "<tr><td>\(cells[0])</td>" + cells.dropFirst().map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>"
            #expect(html.contains(expected), "\(expected)")
        }
        #expect(html.contains("<td class=\"n\">+"))  // the seat bonus keeps its sign
    }

    @Test func samePageForTheSameInputs() async throws {
        let (first, _) = try await report(runs: 1_000)
        let (second, _) = try await report(runs: 1_000)
        #expect(first.html() == second.html())
    }

    @Test func completePageClaimsByteForByteAndNoPartialMark() async throws {
        let (report, _) = try await report(runs: 1_000)
        let html = report.html()
        let (claimsByteForByte, markedPartial) = (html.contains("give the same page, byte for byte."), html.contains("PARTIAL"))
        #expect(claimsByteForByte)
        #expect(!markedPartial)
    }

    @Test func interruptedSimulationIsMarkedPartial() async throws {
        let (report, _) = try await report(runs: 1_000, plannedRuns: 5_000, interrupted: true)
        let html = report.html()
        #expect(XMLParser(data: Data(html.utf8)).parse())
        let (markedPartial, claimsByteForByte) = (html.contains("PARTIAL: 1,000 of 5,000 planned runs"), html.contains("byte for byte"))
        #expect(markedPartial)
        #expect(!claimsByteForByte)
    }

    @Test func hostileNamesAreEscaped() throws {
        let json = TestScenario.single(
            round1: #"{"turnout": 0.5, "shares": {"A": 0.6, "B": 0.3, "C": 0.1}}"#
        ).replacingOccurrences(of: #""name": "Party A""#, with: #""name": "<script>alert('x')</script> & Co""#)
            .replacingOccurrences(of: #"{"id": "A","#, with: #"{"shortName": "A<b>&", "id": "A","#)
        let election = try TestScenario.election(json)
        let report = HTMLReport(
            election: election, source: "x.json", digest: "d", result: election.run(), study: nil, comparison: nil,
            command: "hemicycle report x.json --out 'a b.html'")
        let html = report.html()
        #expect(!html.contains("<script>"))
        #expect(XMLParser(data: Data(html.utf8)).parse())
    }

    /// A phone gets the narrow drawing of the diagram, and a table never widens the page: it
    /// scrolls in its own box. (Scripts/check-report-layout.sh measures the rendered page.)
    @Test func aPhoneGetsTheNarrowDiagramAndTablesScrollInTheirBox() async throws {
        let (report, _) = try await report(runs: 100)
        let html = report.html()
        let wide = try #require(html.components(separatedBy: "<figure class=\"wide\">").dropFirst().first)
        let narrow = try #require(html.components(separatedBy: "<figure class=\"narrow\">").dropFirst().first)
        #expect(wide.hasPrefix("<svg") && wide.contains("width=\"720\""))
        #expect(narrow.hasPrefix("<svg") && narrow.prefix(400).contains("width=\"360\""))
        #expect(html.components(separatedBy: "<table>").count == html.components(separatedBy: "<div class=\"table\"><table>").count)
        #expect(html.contains("@media (max-width:560px)"))
        #expect(html.contains("figure.wide{display:none}figure.narrow{display:block}"))
        #expect(html.contains("@media print"))
    }

    /// The note for maintainers ("edit the script, not this file") is the scenario's `generator`,
    /// which reports never print.
    @Test func theGeneratorNoteStaysOffThePage() throws {
        let election = try TestScenario.shipped("mali-1992.json")
        let report = HTMLReport(
            election: election, source: "Scenarios/mali-1992.json", digest: "digest", result: election.run(), study: nil,
            comparison: nil, command: "hemicycle report Scenarios/mali-1992.json --out mali.html")
        let html = report.html()
        let document = try String(contentsOfFile: Repository.path("Scenarios/mali-1992.json"), encoding: .utf8)
        #expect(document.contains("\"generator\": \"Scenarios/tools/mali1992.py\""))
        #expect(!html.contains("edit the script"))
        #expect(!html.contains("Generated by"))
        #expect(election.notes.count == 3)
    }
}
