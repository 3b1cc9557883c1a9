import Hemicycle

/// Why a command failed, and with which exit code.
enum CLIError: Error, Sendable {
    /// A bad command line: exit 64 (EX_USAGE).
    case usage(String)
    /// A bad command line for one command, whose own `--help` the message points to: exit 64.
    case commandUsage(command: String, String)
    /// A scenario with problems: exit 1.
    case scenario(ScenarioError)
    /// Anything else that failed: exit 1.
    case failure(String)

    /// The exit code scripts can trust: 0 ok, 1 failure, 64 bad usage.
    var exitCode: Int32 {
        switch self {
        case .usage, .commandUsage: return 64
        case .scenario, .failure: return 1
        }
    }

    /// The message for standard error.
    var message: String {
        switch self {
        case .usage(let text): return "hemicycle: \(text)\nRun 'hemicycle --help' for usage."
        case .commandUsage(let command, let text): return "hemicycle: \(text)\nRun 'hemicycle \(command) --help' for usage."
        case .scenario(let error): return "\(error)"
        case .failure(let text): return "hemicycle: \(text)"
        }
    }
}
