extension Scenario {
    func buildTransfers(_ listIndex: [String: Int], _ context: inout ValidationContext) -> TransferTable? {
        let spec = transfers
        let path = "transfers"
        let defaultAbstention =
            context.check(spec?.defaultAbstention, in: 0...1, JSONPath.join(path, "defaultAbstention"), "the abstention")
            ?? 0
        var table = TransferTable(listCount: listIndex.count, defaultAbstention: defaultAbstention)
        _ = context.note(spec?.provenance, path)
        for (fromID, row) in (spec?.from ?? [:]).sorted(by: { $0.key < $1.key }) {
            let rowPath = JSONPath.join(JSONPath.join(path, "from"), fromID)
            guard let from = listIndex[fromID] else {
                context.fail(.unknownReference, rowPath, "unknown list '\(fromID)'")
                continue
            }
            let abstain = context.check(row.abstain ?? 0, in: 0...1, JSONPath.join(rowPath, "abstain"), "the abstention") ?? 0
            table.abstention[from] = abstain
            var shares = [abstain]
            for (toID, share) in (row.to ?? [:]).sorted(by: { $0.key < $1.key }) {
                let sharePath = JSONPath.join(JSONPath.join(rowPath, "to"), toID)
                guard let to = listIndex[toID] else {
                    context.fail(.unknownReference, sharePath, "unknown list '\(toID)'")
                    continue
                }
                if to == from { context.fail(.outOfRange, sharePath, "a list's voters cannot transfer to the list itself") }
                guard let share = context.check(share, in: 0...1, sharePath, "a transfer share") else { continue }
                table.setPreference(share, from: from, to: to)
                shares.append(share)
            }
            if row.to != nil, let sum = ValidationContext.sumOffOne(shares) {
                context.fail(.sharesDoNotSumToOne, rowPath, "'abstain' and the 'to' shares sum to \(sum), not 1")
            }
        }
        return table
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
