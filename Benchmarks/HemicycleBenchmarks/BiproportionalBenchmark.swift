import Hemicycle

/// Biproportional apportionments per second, one core: Zurich's Kantonsrat 2019 (18 districts
/// × 13 list groups, rounded voter numbers, 5 % quorum) and Mali 1992's round-1 votes (55
/// constituencies × 22 lists, the votes as voter numbers), each read from its shipped scenario.
/// The note gives the scaling steps the lower apportionment took.
enum BiproportionalBenchmark {
    static func group(directory: String?) -> BenchmarkGroup {
        let title = "Biproportional apportionment: apportionments per second, one core"
        guard let directory else { return BenchmarkGroup(title: title, benchmarks: []) }
        let cases: [(key: String, file: String, rule: BiproportionalApportionment)] = [
            ("zurich-2019", "validation/ch-zh-kantonsrat-2019.json", .zurich2019),
            ("mali-1992", "mali-1992.json", BiproportionalApportionment()),
        ]
        return BenchmarkGroup(
            title: title,
            benchmarks: cases.map { item in
                Benchmark(name: "alloc/biproportional/\(item.key)") { _ in
                    workload(path: directory + "/" + item.file, rule: item.rule)
                }
            })
    }

    /// The round-1 votes of a scenario's deterministic run, by constituency and list.
    static func matrix(_ election: Election) -> (votes: [[Int]], seats: [Int]) {
        let index = Dictionary(uniqueKeysWithValues: election.lists.enumerated().map { ($0.element.id, $0.offset) })
        let rows = election.run().constituencies.filter { $0.decidedInRound != nil }
        let votes = rows.map { row in
            var line = Array(repeating: 0, count: election.lists.count)
            for entry in row.entries { line[index[entry.list]!] += entry.firstRound }
            return line
        }
        return (votes, rows.map(\.seats))
    }

    static func workload(path: String, rule: BiproportionalApportionment) -> Workload {
        let election: Election
        do {
            election = try ScenarioLoader.load(path: path)
        } catch {
            preconditionFailure("\(path) loads: \(error)")
        }
        let (votes, seats) = matrix(election)
        let reference = rule.apportion(votes: votes, seats: seats)
        precondition(reference.isComplete, "\(path): the apportionment meets both margins")
        let total = seats.reduce(0, +)
        return Workload(
            unit: "apportionments", itemsPerCall: 1,
            note: "\(votes.count)×\(votes.first?.count ?? 0), \(reference.iterations) scaling steps",
            body: {
                let result = rule.apportion(votes: votes, seats: seats)
                precondition(result.seats == reference.seats, "\(path): the apportionment changed")
                return total
            })
    }
}
