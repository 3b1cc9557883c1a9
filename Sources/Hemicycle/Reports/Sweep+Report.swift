/// A sweep as a terminal table, a tidy CSV (one row per point and list) and JSON.
extension Sweep {
    /// The first line: what was swept, and how.
    var headline: String {
        let over = axes.map { "\($0.name) from \($0.format($0.values.first ?? 0)) to \($0.format($0.values.last ?? 0))" }
        var text = "\(title): seats as \(over.joined(separator: " and ")) (\(points.count) points)"
        if isSimulated {
            text += "; \(Formatting.grouped(runs)) simulated elections at each point (seed \(seed), the same random numbers at every point)"
            if countedRuns < runs { text += " — PARTIAL: \(Formatting.grouped(countedRuns)) runs at some points" }
        }
        return text
    }

    /// The sweep as a terminal table: one row per point; per list its seats, or with runs the
    /// mean and 90% interval; and with runs the probability that the list largest at the first
    /// point holds a majority.
    public func table() -> String {
        var text = headline + "\n" + ElectionResult.adjustmentLines(adjustments)
        text += "Majority: \(majority) seats." + (isSimulated ? " Cells: mean seats (90% interval)." : " Cells: seats in the deterministic run.") + "\n\n"
        let shown = tableLists
        let leader = shown.first
        var headers = axes.map(\.name) + ["Turnout R1"] + shown.map { lists[$0].shortName }
        if isSimulated, let leader { headers.append("P(majority) \(lists[leader].shortName)") }
        var table = TextTable(headers: headers, alignments: Array(repeating: .right, count: headers.count))
        for point in points {
            var row = zip(axes, point.values).map { $0.format($1) }
            row.append(Formatting.percent(point.turnout1, decimals: 2))
            for index in shown {
                let list = point.lists[index]
                if let mean = list.mean, let interval = list.interval {
                    row.append("\(Formatting.fixed(mean, decimals: 1)) (\(interval.lowerBound)–\(interval.upperBound))")
                } else {
                    row.append("\(list.seats)")
                }
            }
            if isSimulated, let leader { row.append(point.lists[leader].majority.map { Formatting.percent($0) } ?? "–") }
            table.add(row)
        }
        text += table.render()
        let hidden = reportedLists.count - shown.count
        if hidden > 0 { text += "\n\(Formatting.count(hidden, "other list")) with a seat somewhere: see --format csv or json.\n" }
        return text
    }

    /// The lists the table shows: the (at most) six with the most seats over the points, the
    /// largest first, then the scenario's order.
    var tableLists: [Int] {
        func total(_ index: Int) -> Double { points.reduce(0) { $0 + ($1.lists[index].mean ?? Double($1.lists[index].seats)) } }
        let top = reportedLists.sorted { total($0) > total($1) }.prefix(6)
        guard let largest = top.first else { return [] }
        return [largest] + top.dropFirst().sorted()
    }

    /// The tidy table: one row per point and list with a seat somewhere in the sweep.
    public func csv() -> String {
        var headers = axes.map(\.name) + ["party", "short_name", "seats", "vote_share_round1", "turnout_round1"]
        if isSimulated { headers += ["mean", "p05", "p95", "p_majority", "runs"] }
        var text = ElectionResult.adjustmentComments(adjustments) + CSV.line(headers)
        for point in points {
            for index in reportedLists {
                let list = point.lists[index]
                var row = point.values.map { Adjustment.number($0) } + [
                    lists[index].id, lists[index].shortName, "\(list.seats)", Formatting.fixed(list.voteShare, decimals: 6),
                    Formatting.fixed(point.turnout1, decimals: 6),
                ]
                if isSimulated {
                    row += [
                        list.mean.map { Formatting.fixed($0, decimals: 4) } ?? "", list.interval.map { "\($0.lowerBound)" } ?? "",
                        list.interval.map { "\($0.upperBound)" } ?? "", list.majority.map { Formatting.fixed($0, decimals: 6) } ?? "",
                        "\(list.mean == nil ? 0 : countedRuns)",
                    ]
                }
                text += CSV.line(row)
            }
        }
        return text
    }

    /// The sweep as JSON: the axes, then each point with every reported list.
    public func json() -> JSONValue {
        var scenario: [(String, JSONValue)] = [("id", .string(scenarioID)), ("title", .string(title))]
        if !adjustments.isEmpty { scenario.append(("adjustments", .array(adjustments.map(JSONValue.string)))) }
        let axes: [JSONValue] = self.axes.map { axis in
            .object([("name", .string(axis.name)), ("unit", .string(axis.unit)), ("values", .array(axis.values.map { .number($0, decimals: 9) }))])
        }
        let shown = reportedLists
        let points: [JSONValue] = points.map { point in
            .object([
                ("values", .array(point.values.map { .number($0, decimals: 9) })),
                ("turnoutRound1", .number(point.turnout1, decimals: 6)), ("turnoutRound2", .number(point.turnout2, decimals: 6)),
                (
                    "lists",
                    .array(
                        shown.map { index in
                            let list = point.lists[index]
                            var members: [(String, JSONValue)] = [
                                ("id", .string(lists[index].id)), ("seats", .int(list.seats)),
                                ("voteShareRound1", .number(list.voteShare, decimals: 6)),
                            ]
                            if let mean = list.mean, let interval = list.interval, let majority = list.majority {
                                members += [
                                    ("mean", .number(mean, decimals: 6)),
                                    ("interval90", .array([.int(interval.lowerBound), .int(interval.upperBound)])),
                                    ("pMajority", .number(majority, decimals: 6)),
                                ]
                            }
                            return .object(members)
                        })
                ),
            ])
        }
        return .object([
            ("scenario", .object(scenario)), ("majority", .int(majority)), ("runs", .int(runs)),
            ("countedRuns", .int(countedRuns)), ("seed", .string(String(seed))), ("axes", .array(axes)),
            ("points", .array(points)),
        ])
    }
}
