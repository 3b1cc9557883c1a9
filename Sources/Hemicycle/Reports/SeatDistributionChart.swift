/// Per-party seat distributions from a Monte Carlo simulation, one small chart per party.
///
/// Each panel shows the probability of every seat count as bars, the central 90% interval
/// shaded (bars outside it paler), the deterministic result as a solid line, the majority
/// threshold as a dashed line (or an arrow when it is far off the panel's scale), and the
/// probability of a majority in words. Axes have ticks and labels; long party names are
/// truncated with an ellipsis and kept whole in a `<title>` tooltip.
///
/// ```swift
/// let chart = SeatDistributionChart(
///     title: "Seats in 10,000 simulated elections",
///     assemblySize: 129,
///     parties: [SeatDistribution(label: "RPM", frequencies: tally, deterministicSeats: 66)])
/// let svg = chart.svgDocument()
/// ```
///
/// Bars are `<rect class="bar" data-party="…" data-seats="…">`; a panel is
/// `<g class="distribution" data-party="…">`.
public struct SeatDistributionChart: Sendable, Hashable {
    /// The heading.
    public var title: String
    /// A line under the title, e.g. the rule and the number of replicates; `nil` for none.
    public var subtitle: String?
    /// The size of the assembly, which sets the default majority.
    public var assemblySize: Int
    /// The seats needed for a majority; `nil` means ``assemblySize`` / 2 + 1.
    public var majority: Int?
    /// The parties, one panel each, top to bottom.
    public var parties: [SeatDistribution]

    /// Creates a chart; see the properties for the meaning of each argument.
    public init(
        title: String,
        subtitle: String? = nil,
        assemblySize: Int,
        majority: Int? = nil,
        parties: [SeatDistribution]
    ) {
        self.title = title
        self.subtitle = subtitle
        self.assemblySize = assemblySize
        self.majority = majority
        self.parties = parties
    }

    /// The seats needed for a majority: ``majority`` if set, else more than half the assembly.
    public var majorityThreshold: Int {
        majority ?? (max(assemblySize, 0) / 2 + 1)
    }

    /// The chart as a standalone SVG document, beginning with the XML declaration.
    ///
    /// - Complexity: O(*n*) in the total length of the parties' frequency tables.
    public func svgDocument() -> String {
        render(standalone: true)
    }

    /// The chart as an `<svg>` element without the XML declaration, for inlining in HTML.
    public func svgFragment() -> String {
        render(standalone: false)
    }
}
