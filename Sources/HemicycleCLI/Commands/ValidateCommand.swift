import Hemicycle

/// `hemicycle validate SCENARIO...`: check files and report every problem.
enum ValidateCommand {
    static let spec = CommandSpec(
        name: "validate",
        summary: "Check scenario files and report every problem with its JSON path.",
        usage: "SCENARIO... [--quiet]",
        options: [OptionSpec(name: "--quiet", short: "-q", value: nil, help: "Print nothing for valid files.")],
        positionals: 1...Int.max,
        discussion: """
            Prints 'FILE: ok' and a short summary for each valid file, with a 'FILE: note:' line for
            each combination a reader can misread (a threshold measured elsewhere than the seats are
            allocated), and one line per problem ('FILE: JSON.PATH: message') on standard error for
            each invalid one.
            Exits 0 when every file is valid, 1 otherwise.
            """)

    static func execute(_ arguments: Arguments) throws(CLIError) {
        var failed = 0
        for path in arguments.positionals {
            do {
                let election = try ScenarioLoader.load(path: path)
                if !arguments.has("--quiet") {
                    let contested = election.constituencies.filter(\.isContested).count
                    Output.write(
                        "\(path): ok (\(election.assembly.size) seats, \(contested) contested constituencies, "
                            + "\(election.lists.count) lists, \(election.sources.count) sources)\n")
                    for advisory in election.system.advisories { Output.write("\(path): note: \(advisory)\n") }
                }
            } catch {
                failed += 1
                Output.error("\(error)\n")
                Output.error("\(path): \(error.problems.count) problem\(error.problems.count == 1 ? "" : "s")\n")
            }
        }
        if failed > 0 { throw .failure("\(failed) of \(arguments.positionals.count) scenario files have problems") }
    }
}
