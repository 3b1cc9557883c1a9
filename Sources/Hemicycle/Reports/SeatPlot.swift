/// The frame of a chart of seats against a value (the sweep's lines, the seats-votes curve):
/// a seat axis from zero with its grid, the value axis's labels and title, the baseline and the
/// majority's dashed line. The charts draw their data inside it.
struct SeatPlot {
    /// The plot's edges, in pixels.
    let left: Double
    let right: Double
    let top: Double
    let bottom: Double
    /// The value axis's range (the first value at `left`, the last at `right`).
    let low: Double
    let high: Double
    /// The seat ticks, from zero past the highest count drawn.
    let seatTicks: [Int]

    /// A frame whose seat axis covers `highest` seats.
    init(left: Double, right: Double, top: Double, height: Double, low: Double, high: Double, highest: Int) {
        self.left = left
        self.right = right
        self.top = top
        bottom = top + height
        self.low = low
        self.high = high
        seatTicks = ChartAxis.ticksFromZero(covering: Double(highest), target: 5, minimumStep: 1).map { Int($0) }
    }

    /// The horizontal position of a value (the middle when the range is a point).
    func x(_ value: Double) -> Double { high > low ? left + (value - low) / (high - low) * (right - left) : (left + right) / 2 }

    /// The vertical position of a seat count.
    func y(_ seats: Double) -> Double { bottom - seats / Double(max(seatTicks.last ?? 1, 1)) * (bottom - top) }

    /// A point as SVG's `points` lists it.
    func point(_ value: Double, _ seats: Double) -> String { "\(SVGNumber.format(x(value))),\(SVGNumber.format(y(seats)))" }

    /// The seat grid and its labels, the value axis's labels (each tick's text from `label`)
    /// and `title`, and the baseline.
    func drawAxes(_ writer: inout SVGWriter, title: String, label: (Double) -> String) {
        for tick in seatTicks {
            let at = y(Double(tick))
            writer.element("line", [.init("x1", left), .init("x2", right), .init("y1", at), .init("y2", at), .init("stroke", "#e0e0e0")])
            writer.element(
                "text",
                [.init("x", left - 6), .init("y", at + 4), .init("text-anchor", "end"), .init("font-size", 12), .init("fill", SVGPicture.mutedInk)],
                text: "\(tick)")
        }
        for tick in SweepChart.ticks(low: low, high: high) {
            writer.element(
                "text",
                [.init("x", x(tick)), .init("y", bottom + 18), .init("text-anchor", "middle"), .init("font-size", 12), .init("fill", SVGPicture.mutedInk)],
                text: label(tick))
        }
        writer.element(
            "text",
            [.init("x", (left + right) / 2), .init("y", bottom + 40), .init("text-anchor", "middle"), .init("font-size", 13), .init("fill", SVGPicture.ink)],
            text: title)
        writer.element(
            "line", [.init("x1", left), .init("x2", right), .init("y1", bottom), .init("y2", bottom), .init("stroke", SVGPicture.mutedInk)])
    }

    /// The majority: a dashed line across the plot, labelled.
    func drawMajority(_ writer: inout SVGWriter, _ majority: Int) {
        let at = y(Double(majority))
        writer.element(
            "line",
            [
                .init("x1", left), .init("x2", right), .init("y1", at), .init("y2", at), .init("stroke", SweepChart.majorityInk),
                .init("stroke-width", 1.5), .init("stroke-dasharray", "6 4"),
            ])
        writer.element(
            "text", [.init("x", left + 4), .init("y", at - 5), .init("font-size", 12), .init("fill", SweepChart.majorityInk)],
            text: "Majority: \(majority)")
    }
}
