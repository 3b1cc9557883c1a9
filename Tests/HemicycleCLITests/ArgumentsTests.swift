import Testing

@testable import HemicycleCLI

@Suite("Arguments")
struct ArgumentsTests {
    let spec = CommandSpec(
        name: "demo", summary: "Demo.", usage: "[FILE]",
        options: [
            OptionSpec(name: "--format", short: "-f", value: "FORMAT", help: "Format."),
            OptionSpec(name: "--quiet", short: "-q", value: nil, help: "Quiet."),
        ],
        positionals: 0...1)

    @Test(arguments: [
        (["a.json", "--format", "json"], "a.json", "json", false),
        (["--format=csv", "a.json"], "a.json", "csv", false),
        (["-f", "table", "-q"], nil, "table", true),
        (["--", "-odd-name.json"], "-odd-name.json", nil, false),
    ] as [([String], String?, String?, Bool)])
    func parses(words: [String], file: String?, format: String?, quiet: Bool) throws {
        let arguments = try Arguments.parse(words, for: spec)
        #expect(arguments.positionals.first == file)
        #expect(arguments.value("--format") == format)
        #expect(arguments.has("--quiet") == quiet)
    }

    @Test func helpWinsOverMissingArguments() throws {
        let strict = CommandSpec(name: "x", summary: "", usage: "FILE", options: [], positionals: 1...1)
        #expect(try Arguments.parse(["--help"], for: strict).wantsHelp)
    }

    @Test func flagsTakeNoValue() {
        #expect(throws: CLIError.self) { try Arguments.parse(["--quiet=yes"], for: spec) }
    }

    @Test func integerOptionsAreRangeChecked() throws {
        let numeric = CommandSpec(
            name: "x", summary: "", usage: "",
            options: [OptionSpec(name: "--runs", short: nil, value: "N", help: "")], positionals: 0...0)
        #expect(try Arguments.parse(["--runs", "1000"], for: numeric).integer("--runs", default: 1, in: 1...10_000) == 1000)
        // Plain digits only: no separators, no sign, no spaces.
        for text in ["1_000", "+5", " 5", "5 ", "", "0x10", "1e3", "-1"] {
            #expect(throws: CLIError.self, "\(text)") {
                try Arguments.parse(["--runs", text], for: numeric).integer("--runs", default: 1, in: 1...10_000)
            }
        }
        #expect(throws: CLIError.self) {
            try Arguments.parse(["--runs", "0"], for: numeric).integer("--runs", default: 1, in: 1...10)
        }
        #expect(throws: CLIError.self) {
            try Arguments.parse(["--runs", "ten"], for: numeric).integer("--runs", default: 1, in: 1...10)
        }
    }

    @Test func aValuedOptionGivenTwiceIsAUsageError() {
        #expect(throws: CLIError.self) { try Arguments.parse(["--format", "json", "-f", "csv"], for: spec) }
        #expect(throws: CLIError.self) { try Arguments.parse(["--format=json", "--format=json"], for: spec) }
        #expect((try? Arguments.parse(["-q", "--quiet"], for: spec))?.has("--quiet") == true)
    }

    @Test func typosGetSuggestions() {
        #expect(Arguments.closest("--frmat", among: ["--format", "--output"]) == "--format")
        #expect(Arguments.closest("--zzzzzz", among: ["--format", "--output"]) == nil)
    }
}
