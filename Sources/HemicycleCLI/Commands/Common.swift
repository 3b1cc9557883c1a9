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

/// Loads the scenario named on the command line, or the embedded default.
func loadScenario(_ path: String?) throws(CLIError) -> LoadedScenario {
    do {
        guard let path else {
            let (election, digest) = try ScenarioLoader.loadEmbeddedWithDigest()
            return LoadedScenario(election: election, source: "\(ScenarioLoader.embeddedName) (embedded)", digest: digest)
        }
        let (election, digest) = try ScenarioLoader.loadWithDigest(path: path)
        return LoadedScenario(election: election, source: path, digest: digest)
    } catch {
        throw .scenario(error)
    }
}
