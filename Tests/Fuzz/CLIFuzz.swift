// libFuzzer target: arbitrary bytes as a command line (words separated by NUL bytes), through
// everything `hemicycle` does before it reads a scenario or writes a result: picking the
// command, parsing the options, and checking each value (format, runs, seed, threads, shard,
// rules, output paths). Built by Scripts/fuzz.sh with -D CLI_FUZZ, from the library's and the
// CLI's sources (without the CLI's main.swift).
//
// Whatever the words, parsing must give values or a CLIError with a usage message, never trap.

#if CLI_FUZZ
    /// Loaded once: the rule parser checks rules against an election.
    nonisolated(unsafe) let fuzzElection = try? ScenarioLoader.loadEmbedded()

    @_cdecl("LLVMFuzzerTestOneInput")
    public func cliFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        let bytes = UnsafeBufferPointer(start: data, count: size)
        let words = bytes.split(separator: 0, omittingEmptySubsequences: false).prefix(24)
            .map { String(decoding: $0, as: UTF8.self) }
        parse(words)
        return 0
    }

    func parse(_ words: [String]) {
        let named = words.first.flatMap { first in HemicycleCommand.commands.first { $0.spec.name == first } }
        let spec = named?.spec ?? RunCommand.spec
        let rest = named == nil ? words : Array(words.dropFirst())
        if let first = words.first, named == nil, !first.hasPrefix("-") {
            _ = Arguments.closest(first, among: HemicycleCommand.commands.map(\.spec.name))
        }
        guard let arguments = try? Arguments.parse(rest, for: spec) else { return }
        FuzzChecks.require(arguments.positionals.count <= rest.count, "no more positionals than words")
        _ = spec.help
        _ = try? OutputFormat.parse(arguments)
        _ = try? Output.checkPaths(arguments)
        switch spec.name {
        case SimulateCommand.spec.name:
            if let shard = try? SimulateCommand.parseShard(arguments.value("--shard")) {
                FuzzChecks.require(shard.index >= 1 && shard.index <= shard.count, "a shard within its count")
            }
        case CompareCommand.spec.name:
            _ = try? CompareCommand.checkMode(arguments)
            if let election = fuzzElection { _ = try? parseRuleChoices(arguments, for: election) }
        default:
            break
        }
        if let options = try? SimulationOptions.parse(arguments) {
            FuzzChecks.require(options.runs >= 1 && options.threads >= 1, "runs and threads at least one")
        }
    }
#endif
