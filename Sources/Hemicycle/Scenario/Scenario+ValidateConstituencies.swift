extension Scenario {
    func buildConstituencies(
        listIndex: [String: Int], transfers: TransferTable?, boycotts: [Boycott], regions: inout [String],
        _ context: inout ValidationContext
    ) -> [Constituency]? {
        guard let specs = context.require(constituencies, "$", "constituencies") else { return nil }
        var result: [Constituency] = []
        var ids: [(String, String)] = []
        // Each region's index, found in constant time: a scenario may have as many regions as
        // constituencies (one without a region is its own), and a search of the list made
        // loading quadratic in them.
        var regionIndices = Dictionary(regions.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, spec) in specs.enumerated() {
            let path = JSONPath.join("constituencies", index: index)
            var builder = ConstituencyBuilder(
                spec: spec, path: path, listIndex: listIndex, transfers: transfers, boycotts: boycotts)
            if let id = spec.id { ids.append((JSONPath.join(path, "id"), id)) }
            let region = spec.region ?? spec.name ?? spec.id ?? "constituency \(index + 1)"
            let regionIndex: Int
            if let known = regionIndices[region] {
                regionIndex = known
            } else {
                regionIndex = regions.count
                regionIndices[region] = regionIndex
                regions.append(region)
            }
            if let built = builder.build(regionIndex: regionIndex, &context) { result.append(built) }
        }
        context.checkUnique(ids, "constituency")
        return result.count == specs.count ? result : nil
    }
}

/// Checks one constituency and builds its ballot and vote inputs.
struct ConstituencyBuilder {
    let spec: ConstituencySpec
    let path: String
    let listIndex: [String: Int]
    let transfers: TransferTable?
    let boycotts: [Boycott]

    mutating func build(regionIndex: Int, _ context: inout ValidationContext) -> Constituency? {
        let id = context.require(spec.id, path, "id")
        let seats = context.check(
            context.require(spec.seats, path, "seats"), in: 1...ValidationContext.maximumSeats,
            JSONPath.join(path, "seats"), "the magnitude")
        let registered = context.check(
            context.require(spec.registered, path, "registered"), in: 0...ValidationContext.maximumRegistered,
            JSONPath.join(path, "registered"), "registered voters")
        let provenance = context.note(spec.provenance, path)
        let contested = spec.contested ?? true
        let name = spec.name ?? id ?? ""
        guard contested else {
            if spec.round1 != nil || spec.round2 != nil {
                context.fail(.inconsistentCounts, path, "an uncontested constituency has no rounds")
            }
            guard let id, let seats, let registered else { return nil }
            return Constituency(
                id: id, name: name, regionIndex: regionIndex, seats: seats, registered: registered,
                isContested: false, vacancyReason: spec.vacancyReason ?? "not contested", entries: [], boycotters: [],
                firstRound: .observed(ObservedRound(registered: registered, voters: 0, blank: 0, invalid: 0, votes: [], stood: [])),
                secondRound: .modelled(turnout: nil, invalidShare: 0, blankShare: 0), provenance: provenance)
        }
        // The rounds are checked even when the fields above are wrong, so every problem shows at once.
        let rounds = context.require(spec.round1, path, "round1").flatMap {
            buildRounds($0, registered: registered ?? 0, &context)
        }
        let leveling = context.check(
            spec.levelingSeats ?? 0, in: 0...max(0, (seats ?? 1) - 1), JSONPath.join(path, "levelingSeats"),
            "leveling seats (fewer than the seats)")
        guard let id, let seats, let registered, let rounds, let leveling else { return nil }
        var constituency = Constituency(
            id: id, name: name, regionIndex: regionIndex, seats: seats, registered: registered, isContested: true,
            vacancyReason: nil, entries: rounds.entries, boycotters: rounds.boycotters, firstRound: rounds.first,
            secondRound: rounds.second, provenance: provenance)
        constituency.levelingSeats = leveling
        constituency.withdrawn = buildWithdrawals(entries: rounds.entries, &context)
        return constituency
    }

    /// The entries of `withdrawn`, each found on the ballot.
    private func buildWithdrawals(entries: [Entry], _ context: inout ValidationContext) -> [Int] {
        var positions: [Int] = []
        for (index, withdrawal) in (spec.withdrawn ?? []).enumerated() {
            let itemPath = JSONPath.join(JSONPath.join(path, "withdrawn"), index: index)
            guard let listID = context.require(withdrawal.list, itemPath, "list") else { continue }
            let matches = entries.indices.filter {
                entries[$0].listIndex == listIndex[listID]
                    && (withdrawal.candidate == nil || entries[$0].candidate == withdrawal.candidate)
            }
            let who = [listID, withdrawal.candidate].compactMap { $0 }.joined(separator: " / ")
            guard matches.count == 1, let position = matches.first else {
                context.fail(
                    .unknownReference, itemPath,
                    matches.isEmpty ? "'\(who)' did not stand in round 1" : "'\(who)' names several candidates: add 'candidate'")
                continue
            }
            if positions.contains(position) {
                context.fail(.duplicateIdentifier, itemPath, "'\(who)' withdraws twice")
                continue
            }
            positions.append(position)
        }
        return positions
    }

    private func buildRounds(
        _ round1: RoundSpec, registered: Int, _ context: inout ValidationContext
    ) -> (entries: [Entry], boycotters: [BoycottSupport], first: FirstRoundInput, second: SecondRoundInput)? {
        let round1Path = JSONPath.join(path, "round1")
        if round1.hasObservedFields && round1.hasModelFields {
            context.fail(
                .inconsistentCounts, round1Path,
                "a round is either modelled (turnout, shares…) or observed (voters, votes…), not both")
            return nil
        }
        let built: (entries: [Entry], boycotters: [BoycottSupport], first: FirstRoundInput)?
        if round1.hasObservedFields {
            built = observedFirstRound(round1, registered: registered, round1Path, &context)
        } else {
            built = modelledFirstRound(round1, round1Path, &context)
        }
        guard let built else { return nil }
        let second = secondRound(entries: built.entries, registered: registered, first: built.first, &context)
        guard let second else { return nil }
        return (built.entries, built.boycotters, built.first, second)
    }

    private func modelledFirstRound(
        _ round: RoundSpec, _ roundPath: String, _ context: inout ValidationContext
    ) -> ([Entry], [BoycottSupport], FirstRoundInput)? {
        let turnout = context.check(
            context.require(round.turnout, roundPath, "turnout"), in: 0...1, JSONPath.join(roundPath, "turnout"), "turnout")
        let invalid =
            context.check(round.invalidShare ?? 0, in: 0...1, JSONPath.join(roundPath, "invalidShare"), "the invalid share")
        let blank = context.check(round.blankShare ?? 0, in: 0...1, JSONPath.join(roundPath, "blankShare"), "the blank share")
        if let invalid, let blank, invalid + blank > 1 {
            context.fail(.outOfRange, roundPath, "invalidShare and blankShare add up to more than 1")
        }
        guard let shares = context.require(round.shares, roundPath, "shares") else { return nil }
        let sharesPath = JSONPath.join(roundPath, "shares")
        var lines: [(list: Int, share: Double)] = []
        var valid = true
        // In list-id order, as every other object of ids is read: a dictionary's own order
        // changes from one process to the next, and with it the problems' order and the sum's
        // last digits.
        for (listID, share) in shares.sorted(by: { $0.key < $1.key }) {
            let sharePath = JSONPath.join(sharesPath, listID)
            guard let list = listIndex[listID] else {
                context.fail(.unknownReference, sharePath, "unknown list '\(listID)'")
                valid = false
                continue
            }
            guard let share = context.check(share, in: 0...1, sharePath, "a share") else {
                valid = false
                continue
            }
            lines.append((list, share))
        }
        if lines.isEmpty && valid { context.fail(.outOfRange, sharesPath, "no list stands: 'shares' is empty") }
        guard valid, !lines.isEmpty else { return nil }
        context.checkSum(lines.map(\.share), sharesPath, "the shares")
        lines.sort { $0.list < $1.list }
        let boycotting = Dictionary(boycotts.map { ($0.listIndex, $0.abstention) }, uniquingKeysWith: { a, _ in a })
        let standing = lines.filter { boycotting[$0.list] == nil }
        if standing.isEmpty { context.fail(.outOfRange, sharesPath, "every list with support boycotts: nobody stands") }
        let entries = standing.map { Entry(listIndex: $0.list) }
        let support = standing.map(\.share)
        let boycotters = lines.compactMap { line -> BoycottSupport? in
            guard let abstention = boycotting[line.list] else { return nil }
            return BoycottSupport(
                listIndex: line.list, support: line.share, abstention: abstention,
                transfer: BoycottSupport.transfer(from: line.list, entries: entries, support: support, transfers: transfers))
        }
        guard let turnout, let invalid, let blank else { return nil }
        let model = ModelledRound(turnout: turnout, invalidShare: invalid, blankShare: blank, support: support)
        return (entries, boycotters, .modelled(model))
    }

    private func observedFirstRound(
        _ round: RoundSpec, registered: Int, _ roundPath: String, _ context: inout ValidationContext
    ) -> ([Entry], [BoycottSupport], FirstRoundInput)? {
        guard let votes = context.require(round.votes, roundPath, "votes") else { return nil }
        let votesPath = JSONPath.join(roundPath, "votes")
        var lines: [(entry: Entry, votes: Int)] = []
        for (position, line) in votes.lines.enumerated() {
            let linePath = line.candidate == nil && line.list != nil
                ? JSONPath.join(votesPath, line.list ?? "") : JSONPath.join(votesPath, index: position)
            guard let listID = context.require(line.list, linePath, "list") else { continue }
            guard let list = listIndex[listID] else {
                context.fail(.unknownReference, linePath, "unknown list '\(listID)'")
                continue
            }
            if line.standsAs != nil {
                context.fail(
                    .unsupported, JSONPath.join(linePath, "standsAs"),
                    "'standsAs' says which list a candidate stands for in the run-off: round 2 only")
            }
            if boycotts.contains(where: { $0.listIndex == list }) {
                context.fail(.inconsistentCounts, linePath, "list '\(listID)' boycotts the election but has votes here")
            }
            let count = context.check(
                context.require(line.votes, linePath, "votes"),
                in: 0...ValidationContext.maximumRegistered, linePath, "votes")
            guard let count else { continue }
            lines.append((Entry(listIndex: list, candidate: line.candidate), count))
        }
        guard lines.count == votes.lines.count else { return nil }
        if lines.isEmpty {
            context.fail(.outOfRange, votesPath, "no list stands: 'votes' is empty")
            return nil
        }
        let keys = lines.map { "\($0.entry.listIndex)/\($0.entry.candidate ?? "")" }
        if Set(keys).count != keys.count {
            context.fail(.duplicateIdentifier, votesPath, "the same list or candidate appears twice")
            return nil
        }
        lines = lines.enumerated().sorted { ($0.element.entry.listIndex, $0.offset) < ($1.element.entry.listIndex, $1.offset) }
            .map(\.element)
        guard let counts = observedCounts(round, registered: registered, votes: lines.map(\.votes), roundPath, &context)
        else { return nil }
        return (lines.map(\.entry), [], .observed(counts))
    }

    /// Checks a round's counts against each other and returns them.
    func observedCounts(
        _ round: RoundSpec, registered: Int, votes: [Int], _ roundPath: String, _ context: inout ValidationContext
    ) -> ObservedRound? {
        let maximum = ValidationContext.maximumRegistered
        let roundRegistered = context.check(
            round.registered ?? registered, in: 0...maximum, JSONPath.join(roundPath, "registered"), "registered voters")
        let blank = context.check(round.blank ?? 0, in: 0...maximum, JSONPath.join(roundPath, "blank"), "blank ballots")
        let invalid = context.check(round.invalid ?? 0, in: 0...maximum, JSONPath.join(roundPath, "invalid"), "spoilt ballots")
        guard let roundRegistered, let blank, let invalid else { return nil }
        let counted = votes.reduce(0, +) + blank + invalid
        let voters = context.check(round.voters ?? counted, in: 0...maximum, JSONPath.join(roundPath, "voters"), "voters")
        guard let voters else { return nil }
        if voters != counted {
            context.fail(
                .inconsistentCounts, JSONPath.join(roundPath, "voters"),
                "\(voters) voters, but votes, blank and spoilt ballots add up to \(counted)")
            return nil
        }
        if voters > roundRegistered {
            context.fail(
                .inconsistentCounts, JSONPath.join(roundPath, "voters"),
                "\(voters) voters is more than the \(roundRegistered) registered")
            return nil
        }
        return ObservedRound(
            registered: roundRegistered, voters: voters, blank: blank, invalid: invalid, votes: votes,
            stood: Array(repeating: true, count: votes.count))
    }

    private func secondRound(
        entries: [Entry], registered: Int, first: FirstRoundInput, _ context: inout ValidationContext
    ) -> SecondRoundInput? {
        let roundPath = JSONPath.join(path, "round2")
        let defaultInvalid: Double
        let defaultBlank: Double
        switch first {
        case .modelled(let model):
            defaultInvalid = model.invalidShare
            defaultBlank = model.blankShare
        case .observed(let counts):
            defaultInvalid = counts.voters > 0 ? Double(counts.invalid) / Double(counts.voters) : 0
            defaultBlank = counts.voters > 0 ? Double(counts.blank) / Double(counts.voters) : 0
        }
        guard let round = spec.round2 else {
            return .modelled(turnout: nil, invalidShare: defaultInvalid, blankShare: defaultBlank)
        }
        if round.shares != nil {
            context.fail(
                .unsupported, JSONPath.join(roundPath, "shares"),
                "round-2 shares come from the transfers; give 'turnout' (and shares of blank or spoilt ballots) only")
        }
        if round.hasObservedFields && round.hasModelFields {
            context.fail(
                .inconsistentCounts, roundPath,
                "a round is either modelled (turnout…) or observed (voters, votes…), not both")
            return nil
        }
        if !round.hasObservedFields {
            let turnout = context.check(round.turnout, in: 0...1, JSONPath.join(roundPath, "turnout"), "turnout")
            let invalid = context.check(
                round.invalidShare ?? defaultInvalid, in: 0...1, JSONPath.join(roundPath, "invalidShare"), "the invalid share")
            let blank = context.check(
                round.blankShare ?? defaultBlank, in: 0...1, JSONPath.join(roundPath, "blankShare"), "the blank share")
            guard let invalid, let blank else { return nil }
            if invalid + blank > 1 {
                context.fail(.outOfRange, roundPath, "invalidShare and blankShare add up to more than 1")
                return nil
            }
            return .modelled(turnout: turnout, invalidShare: invalid, blankShare: blank)
        }
        return observedSecondRound(round, entries: entries, registered: registered, roundPath, &context)
    }

    private func observedSecondRound(
        _ round: RoundSpec, entries: [Entry], registered: Int, _ roundPath: String, _ context: inout ValidationContext
    ) -> SecondRoundInput? {
        guard let votes = context.require(round.votes, roundPath, "votes") else { return nil }
        let votesPath = JSONPath.join(roundPath, "votes")
        var counts = Array(repeating: 0, count: entries.count)
        var stood = Array(repeating: false, count: entries.count)
        var standsAs: [Int?] = Array(repeating: nil, count: entries.count)
        for (position, line) in votes.lines.enumerated() {
            let linePath = JSONPath.join(votesPath, index: position)
            guard let listID = line.list, let list = listIndex[listID],
                let entry = entries.firstIndex(where: { $0.listIndex == list && $0.candidate == line.candidate })
            else {
                let who = [line.list, line.candidate].compactMap { $0 }.joined(separator: " / ")
                context.fail(.unknownReference, linePath, "'\(who)' did not stand in round 1")
                return nil
            }
            guard let count = context.check(
                line.votes, in: 0...ValidationContext.maximumRegistered, JSONPath.join(linePath, "votes"), "votes")
            else { return nil }
            counts[entry] = count
            stood[entry] = true
            if let label = line.standsAs {
                guard let other = listIndex[label] else {
                    context.fail(.unknownReference, JSONPath.join(linePath, "standsAs"), "unknown list '\(label)'")
                    return nil
                }
                standsAs[entry] = other == list ? nil : other
            }
        }
        guard var observed = observedCounts(round, registered: registered, votes: counts, roundPath, &context) else {
            return nil
        }
        observed.stood = stood
        if standsAs.contains(where: { $0 != nil }) { observed.standsAs = standsAs }
        return .observed(observed)
    }
}
