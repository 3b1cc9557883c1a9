extension RuleComparisonChart {
    static let width = 720.0
    static let barHeight = 14.0
    static let barGap = 2.0
    static let groupGap = 14.0
    static let valueSize = 11.0
    static let labelSize = 12.0
    static let labelLineHeight = 14.0
    /// The widest the party-name column may be; longer names wrap to two lines, then truncate.
    static let maximumLabelWidth = 180.0

    /// Where the chart puts things: parties are rows, each with one horizontal bar per rule.
    struct Layout {
        let plotLeft: Double
        let plotRight: Double
        let plotTop: Double
        let labelWidth: Double
        let groupHeight: Double
        let groupCount: Int
        let ticks: [Double]
        let keyRows: [[(index: Int, name: String, x: Double)]]

        var plotBottom: Double { plotTop + groupHeight * Double(groupCount) }

        func x(_ seats: Double) -> Double {
            let top = ticks.last ?? 1
            return plotLeft + seats / (top > 0 ? top : 1) * (plotRight - plotLeft)
        }
    }

    func layout(headerBottom: Double) -> Layout {
        let margin = SVGPicture.margin
        let width = Self.width
        let largest = parties.flatMap { party in rules.indices.map(party.seats(underRule:)) }.max() ?? 0
        let valueSpace = TextMetrics.width(of: String(largest), fontSize: Self.valueSize) + 12
        let widestName = parties.map { TextMetrics.width(of: $0.label, fontSize: Self.labelSize) }.max() ?? 0
        let labelWidth = min(max(widestName, 40), Self.maximumLabelWidth)
        let groupHeight =
            max(
                Double(max(rules.count, 1)) * (Self.barHeight + Self.barGap) - Self.barGap,
                2 * Self.labelLineHeight
            ) + Self.groupGap

        // The key: rule names flowing in rows across the width.
        var rows: [[(index: Int, name: String, x: Double)]] = [[]]
        var x = margin
        for (index, rule) in rules.enumerated() {
            let name = TextMetrics.truncate(rule, toWidth: 220, fontSize: 13)
            let itemWidth = 18 + TextMetrics.width(of: name, fontSize: 13) + 20
            if x + itemWidth > width - margin, !(rows.last?.isEmpty ?? true) {
                rows.append([])
                x = margin
            }
            rows[rows.count - 1].append((index, name, x))
            x += itemWidth
        }
        let keyHeight = Double(rows.count) * 20 + 4
        let majority = majorityThreshold
        // Stretch the scale to the majority unless that would squash every bar.
        let scaleMaximum = Double(majority) <= 2.5 * Double(largest) ? max(largest, majority) : largest
        return Layout(
            plotLeft: margin + 14 + labelWidth + 10,
            plotRight: width - margin - valueSpace,
            plotTop: headerBottom + keyHeight + 30,
            labelWidth: labelWidth,
            groupHeight: groupHeight,
            groupCount: max(parties.count, 1),
            ticks: ChartAxis.ticksFromZero(covering: Double(scaleMaximum), target: 5, minimumStep: 1),
            keyRows: rows
        )
    }

    /// A plain-text summary for `<desc>`.
    var textSummary: String {
        var parts = ["Seats by party under \(rules.count) rules; majority: \(majorityThreshold) seats."]
        for party in parties {
            let seats = rules.indices.map { "\(rules[$0]) \(party.seats(underRule: $0))" }
            parts.append("\(party.label): " + seats.joined(separator: ", ") + ".")
        }
        return parts.joined(separator: " ")
    }

    func render(standalone: Bool) -> String {
        let header = SVGPicture(title: title, subtitle: subtitle, width: Self.width)
        let layout = layout(headerBottom: header.headerBottom)
        let height = layout.plotBottom + 22 + SVGPicture.margin

        var writer = SVGWriter()
        header.begin(
            &writer,
            kind: "hemicycle-rule-comparison",
            width: Self.width,
            height: height,
            title: title,
            description: textSummary,
            standalone: standalone
        )
        writeKey(&writer, layout, top: header.headerBottom + 8)
        writeAxes(&writer, layout)
        writeMajorityLine(&writer, layout)
        writeBars(&writer, layout)
        writer.endAll()
        return writer.text
    }

    private func writeKey(_ writer: inout SVGWriter, _ layout: Layout, top: Double) {
        writer.start("g", [.init("class", "key"), .init("font-size", 13), .init("fill", SVGPicture.ink)])
        for (row, items) in layout.keyRows.enumerated() {
            let y = top + Double(row) * 20 + 14
            for item in items {
                writer.start("g", [.init("class", "key-rule"), .init("data-rule", rules[item.index])])
                writer.title(rules[item.index])
                writer.element(
                    "rect",
                    [
                        .init("x", item.x), .init("y", y - 11), .init("width", 12), .init("height", 12), .init("rx", 2),
                        .init("fill", DiagramColour.palette(at: item.index).hex),
                    ]
                )
                writer.element("text", [.init("x", item.x + 18), .init("y", y)], text: item.name)
                writer.end()
            }
        }
        writer.end()
    }

    private func writeAxes(_ writer: inout SVGWriter, _ layout: Layout) {
        writer.start("g", [.init("class", "axes"), .init("font-size", 11), .init("fill", SVGPicture.mutedInk)])
        for tick in layout.ticks {
            let x = layout.x(tick)
            writer.element(
                "line",
                [
                    .init("x1", x), .init("y1", layout.plotTop), .init("x2", x), .init("y2", layout.plotBottom),
                    .init("stroke", tick > 0 ? "#d9d9d9" : SVGPicture.mutedInk), .init("stroke-width", 1),
                ]
            )
            writer.element(
                "text",
                [.init("x", x), .init("y", layout.plotBottom + 15), .init("text-anchor", "middle")],
                text: SVGNumber.format(tick, decimals: 0)
            )
        }
        writer.element(
            "text",
            [.init("x", layout.plotRight), .init("y", layout.plotBottom + 30), .init("text-anchor", "end")],
            text: "seats"
        )
        writer.end()
    }
}
