import Foundation
import Hemicycle

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `hemicycle`: turns votes into seats. Parses the command line, calls the library, prints.
/// (`main.swift` starts it: a file of its own, so that the argument fuzzer can build the
/// parsing without an entry point.)
enum HemicycleCommand {
    /// Every command, in the order `--help` lists them.
    static let commands: [Subcommand] = [
        Subcommand(RunCommand.spec, RunCommand.execute),
        Subcommand(ValidateCommand.spec, ValidateCommand.execute),
        Subcommand(SimulateCommand.spec, SimulateCommand.execute),
        Subcommand(MergeCommand.spec, MergeCommand.execute),
        Subcommand(CompareCommand.spec, CompareCommand.execute),
        Subcommand(SweepCommand.spec, SweepCommand.execute),
        Subcommand(TippingCommand.spec, TippingCommand.execute),
        Subcommand(FitTransfersCommand.spec, FitTransfersCommand.execute),
        Subcommand(ImportCommand.spec, ImportCommand.execute),
        Subcommand(SchemaCommand.spec, SchemaCommand.execute),
        Subcommand(ReportCommand.spec, ReportCommand.execute),
        Subcommand(RulesCommand.spec, RulesCommand.execute),
        Subcommand(CompletionsCommand.spec, CompletionsCommand.execute),
    ]

    static let overview = """
        Hemicycle turns votes into seats, and simulates how that could have gone differently.

        Usage: hemicycle <command> [options]
               hemicycle            (runs the embedded Mali 1992 scenario, like 'hemicycle run')

        Commands:
        """

    static func main() async {
        signal(SIGPIPE, SIG_IGN)  // a closed pipe ends output quietly (see Output)
        let words = Array(CommandLine.arguments.dropFirst())
        do {
            try await dispatch(words)
        } catch {
            Output.error(error.message + "\n")
            exit(error.exitCode)
        }
    }

    static func dispatch(_ words: [String]) async throws(CLIError) {
        guard let first = words.first else {
            try RunCommand.execute(try Arguments.parse([], for: RunCommand.spec))
            return
        }
        switch first {
        case "--help", "-h", "help":
            if words.count > 1, let command = commands.first(where: { $0.spec.name == words[1] }) {
                Output.write(command.spec.help)
            } else {
                Output.write(help)
            }
        case "--version":
            Output.write("hemicycle \(Hemicycle.version)\n")
        default:
            guard let command = commands.first(where: { $0.spec.name == first }) else {
                // `hemicycle -- run` would read a scenario file named `run`: when there is none,
                // the user meant the command.
                if first == "--", words.count > 1, commands.contains(where: { $0.spec.name == words[1] }),
                    !FileManager.default.fileExists(atPath: words[1])
                {
                    throw .usage("'--' ends the options, so '\(words[1])' would be a scenario file, and there is none; "
                        + "to use the command, put it first: hemicycle \(words[1]) ...")
                }
                if first.hasPrefix("-") {
                    // Options without a command apply to the default command, `run`.
                    try await run(commands[0], words)
                    return
                }
                var message = "unknown command '\(first)'"
                if let guess = Arguments.closest(first, among: commands.map(\.spec.name)) {
                    message += "; did you mean '\(guess)'?"
                }
                throw .usage(message)
            }
            do {
                try await run(command, Array(words.dropFirst()))
            } catch .usage(let text) {
                throw .commandUsage(command: command.spec.name, text)
            }
        }
    }

    static func run(_ command: Subcommand, _ words: [String]) async throws(CLIError) {
        let arguments = try Arguments.parse(words, for: command.spec)
        if arguments.wantsHelp {
            Output.write(command.spec.help)
            return
        }
        try Output.checkPaths(arguments)
        try await command.run(arguments)
    }

    static var help: String {
        let width = commands.map(\.spec.name.count).max() ?? 0
        var text = overview + "\n"
        for command in commands {
            text += "  " + command.spec.name + String(repeating: " ", count: width - command.spec.name.count + 2)
            text += command.spec.summary + "\n"
        }
        text += """

            Run 'hemicycle <command> --help' for a command's options.
            Exit codes: 0 success, 1 failure (a bad scenario, a file that cannot be written), 64 bad usage.

            """
        return text
    }
}

/// A subcommand: what it accepts, and what it does.
struct Subcommand: Sendable {
    let spec: CommandSpec
    private let execute: @Sendable (Arguments) async throws(CLIError) -> Void

    init(_ spec: CommandSpec, _ execute: @escaping @Sendable (Arguments) throws(CLIError) -> Void) {
        self.spec = spec
        self.execute = { arguments async throws(CLIError) in try execute(arguments) }
    }

    init(_ spec: CommandSpec, _ execute: @escaping @Sendable (Arguments) async throws(CLIError) -> Void) {
        self.spec = spec
        self.execute = execute
    }

    func run(_ arguments: Arguments) async throws(CLIError) { try await execute(arguments) }
}
