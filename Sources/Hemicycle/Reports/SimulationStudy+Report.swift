extension SimulationStudy {
    /// The first line of every report: what was simulated, and whether it is whole.
    var headline: String {
        let runs = Formatting.grouped(tally.runs)
        var text = "\(title): \(runs) simulated election\(tally.runs == 1 ? "" : "s") (seed \(seed))"
        if !isComplete { text += " — PARTIAL: \(runs) of \(Formatting.grouped(plannedRuns)) planned runs" }
        return text
    }

    var uncertaintyNote: String {
        statedUncertainty ? "the scenario's uncertainty block" : "the default uncertainty (Scenarios/README.md)"
    }

    /// Lists worth a row: those that won a seat in some run, or in the deterministic result, or stood.
    func reportedLists(_ summary: SimulationSummary) -> [Int] {
        let standing = Set(contests.flatMap(\.entryLists))
        return lists.indices.filter { index in
            standing.contains(lists[index].id) || summary.lists[index].mean > 0 || lists[index].deterministicSeats > 0
                || lists[index].boycott
        }
    }

    /// The study as a terminal table.
    public func table(constituencies includeConstituencies: Bool = false) -> String {
        let summary = self.summary
        var text = headline + "\n"
        text += "Scenario \(scenarioID) (digest \(digest)); noise from \(uncertaintyNote)\n"
        text += ElectionResult.adjustmentLines(adjustments) + "\n"
        var table = TextTable(
            headers: ["List", "Result", "Mean", "SD", "Median", "90% interval", "P(majority)", "P(largest)", "P(no seat)"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .right])
        for index in reportedLists(summary) {
            let list = summary.lists[index]
            table.add([
                lists[index].shortName + (lists[index].boycott ? " (boycott)" : ""), "\(lists[index].deterministicSeats)",
                Formatting.fixed(list.mean, decimals: 1),
                Formatting.fixed(list.standardDeviation, decimals: 1), "\(list.median)",
                "\(list.interval.lowerBound)–\(list.interval.upperBound)", Formatting.percent(list.majority),
                Formatting.percent(list.largest), Formatting.percent(list.noSeat),
            ])
        }
        text += table.render()
        if !blocs.isEmpty { text += "\n" + blocTable(summary) }
        text += "\nResult: the deterministic run. Majority: \(majority) of \(assemblySize) seats.\n"
        text += "Constituencies settled in round 1: " + describe(summary.settledInFirstRound) + " (deterministic \(deterministicSettled))\n"
        text += "Run-offs won by the list that trailed in round 1: " + describe(summary.leadReversals) + "\n"
        text += "National turnout, round 1: " + describeTurnout(summary, round: 0)
        if summary.runsWithRunoffs > 0 { text += "; round 2: " + describeTurnout(summary, round: 1) }
        text += "\n"
        if summary.runsWithTies > 0 {
            text += "Runs where the tie rule decided a contest: \(Formatting.grouped(summary.runsWithTies))\n"
        }
        text += fieldLines()
        if includeConstituencies { text += "\n" + constituencyTable() }
        return text
    }

    /// The blocs' seats (their lists' together) over the runs.
    func blocTable(_ summary: SimulationSummary) -> String {
        var table = TextTable(
            headers: ["Bloc", "Result", "Mean", "SD", "Median", "90% interval", "P(majority)", "P(no seat)"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right])
        for (label, bloc) in zip(blocs, summary.blocs) {
            table.add([
                label.id, "\(label.deterministicSeats)", Formatting.fixed(bloc.mean, decimals: 1),
                Formatting.fixed(bloc.standardDeviation, decimals: 1), "\(bloc.median)",
                "\(bloc.interval.lowerBound)–\(bloc.interval.upperBound)", Formatting.percent(bloc.majority),
                Formatting.percent(bloc.noSeat),
            ])
        }
        return table.render()
    }

    func describe(_ histogram: [Int]) -> String {
        let runs = histogram.reduce(0, +)
        guard runs > 0 else { return "no runs" }
        let mean = Double(histogram.enumerated().reduce(0) { $0 + $1.offset * $1.element }) / Double(runs)
        let low = SimulationSummary.quantile(histogram, numerator: 1, denominator: 20, runs: runs)
        let high = SimulationSummary.quantile(histogram, numerator: 19, denominator: 20, runs: runs)
        return "mean \(Formatting.fixed(mean, decimals: 1)), 90% interval \(low)–\(high)"
    }

    func describeTurnout(_ summary: SimulationSummary, round: Int) -> String {
        let histogram = summary.turnoutHistogram[round]
        let runs = histogram.reduce(0, +)
        let low = Double(SimulationSummary.quantile(histogram, numerator: 1, denominator: 20, runs: runs)) / 10_000
        let high = Double(SimulationSummary.quantile(histogram, numerator: 19, denominator: 20, runs: runs)) / 10_000
        return "mean \(Formatting.percent(summary.turnoutMean[round], decimals: 2)) "
            + "(SD \(Formatting.fixed(summary.turnoutStandardDeviation[round] * 100, decimals: 2)) points, "
            + "90% \(Formatting.percent(low, decimals: 2))–\(Formatting.percent(high, decimals: 2)))"
    }

    /// The probability that each list wins a constituency: `(entry, probability)` sorted by probability.
    public func winProbabilities(contest: Int) -> [(entry: Int, probability: Double)] {
        let start = tally.entryOffsets[contest]
        let count = tally.entryOffsets[contest + 1] - start
        let runs = max(1, tally.runs)
        return (0..<count).map { ($0, Double(tally.wins[start + $0]) / Double(runs)) }
            .sorted { $0.probability != $1.probability ? $0.probability > $1.probability : $0.entry < $1.entry }
    }

    func entryLabel(contest: Int, entry: Int) -> String {
        let label = contests[contest]
        let list = lists.first { $0.id == label.entryLists[entry] }?.shortName ?? label.entryLists[entry]
        return [list, label.entryCandidates[entry]].compactMap { $0 }.joined(separator: " · ")
    }

    /// One line per constituency: the likeliest winners.
    public func constituencyTable() -> String {
        var table = TextTable(
            headers: ["Constituency", "Seats", "Result", "Likeliest winners"], alignments: [.left, .right, .left, .left])
        for (index, contest) in contests.enumerated() {
            let odds = winProbabilities(contest: index).filter { $0.probability > 0 }.prefix(3)
            let result = contest.deterministicWinner >= 0 ? entryLabel(contest: index, entry: contest.deterministicWinner) : "–"
            table.add([
                contest.name, "\(contest.seats)", result,
                odds.map { "\(entryLabel(contest: index, entry: $0.entry)) \(Formatting.percent($0.probability))" }
                    .joined(separator: ", "),
            ])
        }
        return table.render()
    }

    /// Per-list statistics as CSV (`party` holds the list's id).
    public func partyCSV() -> String {
        let summary = self.summary
        var text = ElectionResult.adjustmentComments(adjustments) + CSV.line([
            "party", "short_name", "deterministic_seats", "mean", "sd", "median", "p05", "p95", "p_majority",
            "p_largest", "p_no_seat", "runs", "boycott",
        ])
        for index in reportedLists(summary) {
            let list = summary.lists[index]
            text += CSV.line([
                lists[index].id, lists[index].shortName, "\(lists[index].deterministicSeats)",
                Formatting.fixed(list.mean, decimals: 4), Formatting.fixed(list.standardDeviation, decimals: 4),
                "\(list.median)", "\(list.interval.lowerBound)", "\(list.interval.upperBound)",
                Formatting.fixed(list.majority, decimals: 6), Formatting.fixed(list.largest, decimals: 6),
                Formatting.fixed(list.noSeat, decimals: 6), "\(tally.runs)", lists[index].boycott ? "true" : "false",
            ])
        }
        return text
    }

    /// Win probabilities as CSV: one row per constituency and entry.
    public func constituencyCSV() -> String {
        var text = ElectionResult.adjustmentComments(adjustments) + CSV.line(["constituency", "constituency_name", "seats", "party", "candidate", "p_win", "deterministic_winner"])
        for (index, contest) in contests.enumerated() {
            for (entry, probability) in winProbabilities(contest: index).sorted(by: { $0.entry < $1.entry }) {
                text += CSV.line([
                    contest.id, contest.name, "\(contest.seats)", contest.entryLists[entry],
                    contest.entryCandidates[entry] ?? "", Formatting.fixed(probability, decimals: 6),
                    entry == contest.deterministicWinner ? "true" : "false",
                ])
            }
        }
        return text
    }

    /// Every distribution as long-format CSV: `distribution,key,value,runs`.
    public func distributionCSV() -> String {
        let summary = self.summary
        var text = ElectionResult.adjustmentComments(adjustments) + CSV.line(["distribution", "key", "value", "runs"])
        for index in reportedLists(summary) {
            for (seats, count) in summary.lists[index].histogram.enumerated() where count > 0 {
                text += CSV.line(["seats", lists[index].id, "\(seats)", "\(count)"])
            }
        }
        for (value, count) in summary.settledInFirstRound.enumerated() where count > 0 {
            text += CSV.line(["settled_round1", "", "\(value)", "\(count)"])
        }
        for (value, count) in summary.leadReversals.enumerated() where count > 0 {
            text += CSV.line(["lead_reversals", "", "\(value)", "\(count)"])
        }
        for round in 0..<2 {
            for (bin, count) in summary.turnoutHistogram[round].enumerated() where count > 0 {
                text += CSV.line(["turnout_round\(round + 1)", "", Formatting.fixed(Double(bin) / 10_000, decimals: 4), "\(count)"])
            }
        }
        return text
    }

    /// The sizes of run-off fields a simulation counts: 1, 2, 3, and 4 or more.
    static let fieldNames = ["single candidate", "two-way", "three-way", "four-way or more"]

    /// Each list's withdrawals per run (mean), and each bloc's (its lists' together).
    func meanWithdrawals() -> (lists: [(String, Double)], blocs: [(String, Double)]) {
        let runs = Double(max(1, tally.runs))
        let lists = tally.withdrawalsByList.enumerated().map { (self.lists[$0.offset].id, Double($0.element) / runs) }
        let blocs = zip(self.blocs, tally.blocLists).map { label, members in
            (label.id, Double(members.reduce(0) { $0 + tally.withdrawalsByList[$1] }) / runs)
        }
        return (lists, blocs)
    }

    /// The table's lines on run-off fields and withdrawals, where the tally counts them.
    func fieldLines() -> String {
        guard tally.tracksRunoffFields, tally.runs > 0 else { return "" }
        let parts = tally.fieldHistogram.enumerated().compactMap { size, histogram -> String? in
            guard histogram.dropFirst().contains(where: { $0 > 0 }) else { return nil }
            return "\(Self.fieldNames[size]) " + describe(histogram)
        }
        var text = "Run-offs by field, per run: " + (parts.isEmpty ? "none" : parts.joined(separator: "; ")) + "\n"
        text += "Withdrawals per run: " + describe(tally.withdrawalHistogram)
        let (lists, blocs) = meanWithdrawals()
        func largest(_ means: [(String, Double)]) -> String {
            means.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(6).map { "\($0.0) \(Formatting.fixed($0.1, decimals: 1))" }
                .joined(separator: ", ")
        }
        if lists.contains(where: { $0.1 > 0 }) { text += "; by list (mean): " + largest(lists) }
        if blocs.contains(where: { $0.1 > 0 }) { text += "; by bloc (mean): " + largest(blocs) }
        return text + "\n"
    }

    /// `runoffFields` and `withdrawals`, where the tally counts them.
    func fieldMembers() -> [(key: String, value: JSONValue)] {
        guard tally.tracksRunoffFields else { return [] }
        func distribution(_ histogram: [Int]) -> JSONValue {
            let runs = histogram.reduce(0, +)
            let mean = runs > 0 ? Double(histogram.enumerated().reduce(0) { $0 + $1.offset * $1.element }) / Double(runs) : 0
            return .object([
                ("mean", .number(mean, decimals: 6)),
                (
                    "interval90",
                    .array([
                        .int(SimulationSummary.quantile(histogram, numerator: 1, denominator: 20, runs: runs)),
                        .int(SimulationSummary.quantile(histogram, numerator: 19, denominator: 20, runs: runs)),
                    ])
                ),
                ("distribution", .sparse(histogram)),
            ])
        }
        let (lists, blocs) = meanWithdrawals()
        let sizes = ["1", "2", "3", "4+"]
        var withdrawals: [(String, JSONValue)] = [
            ("perRun", distribution(tally.withdrawalHistogram)),
            ("byList", .object(lists.map { ($0.0, JSONValue.number($0.1, decimals: 6)) })),
        ]
        if !blocs.isEmpty { withdrawals.append(("byBloc", .object(blocs.map { ($0.0, JSONValue.number($0.1, decimals: 6)) }))) }
        return [
            ("runoffFields", .object(zip(sizes, tally.fieldHistogram).map { ($0, distribution($1)) })),
            ("withdrawals", .object(withdrawals)),
        ]
    }

    /// `blocs`, only where the scenario has any.
    func blocMembers(_ summary: SimulationSummary) -> [(key: String, value: JSONValue)] {
        guard !blocs.isEmpty else { return [] }
        let rows: [JSONValue] = zip(blocs, summary.blocs).map { label, bloc in
            .object([
                ("id", .string(label.id)), ("name", .string(label.name)), ("deterministicSeats", .int(label.deterministicSeats)),
                ("mean", .number(bloc.mean, decimals: 6)), ("sd", .number(bloc.standardDeviation, decimals: 6)),
                ("median", .int(bloc.median)), ("interval90", .array([.int(bloc.interval.lowerBound), .int(bloc.interval.upperBound)])),
                ("pMajority", .number(bloc.majority, decimals: 6)), ("pNoSeat", .number(bloc.noSeat, decimals: 6)),
                ("seatDistribution", .sparse(bloc.histogram)),
            ])
        }
        return [("blocs", .array(rows))]
    }

    /// The whole summary as JSON.
    public func json() -> JSONValue {
        let summary = self.summary
        let lists: [JSONValue] = reportedLists(summary).map { index in
            let list = summary.lists[index]
            return .object([
                ("id", .string(self.lists[index].id)), ("shortName", .string(self.lists[index].shortName)),
                ("deterministicSeats", .int(self.lists[index].deterministicSeats)),
                ("mean", .number(list.mean, decimals: 6)), ("sd", .number(list.standardDeviation, decimals: 6)),
                ("median", .int(list.median)),
                ("interval90", .array([.int(list.interval.lowerBound), .int(list.interval.upperBound)])),
                ("pMajority", .number(list.majority, decimals: 6)), ("pLargest", .number(list.largest, decimals: 6)),
                ("pNoSeat", .number(list.noSeat, decimals: 6)), ("seatDistribution", .sparse(list.histogram)),
            ] + (self.lists[index].boycott ? [("boycott", .bool(true))] : []))
        }
        let constituencies: [JSONValue] = contests.enumerated().map { index, contest in
            .object([
                ("id", .string(contest.id)), ("name", .string(contest.name)), ("seats", .int(contest.seats)),
                (
                    "winProbabilities",
                    .array(
                        winProbabilities(contest: index).sorted { $0.entry < $1.entry }.map {
                            .object([
                                ("list", .string(contest.entryLists[$0.entry])),
                                ("candidate", .optional(contest.entryCandidates[$0.entry])),
                                ("p", .number($0.probability, decimals: 6)),
                            ])
                        })
                ),
            ])
        }
        return .object([
            ("scenario", scenarioMember),
            ("seed", .string(String(seed))), ("runs", .int(tally.runs)), ("plannedRuns", .int(plannedRuns)),
            ("partial", .bool(!isComplete)), ("uncertainty", .string(statedUncertainty ? "scenario" : "defaults")),
            ("assemblySize", .int(assemblySize)), ("majority", .int(majority)),
            ("lists", .array(lists)),
        ] + blocMembers(summary) + fieldMembers() + [
            (
                "settledInRound1",
                .object([("deterministic", .int(deterministicSettled)), ("distribution", .sparse(summary.settledInFirstRound))])
            ),
            ("leadReversals", .object([("distribution", .sparse(summary.leadReversals))])),
            (
                "turnout",
                .array(
                    (0..<2).map { round in
                        .object([
                            ("round", .int(round + 1)), ("mean", .number(summary.turnoutMean[round], decimals: 6)),
                            ("sd", .number(summary.turnoutStandardDeviation[round], decimals: 6)),
                            (
                                "distribution",
                                .sparse(summary.turnoutHistogram[round]) { .number(Double($0) * (1.0 / 10_000), decimals: 6) }
                            ),
                        ])
                    })
            ),
            ("runsWithTies", .int(summary.runsWithTies)),
            ("constituencies", .array(constituencies)),
        ])
    }
}
