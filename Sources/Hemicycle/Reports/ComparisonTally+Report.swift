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
    /// The adjustments laid over the scenario (``Election/adjustments``).
    public var adjustments: [String]

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
        adjustments = election.adjustments
    }

    /// One list's seats under one rule, summarised as a simulation summarises them (the same
    /// mean, median, 90% interval and P(majority)).
    func seatStatistics(rule: Int, list: Int) -> SimulationSummary.ListStatistics {
        let histogram = tally.histogram(rule: rule, list: list)
        return SimulationSummary.statistics(
            list: list, histogram: histogram, runs: histogram.reduce(0, +), majority: majority,
            largest: tally.largest[rule * tally.listCount + list])
    }

    /// One list's seat difference between a rule and the first rule, run by run.
    struct Difference {
        var mean: Double
        /// The 90% interval, defined as ``SimulationSummary/ListStatistics/interval``.
        var interval: ClosedRange<Int>
        /// Shares of runs in which the list won more, or fewer, seats than under the first rule.
        var more: Double
        var fewer: Double
    }

    /// How `list`'s seats under `rule` (≥ 1) differ from the first rule's.
    ///
    /// Not ``SimulationSummary/statistics(list:histogram:runs:majority:largest:)``: its mean
    /// divides the sum of the bin indices, which here carry an offset, and taking the offset off
    /// after the division is not the same double (20,000 runs whose differences add up to +1 seat,
    /// offset 129: 0.00005 prints `0.0001`, 129.00005 − 129 prints `0.0000`). The mean is taken on
    /// the differences themselves; the interval is the same quantiles as the seats'.
    func differenceStatistics(rule: Int, list: Int) -> Difference {
        let histogram = tally.differenceHistogram(rule: rule, list: list)
        let offset = tally.maximumSeats
        let runs = histogram.reduce(0, +)
        let total = histogram.enumerated().reduce(0) { $0 + ($1.offset - offset) * $1.element }
        let share = { (count: Int) in Double(count) / Double(max(1, runs)) }
        let low = SimulationSummary.quantile(histogram, numerator: 1, denominator: 20, runs: runs) - offset
        let high = SimulationSummary.quantile(histogram, numerator: 19, denominator: 20, runs: runs) - offset
        return Difference(
            mean: runs > 0 ? Double(total) / Double(runs) : 0, interval: low...high,
            more: share(histogram[(offset + 1)...].reduce(0, +)), fewer: share(histogram[..<offset].reduce(0, +)))
    }

    /// Lists with a seat in some run under some rule.
    var reportedLists: [Int] {
        (0..<tally.listCount).filter { list in
            (0..<tally.ruleCount).contains { rule in tally.histogram(rule: rule, list: list).dropFirst().contains { $0 > 0 } }
        }
    }

    var headline: String {
        let runs = Formatting.grouped(tally.runs)
        var text = "\(title): \(runs) simulated election\(tally.runs == 1 ? "" : "s"), each through every rule (seed \(seed))"
        if tally.runs < plannedRuns { text += " — PARTIAL: \(runs) of \(Formatting.grouped(plannedRuns))" }
        return text
    }

    /// The comparison as terminal tables.
    public func table() -> String {
        let lists = reportedLists
        var text = headline + "\nEvery rule saw the same simulated votes in each run (common random numbers).\n"
        text += ElectionResult.adjustmentLines(adjustments) + "\n"
        var seats = TextTable(
            headers: ["Seats: mean (90% interval)"] + rules, alignments: [.left] + Array(repeating: .right, count: rules.count))
        var majorityTable = TextTable(
            headers: ["P(majority)"] + rules, alignments: [.left] + Array(repeating: .right, count: rules.count))
        for list in lists {
            var row = [listNames[list]]
            var odds = [listNames[list]]
            for rule in 0..<tally.ruleCount {
                let value = seatStatistics(rule: rule, list: list)
                row.append("\(Formatting.fixed(value.mean, decimals: 1)) (\(Self.interval(value.interval)))")
                odds.append(Formatting.percent(value.majority))
            }
            seats.add(row)
            majorityTable.add(odds)
        }
        text += seats.render() + "\n" + majorityTable.render()
        guard tally.ruleCount > 1 else { return text }
        var differences = TextTable(
            headers: ["Difference from \(rules[0]): mean (90% interval) P(more) P(fewer)"] + rules.dropFirst(),
            alignments: [.left] + Array(repeating: .right, count: rules.count - 1))
        for list in lists {
            var row = [listNames[list]]
            for rule in 1..<tally.ruleCount {
                let value = differenceStatistics(rule: rule, list: list)
                var mean = Formatting.fixed(value.mean, decimals: 1)
                mean = mean.hasPrefix("-") ? "−" + mean.dropFirst() : (mean == "0.0" ? mean : "+" + mean)
                row.append(
                    "\(mean) (\(Self.interval(value.interval))) "
                        + "\(Formatting.percent(value.more, decimals: 0)) \(Formatting.percent(value.fewer, decimals: 0))")
            }
            differences.add(row)
        }
        text += "\n" + differences.render()
        return text
    }

    /// Long-format CSV: one row per rule and list (`difference_*` columns against the first rule).
    public func csv() -> String {
        var text = ElectionResult.adjustmentComments(adjustments) + CSV.line([
            "rule", "party", "mean", "p05", "median", "p95", "p_majority", "difference_mean", "difference_p05",
            "difference_p95", "p_more_than_first", "p_fewer_than_first", "runs",
        ])
        let lists = reportedLists
        for rule in 0..<tally.ruleCount {
            for list in lists {
                let value = seatStatistics(rule: rule, list: list)
                var fields = [
                    rules[rule], listIDs[list], Formatting.fixed(value.mean, decimals: 4), "\(value.interval.lowerBound)",
                    "\(value.median)", "\(value.interval.upperBound)", Formatting.fixed(value.majority, decimals: 6),
                ]
                if rule > 0 {
                    let difference = differenceStatistics(rule: rule, list: list)
                    fields += [
                        Formatting.fixed(difference.mean, decimals: 4), "\(difference.interval.lowerBound)",
                        "\(difference.interval.upperBound)", Formatting.fixed(difference.more, decimals: 6),
                        Formatting.fixed(difference.fewer, decimals: 6),
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
        let lists = reportedLists
        let rows: [JSONValue] = (0..<tally.ruleCount).map { rule in
            .object([
                ("rule", .string(rules[rule])),
                (
                    "lists",
                    .array(
                        lists.map { list in
                            let value = seatStatistics(rule: rule, list: list)
                            var members: [(key: String, value: JSONValue)] = [
                                ("id", .string(listIDs[list])), ("mean", .number(value.mean, decimals: 6)),
                                ("interval90", .array([.int(value.interval.lowerBound), .int(value.interval.upperBound)])),
                                ("median", .int(value.median)),
                                ("pMajority", .number(value.majority, decimals: 6)),
                                ("seatDistribution", .sparse(value.histogram)),
                            ]
                            if rule > 0 {
                                let differences = tally.differenceHistogram(rule: rule, list: list)
                                members.append(("differenceFromFirst", .sparse(differences) { .int($0 - tally.maximumSeats) }))
                            }
                            return .object(members)
                        })
                ),
            ])
        }
        var members: [(String, JSONValue)] = [("title", .string(title))]
        if !adjustments.isEmpty { members.append(("adjustments", .array(adjustments.map(JSONValue.string)))) }
        return .object(members + [
            ("seed", .string(String(seed))), ("runs", .int(tally.runs)),
            ("partial", .bool(tally.runs < plannedRuns)), ("commonRandomNumbers", .bool(true)), ("rules", .array(rows)),
        ])
    }
}

extension SimulatedComparison {
    /// A 90% interval as people write it: `55 to 84`, `−27 to −4` (with the minus sign, U+2212).
    static func interval(_ range: ClosedRange<Int>) -> String {
        func number(_ value: Int) -> String { value < 0 ? "−\(value.magnitude)" : "\(value)" }
        return "\(number(range.lowerBound)) to \(number(range.upperBound))"
    }
}

