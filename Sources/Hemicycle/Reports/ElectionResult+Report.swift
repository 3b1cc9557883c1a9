extension ElectionResult {
    /// Lists worth a row: those that stood somewhere or won seats.
    var reportedLists: [ListResult] { lists.filter { $0.constituenciesContested > 0 || $0.seats > 0 || $0.boycott } }

    /// The result as a terminal table: seats by list, then the summary figures.
    ///
    /// - Parameters:
    ///   - rule: the rule's description, printed under the title.
    ///   - source: where the scenario came from, printed under the title.
    ///   - constituencies: whether to add one line per constituency.
    public func table(rule: String, source: String, constituencies includeConstituencies: Bool = false) -> String {
        var text = "\(title)\n\(source)\nRule: \(rule)\n" + Self.adjustmentLines(adjustments) + "\n"
        text += isTwoRound ? twoRoundListTable() : singleRoundListTable()
        if !blocs.isEmpty { text += "\n" + blocTable() }
        for reason in vacancyReasons { text += "Vacant: \(reason)\n" }
        let magnitudes = constituencies.filter { $0.decidedInRound != nil }.map(\.seats)
        text += "\nMajority of the \(overhangSeats > 0 ? "house" : "assembly"): \(majority) seats"
        if let leader = lists.max(by: { $0.seats < $1.seats }) {
            text += leader.seats >= majority ? " (held by \(leader.shortName))\n" : " (no list holds it)\n"
        }
        if overhangSeats > 0 {
            text += "Overhang: \(Formatting.count(overhangSeats, "seat")), a house of \(houseSize)\n"
        }
        text += "Constituencies contested: \(contestedConstituencies)"
        if let low = magnitudes.min(), let high = magnitudes.max() { text += " (\(low) to \(high) seats)" }
        text += "\n"
        if isTwoRound {
            text += "Settled in round 1: \(Formatting.count(settledInFirstRound, "constituency", "constituencies")), "
            text += "\(Formatting.count(seatsInFirstRound, "seat"))\n"
            text += "Run-offs: \(runoffs), won by the list that trailed in round 1: \(leadReversals)\n"
            if let line = betweenRoundsLine { text += line + "\n" }
        }
        if tieDecisions > 0 { text += "Decided by the tie rule: \(Formatting.count(tieDecisions, "constituency", "constituencies"))\n" }
        text += "Lists on the \(isTwoRound ? "round-1 " : "")ballot: \(listsOnBallot)\n"
        text += "Turnout: \(isTwoRound ? "round 1 " : "")\(Formatting.percent(firstRound.turnout, decimals: 2))"
        text += " of \(Formatting.grouped(firstRound.registered)) registered"
        if runoffs > 0 {
            text += ", round 2 \(Formatting.percent(secondRound.turnout, decimals: 2))"
            text += " of \(Formatting.grouped(secondRound.registered)) in the run-off constituencies"
        }
        text += "\n"
        if includeConstituencies { text += "\n" + (isTwoRound ? constituencyTable() : seatsByConstituencyTable()) }
        return text
    }

    /// `Run-off fields: 409 two-way, …; withdrawals: 224 (by list: …)`, only where the fields
    /// are not all duels of the qualified (France), so that Mali's report reads as before.
    public var betweenRoundsLine: String? {
        let sizes = runoffFieldSizes
        guard withdrawals > 0 || sizes.keys.contains(where: { $0 != 2 }) else { return nil }
        return "Run-off fields: \(Self.fieldSizes(sizes)); withdrawals: \(withdrawals)\(withdrawalBreakdown)"
    }

    /// Withdrawals by round-1 list and by bloc, most first: `(by list: UG 131, ENS 81; by
    /// bloc: LEFT 134, …)`, or "" without any.
    var withdrawalBreakdown: String {
        let (lists, blocs) = withdrawalsBy()
        guard !lists.isEmpty else { return "" }
        func text(_ counts: [(String, Int)]) -> String { counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ") }
        return " (by list: \(text(lists))" + (blocs.isEmpty ? "" : "; by bloc: \(text(blocs))") + ")"
    }

    /// Withdrawals by round-1 list and by bloc, most first (lists and blocs without any left out).
    func withdrawalsBy() -> (lists: [(String, Int)], blocs: [(String, Int)]) {
        var byList: [String: Int] = [:]
        for row in constituencies {
            for entry in row.entries where entry.withdrew { byList[entry.list, default: 0] += 1 }
        }
        let order = Dictionary(uniqueKeysWithValues: lists.enumerated().map { ($0.element.id, $0.offset) })
        let sortedLists = byList.sorted { $0.value != $1.value ? $0.value > $1.value : (order[$0.key] ?? 0) < (order[$1.key] ?? 0) }
            .map { ($0.key, $0.value) }
        let sortedBlocs = blocs.map { bloc in (bloc.id, bloc.lists.reduce(0) { $0 + (byList[$1] ?? 0) }) }
            .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
        return (sortedLists, sortedBlocs)
    }

    func twoRoundListTable() -> String {
        var table = TextTable(
            headers: ["List", "Seats", "Seat share", "Won R1", "Won R2", "Stood in", "Votes R1", "Vote share R1"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right])
        let filled = filledSeats
        for list in reportedLists {
            table.add([
                list.shortName, "\(list.seats)",
                filled > 0 ? Formatting.percent(Double(list.seats) / Double(filled)) : "–",
                "\(list.seatsInFirstRound)", "\(list.seatsInSecondRound)", list.stoodIn,
                Formatting.grouped(list.firstRoundVotes), Formatting.percent(list.firstRoundShare, decimals: 2),
            ])
        }
        table.footer.append([
            "Filled", "\(filled)", filled > 0 ? "100.0%" : "–", "\(seatsInFirstRound)", "\(filled - seatsInFirstRound)", "",
            Formatting.grouped(firstRound.listVotes), "100.00%",
        ])
        if vacantSeats > 0 { table.footer.append(["Vacant", "\(vacantSeats)"]) }
        table.footer.append(["Assembly", "\(assemblySize)"])
        return table.render()
    }

    /// The blocs' seats and round-1 votes, their lists' summed.
    func blocTable() -> String {
        var table = TextTable(
            headers: ["Bloc", "Seats", "Seat share", "Votes R1", "Vote share R1", "Lists"],
            alignments: [.left, .right, .right, .right, .right, .left])
        let filled = filledSeats
        for bloc in blocs {
            table.add([
                bloc.id, "\(bloc.seats)", filled > 0 ? Formatting.percent(Double(bloc.seats) / Double(filled)) : "–",
                Formatting.grouped(bloc.firstRoundVotes),
                Formatting.percent(firstRound.listVotes > 0 ? Double(bloc.firstRoundVotes) / Double(firstRound.listVotes) : 0, decimals: 2),
                bloc.lists.joined(separator: " "),
            ])
        }
        return table.render()
    }

    func singleRoundListTable() -> String {
        let tiers = lists.contains { $0.tierSeats > 0 }
        let overhang = overhangSeats > 0
        var headers = ["List", "Seats", "Seat share"]
        if tiers { headers.append(lists.contains { $0.overhang > 0 } || overhang ? "List seats" : "Leveling") }
        if overhang { headers.append("Overhang") }
        headers += ["Won in", "Stood in", "Votes", "Vote share"]
        var table = TextTable(
            headers: headers, alignments: [.left] + Array(repeating: TextTable.Alignment.right, count: headers.count - 1))
        let filled = filledSeats
        for list in reportedLists {
            var row = [
                list.shortName, "\(list.seats)", filled > 0 ? Formatting.percent(Double(list.seats) / Double(filled)) : "–",
            ]
            if tiers { row.append("\(list.tierSeats)") }
            if overhang { row.append("\(list.overhang)") }
            row += [
                "\(list.constituenciesWon)", list.stoodIn, Formatting.grouped(list.firstRoundVotes),
                Formatting.percent(list.firstRoundShare, decimals: 2),
            ]
            table.add(row)
        }
        var total = ["Filled", "\(filled)", filled > 0 ? "100.0%" : "–"]
        if tiers { total.append("\(lists.reduce(0) { $0 + $1.tierSeats })") }
        if overhang { total.append("\(overhangSeats)") }
        total += ["", "", Formatting.grouped(firstRound.listVotes), "100.00%"]
        table.footer.append(total)
        if vacantSeats > 0 { table.footer.append(["Vacant", "\(vacantSeats)"]) }
        table.footer.append([overhang ? "House" : "Assembly", "\(houseSize)"])
        return table.render()
    }

    /// One line per constituency: seats by list.
    public func seatsByConstituencyTable() -> String {
        var table = TextTable(headers: ["Constituency", "Seats", "Seats by list", "Notes"], alignments: [.left, .right, .left, .left])
        for row in constituencies {
            guard row.decidedInRound != nil else {
                table.add([row.name, "\(row.seats)", "vacant", row.vacancyReason ?? ""])
                continue
            }
            let name = { (id: String) in self.list(id)?.shortName ?? id }
            let won = row.entries.filter { $0.seats > 0 }.sorted { $0.seats != $1.seats ? $0.seats > $1.seats : $0.firstRound > $1.firstRound }
            let text = won.map { entry in
                var label = "\(name(entry.list))\(entry.candidate.map { " · \($0)" } ?? "") \(entry.seats)"
                if entry.levelingSeats > 0 { label += " (\(entry.levelingSeats) leveling)" }
                return label
            }.joined(separator: ", ")
            table.add([row.name, "\(row.seats)", text.isEmpty ? "(national allocation)" : text, row.decidedByTie ? "tie rule" : ""])
        }
        return table.render()
    }

    /// One line per constituency: who won, in which round, with what share.
    public func constituencyTable() -> String {
        var table = TextTable(
            headers: ["Constituency", "Region", "Seats", "Round", "Winner", "R1 share", "Opponent", "R2 share", "Notes"],
            alignments: [.left, .left, .right, .right, .left, .right, .left, .right, .left])
        for row in constituencies {
            guard let round = row.decidedInRound, let winner = row.winner else {
                table.add([row.name, row.region, "\(row.seats)", "–", "vacant", "", "", "", row.vacancyReason ?? ""])
                continue
            }
            let name = { (id: String) in self.list(id)?.shortName ?? id }
            let winnerEntry = row.entries.first { $0.seatList == winner && $0.candidate == row.winningCandidate }
            let winnerLabel = [name(winner), row.winningCandidate].compactMap { $0 }.joined(separator: " · ")
            var opponent = ""
            var secondShare = ""
            if let second = row.secondRound {
                let others = row.entries.filter { $0.secondRound != nil && !($0.seatList == winner && $0.candidate == row.winningCandidate) }
                opponent = others.map { name($0.seatList) }.joined(separator: ", ")
                if let votes = winnerEntry?.secondRound, second.listVotes > 0 {
                    secondShare = Formatting.percent(Double(votes) / Double(second.listVotes))
                }
            }
            var notes: [String] = []
            if row.leadReversal { notes.append("trailed in round 1") }
            if row.decidedByTie { notes.append("tie rule") }
            if row.fieldMismatch { notes.append("official run-off field differs") }
            let withdrew = row.entries.filter(\.withdrew)
            if !withdrew.isEmpty { notes.append("withdrew: " + withdrew.map { name($0.list) }.joined(separator: ", ")) }
            table.add([
                row.name, row.region, "\(row.seats)", "\(round)", winnerLabel,
                row.winnerFirstRoundShare.map { Formatting.percent($0) } ?? "", opponent, secondShare,
                notes.joined(separator: "; "),
            ])
        }
        return table.render()
    }

    /// Seats by list as CSV: a header row, then one row per list; `party` holds the list's id.
    public func partyCSV() -> String {
        var text = Self.adjustmentComments(adjustments) + CSV.line([
            "party", "short_name", "name", "seats", "seat_share", "seats_round1", "seats_round2", "constituencies_won",
            "constituencies_contested", "votes_round1", "vote_share_round1", "votes_round2", "tier_seats", "overhang", "boycott",
        ])
        let filled = filledSeats
        for list in reportedLists {
            text += CSV.line([
                list.id, list.shortName, list.name, "\(list.seats)",
                Formatting.fixed(filled > 0 ? Double(list.seats) / Double(filled) : 0, decimals: 6),
                "\(list.seatsInFirstRound)", "\(list.seatsInSecondRound)", "\(list.constituenciesWon)",
                "\(list.constituenciesContested)", "\(list.firstRoundVotes)", Formatting.fixed(list.firstRoundShare, decimals: 6),
                "\(list.secondRoundVotes)", "\(list.tierSeats)", "\(list.overhang)", list.boycott ? "true" : "false",
            ])
        }
        return text
    }

    /// One row per constituency and entry, for `--constituencies --format csv`: `seats` is the
    /// constituency's magnitude, `seats_won` the entry's seats.
    ///
    /// Where an entry withdrew or stood under another list in the run-off, two more columns say
    /// so: `withdrew` and `stands_as` (left out elsewhere, so such tables read as before).
    public func constituencyCSV() -> String {
        let between = withdrawals > 0 || constituencies.contains { $0.entries.contains { $0.standsAs != nil } }
        var text = Self.adjustmentComments(adjustments) + CSV.line(
            [
                "constituency", "constituency_name", "region", "seats", "party", "candidate", "votes_round1", "votes_round2",
                "finalist", "winner", "decided_in_round", "lead_reversal", "decided_by_tie", "seats_won", "leveling_seats",
            ] + (between ? ["withdrew", "stands_as"] : []))
        for row in constituencies {
            guard let round = row.decidedInRound else {
                text += CSV.line(
                    [row.id, row.name, row.region, "\(row.seats)", "", "", "", "", "", "", "", "", "", "", ""]
                        + (between ? ["", ""] : []))
                continue
            }
            for entry in row.entries {
                let won = entry.seatList == row.winner && entry.candidate == row.winningCandidate
                text += CSV.line(
                    [
                        row.id, row.name, row.region, "\(row.seats)", entry.list, entry.candidate ?? "", "\(entry.firstRound)",
                        entry.secondRound.map(String.init) ?? "", entry.finalist ? "true" : "false", won ? "true" : "false",
                        "\(round)", row.leadReversal ? "true" : "false", row.decidedByTie ? "true" : "false",
                        "\(entry.seats)", "\(entry.levelingSeats)",
                    ] + (between ? [entry.withdrew ? "true" : "false", entry.standsAs ?? ""] : []))
            }
        }
        return text
    }

    /// The whole result as JSON, members in a fixed order.
    public func json(rule: String, source: String) -> JSONValue {
        func totals(_ round: RoundTotals) -> JSONValue {
            .object([
                ("registered", .int(round.registered)), ("voters", .int(round.voters)), ("blank", .int(round.blank)),
                ("invalid", .int(round.invalid)), ("listVotes", .int(round.listVotes)),
                ("turnout", .number(round.turnout, decimals: 6)),
            ])
        }
        let filled = filledSeats
        let lists: [JSONValue] = reportedLists.map { list in
            var members: [(String, JSONValue)] = [
                ("id", .string(list.id)), ("shortName", .string(list.shortName)), ("name", .string(list.name)),
                ("seats", .int(list.seats)),
                ("seatShare", .number(filled > 0 ? Double(list.seats) / Double(filled) : 0, decimals: 6)),
                ("seatsRound1", .int(list.seatsInFirstRound)), ("seatsRound2", .int(list.seatsInSecondRound)),
                ("constituenciesWon", .int(list.constituenciesWon)),
                ("constituenciesContested", .int(list.constituenciesContested)),
                ("votesRound1", .int(list.firstRoundVotes)), ("voteShareRound1", .number(list.firstRoundShare, decimals: 6)),
                ("votesRound2", .int(list.secondRoundVotes)), ("tierSeats", .int(list.tierSeats)),
                ("overhang", .int(list.overhang)),
            ]
            // Only on a boycotting list, as `standsAs` and `withdrew` only where they hold.
            if list.boycott { members.append(("boycott", .bool(true))) }
            return .object(members)
        }
        let rows: [JSONValue] = constituencies.map { row in
            .object([
                ("id", .string(row.id)), ("name", .string(row.name)), ("region", .string(row.region)),
                ("seats", .int(row.seats)), ("decidedInRound", row.decidedInRound.map { .int($0) } ?? .null),
                ("winner", .optional(row.winner)), ("winningCandidate", .optional(row.winningCandidate)),
                ("leadReversal", .bool(row.leadReversal)), ("decidedByTie", .bool(row.decidedByTie)),
                ("vacancyReason", .optional(row.vacancyReason)),
                ("round1", totals(row.firstRound)), ("round2", row.secondRound.map(totals) ?? .null),
                (
                    "entries",
                    .array(
                        row.entries.map { entry in
                            var members: [(String, JSONValue)] = [
                                ("list", .string(entry.list)), ("candidate", .optional(entry.candidate)),
                                ("votesRound1", .int(entry.firstRound)),
                                ("votesRound2", entry.secondRound.map { .int($0) } ?? .null),
                                ("finalist", .bool(entry.finalist)), ("seats", .int(entry.seats)),
                                ("levelingSeats", .int(entry.levelingSeats)),
                            ]
                            // Only where a candidate stood for another list in the run-off, or withdrew.
                            if let standsAs = entry.standsAs { members.append(("standsAs", .string(standsAs))) }
                            if entry.withdrew { members.append(("withdrew", .bool(true))) }
                            return .object(members)
                        })
                ),
            ])
        }
        return .object([
            ("scenario", Self.scenarioJSON(id: scenarioID, title: title, source: source, adjustments: adjustments)),
            ("rule", .string(rule)), ("twoRound", .bool(isTwoRound)),
            (
                "assembly",
                .object([
                    ("size", .int(assemblySize)), ("house", .int(houseSize)), ("filled", .int(filled)),
                    ("vacant", .int(vacantSeats)),
                    ("majority", .int(majority)), ("vacancies", .array(vacancyReasons.map(JSONValue.string))),
                ])
            ),
            (
                "summary",
                .object([
                    ("constituenciesContested", .int(contestedConstituencies)),
                    ("settledInRound1", .int(settledInFirstRound)), ("seatsInRound1", .int(seatsInFirstRound)),
                    ("runoffs", .int(runoffs)), ("leadReversals", .int(leadReversals)),
                    ("tieDecisions", .int(tieDecisions)), ("listsOnBallot", .int(listsOnBallot)),
                ] + betweenRoundsSummary)
            ),
            ("round1", totals(firstRound)), ("round2", totals(secondRound)),
            ("lists", .array(lists)),
        ] + blocMembers + [("constituencies", .array(rows))])
    }

    /// The run-off fields and the withdrawals by list and bloc, where the table shows them
    /// (withdrawals, or fields other than duels).
    private var betweenRoundsSummary: [(String, JSONValue)] {
        let sizes = runoffFieldSizes
        guard withdrawals > 0 || sizes.keys.contains(where: { $0 != 2 }) else { return [] }
        let (lists, blocs) = withdrawalsBy()
        var members: [(String, JSONValue)] = [
            ("runoffFields", .object(sizes.keys.sorted().map { ("\($0)", JSONValue.int(sizes[$0] ?? 0)) })),
            ("withdrawals", .int(withdrawals)),
            ("withdrawalsByList", .object(lists.map { ($0.0, JSONValue.int($0.1)) })),
        ]
        if !self.blocs.isEmpty { members.append(("withdrawalsByBloc", .object(blocs.map { ($0.0, JSONValue.int($0.1)) }))) }
        return members
    }

    /// `blocs`, where the scenario has any (so a result without them reads as before).
    private var blocMembers: [(String, JSONValue)] {
        guard !blocs.isEmpty else { return [] }
        let filled = filledSeats
        return [
            (
                "blocs",
                .array(
                    blocs.map { bloc in
                        .object([
                            ("id", .string(bloc.id)), ("name", .string(bloc.name)), ("lists", .array(bloc.lists.map(JSONValue.string))),
                            ("seats", .int(bloc.seats)),
                            ("seatShare", .number(filled > 0 ? Double(bloc.seats) / Double(filled) : 0, decimals: 6)),
                            ("votesRound1", .int(bloc.firstRoundVotes)),
                        ])
                    })
            )
        ]
    }
}

extension ElectionResult {
    /// `409 two-way, 89 three-way, 2 four-way, 1 single candidate`.
    static func fieldSizes(_ sizes: [Int: Int]) -> String {
        let words = [1: "single candidate", 2: "two-way", 3: "three-way", 4: "four-way", 5: "five-way"]
        return sizes.keys.sorted { ($0 == 1 ? Int.max : $0) < ($1 == 1 ? Int.max : $1) }.map { size in
            "\(Formatting.grouped(sizes[size] ?? 0)) \(words[size] ?? "\(size)-way")"
        }.joined(separator: ", ")
    }
}


extension ElectionResult {
    /// The table's lines that state the adjustments, one per adjustment ("" without any).
    public static func adjustmentLines(_ adjustments: [String]) -> String {
        adjustments.map { "Adjusted: \($0)\n" }.joined()
    }

    /// CSV comment lines (`# adjusted: …`) that state the adjustments before the header row;
    /// none without adjustments, so an unadjusted CSV is plain.
    public static func adjustmentComments(_ adjustments: [String]) -> String {
        adjustments.map { "# adjusted: \($0)\n" }.joined()
    }

    /// The `scenario` member of a JSON output: id, title, source, and the adjustments when there are any.
    public static func scenarioJSON(id: String, title: String, source: String, adjustments: [String]) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(id)), ("title", .string(title)), ("source", .string(source))]
        if !adjustments.isEmpty { members.append(("adjustments", .array(adjustments.map(JSONValue.string)))) }
        return .object(members)
    }
}

extension ListResult {
    /// The "Stood in" cell: the constituencies contested, or "boycott".
    var stoodIn: String { boycott ? "boycott" : "\(constituenciesContested)" }
}
