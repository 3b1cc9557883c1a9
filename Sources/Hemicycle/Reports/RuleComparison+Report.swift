extension RuleComparison {
    /// The comparison as a terminal table: seats by list under each rule, then the indices.
    public func table(source: String) -> String {
        guard let first = results.first else { return "" }
        var text = "\(first.title): seats under each rule\n"
        text += "Votes: round 1 of \(source), official or the model's expected values as whole votes\n"
        text += ElectionResult.adjustmentLines(first.adjustments) + "\n"
        for choice in choices { text += "\(choice.label): \(choice.system.summary)\n" }
        text += "\n"
        var seats = TextTable(
            headers: ["List", "Vote share"] + choices.map(\.label),
            alignments: [.left] + Array(repeating: .right, count: choices.count + 1))
        for index in reportedLists {
            seats.add(
                [first.lists[index].shortName + (first.lists[index].boycott ? " (boycott)" : ""), Formatting.percent(first.lists[index].firstRoundShare, decimals: 2)]
                    + results.map { "\($0.lists[index].seats)" })
        }
        seats.footer.append(["Filled", ""] + results.map { "\($0.filledSeats)" })
        if results.contains(where: { $0.overhangSeats > 0 }) {
            seats.footer.append(["Overhang", ""] + results.map { "\($0.overhangSeats)" })
        }
        seats.footer.append(["Majority", ""] + results.map { "\($0.majority)" })
        text += seats.render() + "\n"
        var table = TextTable(
            headers: ["Index"] + choices.map(\.label), alignments: [.left] + Array(repeating: .right, count: choices.count))
        for row in indexRows() { table.add([row.label] + row.cells) }
        text += table.render()
        text += "\nIndices in percentage points of seats against round-1 vote shares: Gallagher (1991), "
        text += "Loosemore & Hanby (1971), Sainte-Laguë; effective number of parties by Laakso & Taagepera (1979).\n"
        return text
    }

    /// The disproportionality indices as plain text, one row per index: its label, then a cell
    /// per rule. The terminal table and the HTML report both show these rows.
    func indexRows() -> [(label: String, cells: [String])] {
        [
            ("Gallagher (least squares)", indices.map { Formatting.fixed($0.gallagher, decimals: 2) }),
            ("Loosemore-Hanby", indices.map { Formatting.fixed($0.loosemoreHanby, decimals: 2) }),
            ("Sainte-Laguë index", indices.map { Formatting.fixed($0.sainteLague, decimals: 2) }),
            (
                "Largest seat bonus (points)",
                indices.map { index in
                    guard let bonus = index.largestSeatBonus, let first = results.first else { return "–" }
                    let sign = bonus.percentagePoints >= 0 ? "+" : ""
                    return "\(sign)\(Formatting.fixed(bonus.percentagePoints, decimals: 1)) \(first.lists[bonus.party].shortName)"
                }
            ),
            ("Effective parties (votes)", indices.map { Formatting.fixed($0.effectivePartiesByVotes, decimals: 2) }),
            ("Effective parties (seats)", indices.map { Formatting.fixed($0.effectivePartiesBySeats, decimals: 2) }),
        ]
    }

    /// Seats as long-format CSV: `rule,party,seats,seat_share,votes_round1,vote_share_round1`.
    public func seatsCSV() -> String {
        var text = ElectionResult.adjustmentComments(results.first?.adjustments ?? [])
        text += CSV.line(["rule", "party", "short_name", "seats", "seat_share", "votes_round1", "vote_share_round1", "boycott"])
        for (choice, result) in zip(choices, results) {
            let filled = max(1, result.filledSeats)
            for index in reportedLists {
                let list = result.lists[index]
                text += CSV.line([
                    choice.label, list.id, list.shortName, "\(list.seats)",
                    Formatting.fixed(Double(list.seats) / Double(filled), decimals: 6), "\(list.firstRoundVotes)",
                    Formatting.fixed(list.firstRoundShare, decimals: 6), list.boycott ? "true" : "false",
                ])
            }
        }
        return text
    }

    /// The indices as CSV: one row per rule.
    public func indicesCSV() -> String {
        var text = ElectionResult.adjustmentComments(results.first?.adjustments ?? []) + CSV.line([
            "rule", "gallagher", "loosemore_hanby", "sainte_lague", "largest_bonus_party", "largest_bonus_points",
            "enp_votes", "enp_seats", "filled", "house",
        ])
        for (index, choice) in choices.enumerated() {
            let value = indices[index]
            let result = results[index]
            text += CSV.line([
                choice.label, Formatting.fixed(value.gallagher, decimals: 6), Formatting.fixed(value.loosemoreHanby, decimals: 6),
                Formatting.fixed(value.sainteLague, decimals: 6),
                value.largestSeatBonus.map { result.lists[$0.party].id } ?? "",
                value.largestSeatBonus.map { Formatting.fixed($0.percentagePoints, decimals: 6) } ?? "",
                Formatting.fixed(value.effectivePartiesByVotes, decimals: 6),
                Formatting.fixed(value.effectivePartiesBySeats, decimals: 6), "\(result.filledSeats)", "\(result.houseSize)",
            ])
        }
        return text
    }

    /// The whole comparison as JSON.
    public func json(source: String) -> JSONValue {
        let rules: [JSONValue] = choices.indices.map { index in
            let result = results[index]
            let value = indices[index]
            return .object([
                ("rule", .string(choices[index].label)), ("description", .string(choices[index].system.summary)),
                ("filled", .int(result.filledSeats)), ("house", .int(result.houseSize)), ("majority", .int(result.majority)),
                (
                    "seats",
                    .object(reportedLists.map { (result.lists[$0].id, .int(result.lists[$0].seats)) })
                ),
                (
                    "indices",
                    .object([
                        ("gallagher", .number(value.gallagher, decimals: 6)),
                        ("loosemoreHanby", .number(value.loosemoreHanby, decimals: 6)),
                        ("sainteLague", .number(value.sainteLague, decimals: 6)),
                        (
                            "largestSeatBonus",
                            value.largestSeatBonus.map {
                                .object([
                                    ("party", .string(result.lists[$0.party].id)),
                                    ("points", .number($0.percentagePoints, decimals: 6)),
                                ])
                            } ?? .null
                        ),
                        ("effectivePartiesByVotes", .number(value.effectivePartiesByVotes, decimals: 6)),
                        ("effectivePartiesBySeats", .number(value.effectivePartiesBySeats, decimals: 6)),
                    ])
                ),
            ])
        }
        let votes: [JSONValue] = reportedLists.map { index in
            let list = results[0].lists[index]
            return .object([
                ("id", .string(list.id)), ("shortName", .string(list.shortName)), ("votesRound1", .int(list.firstRoundVotes)),
                ("voteShareRound1", .number(list.firstRoundShare, decimals: 6)),
            ] + (list.boycott ? [("boycott", .bool(true))] : []))
        }
        return .object([
            ("scenario", scenarioMember(source: source)),
            ("votes", .string("round-1 votes")), ("lists", .array(votes)), ("rules", .array(rules)),
        ])
    }
}

extension RuleComparison {
    /// The `scenario` member of the JSON: id, source, and the adjustments when there are any.
    func scenarioMember(source: String) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(results.first?.scenarioID ?? "")), ("source", .string(source))]
        if let adjustments = results.first?.adjustments, !adjustments.isEmpty {
            members.append(("adjustments", .array(adjustments.map(JSONValue.string))))
        }
        return .object(members)
    }
}
