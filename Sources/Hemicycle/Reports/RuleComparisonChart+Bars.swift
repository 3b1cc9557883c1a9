extension RuleComparisonChart {
    func writeBars(_ writer: inout SVGWriter, _ layout: Layout) {
        writer.start("g", [.init("class", "groups")])
        for (partyIndex, party) in parties.enumerated() {
            let top = layout.plotTop + Double(partyIndex) * layout.groupHeight + Self.groupGap / 2
            writer.start("g", [.init("class", "party"), .init("data-party", party.label)])
            writer.title(party.label)
            writeName(&writer, party, index: partyIndex, layout: layout, top: top)
            for rule in rules.indices {
                let seats = party.seats(underRule: rule)
                let y = top + Double(rule) * (Self.barHeight + Self.barGap)
                let end = layout.x(Double(seats))
                writer.start(
                    "rect",
                    [
                        .init("class", "bar"), .init("data-party", party.label), .init("data-rule", rules[rule]),
                        .init("data-seats", seats), .init("x", layout.plotLeft), .init("y", y),
                        .init("width", end - layout.plotLeft), .init("height", Self.barHeight),
                        .init("fill", DiagramColour.palette(at: rule).hex),
                    ]
                )
                writer.title("\(party.label), \(rules[rule]): \(seats) \(seats == 1 ? "seat" : "seats")")
                writer.end()
                writer.element(
                    "text",
                    [
                        .init("class", "value"), .init("x", end + 4), .init("y", y + Self.barHeight - 3),
                        .init("font-size", Self.valueSize), .init("fill", SVGPicture.ink),
                    ] + SeatDistributionChart.halo,
                    text: String(seats)
                )
            }
            writer.end()
        }
        writer.end()
    }

    /// The party's colour dot and name, wrapped to two lines, centred on its bars.
    private func writeName(_ writer: inout SVGWriter, _ party: Party, index: Int, layout: Layout, top: Double) {
        let barsHeight = Double(max(rules.count, 1)) * (Self.barHeight + Self.barGap) - Self.barGap
        let middle = top + barsHeight / 2
        var lines = TextMetrics.wrap(party.label, toWidth: layout.labelWidth, fontSize: Self.labelSize, maxLines: 2)
        if lines.last?.hasSuffix(TextMetrics.ellipsis) == true, party.displayShortLabel != party.label {
            lines = TextMetrics.wrap(
                party.displayShortLabel,
                toWidth: layout.labelWidth,
                fontSize: Self.labelSize,
                maxLines: 2
            )
        }
        let firstBaseline = middle + 4 - Double(max(lines.count, 1) - 1) * Self.labelLineHeight / 2
        let left = SVGPicture.margin
        writer.element(
            "circle",
            [
                .init("class", "party-colour"), .init("cx", left + 5), .init("cy", firstBaseline - 4), .init("r", 5),
                .init("fill", DiagramColour.resolve(party.colour, index: index).hex),
            ]
        )
        writer.start(
            "text",
            [
                .init("class", "party-label"), .init("x", left + 14), .init("y", firstBaseline),
                .init("font-size", Self.labelSize), .init("fill", SVGPicture.ink),
            ]
        )
        for (number, line) in lines.enumerated() {
            writer.element(
                "tspan",
                [.init("x", left + 14), .init("dy", number == 0 ? 0 : Self.labelLineHeight)],
                text: line
            )
        }
        writer.end()
    }

    func writeMajorityLine(_ writer: inout SVGWriter, _ layout: Layout) {
        let majority = majorityThreshold
        writer.start(
            "g",
            [.init("class", "majority"), .init("font-size", 12), .init("fill", SeatDistributionChart.majorityInk)]
        )
        if Double(majority) <= layout.ticks.last ?? 0 {
            let x = layout.x(Double(majority))
            writer.element(
                "line",
                [
                    .init("x1", x), .init("y1", layout.plotTop - 6), .init("x2", x), .init("y2", layout.plotBottom),
                    .init("stroke", SeatDistributionChart.majorityInk), .init("stroke-width", 1.5),
                    .init("stroke-dasharray", "6 4"),
                ]
            )
            let label = "Majority: \(majority)"
            let half = TextMetrics.width(of: label, fontSize: 12, bold: true) / 2
            writer.element(
                "text",
                [
                    .init("x", min(max(x, layout.plotLeft + half), Self.width - SVGPicture.margin - half)),
                    .init("y", layout.plotTop - 10), .init("text-anchor", "middle"), .init("font-weight", "bold"),
                ],
                text: label
            )
        } else {
            writer.element(
                "text",
                [
                    .init("class", "majority-off-scale"), .init("x", layout.plotRight), .init("y", layout.plotTop - 10),
                    .init("text-anchor", "end"), .init("font-weight", "bold"),
                ],
                text: "Majority: \(majority) (beyond the scale) →"
            )
        }
        writer.end()
    }
}
