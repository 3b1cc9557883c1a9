/// Seats against a swept adjustment: one line per list (the deterministic seats, or the mean
/// of the runs with its 90% band), and the majority as a dashed line. One axis only: a
/// two-axis sweep is a table.
public struct SweepChart: Sendable {
    static let width = 720.0
    static let plotHeight = 300.0
    static let plotLeft = SVGPicture.margin + 48
    static let plotRight = width - SVGPicture.margin - 132
    static let majorityInk = SeatDistributionChart.majorityInk

    /// The sweep drawn.
    public var sweep: Sweep
    /// The most lists drawn (those with the most seats at their best point).
    public var maximumLists: Int

    /// A chart of `sweep`, which must have one axis.
    public init(_ sweep: Sweep, maximumLists: Int = 6) {
        self.sweep = sweep
        self.maximumLists = maximumLists
    }

    /// The lists drawn, in the scenario's order.
    var drawn: [Int] {
        func best(_ index: Int) -> Double {
            sweep.points.map { $0.lists[index].mean ?? Double($0.lists[index].seats) }.max() ?? 0
        }
        return Array(sweep.reportedLists.sorted { best($0) > best($1) }.prefix(maximumLists)).sorted()
    }

    /// The chart as a standalone SVG document.
    public func svgDocument() -> String { render(standalone: true) }

    /// The chart as an `<svg>` element, for inlining in HTML.
    public func svgFragment() -> String { render(standalone: false) }

    func render(standalone: Bool) -> String {
        let axis = sweep.axes[0]
        let subtitle =
            "Seats by \(axis.label.prefix(1).lowercased() + axis.label.dropFirst()). "
            + (sweep.isSimulated
                ? "Lines: mean seats of \(Formatting.grouped(sweep.runs)) simulated elections at each point; bands: 90% intervals; dashed: the majority (\(sweep.majority))."
                : "Seats in the deterministic run at each point; dashed: the majority (\(sweep.majority)).")
            + ElectionResult.adjustedNote(sweep.adjustments)
        let header = SVGPicture(title: sweep.title, subtitle: subtitle, width: Self.width)
        let top = header.headerBottom + 16
        let height = top + Self.plotHeight + 56 + SVGPicture.margin
        let lists = drawn
        var highest = sweep.majority
        for point in sweep.points {
            for index in lists { highest = max(highest, point.lists[index].interval?.upperBound ?? point.lists[index].seats) }
        }
        let plot = SeatPlot(
            left: Self.plotLeft, right: Self.plotRight, top: top, height: Self.plotHeight, low: axis.values.first ?? 0,
            high: axis.values.last ?? 1, highest: highest)
        let summary = lists.map { index in
            let seats = sweep.points.map { "\(axis.format($0.values[0])): \($0.lists[index].mean.map { Formatting.fixed($0, decimals: 1) } ?? "\($0.lists[index].seats)")" }
            return "\(sweep.lists[index].shortName) " + seats.joined(separator: ", ")
        }.joined(separator: "; ")

        var writer = SVGWriter()
        header.begin(
            &writer, kind: "hemicycle-sweep", width: Self.width, height: height, title: "\(sweep.title): seats by \(axis.name)",
            description: "Seats by \(axis.label). \(summary).", standalone: standalone)
        plot.drawAxes(&writer, title: axis.label, label: axis.format)
        // Bands, then lines, then the majority on top.
        for (order, index) in lists.enumerated() {
            let colour = DiagramColour.resolve(sweep.lists[index].colour, index: order).hex
            if sweep.isSimulated {
                let upper = sweep.points.compactMap { point in point.lists[index].interval.map { plot.point(point.values[0], Double($0.upperBound)) } }
                let lower = sweep.points.reversed().compactMap { point in point.lists[index].interval.map { plot.point(point.values[0], Double($0.lowerBound)) } }
                if !upper.isEmpty {
                    writer.element("polygon", [.init("points", (upper + lower).joined(separator: " ")), .init("fill", colour), .init("fill-opacity", "0.18")])
                }
            }
            let line = sweep.points.map { point in
                plot.point(point.values[0], point.lists[index].mean ?? Double(point.lists[index].seats))
            }
            writer.element(
                "polyline",
                [.init("points", line.joined(separator: " ")), .init("fill", "none"), .init("stroke", colour), .init("stroke-width", 2.5)])
        }
        plot.drawMajority(&writer, sweep.majority)
        // The key, beside the plot.
        for (order, index) in lists.enumerated() {
            let colour = DiagramColour.resolve(sweep.lists[index].colour, index: order).hex
            let at = top + 14 + Double(order) * 22
            writer.element(
                "rect",
                [.init("x", Self.plotRight + 16), .init("y", at - 10), .init("width", 14), .init("height", 4), .init("fill", colour)])
            writer.element(
                "text",
                [.init("x", Self.plotRight + 36), .init("y", at - 4), .init("font-size", 13), .init("fill", SVGPicture.ink)],
                text: TextMetrics.truncate(sweep.lists[index].shortName, toWidth: 96, fontSize: 13))
        }
        writer.endAll()
        return writer.text
    }

    /// Nice ticks over the axis's values.
    static func ticks(low: Double, high: Double) -> [Double] {
        guard high > low else { return [low] }
        let step = ChartAxis.step(span: high - low, target: 6)
        var ticks: [Double] = []
        var tick = (low / step).rounded(.up) * step
        while tick <= high + step * 1e-9, ticks.count < 100 {
            ticks.append((tick * 1e9).rounded() / 1e9)
            tick += step
        }
        return ticks
    }
}
