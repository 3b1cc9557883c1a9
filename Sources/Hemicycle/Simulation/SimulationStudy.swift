/// A simulation study: what was simulated, with which seed, and what was counted.
///
/// It carries everything a report needs (list and constituency labels, the deterministic result
/// for comparison, the tally), so a shard's partial result file is self-contained and
/// ``merged(_:)`` shards report exactly like one run with the same seed.
public struct SimulationStudy: Sendable, Hashable {
    /// A list as reports show it.
    public struct ListLabel: Sendable, Hashable {
        /// The list's id.
        public var id: String
        /// Its short name.
        public var shortName: String
        /// Its full name.
        public var name: String
        /// Its colour, when known.
        public var colour: String?
        /// Its seats in the deterministic run.
        public var deterministicSeats: Int
        /// Whether it boycotts the election (reported with no seat, marked).
        public var boycott: Bool = false
    }

    /// A contested constituency as reports show it.
    public struct ContestLabel: Sendable, Hashable {
        /// The constituency's id.
        public var id: String
        /// Its name.
        public var name: String
        /// Its region.
        public var region: String
        /// Its magnitude.
        public var seats: Int
        /// Each entry's list id.
        public var entryLists: [String]
        /// Each entry's candidate, if entries are candidates.
        public var entryCandidates: [String?]
        /// The deterministic run's winning entry.
        public var deterministicWinner: Int
    }

    /// The scenario's id.
    public var scenarioID: String
    /// Its title.
    public var title: String
    /// A digest of the resolved scenario document (FNV-1a, 64 bits), to refuse merging different scenarios.
    public var digest: String
    /// The nominal size of the assembly.
    public var assemblySize: Int
    /// Seats for an absolute majority.
    public var majority: Int
    /// Whether the scenario stated its uncertainty (otherwise the defaults were used).
    public var statedUncertainty: Bool
    /// The master seed.
    public var seed: UInt64
    /// Runs in the whole study.
    public var plannedRuns: Int
    /// This file's shard, if it is one: `(index from 1, count)`.
    public var shard: Shard?
    /// Whether the run was stopped before its planned blocks were done.
    public var interrupted: Bool
    /// Lists, in the scenario's order.
    public var lists: [ListLabel]
    /// Contested constituencies, in the tally's order.
    public var contests: [ContestLabel]
    /// Constituencies settled in round 1 in the deterministic run.
    public var deterministicSettled: Int
    /// What was counted.
    public var tally: SimulationTally
    /// The adjustments laid over the scenario (``Election/adjustments``).
    public var adjustments: [String] = []
    /// The scenario's blocs: their ids, names and seats in the deterministic run (parallel to
    /// the tally's blocs).
    public var blocs: [BlocLabel] = []

    /// A bloc as a study names it.
    public struct BlocLabel: Sendable, Hashable {
        /// The bloc's id and name.
        public var id: String
        public var name: String
        /// Its seats in the deterministic run.
        public var deterministicSeats: Int
    }

    /// A slice of a study.
    public struct Shard: Sendable, Hashable {
        /// From 1.
        public var index: Int
        /// The number of slices.
        public var count: Int

        /// Creates a shard.
        public init(index: Int, count: Int) {
            self.index = index
            self.count = count
        }
    }

    /// Whether every planned run was counted.
    public var isComplete: Bool { tally.runs == plannedRuns && shard == nil && !interrupted }

    /// The summary statistics.
    public var summary: SimulationSummary { SimulationSummary(tally: tally, majority: majority) }

    /// Labels `tally` with the election it counts.
    public init(
        election: Election, document digest: String, seed: UInt64, plannedRuns: Int, shard: Shard?, interrupted: Bool,
        tally: SimulationTally
    ) {
        let deterministic = election.run()
        scenarioID = election.id
        title = election.title
        self.digest = digest
        assemblySize = election.assembly.size
        majority = election.assembly.majority
        statedUncertainty = election.uncertainty != nil
        self.seed = seed
        self.plannedRuns = plannedRuns
        self.shard = shard
        self.interrupted = interrupted
        lists = election.lists.enumerated().map { index, list in
            ListLabel(
                id: list.id, shortName: list.shortName, name: list.name, colour: list.colour,
                deterministicSeats: deterministic.lists[index].seats, boycott: deterministic.lists[index].boycott)
        }
        contests = election.constituencies.enumerated().compactMap { index, constituency in
            guard constituency.isContested else { return nil }
            let row = deterministic.constituencies[index]
            let winner = row.entries.firstIndex { $0.seatList == row.winner && $0.candidate == row.winningCandidate } ?? -1
            return ContestLabel(
                id: constituency.id, name: constituency.name, region: election.regions[constituency.regionIndex],
                seats: constituency.seats, entryLists: constituency.entries.map { election.lists[$0.listIndex].id },
                entryCandidates: constituency.entries.map(\.candidate), deterministicWinner: winner)
        }
        deterministicSettled = deterministic.settledInFirstRound
        self.tally = tally
        adjustments = election.adjustments
        blocs = deterministic.blocs.map { BlocLabel(id: $0.id, name: $0.name, deterministicSeats: $0.seats) }
    }

    /// Why two studies cannot be merged.
    public struct MergeError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What differs or is missing.
        public var message: String
        public var description: String { message }
    }

    /// The study made of these shards: tallies added, labels checked equal.
    ///
    /// - Parameters:
    ///   - files: the shards' file names, for the messages (the shards' labels otherwise).
    ///   - allowIncomplete: accept a set of shards that does not cover the study, or a shard
    ///     that was interrupted (the result is then marked as partial).
    /// - Throws: ``MergeError`` naming the file when the files come from different scenarios,
    ///   seeds or run counts, when a shard appears twice, or (unless allowed) when shards are
    ///   missing or were interrupted.
    public static func merged(
        _ studies: [SimulationStudy], files: [String]? = nil, allowIncomplete: Bool = false
    ) throws(MergeError) -> SimulationStudy {
        guard var result = studies.first else { throw MergeError(message: "nothing to merge") }
        func name(_ index: Int) -> String {
            if let files, files.indices.contains(index) { return files[index] }
            return studies[index].shard.map { "shard \($0.index)/\($0.count)" } ?? "file \(index + 1)"
        }
        var seen: [Int: Int] = [:]
        let count = result.shard?.count
        for (index, study) in studies.enumerated() {
            guard study.digest == result.digest, study.scenarioID == result.scenarioID else {
                throw MergeError(message: "\(name(index)) simulates another scenario (\(study.scenarioID) \(study.digest)) than \(name(0)) (\(result.scenarioID) \(result.digest))")
            }
            guard study.seed == result.seed, study.plannedRuns == result.plannedRuns else {
                throw MergeError(message: "\(name(index)) comes from another study (seed \(study.seed), \(study.plannedRuns) runs) than \(name(0)) (seed \(result.seed), \(result.plannedRuns) runs)")
            }
            guard let shard = study.shard, shard.count == count else {
                throw MergeError(message: "\(name(index)): every file must be a shard of the same split (--shard K/N with the same N)")
            }
            if let first = seen[shard.index] {
                throw MergeError(message: "\(name(index)) and \(name(first)) are both shard \(shard.index)/\(shard.count)")
            }
            seen[shard.index] = index
            guard study.tally.hasSameShape(as: result.tally) else {
                throw MergeError(message: "\(name(index)) counts elections of another shape than \(name(0))")
            }
            if study.interrupted && !allowIncomplete {
                throw MergeError(message: "\(name(index)) was interrupted (\(study.tally.runs) runs): run shard \(shard.index)/\(shard.count) again, or pass --allow-partial to merge what it has")
            }
        }
        let missing = (1...(count ?? 1)).filter { seen[$0] == nil }
        if !missing.isEmpty && !allowIncomplete {
            let list = missing.map { "\($0)/\(count ?? 1)" }.joined(separator: ", ")
            throw MergeError(message: "shards \(list) are missing (pass --allow-partial to merge the others)")
        }
        var tally = result.tally
        for study in studies.dropFirst() { tally.merge(study.tally) }
        result.tally = tally
        result.shard = nil
        result.interrupted = !missing.isEmpty || studies.contains { $0.interrupted }
        return result
    }
}
