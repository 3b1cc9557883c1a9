import Hemicycle

/// One option a command accepts.
struct OptionSpec: Sendable {
    /// The long name, with dashes: `--format`.
    var name: String
    /// A short alias, with one dash: `-f`.
    var short: String?
    /// The value's placeholder (`FORMAT`), or `nil` for a flag.
    var value: String?
    /// One line of help.
    var help: String
    /// Whether the option may be given more than once (each value kept, in order).
    var repeatable = false
}

/// What a command accepts and says about itself.
struct CommandSpec: Sendable {
    var name: String
    var summary: String
    /// The usage line after `hemicycle NAME`.
    var usage: String
    var options: [OptionSpec]
    /// The fewest and most positional arguments.
    var positionals: ClosedRange<Int>
    /// Paragraphs after the options.
    var discussion: String = ""

    /// The `--help` text.
    var help: String {
        var text = "\(summary)\n\nUsage: hemicycle \(name) \(usage)\n\nOptions:\n"
        let all = options + [OptionSpec(name: "--help", short: "-h", value: nil, help: "Show this help and exit.")]
        let labels = all.map { option in
            ([option.short, option.name].compactMap { $0 }.joined(separator: ", ")) + (option.value.map { " \($0)" } ?? "")
        }
        let width = labels.map(\.count).max() ?? 0
        for (label, option) in zip(labels, all) {
            text += "  " + label + String(repeating: " ", count: width - label.count + 2) + option.help + "\n"
        }
        if !discussion.isEmpty { text += "\n" + discussion + "\n" }
        return text
    }
}

/// The parsed command line of one command.
struct Arguments: Sendable, Equatable {
    var positionals: [String] = []
    var values: [String: String] = [:]
    /// The values of repeatable options, in command-line order.
    var repeated: [String: [String]] = [:]
    var flags: Set<String> = []
    var wantsHelp = false

    /// Parses `words` for `spec`: `--name value`, `--name=value`, `-f value`, flags, `--` ends options.
    ///
    /// - Throws: ``CLIError/usage(_:)`` for an unknown option, a missing value, or the wrong
    ///   number of positional arguments.
    static func parse(_ words: [String], for spec: CommandSpec) throws(CLIError) -> Arguments {
        var result = Arguments()
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                result.positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            if word == "--help" || word == "-h" {
                result.wantsHelp = true
                continue
            }
            var name = word
            var inline: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                inline = String(word[word.index(after: equals)...])
            }
            guard let option = spec.options.first(where: { $0.name == name || $0.short == name }) else {
                var message = "unknown option '\(name)' for 'hemicycle \(spec.name)'"
                if let guess = closest(name, among: spec.options.map(\.name)) { message += "; did you mean '\(guess)'?" }
                throw .usage(message)
            }
            if option.value == nil {
                if inline != nil { throw .usage("option '\(option.name)' takes no value") }
                result.flags.insert(option.name)
                continue
            }
            if result.values[option.name] != nil && !option.repeatable {
                throw .usage("option '\(option.name)' is given twice; give it once")
            }
            let value: String
            if let inline {
                value = inline
            } else if index < words.count {
                value = words[index]
                index += 1
            } else {
                throw .usage("option '\(option.name)' needs a value (\(option.value ?? "VALUE"))")
            }
            result.values[option.name] = value
            if option.repeatable { result.repeated[option.name, default: []].append(value) }
        }
        if !result.wantsHelp && !spec.positionals.contains(result.positionals.count) {
            let range = spec.positionals
            let expected =
                range.lowerBound == range.upperBound
                ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound == Int.max ? "any" : "\(range.upperBound)")"
            throw .usage(
                "'hemicycle \(spec.name)' takes \(expected) argument(s), not \(result.positionals.count); "
                    + "usage: hemicycle \(spec.name) \(spec.usage)")
        }
        return result
    }

    /// The option's value, if given.
    func value(_ name: String) -> String? { values[name] }

    /// Every value of a repeatable option, in order (one for an option given once).
    func all(_ name: String) -> [String] { repeated[name] ?? values[name].map { [$0] } ?? [] }

    /// Whether a flag was given.
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// An option's value as an integer in `range`, or a usage error that names it.
    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(CLIError) -> Int {
        guard let text = values[name] else { return fallback }
        guard let number = Self.wholeNumber(text, as: Int.self), range.contains(number) else {
            throw .usage("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return number
    }

    /// `text` as a whole number when it is plain decimal digits (no sign, no `_`, no spaces)
    /// and fits `type`: the one rule for every number of the command line.
    static func wholeNumber<Number: FixedWidthInteger>(_ text: String, as type: Number.Type) -> Number? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        return Number(text)
    }

    /// The closest name by edit distance, if close enough to be a likely typo.
    static func closest(_ word: String, among names: [String]) -> String? { UserText.closest(to: word, among: names) }
}
