import Foundation
import Testing

/// The built `hemicycle` binary, run as a user would.
@Suite("hemicycle end to end")
struct EndToEndTests {
    @Test func defaultRunPrintsThe1992Table() throws {
        let outcome = try CLIRunner.run([])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let adema = try #require(outcome.standardOutput.split(separator: "\n").first { $0.hasPrefix("ADEMA-PASJ") })
        #expect(adema.split(separator: " ").dropFirst().first == "76")
        #expect(outcome.standardOutput.contains("Run-offs: 44, won by the list that trailed in round 1: 7"))
        #expect(outcome.standardOutput.contains("Settled in round 1: 11 constituencies, 15 seats"))
    }

    @Test func defaultRunWorksFromAnyFolder() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["run"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("ADEMA-PASJ"))
    }

    @Test func jsonCarriesTheReferenceFigures() throws {
        let outcome = try CLIRunner.run(["run", "Scenarios/mali-1992.json", "--format", "json"])
        #expect(outcome.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let assembly = try #require(root["assembly"] as? [String: Any])
        #expect(assembly["size"] as? Int == 129)
        #expect(assembly["vacant"] as? Int == 13)
        #expect(assembly["filled"] as? Int == 116)
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["constituenciesContested"] as? Int == 55)
        #expect(summary["settledInRound1"] as? Int == 11)
        #expect(summary["seatsInRound1"] as? Int == 15)
        #expect(summary["runoffs"] as? Int == 44)
        #expect(summary["leadReversals"] as? Int == 7)
        #expect(summary["listsOnBallot"] as? Int == 22)
        let lists = try #require(root["lists"] as? [[String: Any]])
        var seats: [String: Int] = [:]
        for list in lists { seats[list["id"] as? String ?? ""] = list["seats"] as? Int }
        #expect(seats["ADEMA"] == 76)
        #expect(seats["CNID"] == 9)
        #expect(seats["US-RDA"] == 8)
        #expect(seats["UMADD"] == 1)
        let round1 = try #require(root["round1"] as? [String: Any])
        let turnout = try #require(round1["turnout"] as? Double)
        #expect(abs(turnout - 0.2109) < 0.0001)
        let constituencies = try #require(root["constituencies"] as? [[String: Any]])
        #expect(constituencies.count == 55)
    }

    @Test func csvHasAPartyColumnAndASeatsColumn() throws {
        let outcome = try CLIRunner.run(["run", "--format", "csv"])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n").map { CSVLine.fields(String($0)) }
        let header = try #require(lines.first)
        let party = try #require(header.firstIndex(of: "party"))
        let seats = try #require(header.firstIndex(of: "seats"))
        #expect(lines.dropFirst().allSatisfy { $0.count == header.count })
        let adema = try #require(lines.first { $0[party] == "ADEMA" })
        #expect(adema[seats] == "76")
        #expect(lines.dropFirst().map { Int($0[seats]) ?? -1 }.reduce(0, +) == 116)
        let pudp = try #require(lines.first { $0[party] == "PUDP" })
        #expect(pudp[2] == "Parti pour l'unité, la démocratie et le progrès")
    }

    @Test func constituencyCSVHasOneRowPerConstituencyAndList() throws {
        let outcome = try CLIRunner.run(["run", "--constituencies", "--format", "csv"])
        #expect(outcome.status == 0)
        let rows = outcome.standardOutput.split(separator: "\n").dropFirst()
        let constituencies = Set(rows.map { $0.split(separator: ",").first ?? "" })
        #expect(constituencies.count == 55)
        let winners = rows.filter { $0.contains(",true,1,") || $0.contains(",true,2,") }
        #expect(winners.count >= 55)
    }

    @Test func constituencyCSVNamesEveryColumnOnce() throws {
        let outcome = try CLIRunner.run(["run", "--constituencies", "--format", "csv"])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n").map { CSVLine.fields(String($0)) }
        let header = try #require(lines.first)
        #expect(Set(header).count == header.count, "\(header)")
        let seats = try #require(header.firstIndex(of: "seats"))
        let won = try #require(header.firstIndex(of: "seats_won"))
        let rows = lines.dropFirst()
        #expect(rows.allSatisfy { $0.count == header.count })
        // 'seats' is the constituency's magnitude, 'seats_won' the entry's seats: together the 116 filled seats.
        #expect(rows.allSatisfy { (Int($0[won]) ?? 0) <= (Int($0[seats]) ?? -1) })
        #expect(rows.map { Int($0[won]) ?? 0 }.reduce(0, +) == 116)
    }

    @Test func outputFileIsWrittenWhole() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("mali.json")
        let outcome = try CLIRunner.run(["run", "--format", "json", "--output", target.path])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.isEmpty)
        let written = try Data(contentsOf: target)
        #expect((try? JSONSerialization.jsonObject(with: written)) != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["mali.json"])
    }

    @Test func unwritableOutputFailsAndLeavesNothing() throws {
        let outcome = try CLIRunner.run(["run", "--output", "/nonexistent-dir/out.txt"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("cannot write '/nonexistent-dir/out.txt'"))
    }

    @Test(arguments: [
        (["run", "--format", "xml"], "--format must be table, json or csv"),
        (["run", "--frmat", "json"], "did you mean '--format'?"),
        (["rnu"], "did you mean 'run'?"),
        (["run", "a.json", "b.json"], "takes 0 to 1 argument(s)"),
        (["validate"], "takes 1 to any argument(s)"),
        (["run", "--output"], "needs a value"),
    ])
    func badUsageExits64(arguments: [String], message: String) throws {
        let outcome = try CLIRunner.run(arguments)
        #expect(outcome.status == 64)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
    }

    @Test(arguments: ["run", "validate", "simulate", "merge", "compare", "report"])
    func everyCommandHasHelp(command: String) throws {
        let outcome = try CLIRunner.run([command, "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Usage: hemicycle \(command)"))
        #expect(outcome.standardOutput.contains("--help"))
    }

    @Test func topLevelHelpListsTheCommands() throws {
        let outcome = try CLIRunner.run(["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("run"))
        #expect(outcome.standardOutput.contains("validate"))
    }

    @Test func validateReportsEveryProblemWithItsPath() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.json")
        try """
            {"assembly": {"name": "x", "size": 2}, "parties": [{"id": "A", "name": "A"}],
             "rule": {"method": "two-round"},
             "constituencies": [{"id": "c", "seats": 0, "registered": 10,
                                 "round1": {"turnout": 0.5, "shares": {"A": 0.5, "B": 0.5}}}]}
            """.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["validate", file.path, "Scenarios/mali-1992.json"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("Scenarios/mali-1992.json: ok"))
        #expect(outcome.standardError.contains("\(file.path): constituencies[0].seats: the magnitude must be between 1"))
        #expect(outcome.standardError.contains("\(file.path): constituencies[0].round1.shares.B: unknown list 'B'"))
    }

    @Test func closedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["run", "--format", "json"]
        process.currentDirectoryURL = CLIRunner.repository
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try output.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(message.isEmpty)
    }
}

/// Splits one CSV line into fields, honouring RFC 4180 quotes.
enum CSVLine {
    static func fields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var previousWasQuote = false
        for character in line {
            if quoted {
                if character == "\"" {
                    quoted = false
                    previousWasQuote = true
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                if previousWasQuote { field.append("\"") }
                quoted = true
                previousWasQuote = false
            } else if character == "," {
                fields.append(field)
                field = ""
                previousWasQuote = false
            } else {
                field.append(character)
                previousWasQuote = false
            }
        }
        fields.append(field)
        return fields
    }
}

@Suite("hemicycle and extends")
struct ExtendsCommandTests {
    /// A scenario may extend only inside its folder, unless HEMICYCLE_EXTENDS_ROOT names a wider one.
    @Test func theRootVariableWidensWhereExtendsMayReach() throws {
        let parent = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let scenarios = parent.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        let reference = CLIRunner.repository.appendingPathComponent("Scenarios/mali-1992.json")
        try FileManager.default.copyItem(at: reference, to: parent.appendingPathComponent("mali-1992.json"))
        let whatIf = scenarios.appendingPathComponent("what-if.json")
        try #"{"extends": "../mali-1992.json", "id": "what-if"}"#.write(to: whatIf, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["validate", whatIf.path])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("extends: '../mali-1992.json' is outside"), "\(refused.standardError)")
        let allowed = try CLIRunner.run(["validate", whatIf.path], environment: ["HEMICYCLE_EXTENDS_ROOT": parent.path])
        #expect(allowed.status == 0, "\(allowed.standardError)")
    }
}

@Suite("Output paths")
struct OutputPathTests {
    /// An output that would replace the scenario, or another output, or that names nothing, is a
    /// usage error, and nothing is written.
    @Test(arguments: [
        (["run", "s.json", "--output", "s.json"], "is also an input of the command"),
        (["run", "s.json", "--output", "./s.json"], "is also an input of the command"),
        (["run", "s.json", "--output", "a.txt", "--svg", "a.txt"], "name the same file"),
        (["simulate", "s.json", "--runs", "10", "--output", "a.txt", "--svg", "./a.txt"], "name the same file"),
        (["report", "s.json", "--runs", "0", "--out", "s.json"], "is also an input of the command"),
        (["run", "s.json", "--output", ""], "needs a file path"),
        (["simulate", "s.json", "--runs", "1_000"], "--runs must be a whole number"),
        (["simulate", "s.json", "--seed", "+5"], "--seed must be a whole number"),
        (["simulate", "s.json", "--runs", "10", "--runs", "20"], "given twice"),
    ])
    func isAUsageError(arguments: [String], message: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("s.json")
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("Scenarios/mali-1992.json"), to: scenario)
        let before = try Data(contentsOf: scenario)
        let outcome = try CLIRunner.run(arguments, in: folder)
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        #expect(try Data(contentsOf: scenario) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["s.json"])
    }

    @Test func aCommandAfterTheEndOfOptionsIsAUsageError() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["--", "run"], in: folder)
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("put it first: hemicycle run"), "\(outcome.standardError)")
    }

    /// Standard output may take both results. (Devices are exempt by the same test, `FilePath
    /// .isSpecialFile`; naming `/dev/null` here would let a broken write replace it on the
    /// machine that runs the tests.)
    @Test func standardOutputMayBeNamedTwice() throws {
        let outcome = try CLIRunner.run(["run", "--output", "-", "--svg", "-"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("ADEMA-PASJ") && outcome.standardOutput.contains("<svg"))
    }
}
