extension ElectionResult {
    /// The assembly as a parliament diagram, vacant seats hollow: the lists in the result's order
    /// (the scenario's), or in `order`, which the subtitle then names.
    public func parliamentDiagram(subtitle: String? = nil, order: SeatOrder? = nil) -> ParliamentDiagram {
        var shown = lists.filter { $0.seats > 0 || $0.boycott }
        var caption = subtitle ?? "\(filledSeats) seats filled of \(houseSize)"
        if let order {
            shown = order.arrange(shown, id: \.id, seats: \.seats)
            caption += ". Seats left to right: \(order.basis)"
        }
        return ParliamentDiagram(
            title: title, subtitle: caption + Self.adjustedNote(adjustments),
            parties: shown.map {
                var party = DiagramParty(label: $0.shortName, shortLabel: $0.shortName, colour: $0.colour, seats: $0.seats)
                party.boycott = $0.boycott
                return party
            }, vacantSeats: vacantSeats, majority: majority)
    }
}

extension SimulationStudy {
    /// Each list's seat distribution, with its 90% interval, the deterministic result and the majority line.
    public func distributionChart(maximumLists: Int = 10) -> SeatDistributionChart {
        let summary = self.summary
        let shown = reportedLists(summary)
            .filter { summary.lists[$0].mean >= 0.5 || lists[$0].deterministicSeats > 0 }
            .sorted { summary.lists[$0].mean > summary.lists[$1].mean }
            .prefix(maximumLists)
        return SeatDistributionChart(
            title: "\(title): seats in \(Formatting.grouped(tally.runs)) simulated elections",
            subtitle: "Bars: share of runs; bracket: 90% interval; marker: the deterministic result"
                + ElectionResult.adjustedNote(adjustments), assemblySize: assemblySize,
            majority: majority,
            parties: shown.sorted().map { index in
                SeatDistribution(
                    label: lists[index].shortName, shortLabel: lists[index].shortName, colour: lists[index].colour,
                    frequencies: summary.lists[index].histogram, deterministicSeats: lists[index].deterministicSeats)
            })
    }
}

extension RuleComparison {
    /// Seats by list under each rule, side by side.
    public func chart() -> RuleComparisonChart {
        let first = results.first
        return RuleComparisonChart(
            title: "\(first?.title ?? ""): seats under each rule",
            subtitle: "The same round-1 votes under every rule" + ElectionResult.adjustedNote(first?.adjustments ?? []),
            rules: choices.map(\.label),
            parties: reportedLists.filter { index in results.contains { $0.lists[index].seats > 0 } }.map { index in
                RuleComparisonChart.Party(
                    label: first?.lists[index].shortName ?? "", shortLabel: first?.lists[index].shortName,
                    colour: first?.lists[index].colour, seats: results.map { $0.lists[index].seats })
            }, assemblySize: first?.houseSize, majority: first?.majority)
    }
}

extension ElectionResult {
    /// What a chart's subtitle adds for adjustments: "" without any, else ". Adjusted: …" (the
    /// sentences; a chart's subtitle shows what fits, its description all of them).
    public static func adjustedNote(_ adjustments: [String]) -> String {
        adjustments.isEmpty ? "" : ". Adjusted: " + adjustments.joined(separator: "; ")
    }
}
