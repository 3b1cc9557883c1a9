/// The small readings and writings of what users type and read, each written once: percentages
/// (`--turnout 45%`, `threshold=2.5`), signed figures (`−3.22`), blanks around a field, and the
/// "did you mean" of a misspelt name.
public enum UserText {
    /// A percentage as users write it, `45%` or `45` (digits and one point, `%` optional),
    /// in percent and to the millionth of a point; `nil` for anything else (no sign, no exponent).
    public static func percent(_ text: String) -> Double? {
        var digits = Substring(text)
        if digits.hasSuffix("%") { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.filter({ $0 == "." }).count <= 1,
            digits.allSatisfy({ $0 == "." || ("0"..."9").contains($0) }), let value = Double(digits)
        else { return nil }
        return (value * 1e6).rounded() / 1e6
    }

    /// `value` with `decimals` digits and its sign, `+` or the minus sign `−` (U+2212); none for zero.
    public static func signed(_ value: Double, decimals: Int) -> String {
        let digits = Formatting.fixed(abs(value), decimals: decimals)
        guard digits.contains(where: { $0 != "0" && $0 != "." }) else { return digits }
        return (value < 0 ? "−" : "+") + digits
    }

    /// The position of what a user names among items known by an id and a display name: the
    /// first with that id, else with that name, else either without regard to case. Lists are
    /// found so by swings and boycotts, blocs by swings and tipping points.
    public static func match(_ name: String, ids: [String], names: [String]) -> Int? {
        if let index = ids.firstIndex(of: name) { return index }
        if let index = names.firstIndex(of: name) { return index }
        let lowered = name.lowercased()
        return ids.indices.first { (index: Int) -> Bool in
            ids[index].lowercased() == lowered || (index < names.count && names[index].lowercased() == lowered)
        }
    }

    /// The name of `names` closest to `word` by edit distance, if close enough to be a likely
    /// typo (at most 2 edits, or a third of the name): every "did you mean" of the library and
    /// the command line.
    public static func closest(to word: String, among names: [String]) -> String? {
        let scored = names.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 }
        guard let (name, score) = scored, score <= max(2, name.count / 3) else { return nil }
        return name
    }

    /// The edit distance (Levenshtein) between two names.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs around it.
    func trimmingBlanks() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
