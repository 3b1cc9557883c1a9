/// A simulated comparison ready to report: the rules, the labels and the tally.
public struct SimulatedComparison: Sendable {
    /// The rules' labels, in order; the first is the reference for differences.
    public var rules: [String]
    /// The lists' ids and short names.
    public var listIDs: [String]
    public var listNames: [String]
    /// Seats for an absolute majority of the nominal assembly.
    public var majority: Int
    /// The scenario's title, the seed and the runs planned.
    public var title: String
    public var seed: UInt64
    public var plannedRuns: Int
    /// What was counted.
    public var tally: ComparisonTally

    /// Creates a report.
    public init(election: Election, rules: [String], seed: UInt64, plannedRuns: Int, tally: ComparisonTally) {
        self.rules = rules
        listIDs = election.lists.map(\.id)
        listNames = election.lists.map(\.shortName)
        majority = election.assembly.majority
        title = election.title
        self.seed = seed
        self.plannedRuns = plannedRuns
        self.tally = tally
    }

    struct Statistics {
        var mean: Double
        var low: Int
        var median: Int
        var high: Int
        var majority: Double
    }

    func statistics(_ histogram: [Int], offset: Int = 0) -> Statistics {
        let runs = histogram.reduce(0, +)
        let total = histogram.enumerated().reduce(0) { $0 + ($1.offset - offset) * $1.element }
        let atLeastMajority = histogram.enumerated().filter { $0.offset - offset >= majority }.reduce(0) { $0 + $1.element }
        return Statistics(
            mean: runs > 0 ? Double(total) / Double(runs) : 0,
            low: SimulationSummary.quantile(histogram, numerator: 1, denominator: 20, runs: runs) - offset,
            median: SimulationSummary.quantile(histogram, numerator: 1, denominator: 2, runs: runs) - offset,
            high: SimulationSummary.quantile(histogram, numerator: 19, denominator: 20, runs: runs) - offset,
            majority: runs > 0 ? Double(atLeastMajority) / Double(runs) : 0)
    }

    /// Lists with a seat in some run under some rule.
    var reportedLists: [Int] {
        (0..<tally.listCount).filter { list in
            (0..<tally.ruleCount).contains { rule in tally.histogram(rule: rule, list: list).dropFirst().contains { $0 > 0 } }
        }
    }

    var headline: String {
        var text = "\(title): \(Formatting.grouped(tally.runs)) simulated elections, each through every rule (seed \(seed))"
        if tally.runs < plannedRuns { text += " — PARTIAL: \(Formatting.grouped(tally.runs)) of \(Formatting.grouped(plannedRuns))" }
        return text
    }

    /// The comparison as terminal tables.
    public func table() -> String {
        let lists = reportedLists
        var text = headline + "\nEvery rule saw the same simulated votes in each run (common random numbers).\n\n"
        var seats = TextTable(
            headers: ["Seats: mean [90%]"] + rules, alignments: [.left] + Array(repeating: .right, count: rules.count))
        var majorityTable = TextTable(
            headers: ["P(majority)"] + rules, alignments: [.left] + Array(repeating: .right, count: rules.count))
        for list in lists {
            var row = [listNames[list]]
            var odds = [listNames[list]]
            for rule in 0..<tally.ruleCount {
                let value = statistics(tally.histogram(rule: rule, list: list))
                row.append("\(Formatting.fixed(value.mean, decimals: 1)) [\(value.low)–\(value.high)]")
                odds.append(Formatting.percent(value.majority))
            }
            seats.add(row)
            majorityTable.add(odds)
        }
        text += seats.render() + "\n" + majorityTable.render()
        guard tally.ruleCount > 1 else { return text }
        var differences = TextTable(
            headers: ["Difference from \(rules[0]): mean [90%] P(more) P(fewer)"] + rules.dropFirst(),
            alignments: [.left] + Array(repeating: .right, count: rules.count - 1))
        for list in lists {
            var row = [listNames[list]]
            for rule in 1..<tally.ruleCount {
                let histogram = tally.differenceHistogram(rule: rule, list: list)
                let value = statistics(histogram, offset: tally.maximumSeats)
                let runs = max(1, histogram.reduce(0, +))
                let more = Double(histogram[(tally.maximumSeats + 1)...].reduce(0, +)) / Double(runs)
                let fewer = Double(histogram[..<tally.maximumSeats].reduce(0, +)) / Double(runs)
                let mean = Formatting.fixed(value.mean, decimals: 1)
                row.append(
                    "\(mean.hasPrefix("-") || mean == "0.0" ? "" : "+")\(mean) [\(value.low)–\(value.high)] "
                        + "\(Formatting.percent(more, decimals: 0)) \(Formatting.percent(fewer, decimals: 0))")
            }
            differences.add(row)
        }
        text += "\n" + differences.render()
        return text
    }

    /// Long-format CSV: one row per rule and list (`difference_*` columns against the first rule).
    public func csv() -> String {
        var text = CSV.line([
            "rule", "party", "mean", "p05", "median", "p95", "p_majority", "difference_mean", "difference_p05",
            "difference_p95", "p_more_than_first", "p_fewer_than_first", "runs",
        ])
        for rule in 0..<tally.ruleCount {
            for list in reportedLists {
                let value = statistics(tally.histogram(rule: rule, list: list))
                var fields = [
                    rules[rule], listIDs[list], Formatting.fixed(value.mean, decimals: 4), "\(value.low)", "\(value.median)",
                    "\(value.high)", Formatting.fixed(value.majority, decimals: 6),
                ]
                if rule > 0 {
                    let histogram = tally.differenceHistogram(rule: rule, list: list)
                    let difference = statistics(histogram, offset: tally.maximumSeats)
                    let runs = max(1, histogram.reduce(0, +))
                    fields += [
                        Formatting.fixed(difference.mean, decimals: 4), "\(difference.low)", "\(difference.high)",
                        Formatting.fixed(Double(histogram[(tally.maximumSeats + 1)...].reduce(0, +)) / Double(runs), decimals: 6),
                        Formatting.fixed(Double(histogram[..<tally.maximumSeats].reduce(0, +)) / Double(runs), decimals: 6),
                    ]
                } else {
                    fields += ["", "", "", "", ""]
                }
                text += CSV.line(fields + ["\(tally.runs)"])
            }
        }
        return text
    }

    /// The distributions as JSON.
    public func json() -> JSONValue {
        func sparse(_ counts: [Int], offset: Int = 0) -> JSONValue {
            .array(counts.enumerated().filter { $0.element != 0 }.map { .array([.int($0.offset - offset), .int($0.element)]) })
        }
        let rows: [JSONValue] = (0..<tally.ruleCount).map { rule in
            .object([
                ("rule", .string(rules[rule])),
                (
                    "lists",
                    .array(
                        reportedLists.map { list in
                            let value = statistics(tally.histogram(rule: rule, list: list))
                            var members: [(key: String, value: JSONValue)] = [
                                ("id", .string(listIDs[list])), ("mean", .number(value.mean, decimals: 6)),
                                ("interval90", .array([.int(value.low), .int(value.high)])), ("median", .int(value.median)),
                                ("pMajority", .number(value.majority, decimals: 6)),
                                ("seatDistribution", sparse(tally.histogram(rule: rule, list: list))),
                            ]
                            if rule > 0 {
                                members.append(
                                    ("differenceFromFirst", sparse(tally.differenceHistogram(rule: rule, list: list), offset: tally.maximumSeats)))
                            }
                            return .object(members)
                        })
                ),
            ])
        }
        return .object([
            ("title", .string(title)), ("seed", .string(String(seed))), ("runs", .int(tally.runs)),
            ("partial", .bool(tally.runs < plannedRuns)), ("commonRandomNumbers", .bool(true)), ("rules", .array(rows)),
        ])
    }
}
