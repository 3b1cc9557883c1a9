/// A self-contained HTML page about one scenario: what it is and where its figures come from,
/// the deterministic result and its parliament diagram, the simulation's summary and charts, the
/// rule comparison with its indices, the constituencies, and the command that reproduces it.
///
/// Everything is inline (SVG pictures, CSS); the page loads nothing and prints as it shows.
public struct HTMLReport: Sendable {
    /// The scenario.
    public var election: Election
    /// Where it came from (a file path or the embedded default).
    public var source: String
    /// The digest of its resolved document.
    public var digest: String
    /// Its deterministic result.
    public var result: ElectionResult
    /// A simulation study, if one was run.
    public var study: SimulationStudy?
    /// A rule comparison, if one was run.
    public var comparison: RuleComparison?
    /// A sweep (`report --vary`), if one was run.
    public var sweep: Sweep?
    /// The command line that reproduces the page.
    public var command: String
    /// The order of the seats in the parliament diagram (`nil`: the largest list first).
    public var seatOrder: SeatOrder?

    /// Creates a report.
    public init(
        election: Election, source: String, digest: String, result: ElectionResult, study: SimulationStudy?,
        comparison: RuleComparison?, command: String
    ) {
        self.election = election
        self.source = source
        self.digest = digest
        self.result = result
        self.study = study
        self.comparison = comparison
        self.command = command
    }

    /// The page.
    public func html() -> String {
        var page = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(HTML.escape(election.title)) — Hemicycle report</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>\(HTML.escape(election.title))</h1>

            """
        if let summary = election.summary { page += "<p class=\"lead\">\(HTML.escape(summary))</p>\n" }
        page += "<p class=\"meta\">\(HTML.escape(election.assembly.name))"
        if let date = election.assembly.date { page += " · \(HTML.escape(date))" }
        if let second = election.assembly.secondRoundDate { page += " and \(HTML.escape(second))" }
        page += " · \(election.assembly.size) seats · rule: \(HTML.escape(election.system.summary))</p>\n"
        for adjustment in election.adjustments { page += "<p class=\"meta\">Adjusted: \(HTML.escape(adjustment))</p>\n" }
        page += "</header>\n<main>\n"
        page += reproduceSection()
        page += resultSection()
        if let study { page += simulationSection(study) }
        if let comparison { page += comparisonSection(comparison) }
        if let sweep { page += sweepSection(sweep) }
        page += constituencySection()
        page += provenanceSection()
        page += "</main>\n<footer>Made with Hemicycle \(Hemicycle.version). Scenario digest \(digest).</footer>\n</body>\n</html>\n"
        return page
    }

    private func reproduceSection() -> String {
        var text = "<section id=\"reproduce\"><h2>Reproduce this report</h2>\n"
        text += "<pre>\(HTML.escape(command))</pre>\n"
        text += "<p>Scenario: <code>\(HTML.escape(source))</code> (FNV-1a digest <code>\(digest)</code>)"
        if let study { text += "; simulation seed <code>\(study.seed)</code>, \(Formatting.grouped(study.tally.runs)) runs" }
        if let study, !study.isComplete {
            text += ".</p>\n<p><strong>\(HTML.escape(study.headline)).</strong> The simulation stopped before its planned runs, "
            text += "so this page covers only the runs finished: the same command run to the end gives a different page.</p></section>\n"
            return text
        }
        text += ". The same command, scenario and seed give the same page, byte for byte.</p></section>\n"
        return text
    }

    private func resultSection() -> String {
        var text = "<section id=\"result\"><h2>Deterministic result</h2>\n"
        // Two drawings of one diagram: the page shows the wide one, a phone the narrow one, whose
        // legend keeps readable text at 390 px (CSS media queries; no script).
        let diagram = result.parliamentDiagram(order: seatOrder)
        text += "<figure class=\"wide\">\(diagram.svgFragment())</figure>\n"
        text += "<figure class=\"narrow\">\(diagram.svgFragment(width: ParliamentDiagram.narrowWidth))</figure>\n"
        var rows: [[String]] = []
        for list in result.lists where list.seats > 0 || list.constituenciesContested > 0 {
            rows.append([
                HTML.swatch(list.colour) + HTML.escape(list.shortName), "\(list.seats)",
                Formatting.percent(result.filledSeats > 0 ? Double(list.seats) / Double(result.filledSeats) : 0),
                Formatting.grouped(list.firstRoundVotes), Formatting.percent(list.firstRoundShare, decimals: 2),
            ])
        }
        text += HTML.table(
            headers: ["List", "Seats", "Seat share", result.isTwoRound ? "Votes (round 1)" : "Votes", "Vote share"],
            rows: rows, numeric: [1, 2, 3, 4])
        var facts = [
            "Filled seats: \(result.filledSeats) of \(result.houseSize); majority \(result.majority)",
            "Turnout: \(Formatting.percent(result.firstRound.turnout, decimals: 2))"
                + (result.runoffs > 0 ? " (round 1), \(Formatting.percent(result.secondRound.turnout, decimals: 2)) (round 2)" : ""),
        ]
        if result.isTwoRound {
            facts.append(
                "Settled in round 1: \(result.settledInFirstRound) constituencies, \(result.seatsInFirstRound) seats; "
                    + "run-offs: \(result.runoffs), won by the list that trailed: \(result.leadReversals)")
        }
        if let line = result.betweenRoundsLine { facts.append(line) }
        facts += result.vacancyReasons.map { "Vacant: \($0)" }
        if !result.blocs.isEmpty {
            text += HTML.table(
                headers: ["Bloc", "Seats", "Seat share", "Votes (round 1)", "Lists"],
                rows: result.blocs.map { bloc in
                    [
                        HTML.escape(bloc.id), "\(bloc.seats)",
                        Formatting.percent(result.filledSeats > 0 ? Double(bloc.seats) / Double(result.filledSeats) : 0),
                        Formatting.grouped(bloc.firstRoundVotes), HTML.escape(bloc.lists.joined(separator: " ")),
                    ]
                }, numeric: [1, 2, 3])
        }
        text += "<ul>" + facts.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul></section>\n"
        return text
    }

    private func simulationSection(_ study: SimulationStudy) -> String {
        let summary = study.summary
        var text = "<section id=\"simulation\"><h2>What could have happened: \(Formatting.grouped(study.tally.runs)) simulated elections</h2>\n"
        if !study.isComplete { text += "<p><strong>\(HTML.escape(study.headline))</strong></p>\n" }
        text += "<p>Seed \(study.seed); noise from \(HTML.escape(study.uncertaintyNote)).</p>\n"
        text += "<figure class=\"chart\">\(study.distributionChart().svgFragment())</figure>\n"
        var rows: [[String]] = []
        for index in study.reportedLists(summary) where summary.lists[index].mean > 0 || study.lists[index].deterministicSeats > 0 {
            let list = summary.lists[index]
            rows.append([
                HTML.swatch(study.lists[index].colour) + HTML.escape(study.lists[index].shortName),
                "\(study.lists[index].deterministicSeats)", Formatting.fixed(list.mean, decimals: 1),
                Formatting.fixed(list.standardDeviation, decimals: 1), "\(list.median)",
                "\(list.interval.lowerBound)–\(list.interval.upperBound)", Formatting.percent(list.majority),
                Formatting.percent(list.largest), Formatting.percent(list.noSeat),
            ])
        }
        text += HTML.table(
            headers: ["List", "Result", "Mean", "SD", "Median", "90% interval", "P(majority)", "P(largest)", "P(no seat)"],
            rows: rows, numeric: Array(1...8))
        if !study.blocs.isEmpty {
            text += HTML.table(
                headers: ["Bloc", "Result", "Mean", "SD", "Median", "90% interval", "P(majority)"],
                rows: zip(study.blocs, summary.blocs).map { label, bloc in
                    [
                        HTML.escape(label.id), "\(label.deterministicSeats)", Formatting.fixed(bloc.mean, decimals: 1),
                        Formatting.fixed(bloc.standardDeviation, decimals: 1), "\(bloc.median)",
                        "\(bloc.interval.lowerBound)–\(bloc.interval.upperBound)", Formatting.percent(bloc.majority),
                    ]
                }, numeric: Array(1...6))
        }
        text += "<ul><li>" + HTML.escape("Constituencies settled in round 1: " + study.describe(summary.settledInFirstRound))
        text += "</li><li>" + HTML.escape("National turnout, round 1: " + study.describeTurnout(summary, round: 0)) + "</li>"
        for line in study.fieldLines().split(separator: "\n") { text += "<li>" + HTML.escape(String(line)) + "</li>" }
        text += "</ul></section>\n"
        return text
    }

    private func sweepSection(_ sweep: Sweep) -> String {
        var text = "<section id=\"sweep\"><h2>Seats as \(HTML.escape(sweep.axes.map(\.name).joined(separator: " and ")))</h2>\n"
        text += "<p>\(HTML.escape(sweep.headline)).</p>\n"
        if sweep.axes.count == 1 { text += "<figure class=\"chart\">\(SweepChart(sweep).svgFragment())</figure>\n" }
        let shown = sweep.tableLists
        var rows: [[String]] = []
        for point in sweep.points {
            var row = zip(sweep.axes, point.values).map { HTML.escape($0.format($1)) }
            row += shown.map { index in
                let list = point.lists[index]
                if let mean = list.mean, let interval = list.interval {
                    return "\(Formatting.fixed(mean, decimals: 1)) (\(interval.lowerBound)–\(interval.upperBound))"
                }
                return "\(list.seats)"
            }
            rows.append(row)
        }
        let headers = sweep.axes.map(\.name) + shown.map { sweep.lists[$0].shortName }
        text += HTML.table(headers: headers, rows: rows, numeric: Array(0..<headers.count))
        return text + "</section>\n"
    }

    private func comparisonSection(_ comparison: RuleComparison) -> String {
        var text = "<section id=\"comparison\"><h2>The same votes under other rules</h2>\n"
        text += "<p>Proportional and plurality rules allocate the round-1 votes; the two-round rule runs its own run-off.</p>\n"
        text += "<figure class=\"chart\">\(comparison.chart().svgFragment())</figure>\n"
        guard let first = comparison.results.first else { return text + "</section>\n" }
        var rows: [[String]] = []
        for index in comparison.reportedLists where comparison.results.contains(where: { $0.lists[index].seats > 0 }) {
            rows.append(
                [HTML.swatch(first.lists[index].colour) + HTML.escape(first.lists[index].shortName), Formatting.percent(first.lists[index].firstRoundShare, decimals: 2)]
                    + comparison.results.map { "\($0.lists[index].seats)" })
        }
        let labels = comparison.choices.map(\.label)
        text += HTML.table(headers: ["List", "Vote share"] + labels, rows: rows, numeric: Array(1...(labels.count + 1)))
        let indexRows = comparison.indexRows().map { [HTML.escape($0.label)] + $0.cells.map(HTML.escape) }
        text += HTML.table(headers: ["Index"] + labels, rows: indexRows, numeric: Array(1...labels.count))
        text += "<p class=\"note\">Gallagher (1991), Loosemore &amp; Hanby (1971) and Sainte-Laguë indices in percentage points; effective number of parties by Laakso &amp; Taagepera (1979).</p></section>\n"
        return text
    }

    private func constituencySection() -> String {
        var rows: [[String]] = []
        // Who stood and who withdrew, where run-offs are not all duels of the qualified.
        let showsFields = result.betweenRoundsLine != nil
        for row in result.constituencies {
            let name = { (id: String) in result.list(id)?.shortName ?? id }
            guard row.decidedInRound != nil else {
                rows.append([HTML.escape(row.name), HTML.escape(row.region), "\(row.seats)", "–", "vacant", "", HTML.escape(row.vacancyReason ?? "")])
                continue
            }
            let won = row.entries.filter { $0.seats > 0 }.map { "\(name($0.list)) \($0.seats)" }.joined(separator: ", ")
            let share = result.isTwoRound ? (row.winnerFirstRoundShare.map { Formatting.percent($0) } ?? "") : ""
            var notes: [String] = []
            if row.leadReversal { notes.append("trailed in round 1") }
            if row.decidedByTie { notes.append("tie rule") }
            if showsFields && row.decidedInRound == 2 {
                let stood = row.entries.filter { $0.secondRound != nil }.map { name($0.standsAs ?? $0.list) }
                notes.append("run-off: " + stood.joined(separator: ", "))
                let withdrew = row.entries.filter(\.withdrew).map { name($0.list) }
                if !withdrew.isEmpty { notes.append("withdrew: " + withdrew.joined(separator: ", ")) }
            }
            rows.append([
                HTML.escape(row.name), HTML.escape(row.region), "\(row.seats)", "\(row.decidedInRound ?? 0)",
                HTML.escape(won.isEmpty ? "(national allocation)" : won), share, HTML.escape(notes.joined(separator: "; ")),
            ])
        }
        return "<section id=\"constituencies\"><h2>Constituencies</h2>\n"
            + HTML.table(
                headers: ["Constituency", "Region", "Seats", "Round", "Seats won", "Winner's round-1 share", "Notes"], rows: rows,
                numeric: [2, 3, 5])
            + "</section>\n"
    }

    private func provenanceSection() -> String {
        var rows: [[String]] = []
        for source in election.sources {
            let urls = source.urls.map { "<a href=\"\(HTML.escape($0))\">\(HTML.escape($0))</a>" }.joined(separator: "<br/>")
            rows.append([
                "<code>\(HTML.escape(source.id))</code>", HTML.escape(source.kind.rawValue),
                HTML.escape(source.citation ?? source.method ?? "") + (urls.isEmpty ? "" : "<br/>" + urls),
            ])
        }
        var text = "<section id=\"provenance\"><h2>Where the figures come from</h2>\n"
        text += "<p>Historical figures cite their source; reconstructed, assumed and derived figures say how they were made. "
        text += "Never read a reconstruction as history.</p>\n"
        text += HTML.table(headers: ["Source", "Kind", "Citation or method"], rows: rows, numeric: [])
        if !election.notes.isEmpty {
            text += "<ul>" + election.notes.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        }
        return text + "</section>\n"
    }

    /// The page's CSS. Up to 560 px wide (a phone), the parliament diagram switches to its
    /// narrow drawing, the charts keep a width at which their smallest text renders at 10 px
    /// or more and scroll sideways in their own box, as the tables do; nothing makes the page
    /// wider than the screen. On paper the wide drawings print and nothing scrolls.
    static let style = """
        body{font-family:"Liberation Sans",Helvetica,Arial,sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.45}
        header,main,footer{max-width:1000px;margin:0 auto;padding:0 24px}
        header{padding-top:24px}h1{font-size:1.7em;margin:0 0 8px}h2{font-size:1.25em;border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:32px}
        .lead{font-size:1.05em;color:#333}.meta,.note{color:#555;font-size:.92em}
        figure{margin:16px 0;text-align:center}figure svg{max-width:100%;height:auto}figure.narrow{display:none}
        .table{overflow-x:auto;margin:12px 0}
        table{border-collapse:collapse;width:100%;font-size:.92em}
        th,td{border-bottom:1px solid #e3e3e3;padding:4px 8px;text-align:left;vertical-align:top}
        th{background:#f4f4f4}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td a{overflow-wrap:anywhere}
        .swatch{display:inline-block;width:.8em;height:.8em;border:1px solid #555;margin-right:.4em;vertical-align:-1px}
        pre{background:#f6f6f6;padding:10px;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere}code{font-size:.95em;overflow-wrap:anywhere}
        footer{color:#666;font-size:.85em;padding:24px;overflow-wrap:anywhere}
        @media (max-width:560px){header,main,footer{padding:0 12px}footer{padding:16px 12px}h1{font-size:1.4em}
        figure.wide{display:none}figure.narrow{display:block}
        figure.chart{overflow-x:auto;margin:16px -12px;padding:0 12px}figure.chart svg{max-width:none;width:660px}
        th,td{padding:4px 6px}th:first-child,td:first-child{white-space:nowrap}}
        @media print{@page{size:A4;margin:14mm 12mm}body{font-size:10pt}header,main,footer{max-width:none;padding:0}
        h2{break-after:avoid;margin-top:20px}figure{break-inside:avoid;margin:8px 0}figure.wide svg{max-height:105mm;width:auto}figure.chart svg{max-height:250mm;width:auto}
        tr{break-inside:avoid}thead{display:table-header-group}a{color:inherit}
        figure.wide{display:block}figure.narrow{display:none}.table,figure.chart,pre{overflow:visible}}
        """
}

/// HTML escaping and small building blocks.
enum HTML {
    /// `text` escaped for the page's text and its double-quoted attribute values alike: the same
    /// escaping as the SVG pictures' attributes (`&`, `<`, `>`, `"`, `'`, tab and line breaks as
    /// references; characters XML cannot hold as U+FFFD), so the page stays well-formed XML.
    static func escape(_ text: String) -> String {
        SVGWriter.escapeAttribute(text)
    }

    /// A coloured square before a label (the label carries the meaning; the colour only helps).
    static func swatch(_ colour: String?) -> String {
        guard let colour, isHexColour(colour) else { return "" }
        return "<span class=\"swatch\" style=\"background:\(colour)\"></span>"
    }

    /// A table; `headers` are plain text (escaped here), cells are HTML already (escape text
    /// before); `numeric` columns are right-aligned.
    static func table(headers: [String], rows: [[String]], numeric: [Int]) -> String {
        var text = "<div class=\"table\"><table><thead><tr>"
        for (index, header) in headers.enumerated() {
            text += "<th\(numeric.contains(index) ? " class=\"n\"" : "")>\(escape(header))</th>"
        }
        text += "</tr></thead><tbody>\n"
        for row in rows {
            text += "<tr>"
            for (index, cell) in row.enumerated() { text += "<td\(numeric.contains(index) ? " class=\"n\"" : "")>\(cell)</td>" }
            text += "</tr>\n"
        }
        return text + "</tbody></table></div>\n"
    }
}
