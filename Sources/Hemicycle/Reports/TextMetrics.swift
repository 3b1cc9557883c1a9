/// Estimates how wide text will be drawn, to lay out labels without a font engine.
///
/// Widths come from Helvetica's advance widths (the metrics shared by Arial and Liberation Sans,
/// which the pictures name first in `font-family`), plus a safety margin for fonts that run
/// wider. Characters outside ASCII take an average width; East Asian wide characters take a full
/// em. The estimate errs on the wide side, so a label that is said to fit does fit.
enum TextMetrics {
    /// The font stack written on every picture, metric-compatible fonts first.
    static let fontFamily = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

    /// The horizontal ellipsis that ends a truncated label.
    static let ellipsis = "\u{2026}"

    /// Helvetica advance widths in thousandths of an em for U+0020…U+007E.
    private static let asciiWidths: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // ␠ … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 … ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ … O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P … _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` … o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p … ~
    ]

    /// Estimated drawn width of `text` at `fontSize` pixels.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func width(of text: String, fontSize: Double, bold: Bool = false) -> Double {
        var thousandths = 0
        for character in text {
            thousandths += width(of: character)
        }
        let boldFactor = bold ? 1.1 : 1.0
        return Double(thousandths) / 1000 * fontSize * boldFactor * 1.06
    }

    private static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value >= 0x20, value <= 0x7E { return asciiWidths[Int(value - 0x20)] }
        if value < 0x20 { return 0 }
        if isWide(value) { return 1000 }
        if value == 0x2026 { return 1000 }
        return 640
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// Returns `text` unchanged if it fits in `maxWidth`, otherwise its longest prefix (in whole
    /// characters, trailing spaces dropped) followed by an ellipsis that fits.
    ///
    /// Callers keep the full text in a `<title>` so nothing is lost.
    static func truncate(_ text: String, toWidth maxWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        if width(of: text, fontSize: fontSize, bold: bold) <= maxWidth { return text }
        let ellipsisWidth = width(of: ellipsis, fontSize: fontSize, bold: bold)
        var kept = ""
        var keptWidth = 0.0
        for character in text {
            let next = width(of: String(character), fontSize: fontSize, bold: bold)
            if keptWidth + next + ellipsisWidth > maxWidth { break }
            kept.append(character)
            keptWidth += next
        }
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + ellipsis
    }

    /// Breaks `text` at spaces into at most `maxLines` lines of at most `maxWidth`; a word too long
    /// for a line, or text left over after the last line, is truncated with an ellipsis.
    static func wrap(
        _ text: String,
        toWidth maxWidth: Double,
        fontSize: Double,
        bold: Bool = false,
        maxLines: Int
    ) -> [String] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard maxLines > 0, !words.isEmpty else { return [] }
        if maxLines == 1 {
            return [truncate(words.joined(separator: " "), toWidth: maxWidth, fontSize: fontSize, bold: bold)]
        }
        var lines: [String] = []
        var current = ""
        for (index, word) in words.enumerated() {
            let candidate = current.isEmpty ? word : current + " " + word
            if width(of: candidate, fontSize: fontSize, bold: bold) <= maxWidth || current.isEmpty {
                current = candidate
                continue
            }
            lines.append(current)
            current = word
            if lines.count == maxLines - 1 {
                current = words[index...].joined(separator: " ")
                break
            }
        }
        lines.append(current)
        return lines.map { truncate($0, toWidth: maxWidth, fontSize: fontSize, bold: bold) }
    }
}
