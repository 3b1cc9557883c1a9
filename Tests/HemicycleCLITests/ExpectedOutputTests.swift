import Foundation
import Testing

/// Every output format, and every picture, compared byte for byte with a checked-in file in
/// `Tests/Expected/`: a change to what users read shows up here as a diff to review.
///
/// After an intended change, rewrite the files and review the diff before committing:
///
///     HEMICYCLE_UPDATE_EXPECTED=1 swift test --filter ExpectedOutputTests
///     git diff Tests/Expected
@Suite("Outputs as checked in")
struct ExpectedOutputTests {
    /// One command and the file its output must equal.
    struct Case: CustomTestStringConvertible, Sendable {
        /// The file in `Tests/Expected/`.
        var file: String
        /// `hemicycle`'s arguments; `OUT` stands for a file the command writes (its SVG or HTML),
        /// compared instead of standard output; `DISCARD`, a file for the output not compared.
        var arguments: [String]
        var testDescription: String { file }

        init(_ file: String, _ arguments: String) {
            self.file = file
            self.arguments = arguments.split(separator: " ").map(String.init)
        }

        /// Whether the command writes the compared output to a file rather than to stdout.
        var writesFile: Bool { arguments.contains("OUT") }
    }

    static let mali = "Scenarios/mali-1992.json"
    static let france = "Scenarios/validation/fr-assemblee-2017.json"

    static let cases: [Case] = [
        Case("run.table.txt", "run \(mali)"),
        Case("run.json", "run \(mali) --format json"),
        Case("run.csv", "run \(mali) --format csv"),
        Case("run-constituencies.table.txt", "run \(mali) --constituencies"),
        Case("run-constituencies.csv", "run \(mali) --format csv --constituencies"),
        Case("run-dhondt.table.txt", "run Scenarios/mali-1992-dhondt.json"),
        Case("run-norway.table.txt", "run Scenarios/validation/no-storting-2021.json"),
        Case("run-new-zealand.table.txt", "run Scenarios/validation/nz-parliament-2014.json"),
        Case("simulate.table.txt", "simulate \(mali) --runs 2000 --seed 1 --threads 2"),
        Case("simulate.json", "simulate \(mali) --runs 2000 --seed 1 --threads 2 --format json"),
        Case("simulate.csv", "simulate \(mali) --runs 2000 --seed 1 --threads 2 --format csv --distributions"),
        Case("compare.table.txt", "compare \(mali)"),
        Case("compare.json", "compare \(mali) --format json"),
        Case("compare.csv", "compare \(mali) --format csv"),
        Case("compare-indices.csv", "compare \(mali) --format csv --indices"),
        Case("compare-runs.table.txt", "compare \(mali) --runs 400 --seed 2 --threads 1"),
        Case("parliament-mali.svg", "run \(mali) --output DISCARD --svg OUT"),
        Case("parliament-france.svg", "run \(france) --output DISCARD --svg OUT"),
        Case("seat-distributions-mali.svg", "simulate \(mali) --runs 2000 --seed 1 --output DISCARD --svg OUT"),
        Case("rule-comparison-mali.svg", "compare \(mali) --output DISCARD --svg OUT"),
    ]

    static let folder = CLIRunner.repository.appendingPathComponent("Tests/Expected")

    @Test(arguments: cases)
    func outputIsAsCheckedIn(_ check: Case) throws {
        let scratch = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let written = scratch.appendingPathComponent("out")
        let discarded = scratch.appendingPathComponent("discard").path
        let arguments = check.arguments.map { $0 == "OUT" ? written.path : $0 == "DISCARD" ? discarded : $0 }
        let outcome = try CLIRunner.run(arguments)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let actual = check.writesFile ? try Data(contentsOf: written) : Data(outcome.standardOutput.utf8)
        let expectedURL = Self.folder.appendingPathComponent(check.file)
        if ProcessInfo.processInfo.environment["HEMICYCLE_UPDATE_EXPECTED"] == "1" {
            try actual.write(to: expectedURL, options: .atomic)
            return
        }
        let expected = try Data(contentsOf: expectedURL)
        guard actual != expected else { return }
        let line = Self.firstDifferentLine(String(decoding: actual, as: UTF8.self), String(decoding: expected, as: UTF8.self))
        Issue.record(
            """
            \(check.file) differs from `hemicycle \(check.arguments.joined(separator: " "))` (\(actual.count) bytes \
            against \(expected.count)), first at line \(line.number):
              expected: \(line.expected)
              actual:   \(line.actual)
            If the change is intended: HEMICYCLE_UPDATE_EXPECTED=1 swift test --filter ExpectedOutputTests
            """)
    }

    /// Every file in the folder is one that a case checks: none left behind by a removed case.
    @Test func everyExpectedFileHasItsCase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        #expect(files.sorted() == Self.cases.map(\.file).sorted())
    }

    static func firstDifferentLine(_ actual: String, _ expected: String) -> (number: Int, actual: String, expected: String) {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? String(a[index]) : "(end of output)"
            let right = index < e.count ? String(e[index]) : "(end of file)"
            if left != right { return (index + 1, String(left.prefix(200)), String(right.prefix(200))) }
        }
        return (0, "", "")
    }
}
