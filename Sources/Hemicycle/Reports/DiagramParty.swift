/// A party as the pictures draw it: names, an optional colour, and its seats.
///
/// The integrating code fills these from results; the pictures need nothing else.
///
/// ```swift
/// let adema = DiagramParty(label: "ADEMA-PASJ", colour: "#00853f", seats: 76)
/// ```
public struct DiagramParty: Sendable, Hashable, Codable {
    /// The full name, shown in legends and tooltips (truncated with an ellipsis where too long).
    public var label: String
    /// A short name or acronym, shown in the legend instead of a label too long to fit whole
    /// (the full label stays in the tooltip and text alternative); the label when blank.
    public var shortLabel: String
    /// The party's own colour as `#rgb` or `#rrggbb`; `nil` or anything else means a colour
    /// from ``DiagramColour/palette(at:)`` for the party's position.
    public var colour: String?
    /// Seats won; negative values count as 0.
    public var seats: Int
    /// Whether the party boycotted the election: it has no seat, and the legend lists it,
    /// marked, whatever ``ParliamentDiagram/listsPartiesWithoutSeats`` says.
    public var boycott: Bool = false

    enum CodingKeys: String, CodingKey { case label, shortLabel, colour, seats, boycott }

    /// Decodes a party; `boycott` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        label = try container.decode(String.self, forKey: .label)
        shortLabel = try container.decode(String.self, forKey: .shortLabel)
        colour = try container.decodeIfPresent(String.self, forKey: .colour)
        seats = try container.decode(Int.self, forKey: .seats)
        boycott = try container.decodeIfPresent(Bool.self, forKey: .boycott) ?? false
    }

    /// Creates a party; `shortLabel` defaults to `label`.
    public init(label: String, shortLabel: String? = nil, colour: String? = nil, seats: Int) {
        self.label = label
        self.shortLabel = shortLabel ?? label
        self.colour = colour
        self.seats = seats
    }

    /// The short label, or the label when the short one is blank.
    var displayShortLabel: String {
        shortLabel.allSatisfy(\.isWhitespace) ? label : shortLabel
    }
}

/// Sums that saturate at `Int.max` instead of trapping, for counts that callers supply.
enum SaturatingCount {
    /// The sum of `values`, each clamped below at 0, saturating at `Int.max`.
    static func sum(_ values: some Sequence<Int>) -> Int {
        var total = 0
        for value in values {
            let (sum, overflow) = total.addingReportingOverflow(max(value, 0))
            if overflow { return Int.max }
            total = sum
        }
        return total
    }
}
