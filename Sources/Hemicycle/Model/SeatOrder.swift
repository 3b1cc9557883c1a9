/// The order in which a parliament diagram seats the lists, from the left of the hemicycle to
/// the right: a scenario's `seatOrder` (typically left to right politically), or `--seat-order`.
public struct SeatOrder: Sendable, Hashable {
    /// List ids, leftmost first. Lists not named sit after them, in the result's order.
    public var lists: [String]
    /// What the order follows, for the legend ("political family, left to right (NZZ)").
    public var basis: String
    /// Whether the lists sit by seats, the largest first (`--seat-order seats`; `lists` empty).
    public var largestFirst: Bool

    /// Creates an order.
    public init(lists: [String], basis: String, largestFirst: Bool = false) {
        self.lists = lists
        self.basis = basis
        self.largestFirst = largestFirst
    }

    /// The largest list first, then the next: `--seat-order seats`.
    public static let bySeats = SeatOrder(lists: [], basis: "by seats, the largest first", largestFirst: true)

    /// `items` arranged in this order: by `seats`, the largest first (ties as given), when
    /// ``largestFirst``; otherwise the named ones as named, then the rest as given.
    public func arrange<Item>(_ items: [Item], id: (Item) -> String, seats: (Item) -> Int) -> [Item] {
        if largestFirst {
            return items.enumerated().sorted { (seats($0.element), $1.offset) > (seats($1.element), $0.offset) }.map(\.element)
        }
        let rank = Dictionary(lists.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let named = items.filter { rank[id($0)] != nil }.sorted { rank[id($0)]! < rank[id($1)]! }
        return named + items.filter { rank[id($0)] == nil }
    }

    /// `ids` (each a list's id) arranged in this order: the named ones as named, then the rest
    /// in the order given.
    public func arrange(_ ids: [String]) -> [String] {
        arrange(ids, id: { $0 }, seats: { _ in 0 })
    }
}

/// How a diagram seats the lists: `--seat-order seats|scenario|A,B,…`.
public enum SeatOrdering: Sendable, Hashable {
    /// By seats, the largest first, whatever the scenario's `seatOrder`.
    case seats
    /// The scenario's `seatOrder` (the result's order if it has none).
    case scenario
    /// These lists first, left to right, then the rest in the result's order.
    case lists([String])

    /// Reads `seats`, `scenario` or a comma-separated list of list ids.
    public static func parse(_ text: String) -> SeatOrdering? {
        switch text {
        case "seats": return .seats
        case "scenario": return .scenario
        default:
            let ids = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0.filter { !$0.isWhitespace }) }
            return ids.isEmpty || ids.contains(where: \.isEmpty) ? nil : .lists(ids)
        }
    }
}

extension Election {
    /// The order `ordering` asks for on this election, or `nil` for the result's own order.
    ///
    /// - Throws: ``SeatOrderError`` naming a list id the election does not have.
    public func seatOrder(_ ordering: SeatOrdering) throws(SeatOrderError) -> SeatOrder? {
        switch ordering {
        case .seats: return .bySeats
        case .scenario: return seatOrder
        case .lists(let ids):
            let known = Set(lists.map(\.id))
            if let unknown = ids.first(where: { !known.contains($0) }) {
                throw SeatOrderError(message: "unknown list '\(unknown)'; the lists are \(lists.map(\.id).joined(separator: ", "))")
            }
            return SeatOrder(lists: ids, basis: "as given by --seat-order")
        }
    }
}

/// A `--seat-order` that names a list the election does not have.
public struct SeatOrderError: Error, Sendable {
    /// What is wrong.
    public var message: String
}
