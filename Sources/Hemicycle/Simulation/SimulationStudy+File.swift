extension SimulationStudy {
    /// The format tag of partial result files. Version 2 added the checksum.
    public static let fileFormat = "hemicycle-partial/2"

    /// The study as a partial result file (JSON): labels, metadata and the integer tally.
    public func fileJSON() -> JSONValue {
        func sparse(_ counts: [Int]) -> JSONValue { JSONValue.sparse(counts) }
        let lists: [JSONValue] = lists.map {
            var members: [(String, JSONValue)] = [
                ("id", .string($0.id)), ("shortName", .string($0.shortName)), ("name", .string($0.name)),
                ("colour", .optional($0.colour)), ("deterministicSeats", .int($0.deterministicSeats)),
            ]
            if $0.boycott { members.append(("boycott", .bool(true))) }
            return .object(members)
        }
        let contests: [JSONValue] = contests.map {
            .object([
                ("id", .string($0.id)), ("name", .string($0.name)), ("region", .string($0.region)),
                ("seats", .int($0.seats)), ("entryLists", .array($0.entryLists.map(JSONValue.string))),
                ("entryCandidates", .array($0.entryCandidates.map(JSONValue.optional))),
                ("deterministicWinner", .int($0.deterministicWinner)),
            ])
        }
        let tally = self.tally
        let body: [(key: String, value: JSONValue)] = [
            ("format", .string(Self.fileFormat)),
            ("scenario", scenarioMember),
            ("seed", .string(String(seed))), ("plannedRuns", .int(plannedRuns)),
            ("blockSize", .int(MonteCarlo.blockSize)),
            ("shard", shard.map { .object([("index", .int($0.index)), ("count", .int($0.count))]) } ?? .null),
            ("interrupted", .bool(interrupted)), ("assemblySize", .int(assemblySize)), ("majority", .int(majority)),
            ("statedUncertainty", .bool(statedUncertainty)), ("deterministicSettled", .int(deterministicSettled)),
            ("lists", .array(lists)),
        ] + blocMembers + [
            ("contests", .array(contests)),
            (
                "tally",
                .object([
                    ("runs", .int(tally.runs)), ("listCount", .int(tally.listCount)),
                    ("maximumSeats", .int(tally.maximumSeats)), ("entryOffsets", .array(tally.entryOffsets.map(JSONValue.int))),
                    ("seatHistogram", sparse(tally.seatHistogram)), ("largest", .array(tally.largest.map(JSONValue.int))),
                    ("wins", .array(tally.wins.map(JSONValue.int))),
                    ("settledInFirstRound", sparse(tally.settledInFirstRound)),
                    ("leadReversals", sparse(tally.leadReversals)), ("runsWithTies", .int(tally.runsWithTies)),
                    ("turnoutHistogram", .array(tally.turnoutHistogram.map(sparse))),
                    ("turnoutSum", .array(tally.turnoutSum.map { .string(String($0)) })),
                    ("turnoutSquareSum", .array(tally.turnoutSquareSum.map { .string(String($0)) })),
                ] + blocTallyMembers)
            ),
        ]
        return .object(body + [("checksum", .string(Self.checksum(of: body)))])
    }

    /// `blocs`, only where the scenario has any (so that other files read as before).
    private var blocMembers: [(key: String, value: JSONValue)] {
        guard !blocs.isEmpty else { return [] }
        let labels: [JSONValue] = zip(blocs, tally.blocLists).map { label, lists in
            .object([
                ("id", .string(label.id)), ("name", .string(label.name)),
                ("deterministicSeats", .int(label.deterministicSeats)), ("lists", .array(lists.map(JSONValue.int))),
            ])
        }
        return [("blocs", .array(labels))]
    }

    /// The tally's bloc histogram, where there are blocs, and its run-off fields and
    /// withdrawals, where it counts them.
    private var blocTallyMembers: [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        if !tally.blocLists.isEmpty { members.append(("blocHistogram", JSONValue.sparse(tally.blocHistogram))) }
        if tally.tracksRunoffFields {
            members.append(("fieldHistogram", .array(tally.fieldHistogram.map { JSONValue.sparse($0) })))
            members.append(("withdrawalHistogram", JSONValue.sparse(tally.withdrawalHistogram)))
            members.append(("withdrawalsByList", .array(tally.withdrawalsByList.map(JSONValue.int))))
        }
        return members
    }

    /// The checksum of a file's members other than the checksum itself: the FNV-1a hash of
    /// their compact JSON, so that a file edited by hand (a tally changed, a shard relabelled)
    /// is refused. It guards against mistakes and tampering by hand, not against forgery.
    static func checksum(of members: [(key: String, value: JSONValue)]) -> String {
        ScenarioDigest.fnv1a64(JSONValue.object(members).serialized())
    }

    /// Why a partial result file cannot be read.
    public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The JSON path of the problem.
        public var path: String
        /// What is wrong.
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Reads a partial result file written by ``fileJSON()``.
    public init(file document: JSONValue) throws(FileError) {
        let reader = FileReader(document)
        let format = try reader.string("format")
        guard format == Self.fileFormat else {
            let message =
                format.hasPrefix("hemicycle-partial/")
                ? "written by another version of Hemicycle (\(format), not \(Self.fileFormat)): run the shard again"
                : "not a Hemicycle partial result file (\(Self.fileFormat))"
            throw FileError(path: "format", message: message)
        }
        guard case .object(let members) = document, let stated = members.last, stated.key == "checksum" else {
            throw FileError(path: "checksum", message: "missing: the file is cut short or was edited")
        }
        guard stated.value == .string(Self.checksum(of: Array(members.dropLast()))) else {
            throw FileError(path: "checksum", message: "does not match the contents: the file was edited or damaged")
        }
        scenarioID = try reader.string("scenario.id")
        title = try reader.string("scenario.title")
        digest = try reader.string("scenario.digest")
        if case .array(let stated)? = document["scenario"]?["adjustments"] {
            adjustments = try stated.map { value throws(FileError) in
                guard case .string(let text) = value else {
                    throw FileError(path: "scenario.adjustments", message: "expected strings")
                }
                return text
            }
        }
        guard let seed = UInt64(try reader.string("seed")) else { throw FileError(path: "seed", message: "not a seed") }
        self.seed = seed
        plannedRuns = try reader.int("plannedRuns")
        guard try reader.int("blockSize") == MonteCarlo.blockSize else {
            throw FileError(path: "blockSize", message: "written with another block size; this version uses \(MonteCarlo.blockSize)")
        }
        if case .object = document["shard"] ?? .null {
            let shard = Shard(index: try reader.int("shard.index"), count: try reader.int("shard.count"))
            guard (1...max(1, shard.count)).contains(shard.index) else {
                throw FileError(path: "shard", message: "shard \(shard.index)/\(shard.count) does not exist")
            }
            self.shard = shard
        } else {
            shard = nil
        }
        interrupted = try reader.bool("interrupted")
        assemblySize = try reader.int("assemblySize")
        majority = try reader.int("majority")
        statedUncertainty = try reader.bool("statedUncertainty")
        deterministicSettled = try reader.int("deterministicSettled")
        lists = try reader.array("lists").enumerated().map { index, _ throws(FileError) in
            let base = "lists[\(index)]"
            return ListLabel(
                id: try reader.string("\(base).id"), shortName: try reader.string("\(base).shortName"),
                name: try reader.string("\(base).name"), colour: try reader.optionalString("\(base).colour"),
                deterministicSeats: try reader.int("\(base).deterministicSeats"),
                boycott: document["lists"].flatMap { lists -> Bool? in
                    guard case .array(let elements) = lists, elements.indices.contains(index) else { return nil }
                    return elements[index]["boycott"] == .bool(true)
                } ?? false)
        }
        contests = try reader.array("contests").enumerated().map { index, _ throws(FileError) in
            let base = "contests[\(index)]"
            return ContestLabel(
                id: try reader.string("\(base).id"), name: try reader.string("\(base).name"),
                region: try reader.string("\(base).region"), seats: try reader.int("\(base).seats"),
                entryLists: try reader.strings("\(base).entryLists"),
                entryCandidates: try reader.optionalStrings("\(base).entryCandidates"),
                deterministicWinner: try reader.int("\(base).deterministicWinner"))
        }
        let offsets = try reader.ints("tally.entryOffsets")
        let entryCounts = zip(offsets.dropFirst(), offsets).map { $0 - $1 }
        guard offsets.first == 0, entryCounts.allSatisfy({ $0 >= 0 }), entryCounts.count == contests.count else {
            throw FileError(path: "tally.entryOffsets", message: "inconsistent with the contests")
        }
        let listCount = try reader.int("tally.listCount")
        let maximumSeats = try reader.int("tally.maximumSeats")
        guard listCount == lists.count, (0...1_000_000).contains(maximumSeats) else {
            throw FileError(path: "tally", message: "inconsistent with the lists or the assembly")
        }
        var blocLists: [[Int]] = []
        if case .array(let elements)? = document["blocs"] {
            for index in elements.indices {
                let base = "blocs[\(index)]"
                let members = try reader.ints("\(base).lists")
                guard members.allSatisfy({ (0..<listCount).contains($0) }) else {
                    throw FileError(path: "\(base).lists", message: "names a list the file does not have")
                }
                blocLists.append(members)
                blocs.append(
                    BlocLabel(
                        id: try reader.string("\(base).id"), name: try reader.string("\(base).name"),
                        deterministicSeats: try reader.int("\(base).deterministicSeats")))
            }
        }
        let tracksFields = document["tally"]?["fieldHistogram"] != nil
        var tally = SimulationTally(
            listCount: listCount, maximumSeats: maximumSeats, entryCounts: entryCounts, blocLists: blocLists,
            tracksRunoffFields: tracksFields)
        if !blocLists.isEmpty {
            tally.blocHistogram = try reader.sparse("tally.blocHistogram", count: tally.blocHistogram.count)
        }
        if tracksFields {
            for size in 0..<4 {
                tally.fieldHistogram[size] = try reader.sparse("tally.fieldHistogram[\(size)]", count: entryCounts.count + 1)
            }
            tally.withdrawalHistogram = try reader.sparse("tally.withdrawalHistogram", count: tally.withdrawalHistogram.count)
            tally.withdrawalsByList = try reader.ints("tally.withdrawalsByList", count: listCount)
        }
        tally.runs = try reader.int("tally.runs")
        tally.seatHistogram = try reader.sparse("tally.seatHistogram", count: tally.seatHistogram.count)
        tally.largest = try reader.ints("tally.largest", count: listCount)
        tally.wins = try reader.ints("tally.wins", count: tally.wins.count)
        tally.settledInFirstRound = try reader.sparse("tally.settledInFirstRound", count: tally.settledInFirstRound.count)
        tally.leadReversals = try reader.sparse("tally.leadReversals", count: tally.leadReversals.count)
        tally.runsWithTies = try reader.int("tally.runsWithTies")
        for round in 0..<2 {
            tally.turnoutHistogram[round] = try reader.sparse(
                "tally.turnoutHistogram[\(round)]", count: SimulationTally.turnoutBins + 1)
            tally.turnoutSum[round] = try reader.wide("tally.turnoutSum[\(round)]")
            tally.turnoutSquareSum[round] = try reader.wide("tally.turnoutSquareSum[\(round)]")
        }
        if let reason = tally.inconsistency() { throw FileError(path: "tally", message: reason) }
        let planned = MonteCarlo.plannedRuns(runs: plannedRuns, shard: shard.map { ($0.index, $0.count) })
        guard tally.runs == planned || (interrupted && tally.runs < planned) else {
            throw FileError(
                path: "tally.runs",
                message: "\(tally.runs) runs where the plan gives this \(shard == nil ? "study" : "shard") \(planned)"
                    + (interrupted ? " at most" : ""))
        }
        self.tally = tally
    }
}

/// Reads members of a JSON document by dotted path, with errors that name the path.
struct FileReader {
    let root: JSONValue

    init(_ root: JSONValue) { self.root = root }

    func value(_ path: String) throws(SimulationStudy.FileError) -> JSONValue {
        var current = root
        for part in path.split(separator: ".") {
            // A component is a member name followed by any number of [index] subscripts.
            let pieces = part.split(separator: "[", omittingEmptySubsequences: false)
            guard let name = pieces.first, let member = current[String(name)] else {
                throw .init(path: path, message: "missing")
            }
            current = member
            for piece in pieces.dropFirst() {
                guard piece.last == "]", let index = Int(piece.dropLast()), case .array(let values) = current,
                    values.indices.contains(index)
                else { throw .init(path: path, message: "missing") }
                current = values[index]
            }
        }
        return current
    }

    func string(_ path: String) throws(SimulationStudy.FileError) -> String {
        guard case .string(let text) = try value(path) else { throw .init(path: path, message: "expected a string") }
        return text
    }

    func optionalString(_ path: String) throws(SimulationStudy.FileError) -> String? {
        let found = try value(path)
        if found == .null { return nil }
        guard case .string(let text) = found else { throw .init(path: path, message: "expected a string or null") }
        return text
    }

    func int(_ path: String) throws(SimulationStudy.FileError) -> Int {
        guard case .integer(let number) = try value(path), number >= 0, number <= Int64(Int.max / 4) else {
            throw .init(path: path, message: "expected a whole number")
        }
        return Int(number)
    }

    func bool(_ path: String) throws(SimulationStudy.FileError) -> Bool {
        guard case .bool(let flag) = try value(path) else { throw .init(path: path, message: "expected true or false") }
        return flag
    }

    func array(_ path: String) throws(SimulationStudy.FileError) -> [JSONValue] {
        guard case .array(let values) = try value(path) else { throw .init(path: path, message: "expected an array") }
        return values
    }

    func strings(_ path: String) throws(SimulationStudy.FileError) -> [String] {
        try array(path).indices.map { index throws(SimulationStudy.FileError) in try string("\(path)[\(index)]") }
    }

    func optionalStrings(_ path: String) throws(SimulationStudy.FileError) -> [String?] {
        try array(path).indices.map { index throws(SimulationStudy.FileError) in try optionalString("\(path)[\(index)]") }
    }

    func ints(_ path: String, count: Int? = nil) throws(SimulationStudy.FileError) -> [Int] {
        let values = try array(path).indices.map { index throws(SimulationStudy.FileError) in try int("\(path)[\(index)]") }
        if let count, values.count != count { throw .init(path: path, message: "expected \(count) numbers") }
        return values
    }

    func sparse(_ path: String, count: Int) throws(SimulationStudy.FileError) -> [Int] {
        var result = Array(repeating: 0, count: count)
        for index in try array(path).indices {
            let pair = try ints("\(path)[\(index)]", count: 2)
            guard pair[0] < count else { throw .init(path: "\(path)[\(index)]", message: "index out of range") }
            guard result[pair[0]] == 0 else { throw .init(path: "\(path)[\(index)]", message: "index given twice") }
            result[pair[0]] = pair[1]
        }
        return result
    }

    func wide(_ path: String) throws(SimulationStudy.FileError) -> UInt128 {
        guard let number = UInt128(try string(path)) else { throw .init(path: path, message: "expected a whole number") }
        return number
    }
}

extension SimulationStudy {
    /// The `scenario` member of the study's files and JSON: id, title, digest, and the
    /// adjustments when there are any.
    var scenarioMember: JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(scenarioID)), ("title", .string(title)), ("digest", .string(digest))]
        if !adjustments.isEmpty { members.append(("adjustments", .array(adjustments.map(JSONValue.string)))) }
        return .object(members)
    }
}
