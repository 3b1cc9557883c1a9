/// The command-line forms of the adjustments, one parser for every command that takes them.
///
/// - `--turnout LEVEL[:round=1|2][:region=NAME]`: LEVEL is a percentage (`45%` or `45`).
/// - `--swing LIST=POINTS[:uniform|proportional|logit][:region=NAME]`, POINTS signed (`-5`,
///   `+2.5`); or `--swing LIST=xFACTOR` (`x0.9`: every share times 0.9).
/// - `--boycott LIST[=ABSTENTION]`: ABSTENTION a percentage, 100% when not given.
/// - `--no-boycott`; `--set PATH=VALUE`, VALUE read as JSON, or else as a string.
/// - `--model-round2`, `--no-withdrawals`: flags.
extension Adjustment {
    /// The options that take an adjustment, with their value's placeholder (`nil`: a flag).
    public static let options: [(name: String, value: String?)] = [
        ("--turnout", "LEVEL"), ("--swing", "LIST=POINTS"), ("--boycott", "LIST[=ABSTENTION]"),
        ("--no-boycott", nil), ("--set", "PATH=VALUE"), ("--model-round2", nil), ("--no-withdrawals", nil),
    ]

    /// Parses one option's value.
    ///
    /// - Throws: ``AdjustmentProblem`` saying what the value should be.
    public static func parse(option: String, value: String?) throws(AdjustmentProblem) -> Adjustment {
        let text = value ?? ""
        switch option {
        case "--turnout": return .turnout(try parseTurnout(text))
        case "--swing": return .swing(try parseSwing(text))
        case "--boycott": return try parseBoycott(text)
        case "--no-boycott": return .endBoycotts
        case "--model-round2": return .modelRound2
        case "--no-withdrawals": return .noWithdrawals
        case "--set": return try parseSet(text)
        default: throw AdjustmentProblem("unknown adjustment option '\(option)'")
        }
    }

    private static func parseTurnout(_ text: String) throws(AdjustmentProblem) -> TurnoutTarget {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard let level = UserText.percent(parts[0]).map({ $0 / 100 }), level > 0, level < 1 else {
            throw AdjustmentProblem("the turnout must be a percentage above 0% and below 100% (as 45%), not '\(parts[0])'")
        }
        var target = TurnoutTarget(level: level)
        for option in parts.dropFirst() {
            let pair = option.split(separator: "=", maxSplits: 1).map(String.init)
            switch (pair.first ?? "", pair.count) {
            case ("round", 2):
                guard let round = Int(pair[1]), round == 1 || round == 2 else {
                    throw AdjustmentProblem("round must be 1 or 2, not '\(pair[1])'")
                }
                target.round = round
            case ("region", 2) where !pair[1].isEmpty:
                target.region = pair[1]
            default:
                throw AdjustmentProblem("unknown option '\(option)' in '\(text)'; options are round=1|2 and region=NAME")
            }
        }
        return target
    }

    private static func parseSwing(_ text: String) throws(AdjustmentProblem) -> Swing {
        // The list id may hold '=' itself: the change follows the last '=' that a change can follow.
        let starts = Set("+-−x*×.0123456789")
        let candidates = text.indices.filter { index in
            text[index] == "=" && index != text.startIndex && text.index(after: index) < text.endIndex
                && starts.contains(text[text.index(after: index)])
        }
        guard let equals = candidates.last else {
            throw AdjustmentProblem("a swing is LIST=POINTS (as ADEMA-PASJ=-5) or LIST=xFACTOR, not '\(text)'")
        }
        let list = String(text[..<equals])
        let parts = text[text.index(after: equals)...].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var amount = parts[0]
        var swing: Swing
        if amount.hasPrefix("x") || amount.hasPrefix("*") || amount.hasPrefix("×") {
            amount.removeFirst()
            guard let factor = Double(amount), factor.isFinite, factor >= 0 else {
                throw AdjustmentProblem("a swing's factor must be a number from 0 up (as x0.9), not '\(parts[0])'")
            }
            swing = Swing(list: list, change: .ratio(factor))
        } else {
            if amount.hasPrefix("−") { amount = "-" + amount.dropFirst() }
            if amount.hasPrefix("+") { amount.removeFirst() }
            guard let points = Double(amount), points.isFinite, abs(points) <= 100, !amount.hasPrefix("+") else {
                throw AdjustmentProblem("a swing is a number of points from -100 to +100 (as -5 or +2.5), not '\(parts[0])'")
            }
            swing = Swing(list: list, change: .points(points, .uniform))
        }
        for option in parts.dropFirst() {
            if option.hasPrefix("region="), option.count > 7 {
                swing.region = String(option.dropFirst(7))
            } else if let method = Swing.Method(rawValue: option), case .points(let points, _) = swing.change {
                swing.change = .points(points, method)
            } else {
                let methods = Swing.Method.allCases.map(\.rawValue).joined(separator: ", ")
                throw AdjustmentProblem(
                    "unknown option '\(option)' in '\(text)'; options are a method of a swing in points (\(methods)) and region=NAME")
            }
        }
        return swing
    }

    private static func parseBoycott(_ text: String) throws(AdjustmentProblem) -> Adjustment {
        let pair = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard !pair[0].isEmpty else { throw AdjustmentProblem("a boycott names a list: LIST or LIST=ABSTENTION") }
        guard pair.count == 2 else { return .boycott(list: pair[0], abstention: 1) }
        guard let abstention = UserText.percent(pair[1]).map({ $0 / 100 }), abstention >= 0, abstention <= 1 else {
            throw AdjustmentProblem("a boycott's abstention is a percentage from 0% to 100%, not '\(pair[1])'")
        }
        return .boycott(list: pair[0], abstention: abstention)
    }

    private static func parseSet(_ text: String) throws(AdjustmentProblem) -> Adjustment {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw AdjustmentProblem("--set takes PATH=VALUE (as transfers.defaultAbstention=0.1), not '\(text)'")
        }
        let path = String(text[..<equals])
        let valueText = String(text[text.index(after: equals)...])
        _ = try DocumentPath(path)
        let value = (try? JSONParser.parse(Array(valueText.utf8))) ?? .string(valueText)
        return .set(path: path, value: value)
    }
}
