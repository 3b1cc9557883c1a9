extension Scenario {
    /// The `transfers` block, checked. A row (`from`) or a share (`to`) may name a list or a
    /// bloc: a bloc's row is the row of each of its lists that has none of its own, and a share
    /// for a bloc is a preference for each of its lists (bar the row's own list), which a share
    /// for one of them replaces. `nonVoters` is the row of round 1's non-voters.
    func buildTransfers(_ listIndex: [String: Int], blocs: [Bloc], _ context: inout ValidationContext) -> TransferTable? {
        let spec = transfers
        let path = "transfers"
        let defaultAbstention =
            context.check(spec?.defaultAbstention, in: 0...1, JSONPath.join(path, "defaultAbstention"), "the abstention")
            ?? 0
        var table = TransferTable(listCount: listIndex.count, defaultAbstention: defaultAbstention)
        _ = context.note(spec?.provenance, path)
        let blocIndex = Dictionary(blocs.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var rows: [(lists: [Int], row: TransferRow)] = []
        var ownRow = Set<Int>()
        // Rows named by a list first, so that a bloc's row fills only the lists without one.
        let stated = (spec?.from ?? [:]).sorted {
            (listIndex[$0.key] == nil ? 1 : 0, $0.key) < (listIndex[$1.key] == nil ? 1 : 0, $1.key)
        }
        for (fromID, rowSpec) in stated {
            let rowPath = JSONPath.join(JSONPath.join(path, "from"), fromID)
            let members: [Int]
            if let from = listIndex[fromID] {
                members = [from]
                ownRow.insert(from)
            } else if let bloc = blocIndex[fromID] {
                members = blocs[bloc].lists.filter { !ownRow.contains($0) }
            } else {
                context.fail(.unknownReference, rowPath, "unknown list or bloc '\(fromID)'")
                continue
            }
            guard let row = transferRow(rowSpec, rowPath, self: listIndex[fromID], listIndex, blocs, blocIndex, &context)
            else { continue }
            rows.append((members, row))
        }
        for (members, row) in rows {
            for from in members {
                table.abstention[from] = row.abstention
                for (to, share) in row.preferences where to != from { table.setPreference(share, from: from, to: to) }
            }
        }
        if let rowSpec = spec?.nonVoters,
            let row = transferRow(rowSpec, JSONPath.join(path, "nonVoters"), self: nil, listIndex, blocs, blocIndex, &context)
        {
            table.nonVoters = NonVoterTransfers(abstention: row.abstention, preferences: row.preferences)
        }
        return table
    }

    /// One row of `transfers`, checked: its abstention and its preferences by list index.
    private struct TransferRow {
        var abstention: Double
        var preferences: [Int: Double]
    }

    private func transferRow(
        _ row: TransferRowSpec, _ rowPath: String, self own: Int?, _ listIndex: [String: Int], _ blocs: [Bloc],
        _ blocIndex: [String: Int], _ context: inout ValidationContext
    ) -> TransferRow? {
        let abstain = context.check(row.abstain ?? 0, in: 0...1, JSONPath.join(rowPath, "abstain"), "the abstention") ?? 0
        var shares = [abstain]
        var byBloc: [Int: Double] = [:]
        var byList: [Int: Double] = [:]
        for (toID, share) in (row.to ?? [:]).sorted(by: { $0.key < $1.key }) {
            let sharePath = JSONPath.join(JSONPath.join(rowPath, "to"), toID)
            guard let share = context.check(share, in: 0...1, sharePath, "a transfer share") else { continue }
            shares.append(share)
            if let to = listIndex[toID] {
                if to == own { context.fail(.outOfRange, sharePath, "a list's voters cannot transfer to the list itself") }
                byList[to] = share
            } else if let bloc = blocIndex[toID] {
                for to in blocs[bloc].lists where to != own { byBloc[to] = share }
            } else {
                context.fail(.unknownReference, sharePath, "unknown list or bloc '\(toID)'")
            }
        }
        if row.to != nil, let sum = ValidationContext.sumOffOne(shares) {
            context.fail(.sharesDoNotSumToOne, rowPath, "'abstain' and the 'to' shares sum to \(sum), not 1")
            return nil
        }
        return TransferRow(abstention: abstain, preferences: byBloc.merging(byList) { _, list in list })
    }

    func buildBoycotts(_ listIndex: [String: Int], _ context: inout ValidationContext) -> [Boycott] {
        var result: [Boycott] = []
        var ids: [(String, String)] = []
        for (index, spec) in (boycotts ?? []).enumerated() {
            let path = JSONPath.join("boycotts", index: index)
            _ = context.note(spec.provenance, path)
            let abstention = context.check(
                context.require(spec.abstention, path, "abstention"), in: 0...1, JSONPath.join(path, "abstention"),
                "the abstention")
            guard let id = context.require(spec.list, path, "list") else { continue }
            guard let list = listIndex[id] else {
                context.fail(.unknownReference, JSONPath.join(path, "list"), "unknown list '\(id)'")
                continue
            }
            ids.append((JSONPath.join(path, "list"), id))
            if let abstention { result.append(Boycott(listIndex: list, abstention: abstention)) }
        }
        context.checkUnique(ids, "boycotting list")
        return result
    }

    func buildShocks(_ regions: [String], _ context: inout ValidationContext) -> [TurnoutShock] {
        var result: [TurnoutShock] = []
        for (index, spec) in (turnoutShocks ?? []).enumerated() {
            let path = JSONPath.join("turnoutShocks", index: index)
            _ = context.note(spec.provenance, path)
            let factor = context.check(
                context.require(spec.factor, path, "factor"), in: 0...100, JSONPath.join(path, "factor"), "the factor")
            let rounds = spec.rounds ?? [1, 2]
            if rounds.isEmpty || rounds.contains(where: { $0 != 1 && $0 != 2 }) {
                context.fail(.outOfRange, JSONPath.join(path, "rounds"), "rounds must be 1, 2 or both")
            }
            var region: Int?
            if let name = spec.region {
                region = regions.firstIndex(of: name)
                if region == nil {
                    context.fail(
                        .unknownReference, JSONPath.join(path, "region"),
                        "no constituency is in region '\(name)'; regions are: \(regions.joined(separator: ", "))")
                    continue
                }
            }
            if let factor { result.append(TurnoutShock(regionIndex: region, rounds: rounds, factor: factor)) }
        }
        return result
    }
}
