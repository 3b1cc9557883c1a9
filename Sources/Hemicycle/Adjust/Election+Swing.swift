/// Swings: one list's share of support moved in every constituency where it stands.
extension Election {
    /// Applies `swing` (see ``Swing``): each constituency where the list stands in scope gets its
    /// new share, its other entries and boycotters are rescaled by one factor so that the shares
    /// still sum to one, and the boycotters' transfers that follow the entries' support follow
    /// the new support.
    mutating func apply(_ swing: Swing) throws(AdjustmentProblem) {
        guard let group = members(named: swing.list) else {
            var message = "unknown list or bloc '\(swing.list)'"
            if let guess = UserText.closest(to: swing.list, among: lists.map(\.id) + blocs.map(\.id)) { message += "; did you mean '\(guess)'?" }
            throw AdjustmentProblem(message)
        }
        let list = Set(group.lists)
        let ids = Set(group.lists.map { lists[$0].id })
        let name = group.name
        let area = try contestedIndices(region: swing.region)
        let place = swing.region.map { " in \($0)" } ?? ""
        let scope = area.filter { constituencies[$0].entries.contains { list.contains($0.listIndex) } }
        guard !scope.isEmpty else { throw AdjustmentProblem("'\(name)' stands in no constituency\(place)") }
        let restated = scope.reduce(0) { $0 + (modelFirstRound($1) ? 1 : 0) }
        let shares = scope.map { share(of: list, in: $0) }
        let before = Self.share(run(), of: ids, over: area)
        let base = self
        func moved(_ newShares: [Double]) -> Election {
            var election = base
            for (position, index) in scope.enumerated() {
                election.setShare(newShares[position], of: list, in: index)
            }
            return election
        }
        let newShares: [Double]
        let how: String
        switch swing.change {
        case .ratio(let factor):
            newShares = shares.map { $0 * factor }
            how = "every share times \(Adjustment.number(factor))"
        case .points(let points, .uniform):
            newShares = shares.map { $0 + points / 100 }
            how = "\(UserText.signed(points, decimals: 2)) points, uniform"
        case .points(let points, .proportional):
            let goal = before + points / 100
            let ceiling = 1 / (shares.max() ?? 1)
            guard before > 0, goal >= 0 else {
                throw AdjustmentProblem("'\(name)' has \(Self.percent(before)) of the vote\(place): it cannot lose \(Adjustment.number(-points)) points")
            }
            let measure = { (factor: Double) in
                Self.share(moved(shares.map { $0 * factor }).run(), of: ids, over: area)
            }
            let highest = measure(ceiling)
            guard goal <= highest + 5e-5 else {
                throw AdjustmentProblem(
                    "'\(name)' can reach at most \(Self.percent(highest)) of the vote\(place) by a proportional swing (where its share "
                        + "reaches 100%), not \(Self.percent(goal)); a logit swing goes further")
            }
            let (factor, _) = Self.solve(goal, in: 0...ceiling, measure)
            newShares = shares.map { $0 * factor }
            how = "\(UserText.signed(points, decimals: 2)) points, proportional (every share times \(Formatting.fixed(factor, decimals: 4)))"
        case .points(let points, .logit):
            let goal = before + points / 100
            guard goal > 0, goal < 1 else {
                throw AdjustmentProblem(
                    "'\(name)' has \(Self.percent(before)) of the vote\(place): a logit swing keeps it above 0% and below 100%, "
                        + "so it cannot move by \(Adjustment.number(points)) points")
            }
            let measure = { (shift: Double) in
                Self.share(moved(shares.map { Self.shifted($0, by: shift) }).run(), of: ids, over: area)
            }
            let (shift, _) = Self.solve(goal, in: -40...40, measure)
            newShares = shares.map { Self.shifted($0, by: shift) }
            how = "\(UserText.signed(points, decimals: 2)) points, logit (every share moved by \(UserText.signed(shift, decimals: 4)) on the logit scale)"
        }
        var hint = ""
        if case .points(_, .uniform) = swing.change { hint = "; a logit swing (LIST=POINTS:logit) keeps every share inside" }
        for (position, index) in scope.enumerated() {
            let (old, new) = (shares[position], newShares[position])
            let place = constituencies[index].name
            if new < -1e-12 || new > 1 + 1e-12 {
                let outside = newShares.filter { $0 < -1e-12 || $0 > 1 + 1e-12 }.count
                throw AdjustmentProblem(
                    "the swing takes '\(name)' \(new < 0 ? "below 0%" : "above 100%") in \(place) (\(Self.percent(old)) there)"
                        + (outside > 1 ? " and \(outside - 1) other constituenc\(outside == 2 ? "y" : "ies")" : "")
                        + hint)
            }
            if old >= 1 && new < 1 {
                throw AdjustmentProblem("'\(name)' has all the support in \(place): no other list is there to gain what it loses")
            }
        }
        self = moved(newShares.map { min(1, max(0, $0)) })
        let after = Self.share(run(), of: ids, over: area)
        adjustments.append(
            "swing to '\(name)'\(place): \(how) in \(scope.count) constituencies; its round-1 share of the vote "
                + "\(Self.percent(before)) → \(Self.percent(after))"
                + (restated > 0 ? "; \(restated) constituencies' official round-1 counts restated as a model of themselves" : ""))
    }

    /// The list or bloc a user names: a list by id, else by short name, else either without
    /// regard to case; then a bloc by id or name, the same way.
    public func members(named name: String) -> (lists: [Int], id: String, name: String)? {
        if let list = UserText.match(name, ids: lists.map(\.id), names: lists.map(\.shortName)) {
            return ([list], lists[list].id, lists[list].shortName)
        }
        guard let index = UserText.match(name, ids: blocs.map(\.id), names: blocs.map(\.name)) else { return nil }
        return (blocs[index].lists, blocs[index].id, blocs[index].name)
    }

    /// The lists' share of support in constituency `index` (a modelled round 1): their entries' sum.
    func share(of group: Set<Int>, in index: Int) -> Double {
        guard case .modelled(let model) = constituencies[index].firstRound else { return 0 }
        var share = 0.0
        for (position, entry) in constituencies[index].entries.enumerated() where group.contains(entry.listIndex) {
            share += model.support[position]
        }
        return share
    }

    /// Sets the lists' share of support in constituency `index` to `new`: their entries keep
    /// their proportions (or share it equally from nothing), everyone else's support is rescaled.
    mutating func setShare(_ new: Double, of group: Set<Int>, in index: Int) {
        guard case .modelled(var model) = constituencies[index].firstRound else { return }
        let entries = constituencies[index].entries
        let old = share(of: group, in: index)
        let own = entries.filter { group.contains($0.listIndex) }.count
        let others = old < 1 ? (1 - new) / (1 - old) : 0
        for (position, entry) in entries.enumerated() {
            if group.contains(entry.listIndex) {
                model.support[position] = old > 0 ? model.support[position] * (new / old) : new / Double(own)
            } else {
                model.support[position] *= others
            }
        }
        constituencies[index].firstRound = .modelled(model)
        for position in constituencies[index].boycotters.indices {
            constituencies[index].boycotters[position].support *= others
            constituencies[index].boycotters[position].transfer = BoycottSupport.transfer(
                from: constituencies[index].boycotters[position].listIndex, entries: entries, support: model.support,
                transfers: transfers)
        }
    }

    /// Some lists' share of the round-1 votes for entries over some constituencies.
    static func share(_ result: ElectionResult, of group: Set<String>, over indices: [Int]) -> Double {
        var votes = 0
        var total = 0
        for index in indices {
            let constituency = result.constituencies[index]
            total += constituency.firstRound.listVotes
            for entry in constituency.entries where group.contains(entry.list) { votes += entry.firstRound }
        }
        return total > 0 ? Double(votes) / Double(total) : 0
    }
}
