extension SeatDistributionChart {
    static let width = 720.0
    static let plotLeft = SVGPicture.margin + 44
    static let plotRight = width - SVGPicture.margin - 8
    static let plotHeight = 96.0
    /// From a panel's top to its plot's top: name, statistics and the majority label.
    static let panelHeader = 58.0
    /// A whole panel: header, plot, tick labels and the gap to the next.
    static let panelHeight = panelHeader + plotHeight + 40
    static let keyHeight = 44.0
    /// Majority lines in the charts: dark red, dashed, so they differ by pattern as well as hue.
    static let majorityInk = "#b2182b"

    /// Where one party's panel puts things.
    struct Panel {
        let distribution: SeatDistribution
        let colour: DiagramColour
        /// The seat counts on the horizontal axis, inclusive.
        let lower: Int
        let upper: Int
        let interval: ClosedRange<Int>?
        /// The number of replicates, computed once (it is a sum over the whole table).
        let replicates: Double
        /// The probability axis runs from 0 to the last of these.
        let probabilityTicks: [Double]

        /// The largest seat count placed on an axis: far from overflow in any arithmetic here.
        static let seatLimit = 1 << 40

        init(_ distribution: SeatDistribution, index: Int, majority: Int) {
            self.distribution = distribution
            colour = DiagramColour.resolve(distribution.colour, index: index)
            interval = distribution.interval(coverage: 0.9)
            let cap = Self.seatLimit
            let result = distribution.deterministicSeats.map { min(max($0, 0), cap) }
            let observed = distribution.observedRange ?? (result ?? 0)...(result ?? 0)
            var lower = min(observed.lowerBound, result ?? .max, cap)
            var upper = min(max(observed.upperBound, result ?? 0), cap)
            lower = max(0, lower - 1)
            upper += 1
            if upper - lower < 10 {
                let extra = 10 - (upper - lower)
                lower -= extra / 2
                upper += extra - extra / 2
                if lower < 0 {
                    upper -= lower
                    lower = 0
                }
            }
            // Show the majority line when that at most doubles the axis; otherwise point to it.
            let majority = min(max(majority, 0), cap)
            let span = upper - lower
            if majority > upper, majority <= upper + span { upper = majority + 1 }
            if majority < lower, majority >= lower - span { lower = max(0, majority - 1) }
            self.lower = lower
            self.upper = upper
            replicates = Double(distribution.replicates)
            let highest = Double(distribution.frequencies.max() ?? 0) / max(replicates, 1)
            probabilityTicks = ChartAxis.ticksFromZero(covering: highest, target: 3)
        }

        /// The width of one seat count's slot.
        var slotWidth: Double {
            (SeatDistributionChart.plotRight - SeatDistributionChart.plotLeft) / Double(upper - lower + 1)
        }

        /// The left edge of the slot of `seats`.
        func x(_ seats: Int) -> Double {
            SeatDistributionChart.plotLeft + Double(seats - lower) * slotWidth
        }

        /// The share of replicates that gave `frequency`.
        func probability(_ frequency: Int) -> Double {
            replicates > 0 ? Double(max(frequency, 0)) / replicates : 0
        }

        /// The height of `probability` on the plot's scale.
        func y(_ probability: Double, plotBottom: Double) -> Double {
            let top = probabilityTicks.last ?? 1
            return plotBottom - probability / (top > 0 ? top : 1) * SeatDistributionChart.plotHeight
        }
    }

    /// A plain-text summary for `<desc>`.
    var textSummary: String {
        var parts = ["Seat distributions of \(parties.count) parties; majority: \(majorityThreshold) seats."]
        for party in parties {
            var part = "\(party.label):"
            if let interval = party.interval() {
                part += " 90% interval \(interval.lowerBound)–\(interval.upperBound);"
            }
            if let result = party.deterministicSeats { part += " result \(result);" }
            part += " chance of majority \(SVGNumber.percent(party.probability(ofAtLeast: majorityThreshold)))."
            parts.append(part)
        }
        return parts.joined(separator: " ")
    }

    func render(standalone: Bool) -> String {
        let header = SVGPicture(title: title, subtitle: subtitle, width: Self.width)
        // Clamped like every seat count on the axes, so no arithmetic can overflow.
        let majority = min(max(majorityThreshold, 0), Panel.seatLimit)
        let panels = parties.enumerated().map { Panel($1, index: $0, majority: majority) }
        let firstPanelTop = header.headerBottom + Self.keyHeight + 8
        let height = firstPanelTop + Double(max(panels.count, 1)) * Self.panelHeight + SVGPicture.margin - 24

        var writer = SVGWriter()
        header.begin(
            &writer,
            kind: "hemicycle-seat-distributions",
            width: Self.width,
            height: height,
            title: title,
            description: textSummary,
            standalone: standalone
        )
        writeKey(&writer, top: header.headerBottom + 8, majority: majority)
        if panels.isEmpty {
            writer.element(
                "text",
                [
                    .init("x", Self.width / 2), .init("y", firstPanelTop + 40), .init("text-anchor", "middle"),
                    .init("font-size", 14), .init("fill", SVGPicture.mutedInk),
                ],
                text: "No parties"
            )
        }
        for (index, panel) in panels.enumerated() {
            writePanel(&writer, panel, top: firstPanelTop + Double(index) * Self.panelHeight, majority: majority)
        }
        writer.endAll()
        return writer.text
    }

    /// The key above the panels: what the shading and the two lines mean.
    private func writeKey(_ writer: inout SVGWriter, top: Double, majority: Int) {
        let y = top + 14
        var x = SVGPicture.margin
        writer.start("g", [.init("class", "key"), .init("font-size", 12), .init("fill", SVGPicture.mutedInk)])
        writer.element(
            "rect",
            [.init("x", x), .init("y", y - 10), .init("width", 18), .init("height", 12), .init("fill", "#e4e4e4")]
        )
        x += 24
        let items: [(String, [SVGWriter.Attribute])] = [
            ("90% interval", []),
            ("deterministic result", [.init("stroke", SVGPicture.ink), .init("stroke-width", 2)]),
            (
                "majority: \(majority) seats",
                [
                    .init("stroke", Self.majorityInk), .init("stroke-width", 1.5), .init("stroke-dasharray", "4 3"),
                ]
            ),
        ]
        for (index, (label, line)) in items.enumerated() {
            if index > 0 {
                writer.element(
                    "line",
                    [.init("x1", x + 9), .init("y1", y - 12), .init("x2", x + 9), .init("y2", y + 3)] + line
                )
                x += 24
            }
            writer.element("text", [.init("x", x), .init("y", y)], text: label)
            x += TextMetrics.width(of: label, fontSize: 12) + 22
        }
        writer.element(
            "text",
            [.init("x", SVGPicture.margin), .init("y", y + 18)],
            text: "Bars: share of simulated elections giving the party each number of seats."
        )
        writer.end()
    }
}
