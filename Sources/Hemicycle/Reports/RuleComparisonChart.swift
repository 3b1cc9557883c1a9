/// Seats by party under several allocation rules, side by side: a grouped bar chart.
///
/// Each party is a group along the horizontal axis with one bar per rule, coloured by rule
/// (a key names them) and labelled with its seat count. A dashed line marks the majority; when
/// the majority lies far above every bar it is stated at the top instead, so the bars stay
/// readable. Party names under the groups use the short label, truncated with an ellipsis if
/// needed, and the full label is kept in a `<title>` tooltip. The chart widens with the number
/// of bars so nothing is squeezed or cut off.
///
/// ```swift
/// let chart = RuleComparisonChart(
///     title: "Seats under three rules",
///     rules: ["D'Hondt", "Sainte-Laguë", "Hare"],
///     parties: [.init(label: "Rassemblement pour le Mali", shortLabel: "RPM", seats: [76, 70, 68]),
///               .init(label: "ADEMA-PASJ", seats: [9, 11, 12])],
///     assemblySize: 129)
/// let svg = chart.svgDocument()
/// ```
///
/// Bars are `<rect class="bar" data-party="…" data-rule="…" data-seats="…">`.
public struct RuleComparisonChart: Sendable, Hashable {
    /// A party and its seats under each rule.
    public struct Party: Sendable, Hashable, Codable {
        /// The full name, kept whole in tooltips.
        public var label: String
        /// A short name, shown instead of a label too long for two lines; the label when blank.
        public var shortLabel: String
        /// The party's own colour as `#rgb` or `#rrggbb`, shown beside its name; otherwise a
        /// palette colour.
        public var colour: String?
        /// `seats[i]` is the party's seats under `rules[i]`; missing entries count as 0 and
        /// negative ones as 0.
        public var seats: [Int]

        /// Creates a party; `shortLabel` defaults to `label`.
        public init(label: String, shortLabel: String? = nil, colour: String? = nil, seats: [Int]) {
            self.label = label
            self.shortLabel = shortLabel ?? label
            self.colour = colour
            self.seats = seats
        }

        /// The seats under rule `index`: 0 when missing or negative.
        func seats(underRule index: Int) -> Int {
            seats.indices.contains(index) ? max(seats[index], 0) : 0
        }

        /// The short label, or the label when the short one is blank.
        var displayShortLabel: String {
            shortLabel.allSatisfy(\.isWhitespace) ? label : shortLabel
        }
    }

    /// The heading.
    public var title: String
    /// A line under the title; `nil` for none.
    public var subtitle: String?
    /// The names of the rules, in the order of each party's `seats`.
    public var rules: [String]
    /// The parties, left to right.
    public var parties: [Party]
    /// The size of the assembly; `nil` means the largest total of seats under any rule.
    public var assemblySize: Int?
    /// The seats needed for a majority; `nil` means the assembly size / 2 + 1.
    public var majority: Int?

    /// Creates a chart; see the properties for the meaning of each argument.
    public init(
        title: String,
        subtitle: String? = nil,
        rules: [String],
        parties: [Party],
        assemblySize: Int? = nil,
        majority: Int? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.rules = rules
        self.parties = parties
        self.assemblySize = assemblySize
        self.majority = majority
    }

    /// The seats needed for a majority: ``majority`` if set, else more than half the assembly.
    public var majorityThreshold: Int {
        if let majority { return majority }
        let size =
            assemblySize
            ?? rules.indices.map { rule in SaturatingCount.sum(parties.map { $0.seats(underRule: rule) }) }.max()
            ?? 0
        return max(size, 0) / 2 + 1
    }

    /// The chart as a standalone SVG document, beginning with the XML declaration.
    ///
    /// - Complexity: O(*p* · *r*) for *p* parties and *r* rules.
    public func svgDocument() -> String {
        render(standalone: true)
    }

    /// The chart as an `<svg>` element without the XML declaration, for inlining in HTML.
    public func svgFragment() -> String {
        render(standalone: false)
    }
}
