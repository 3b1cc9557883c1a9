/// An estimated transfer table as a terminal table (with the block to paste), JSON and CSV.
extension TransferEstimate {
    /// The names of the rows and columns.
    func rowName(_ row: Int) -> String {
        row < observations.groups.count ? observations.groups[row].id : "Non-voters"
    }

    func columnName(_ column: Int) -> String {
        column < observations.groups.count ? observations.groups[column].id : "Abstain"
    }

    /// The columns shown: groups some row moves to (identified somewhere), then abstention.
    var shownColumns: [Int] {
        (0..<columns).filter { column in
            column == observations.abstentionColumn || estimatedRows.contains { identified[$0 * columns + column] }
        }
    }

    /// What was fitted and how, in sentences.
    var methodLines: String {
        let grouping =
            observations.grouping == .bloc
            ? "rows and columns are the scenario's blocs (a list in no bloc on its own)" : "rows and columns are lists"
        var text = "\(observations.runoffCount) run-offs with both rounds counted; \(grouping). Constrained least squares on "
        text += "shares of the registered, each run-off weighted by its registered; every row on the simplex, renormalised over "
        text += "the groups that stand with its abstention held (the engine's own model).\n"
        if bootstrap > 0 {
            text += "\(Formatting.percent(level, decimals: 0)) intervals from \(bootstrap) bootstrap resamples of the run-offs (seed \(seed)).\n"
        }
        return text
    }

    /// The table, the fit, the check (when given) and the `transfers` block to paste.
    public func table(check: TransferCheck? = nil) -> String {
        var text = "Transfers between the rounds, estimated from \(observations.title)\n" + methodLines + "\n"
        let columns = shownColumns
        var table = TextTable(
            headers: ["From", "Votes out"] + columns.map(columnName),
            alignments: [.left, .right] + columns.map { _ in .right })
        for row in estimatedRows {
            var cells = [rowName(row), Formatting.grouped(Int(rowSupport[row].rounded()))]
            for column in columns {
                let cell = row * self.columns + column
                if !allowedCell(row, column) {
                    cells.append("")
                } else if !identified[cell] {
                    cells.append("–")
                } else {
                    cells.append(percentCell(cell))
                }
            }
            table.add(cells)
        }
        text += table.render()
        text += "\nShares in percent of the row's round-1 voters"
        text += bootstrap > 0 ? ", with the interval in brackets" : ""
        text += "; – : no run-off informs the cell (held at zero). A row's shares apply as they are where every group "
        text += "stands; elsewhere its voters who vote are split over the groups that stand in proportion to their shares:\n"
        text += commonestRunoffs()
        text += "Fit: residual \(Formatting.fixed(residual * 100, decimals: 2)) points of the registered (weighted root mean square), \(steps) descent steps.\n"
        if let check { text += "\n" + Self.checkText(check) }
        text += "\nThe block to paste into the scenario (with a provenance naming how it was made):\n"
        text += "\"transfers\": " + transfersBlock().prettyPrinted() + "\n"
        return text
    }

    /// For each estimated row, what its shares give in the two commonest fields it meets.
    func commonestRunoffs() -> String {
        var text = ""
        for row in estimatedRows {
            var fields: [[Int]: Int] = [:]
            for runoff in observations.runoffs where runoff.out.contains(where: { $0.row == row && $0.share > 0 }) {
                fields[runoff.standing, default: 0] += 1
            }
            let commonest = fields.sorted {
                $0.value != $1.value ? $0.value > $1.value : $0.key.lexicographicallyPrecedes($1.key)
            }.prefix(2)
            let parts = commonest.map { field, count -> String in
                let sum = field.reduce(0.0) { $0 + share(row, $1) }
                let staying = 1 - share(row, observations.abstentionColumn)
                let splits = field.map { group -> String in
                    let part = sum > 0 ? share(row, group) / sum * staying : staying / Double(field.count)
                    return "\(observations.groups[group].id) \(Formatting.fixed(part * 100, decimals: 1))"
                }
                return "\(field.map { observations.groups[$0].id }.joined(separator: "–")) (\(count)): " + splits.joined(separator: ", ")
            }
            guard !parts.isEmpty else { continue }
            text += "  \(rowName(row)), abstaining \(Formatting.fixed(share(row, observations.abstentionColumn) * 100, decimals: 1)): " + parts.joined(separator: "; ") + "\n"
        }
        return text
    }

    private func allowedCell(_ row: Int, _ column: Int) -> Bool {
        row >= observations.groups.count || row != column
    }

    private func percentCell(_ cell: Int) -> String {
        let value = Formatting.fixed(shares[cell] * 100, decimals: 1)
        guard bootstrap > 0 else { return value }
        return "\(value) [\(Formatting.fixed(lower[cell] * 100, decimals: 1))–\(Formatting.fixed(upper[cell] * 100, decimals: 1))]"
    }

    /// The check as sentences and a table of seats.
    static func checkText(_ check: TransferCheck) -> String {
        var text = "Check: round 2 modelled from round 1 with this table and the real withdrawals (--model-round2) "
        text += "gets \(check.winnersRight) of \(check.runoffs) run-off winners right"
        text += " (\(Formatting.percent(Double(check.winnersRight) / Double(max(1, check.runoffs)), decimals: 1)));"
        text += " \(check.seatsMisplaced) seat\(check.seatsMisplaced == 1 ? "" : "s") change group.\n"
        var table = TextTable(headers: ["Group", "Real", "Modelled", "Error"], alignments: [.left, .right, .right, .right])
        for row in check.seats {
            table.add([row.id, "\(row.real)", "\(row.modelled)", UserText.signed(Double(row.error), decimals: 0)])
        }
        return text + table.render()
    }

    /// One row per cell of an estimated row: `from, to, share, low, high, identified, votes_out`.
    public func csv() -> String {
        var text = CSV.line(["from", "to", "share", "low", "high", "identified", "votes_out"])
        for row in estimatedRows {
            for column in 0..<columns where allowedCell(row, column) {
                let cell = row * columns + column
                text += CSV.line([
                    rowID(row) ?? "nonVoters", column < observations.groups.count ? observations.groups[column].id : "abstain",
                    Formatting.fixed(shares[cell], decimals: 6),
                    bootstrap > 0 ? Formatting.fixed(lower[cell], decimals: 6) : "",
                    bootstrap > 0 ? Formatting.fixed(upper[cell], decimals: 6) : "",
                    identified[cell] ? "true" : "false", "\(Int(rowSupport[row].rounded()))",
                ])
            }
        }
        return text
    }

    /// The estimate, its intervals, the fit, the check and the block (`transfers`).
    public func json(check: TransferCheck? = nil) -> JSONValue {
        var rows: [JSONValue] = []
        for row in estimatedRows {
            var cells: [JSONValue] = []
            for column in 0..<columns where allowedCell(row, column) {
                let cell = row * columns + column
                var members: [(String, JSONValue)] = [
                    ("to", .string(column < observations.groups.count ? observations.groups[column].id : "abstain")),
                    ("share", .number(shares[cell], decimals: 6)),
                ]
                if bootstrap > 0 {
                    members.append(("low", .number(lower[cell], decimals: 6)))
                    members.append(("high", .number(upper[cell], decimals: 6)))
                }
                members.append(("identified", .bool(identified[cell])))
                cells.append(.object(members))
            }
            rows.append(
                .object([
                    ("from", .string(rowID(row) ?? "nonVoters")), ("votesOut", .int(Int(rowSupport[row].rounded()))),
                    ("cells", .array(cells)),
                ]))
        }
        var members: [(String, JSONValue)] = [
            ("scenario", .object([("title", .string(observations.title))])),
            ("grouping", .string(observations.grouping.rawValue)), ("runoffs", .int(observations.runoffCount)),
            ("bootstrap", .int(bootstrap)), ("level", .number(level, decimals: 6)), ("seed", .string("\(seed)")),
            ("residual", .number(residual, decimals: 8)), ("steps", .int(steps)), ("rows", .array(rows)),
        ]
        if let check {
            members.append(
                (
                    "check",
                    .object([
                        ("runoffs", .int(check.runoffs)), ("winnersRight", .int(check.winnersRight)),
                        ("missed", .array(check.missed.map(JSONValue.string))),
                        (
                            "seats",
                            .array(
                                check.seats.map {
                                    .object([("group", .string($0.id)), ("real", .int($0.real)), ("modelled", .int($0.modelled))])
                                })
                        ),
                    ])
                ))
        }
        members.append(("transfers", transfersBlock()))
        return .object(members)
    }
}
