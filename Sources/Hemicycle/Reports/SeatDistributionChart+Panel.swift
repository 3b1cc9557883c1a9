extension SeatDistributionChart {
    /// White outline behind text that may sit on bars or lines, so it stays legible.
    static let halo: [SVGWriter.Attribute] = [
        .init("stroke", "#ffffff"), .init("stroke-width", 3), .init("stroke-linejoin", "round"),
        .init("paint-order", "stroke"),
    ]

    func writePanel(_ writer: inout SVGWriter, _ panel: Panel, top: Double, majority: Int) {
        let distribution = panel.distribution
        let plotTop = top + Self.panelHeader
        let plotBottom = plotTop + Self.plotHeight
        writer.start("g", [.init("class", "distribution"), .init("data-party", distribution.label)])
        writer.title(distribution.label)

        // Header: name (truncated), chance of a majority, then the statistics line.
        let chance =
            panel.replicates > 0
            ? "Chance of majority: \(SVGNumber.percent(distribution.probability(ofAtLeast: majority)))"
            : "Chance of majority: no data"
        let chanceWidth = TextMetrics.width(of: chance, fontSize: 13, bold: true)
        let nameWidth = Self.width - 2 * SVGPicture.margin - chanceWidth - 16
        writer.element(
            "text",
            [
                .init("class", "party-label"), .init("x", SVGPicture.margin), .init("y", top + 16),
                .init("font-size", 15), .init("font-weight", "bold"), .init("fill", SVGPicture.ink),
            ],
            text: TextMetrics.truncate(distribution.label, toWidth: nameWidth, fontSize: 15, bold: true)
        )
        writer.element(
            "text",
            [
                .init("class", "majority-probability"), .init("x", Self.width - SVGPicture.margin),
                .init("y", top + 16),
                .init("text-anchor", "end"), .init("font-size", 13), .init("font-weight", "bold"),
                .init("fill", SVGPicture.ink),
            ],
            text: chance
        )
        var statistics: [String] = []
        if let interval = panel.interval {
            statistics.append("90% interval: \(interval.lowerBound)–\(interval.upperBound) seats")
        }
        if let result = distribution.deterministicSeats { statistics.append("deterministic result: \(result)") }
        statistics.append("\(SVGNumber.grouped(distribution.replicates)) replicates")
        writer.element(
            "text",
            [
                .init("class", "statistics"), .init("x", SVGPicture.margin), .init("y", top + 34),
                .init("font-size", 12), .init("fill", SVGPicture.mutedInk),
            ],
            text: statistics.joined(separator: " · ")
        )

        writeGrid(&writer, panel, plotTop: plotTop, plotBottom: plotBottom)
        if let interval = panel.interval {
            let left = panel.x(max(interval.lowerBound, panel.lower))
            let right = panel.x(min(interval.upperBound, panel.upper) + 1)
            writer.element(
                "rect",
                [
                    .init("class", "interval"), .init("x", left), .init("y", plotTop), .init("width", right - left),
                    .init("height", Self.plotHeight), .init("fill", "#e4e4e4"),
                ]
            )
        }
        writeBars(&writer, panel, plotBottom: plotBottom)
        if panel.replicates == 0 {
            writer.element(
                "text",
                [
                    .init("x", (Self.plotLeft + Self.plotRight) / 2), .init("y", plotTop + Self.plotHeight / 2),
                    .init("text-anchor", "middle"), .init("font-size", 13), .init("fill", SVGPicture.mutedInk),
                ],
                text: "No replicates"
            )
        }
        writeMarkers(&writer, panel, plotTop: plotTop, plotBottom: plotBottom, majority: majority)
        writer.end()
    }

    private func writeGrid(_ writer: inout SVGWriter, _ panel: Panel, plotTop: Double, plotBottom: Double) {
        writer.start("g", [.init("class", "axes"), .init("font-size", 11), .init("fill", SVGPicture.mutedInk)])
        for tick in panel.probabilityTicks {
            let y = panel.y(tick, plotBottom: plotBottom)
            if tick > 0 {
                writer.element(
                    "line",
                    [
                        .init("x1", Self.plotLeft), .init("y1", y), .init("x2", Self.plotRight), .init("y2", y),
                        .init("stroke", "#d9d9d9"), .init("stroke-width", 1),
                    ]
                )
            }
            writer.element(
                "text",
                [.init("x", Self.plotLeft - 6), .init("y", y + 4), .init("text-anchor", "end")],
                text: SVGNumber.format(tick * 100, decimals: 1) + "%"
            )
        }
        for tick in ChartAxis.integerTicks(from: panel.lower, through: panel.upper, target: 8) {
            let x = panel.x(tick) + panel.slotWidth / 2
            writer.element(
                "line",
                [
                    .init("x1", x), .init("y1", plotBottom), .init("x2", x), .init("y2", plotBottom + 4),
                    .init("stroke", SVGPicture.mutedInk), .init("stroke-width", 1),
                ]
            )
            writer.element(
                "text",
                [.init("x", x), .init("y", plotBottom + 16), .init("text-anchor", "middle")],
                text: String(tick)
            )
        }
        writer.end()
    }

    private func writeBars(_ writer: inout SVGWriter, _ panel: Panel, plotBottom: Double) {
        let distribution = panel.distribution
        let slot = panel.slotWidth
        let gap = slot > 6 ? 1.0 : 0
        writer.start("g", [.init("class", "bars"), .init("fill", panel.colour.hex)])
        for (seats, frequency) in distribution.frequencies.enumerated()
        where frequency > 0 && seats >= panel.lower && seats <= panel.upper {
            let probability = panel.probability(frequency)
            let y = panel.y(probability, plotBottom: plotBottom)
            var attributes: [SVGWriter.Attribute] = [
                .init("class", "bar"), .init("data-party", distribution.label), .init("data-seats", seats),
                .init("x", panel.x(seats) + gap / 2), .init("y", y), .init("width", max(slot - gap, 0.5)),
                .init("height", max(plotBottom - y, 0.5)),
            ]
            if let interval = panel.interval, !interval.contains(seats) {
                attributes.append(.init("fill-opacity", 0.45))
            }
            writer.start("rect", attributes)
            writer.title("\(seats) seats: \(SVGNumber.percent(probability))")
            writer.end()
        }
        writer.end()
        writer.element(
            "line",
            [
                .init("class", "baseline"), .init("x1", Self.plotLeft), .init("y1", plotBottom),
                .init("x2", Self.plotRight), .init("y2", plotBottom), .init("stroke", SVGPicture.mutedInk),
                .init("stroke-width", 1),
            ]
        )
    }

    private func writeMarkers(
        _ writer: inout SVGWriter,
        _ panel: Panel,
        plotTop: Double,
        plotBottom: Double,
        majority: Int
    ) {
        let middle = (Self.plotLeft + Self.plotRight) / 2
        if majority >= panel.lower, majority <= panel.upper {
            // The line sits where the majority's slot begins: bars right of it are majorities.
            let x = panel.x(majority)
            writer.element(
                "line",
                [
                    .init("class", "majority"), .init("x1", x), .init("y1", plotTop - 2), .init("x2", x),
                    .init("y2", plotBottom), .init("stroke", Self.majorityInk), .init("stroke-width", 1.5),
                    .init("stroke-dasharray", "4 3"),
                ]
            )
            writer.element(
                "text",
                [
                    .init("x", x > middle ? x - 4 : x + 4), .init("y", plotTop - 5),
                    .init("text-anchor", x > middle ? "end" : "start"), .init("font-size", 11),
                    .init("fill", Self.majorityInk),
                ] + Self.halo,
                text: "Majority: \(majority)"
            )
        } else {
            let above = majority > panel.upper
            writer.element(
                "text",
                [
                    .init("class", "majority-off-scale"), .init("x", above ? Self.plotRight : Self.plotLeft),
                    .init("y", plotTop - 5), .init("text-anchor", above ? "end" : "start"), .init("font-size", 11),
                    .init("fill", Self.majorityInk),
                ],
                text: above ? "Majority: \(majority) →" : "← Majority: \(majority)"
            )
        }
        if let result = panel.distribution.deterministicSeats, result >= panel.lower, result <= panel.upper {
            let x = panel.x(result) + panel.slotWidth / 2
            writer.element(
                "line",
                [
                    .init("class", "result"), .init("x1", x), .init("y1", plotTop + 2), .init("x2", x),
                    .init("y2", plotBottom), .init("stroke", SVGPicture.ink), .init("stroke-width", 2),
                ]
            )
            // Label on the side away from a nearby majority line, else towards the middle.
            let majorityX = panel.x(majority)
            let nearMajority = majority >= panel.lower && majority <= panel.upper && abs(majorityX - x) < 90
            var toRight = nearMajority ? majorityX <= x : x <= middle
            if toRight, x > Self.plotRight - 70 { toRight = false }
            if !toRight, x < Self.plotLeft + 70 { toRight = true }
            writer.element(
                "text",
                [
                    .init("x", toRight ? x + 5 : x - 5), .init("y", plotTop + 12),
                    .init("text-anchor", toRight ? "start" : "end"), .init("font-size", 11),
                    .init("font-weight", "bold"), .init("fill", SVGPicture.ink),
                ] + Self.halo,
                text: "Result: \(result)"
            )
        }
    }
}
