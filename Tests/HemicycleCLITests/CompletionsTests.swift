import Foundation
import Testing

@testable import HemicycleCLI

/// `hemicycle completions`: each script names every command and every option, and bash's parses.
@Suite("Shell completions")
struct CompletionsTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func everyCommandAndOption(shell: String) throws {
        let outcome = try CLIRunner.run(["completions", shell])
        #expect(outcome.status == 0)
        let script = outcome.standardOutput
        for command in HemicycleCommand.commands {
            #expect(script.contains(command.spec.name), "\(shell): \(command.spec.name)")
            for option in command.spec.options {
                // fish names long options without their dashes (-l format).
                let name = shell == "fish" ? "-l " + option.name.dropFirst(2) : option.name
                #expect(script.contains(name), "\(shell): \(command.spec.name) \(option.name)")
            }
        }
        #expect(script.contains("biproportional") && script.contains("table json csv"))
    }

    // The bash script parses, and completes a command, an option and a format as a user types them.
    @Test func bashCompletes() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("hemicycle.bash")
        try CLIRunner.run(["completions", "bash"]).standardOutput.write(to: file, atomically: true, encoding: .utf8)
        let probe = """
            source '\(file.path)'
            COMP_WORDS=(hemicycle sim); COMP_CWORD=1; _hemicycle; echo "${COMPREPLY[*]}"
            COMP_WORDS=(hemicycle compare --ru); COMP_CWORD=2; _hemicycle; echo "${COMPREPLY[*]}"
            COMP_WORDS=(hemicycle run --format c); COMP_CWORD=3; _hemicycle; echo "${COMPREPLY[*]}"
            """
        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = ["-c", probe]
        let pipe = Pipe()
        bash.standardOutput = pipe
        try bash.run()
        let lines = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        bash.waitUntilExit()
        #expect(bash.terminationStatus == 0)
        #expect(lines == ["simulate", "--rules --runs", "csv"])
    }

    @Test func unknownShellIsAUsageError() throws {
        let outcome = try CLIRunner.run(["completions", "tcsh"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("unknown shell 'tcsh'"))
        #expect(outcome.standardError.contains("hemicycle completions --help"))
    }
}
