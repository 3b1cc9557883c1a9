/// A change laid over a scenario before it runs: the same whether a scenario's `adjust` block
/// states it or the command line gives it (`--turnout`, `--swing`, `--boycott`, `--no-boycott`,
/// `--set`).
///
/// Three kinds edit the scenario's document before it is checked (``isDocumentEdit``): `set`,
/// `boycott` and `endBoycotts`; the checked model then holds them like any figure of the file.
/// The other two move the checked model's votes (``Election/adjusted(by:)``): a turnout is
/// reached in the deterministic run by one shift of every constituency's turnout on the logit
/// scale, and a swing moves one list's share of support in every constituency where it stands.
/// Document edits come first, then the model's, each kind in the order given.
public enum Adjustment: Sendable, Hashable {
    /// Set a round's turnout, nationally or in one region, to a level.
    case turnout(TurnoutTarget)
    /// Move a list's share of support.
    case swing(Swing)
    /// The list boycotts: it leaves every ballot, `abstention` of its supporters stay home and
    /// the others vote as its transfers say.
    case boycott(list: String, abstention: Double)
    /// Every boycott ends: the boycotting lists stand where they have support.
    case endBoycotts
    /// Set one value of the scenario's document (`null` removes it).
    case set(path: String, value: JSONValue)
    /// Round 2 follows from round 1 by the transfers: the official round-2 counts are set
    /// aside (their blank and spoilt shares kept), the observed withdrawals stay.
    case modelRound2
    /// Nobody withdraws: every qualified candidate stands, and round 2 is modelled (its
    /// official field is no longer the one that stands).
    case noWithdrawals

    /// Whether the adjustment edits the scenario's document (before it is checked).
    public var isDocumentEdit: Bool {
        switch self {
        case .boycott, .endBoycotts, .set: return true
        case .turnout, .swing, .modelRound2, .noWithdrawals: return false
        }
    }

    /// Where the adjustment comes in the one order every path applies them in, whatever the order
    /// given: `set`, ended boycotts, boycotts (the document edits), withdrawals undone and
    /// round 2 modelled, swings, then turnout levels, so that a turnout level holds after the
    /// swings. Within a kind, the order given.
    public var applicationOrder: Int {
        switch self {
        case .set: return 0
        case .endBoycotts: return 1
        case .boycott: return 2
        case .noWithdrawals: return 3
        case .modelRound2: return 4
        case .swing: return 5
        case .turnout: return 6
        }
    }

    /// `adjustments` in ``applicationOrder`` (a stable sort).
    public static func ordered<Item>(_ items: [Item], by adjustment: (Item) -> Adjustment) -> [Item] {
        items.enumerated().sorted { (adjustment($0.element).applicationOrder, $0.offset) < (adjustment($1.element).applicationOrder, $1.offset) }
            .map(\.element)
    }

    /// The command-line words that give this adjustment (for a report's reproduce command).
    public var commandLine: [String] {
        switch self {
        case .turnout(let target):
            var value = Self.number(target.level * 100) + "%"
            if target.round != 1 { value += ":round=\(target.round)" }
            if let region = target.region { value += ":region=\(region)" }
            return ["--turnout", value]
        case .swing(let swing):
            var value = swing.list + "="
            switch swing.change {
            case .points(let points, let method):
                value += (points >= 0 ? "+" : "") + Self.number(points)
                if method != .uniform { value += ":\(method.rawValue)" }
            case .ratio(let factor):
                value += "x" + Self.number(factor)
            }
            if let region = swing.region { value += ":region=\(region)" }
            return ["--swing", value]
        case .boycott(let list, let abstention):
            return ["--boycott", "\(list)=\(Self.number(abstention * 100))%"]
        case .endBoycotts:
            return ["--no-boycott"]
        case .modelRound2:
            return ["--model-round2"]
        case .noWithdrawals:
            return ["--no-withdrawals"]
        case .set(let path, let value):
            if case .string(let text) = value { return ["--set", "\(path)=\(text)"] }
            return ["--set", "\(path)=\(value.serialized())"]
        }
    }

    /// A number as short as it reads back: `45`, `-2.5`, `0.125`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// A round's turnout to reach: the voters as a share of the registered, in the deterministic run.
public struct TurnoutTarget: Sendable, Hashable {
    /// The level, in (0, 1).
    public var level: Double
    /// The round: 1 or 2 (round 2: over the constituencies that hold a run-off).
    public var round: Int
    /// A region's name, or `nil` for the whole country.
    public var region: String?

    /// Creates a target.
    public init(level: Double, round: Int = 1, region: String? = nil) {
        self.level = level
        self.round = round
        self.region = region
    }
}

/// A change of one list's share of support, in every constituency where it stands (or those of
/// one region); the other lists' and the boycotters' shares are rescaled together so that each
/// constituency's shares still sum to one.
public struct Swing: Sendable, Hashable {
    /// How a national change in points is spread over the constituencies.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// Every constituency moves by the same points (Butler's uniform swing): the default,
        /// because it is what "lost five points" means to most readers, and the national share
        /// moves by exactly that where the list stands everywhere.
        case uniform
        /// Every constituency's share is multiplied by one factor, chosen so that the national
        /// share moves by the points: strongholds move most, and no share leaves [0, 1] downwards.
        case proportional
        /// Every constituency's share moves by one shift on the logit scale, chosen (by
        /// bisection on the deterministic run) so that the national share moves by the points:
        /// shares near 0 or 1 move least, and none leaves (0, 1).
        case logit
    }

    /// What moves.
    public enum Change: Sendable, Hashable {
        /// Points of the vote (−5: five points fewer), spread by a method.
        case points(Double, Method)
        /// A factor on every constituency's share (0.9: a tenth fewer).
        case ratio(Double)
    }

    /// The list's id.
    public var list: String
    /// The change.
    public var change: Change
    /// A region's name, or `nil` for the whole country.
    public var region: String?

    /// Creates a swing.
    public init(list: String, change: Change, region: String? = nil) {
        self.list = list
        self.change = change
        self.region = region
    }
}

/// Why an adjustment cannot be applied: a value outside its domain, an unknown list or
/// region, a level that no turnout reaches. Where it came from is the caller's to say (a
/// command-line option, or a path of a scenario's `adjust` block).
public struct AdjustmentProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problem.
    public var message: String

    /// Creates a problem.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
