/// Locale-independent number formatting, so that output is the same bytes on every machine.
public enum Formatting {
    /// `value` with exactly `decimals` digits after the point, rounded half away from zero;
    /// never `-0.00`. Non-finite values print as `nan`, `inf` or `-inf`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        let decimals = max(0, min(decimals, 12))
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else { return "\(value)" }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = units / divisor
        var text = value < 0 && units != 0 ? "-\(whole)" : "\(whole)"
        if decimals > 0 {
            let fraction = String(units % divisor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// `share` as a percentage with `decimals` digits: `0.2109` → `21.09%`.
    public static func percent(_ share: Double, decimals: Int = 1) -> String {
        fixed(share * 100, decimals: decimals) + "%"
    }

    /// `value` rounded to `decimals` places, for JSON output that stays stable and readable.
    public static func rounded(_ value: Double, decimals: Int = 6) -> Double {
        guard value.isFinite else { return value }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// `count` and the noun, plural when it is not one: `1 seat`, `15 seats`.
    public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }

    /// A whole number with thin groups: `4780416` → `4,780,416`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}

/// A plain-text table with aligned columns, for terminals.
public struct TextTable: Sendable {
    /// How a column's cells line up.
    public enum Alignment: Sendable { case left, right }

    /// The column headers.
    public var headers: [String]
    /// Each column's alignment.
    public var alignments: [Alignment]
    /// The rows (each as many cells as headers).
    public var rows: [[String]] = []
    /// Rows drawn under a rule at the bottom (totals).
    public var footer: [[String]] = []

    /// Creates a table; numbers are usually right-aligned.
    public init(headers: [String], alignments: [Alignment]) {
        self.headers = headers
        self.alignments = alignments
    }

    /// Appends a row.
    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table as text, two spaces between columns, a rule under the headers.
    public func render() -> String {
        let all = [headers] + rows + footer
        var widths = Array(repeating: 0, count: headers.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ row: [String]) -> String {
            var parts: [String] = []
            for index in widths.indices {
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                parts.append(alignments[index] == .left ? cell + padding : padding + cell)
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        var lines = [line(headers), rule] + rows.map(line)
        if !footer.isEmpty { lines += [rule] + footer.map(line) }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Comma-separated values as RFC 4180 writes them, for pandas, R and spreadsheets.
public enum CSV {
    /// One line: fields joined by commas, quoted when they hold a comma, a quote or a line break.
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + field.replacingQuotes() + "\""
            }
            return field
        }.joined(separator: ",") + "\n"
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result
    }
}
