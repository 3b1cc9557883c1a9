/// A parliament diagram: the assembly as a hemicycle of seats, one contiguous wedge per party.
///
/// Seats sit in concentric half-rings (see the layout of David Richfield's *parliamentdiagram*
/// tool); parties take them in angular order, left to right in the order given, and vacant
/// seats come last, drawn hollow. A title, subtitle, the assembly size, the majority line and a
/// legend with every party's label and seat count complete the picture, so no party is told
/// apart by colour alone.
///
/// ```swift
/// let diagram = ParliamentDiagram(
///     title: "National Assembly of Mali",
///     subtitle: "2013 general election",
///     parties: [DiagramParty(label: "IBK 2012", colour: "#f5b000", seats: 66),
///               DiagramParty(label: "URD", seats: 17)],
///     vacantSeats: 13)
/// let svg = diagram.svgDocument()     // a standalone .svg file
/// let html = diagram.svgFragment()    // the same, to inline in HTML
/// ```
///
/// Every seat is a `<circle class="seat" data-party="…">`; vacant ones have
/// `class="seat vacant"`. Any assembly from 0 to ``maximumDrawnSeats`` seats is drawn without
/// overlapping seats; a larger one is summarised in words, with its legend.
public struct ParliamentDiagram: Sendable, Hashable {
    /// The heading, e.g. "National Assembly".
    public var title: String
    /// A second line under the title, e.g. the election and rule; `nil` for none.
    public var subtitle: String?
    /// The parties, in the left-to-right order of their wedges.
    public var parties: [DiagramParty]
    /// Seats that nobody holds; drawn hollow after the parties and listed as "Vacant".
    public var vacantSeats: Int
    /// The seats needed for a majority; `nil` means more than half of the assembly,
    /// ``assemblySize`` / 2 + 1.
    public var majority: Int?
    /// Whether parties without seats appear in the legend (with 0); by default they do not.
    public var listsPartiesWithoutSeats: Bool

    /// The largest assembly whose seats are drawn one by one.
    public static let maximumDrawnSeats = HemicycleLayout.maximumSeats

    /// Creates a diagram; see the properties for the meaning of each argument.
    public init(
        title: String,
        subtitle: String? = nil,
        parties: [DiagramParty],
        vacantSeats: Int = 0,
        majority: Int? = nil,
        listsPartiesWithoutSeats: Bool = false
    ) {
        self.title = title
        self.subtitle = subtitle
        self.parties = parties
        self.vacantSeats = vacantSeats
        self.majority = majority
        self.listsPartiesWithoutSeats = listsPartiesWithoutSeats
    }

    /// All seats, held or vacant (negative counts as 0, saturating at `Int.max`).
    public var assemblySize: Int {
        SaturatingCount.sum(parties.map(\.seats) + [vacantSeats])
    }

    /// The seats needed for a majority: ``majority`` if set, else more than half the assembly.
    public var majorityThreshold: Int {
        majority ?? (assemblySize / 2 + 1)
    }

    /// The diagram as a standalone SVG document, beginning with the XML declaration.
    ///
    /// - Returns: UTF-8-ready SVG text; the same diagram always gives the same bytes.
    /// - Complexity: O(*n* log *n*) in the number of seats.
    public func svgDocument() -> String {
        render(standalone: true)
    }

    /// The diagram as an `<svg>` element without the XML declaration, for inlining in HTML.
    ///
    /// The element carries no `id`, so several can share a page. `width` is the drawing's
    /// width in pixels (720 unless given, ``narrowWidth`` for phones); the height follows.
    public func svgFragment(width: Double? = nil) -> String {
        render(standalone: false, width: width ?? Self.width)
    }
}
