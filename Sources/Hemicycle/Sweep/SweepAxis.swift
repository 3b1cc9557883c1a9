/// One adjustment swept over a grid of values (`hemicycle sweep --vary`):
///
/// - `turnout=FROM:TO:STEP`: round-1 national turnout levels, in percent (`15%:60%:5%`);
/// - `turnout2=FROM:TO:STEP`: round-2 levels, over the constituencies that hold a run-off;
/// - `swing.LIST=FROM:TO:STEP`: swings of a list in points (`-10:10:1`), uniform; write
///   `swing.LIST:logit=…` or `swing.LIST:proportional=…` for the other methods.
public struct SweepAxis: Sendable, Hashable {
    /// What is varied.
    public enum Parameter: Sendable, Hashable {
        /// A turnout level of round 1 or 2 (values in percent).
        case turnout(round: Int)
        /// A swing of one list (values in points).
        case swing(list: String, method: Swing.Method)
    }

    /// The most points one axis may have.
    public static let maximumPoints = 10_001

    /// What is varied.
    public var parameter: Parameter
    /// The grid, in percent (turnout) or points (swing), in increasing order.
    public var values: [Double]

    /// Creates an axis.
    public init(parameter: Parameter, values: [Double]) {
        self.parameter = parameter
        self.values = values
    }

    /// The axis's name, as `--vary` writes it and as tables and CSV headers print it.
    public var name: String {
        switch parameter {
        case .turnout(let round): return round == 1 ? "turnout" : "turnout2"
        case .swing(let list, let method): return "swing.\(list)" + (method == .uniform ? "" : ":\(method.rawValue)")
        }
    }

    /// The unit of the values: `%` for turnout, `points` for a swing.
    public var unit: String {
        if case .turnout = parameter { return "%" }
        return "points"
    }

    /// A value as printed: `45%` for a turnout, `−2.5` for a swing.
    public func format(_ value: Double) -> String {
        let text = Adjustment.number(value)
        if case .turnout = parameter { return text + "%" }
        return value > 0 ? "+" + text : value < 0 ? "−" + Adjustment.number(-value) : text
    }

    /// A label for a chart's axis.
    public var label: String {
        switch parameter {
        case .turnout(let round): return "Round-\(round) turnout (% of the register)"
        case .swing(let list, let method): return "Swing to \(list), points of the vote (\(method.rawValue))"
        }
    }

    /// The adjustment at one value of the grid.
    public func adjustment(at value: Double) -> Adjustment {
        switch parameter {
        case .turnout(let round): return .turnout(TurnoutTarget(level: value / 100, round: round))
        case .swing(let list, let method): return .swing(Swing(list: list, change: .points(value, method)))
        }
    }

    /// Parses `NAME=FROM:TO:STEP`.
    ///
    /// - Throws: ``AdjustmentProblem`` for an unknown name, a grid that does not parse, a step
    ///   that is not positive, an empty or too long grid, or a value outside the parameter's domain.
    public static func parse(_ text: String) throws(AdjustmentProblem) -> SweepAxis {
        guard let equals = text.lastIndex(of: "="), equals != text.startIndex else {
            throw AdjustmentProblem("--vary takes NAME=FROM:TO:STEP (as turnout=15%:60%:5% or swing.ADEMA-PASJ=-10:10:1), not '\(text)'")
        }
        let name = String(text[..<equals])
        let grid = text[text.index(after: equals)...].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let parameter: Parameter
        if name == "turnout" || name == "turnout1" {
            parameter = .turnout(round: 1)
        } else if name == "turnout2" {
            parameter = .turnout(round: 2)
        } else if name.hasPrefix("swing."), name.count > 6 {
            var list = String(name.dropFirst(6))
            var method = Swing.Method.uniform
            if let colon = list.lastIndex(of: ":"), let named = Swing.Method(rawValue: String(list[list.index(after: colon)...])) {
                method = named
                list = String(list[..<colon])
            }
            guard !list.isEmpty else { throw AdjustmentProblem("'\(name)' names no list") }
            parameter = .swing(list: list, method: method)
        } else {
            throw AdjustmentProblem("unknown parameter '\(name)'; parameters are turnout, turnout2 and swing.LIST[:logit|proportional]")
        }
        guard grid.count == 3 else {
            throw AdjustmentProblem("the grid of '\(name)' is FROM:TO:STEP, not '\(text[text.index(after: equals)...])'")
        }
        func number(_ part: String) throws(AdjustmentProblem) -> Double {
            var digits = part.hasSuffix("%") ? String(part.dropLast()) : part
            if digits.hasPrefix("−") { digits = "-" + digits.dropFirst() }
            if digits.hasPrefix("+") { digits.removeFirst() }
            guard let value = Double(digits), value.isFinite, digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else {
                throw AdjustmentProblem("'\(part)' in the grid of '\(name)' is not a number")
            }
            return value
        }
        let (from, to, step) = (try number(grid[0]), try number(grid[1]), try number(grid[2]))
        guard step > 0 else { throw AdjustmentProblem("the step of '\(name)' must be above zero, not \(grid[2])") }
        guard from <= to else { throw AdjustmentProblem("the grid of '\(name)' runs from \(grid[0]) up to \(grid[1]): FROM must not exceed TO") }
        let count = Int(((to - from) / step + 1e-9).rounded(.down)) + 1
        guard count <= maximumPoints else {
            throw AdjustmentProblem("the grid of '\(name)' has \(count) points; at most \(maximumPoints)")
        }
        // Each value from its index, rounded to 1e-9, so 0.1 steps print as 0.3, not 0.30000000000000004.
        let values = (0..<count).map { (($0 == count - 1 && abs(from + Double($0) * step - to) < 1e-9 * step ? to : from + Double($0) * step) * 1e9).rounded() / 1e9 }
        switch parameter {
        case .turnout:
            guard from > 0, to < 100 else {
                throw AdjustmentProblem("turnout levels must lie above 0% and below 100%, not \(grid[0]) to \(grid[1])")
            }
        case .swing:
            guard from >= -100, to <= 100 else {
                throw AdjustmentProblem("a swing lies from -100 to +100 points, not \(grid[0]) to \(grid[1])")
            }
        }
        return SweepAxis(parameter: parameter, values: values)
    }
}
