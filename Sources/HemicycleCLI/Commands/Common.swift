import Hemicycle

/// The output formats every command offers.
enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv

    static let option = OptionSpec(
        name: "--format", short: "-f", value: "FORMAT", help: "Output format: table (default), json or csv.")

    static func parse(_ arguments: Arguments) throws(CLIError) -> OutputFormat {
        let text = arguments.value("--format") ?? "table"
        guard let format = OutputFormat(rawValue: text) else {
            throw .usage("--format must be table, json or csv, not '\(text)'")
        }
        return format
    }
}

/// The option that sends output to a file.
let outputOption = OptionSpec(
    name: "--output", short: "-o", value: "FILE",
    help: "Write the result to FILE (whole or not at all) instead of standard output.")

/// A scenario loaded from the command line.
struct LoadedScenario {
    var election: Election
    /// The file, or the embedded default's name.
    var source: String
    /// The digest of the resolved document.
    var digest: String
    /// The command line's adjustments.
    var adjustments: [Adjustment] = []
}

/// The rules to compare on `election`: those of `--rules`, else ``RuleChoice/defaultChoices(for:)``.
///
/// - Throws: ``CLIError/usage(_:)`` for a rule that does not parse.
func parseRuleChoices(_ arguments: Arguments, for election: Election) throws(CLIError) -> [RuleChoice] {
    do {
        guard let text = arguments.value("--rules") else { return try RuleChoice.defaultChoices(for: election) }
        return try RuleChoice.parseList(text, for: election)
    } catch {
        throw .usage("--rules: \(error)")
    }
}

/// The options that adjust a scenario before it runs (`run`, `simulate`, `compare`, `report`).
let adjustmentOptions: [OptionSpec] = [
    OptionSpec(
        name: "--turnout", short: nil, value: "LEVEL[:round=2][:region=R]",
        help: "Set round-1 (or 2) turnout, national or of region R, to LEVEL (45%), by one logit shift.", repeatable: true),
    OptionSpec(
        name: "--swing", short: nil, value: "LIST=POINTS[:METHOD]",
        help: "Move a list's (or bloc's) vote by POINTS (-5): uniform (default), proportional or logit; LIST=x0.9 scales it.",
        repeatable: true),
    OptionSpec(
        name: "--boycott", short: nil, value: "LIST[=ABSTENTION]",
        help: "LIST boycotts; ABSTENTION (default 100%) of its supporters stay home.", repeatable: true),
    OptionSpec(name: "--no-boycott", short: nil, value: nil, help: "End every boycott of the scenario."),
    OptionSpec(
        name: "--model-round2", short: nil, value: nil,
        help: "Model round 2 from round 1 by the transfers, setting official round-2 counts aside."),
    OptionSpec(
        name: "--no-withdrawals", short: nil, value: nil,
        help: "Take back every withdrawal: all qualified candidates stand (round 2 modelled)."),
    OptionSpec(
        name: "--set", short: nil, value: "PATH=VALUE",
        help: "Set one value of the scenario (constituencies[kayes].seats=6); VALUE is JSON or text.", repeatable: true),
]

/// What every command with ``adjustmentOptions`` says about them in its `--help`.
let adjustmentDiscussion = """
    ADJUSTMENTS (--turnout, --swing, --boycott, --set, which may be repeated, and the flags
    --no-boycott, --no-withdrawals, --model-round2) apply after the scenario's own 'adjust'
    block, in a fixed order: --set, then --no-boycott, --boycott, --no-withdrawals,
    --model-round2, --swing, and --turnout last, so a turnout level holds after the swings. A turnout LEVEL is reached in the deterministic run by one shift of every
    constituency's turnout on the logit scale. A swing in points is uniform unless it says
    ':proportional' or ':logit'; the other lists' shares are rescaled. Every output states the
    adjustments applied (CSV: '# adjusted:' lines before the header).
    """

/// The adjustments of the command line, in its order within each option.
func parseAdjustments(_ arguments: Arguments) throws(CLIError) -> [Adjustment] {
    var adjustments: [Adjustment] = []
    for (name, _) in Adjustment.options {
        let values: [String?] = arguments.has(name) ? [nil] : arguments.all(name)
        for value in values {
            do {
                adjustments.append(try Adjustment.parse(option: name, value: value))
            } catch {
                throw .usage("\(name): \(error.message)")
            }
        }
    }
    return adjustments
}

/// Loads the scenario named on the command line, or the embedded default, with the command
/// line's adjustments applied.
func loadScenario(_ arguments: Arguments) throws(CLIError) -> LoadedScenario {
    let path = arguments.positionals.first
    let adjustments = try parseAdjustments(arguments)
    do {
        let (election, digest) = try ScenarioLoader.loadAdjusted(path: path, adjustments: adjustments)
        return LoadedScenario(
            election: election, source: path ?? "\(ScenarioLoader.embeddedName) (embedded)", digest: digest,
            adjustments: adjustments)
    } catch {
        switch error {
        case .scenario(let problem): throw .scenario(problem)
        case .option(let option, let problem): throw .usage("\(option): \(problem.message)")
        }
    }
}

/// `--seat-order`: how parliament diagrams seat the lists.
let seatOrderOption = OptionSpec(
    name: "--seat-order", short: nil, value: "ORDER",
    help: "Diagram seats left to right: 'scenario' (its seatOrder, the default; else its list order), 'seats' (largest first) or LIST,LIST,...")

/// The diagrams' seat order: `--seat-order`, else the scenario's `seatOrder`, else `nil` (the
/// scenario's list order).
func seatOrder(_ arguments: Arguments, _ election: Election) throws(CLIError) -> SeatOrder? {
    guard let text = arguments.value("--seat-order") else { return election.seatOrder }
    guard let ordering = SeatOrdering.parse(text) else {
        throw .usage("--seat-order: expected 'scenario', 'seats' or list ids separated by commas, got '\(text)'")
    }
    do {
        return try election.seatOrder(ordering)
    } catch {
        throw .usage("--seat-order: \(error.message)")
    }
}
