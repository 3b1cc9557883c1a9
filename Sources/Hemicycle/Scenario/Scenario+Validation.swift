extension Scenario {
    /// The format tag this version reads.
    public static let formatTag = "hemicycle-scenario/1"

    /// Checks the scenario and builds the ``Election`` the engine runs on.
    ///
    /// Every problem is collected, not just the first: unknown or duplicate identifiers, shares
    /// that do not sum to one, magnitudes below one, negative or absurd counts, seats that do not
    /// add up to the assembly, sources cited but not declared, and so on.
    ///
    /// - Parameter file: the file name to put in the error.
    /// - Returns: the checked election.
    /// - Throws: ``ScenarioError`` listing every problem with its JSON path.
    public func validated(file: String) throws(ScenarioError) -> Election {
        var context = ValidationContext()
        let election = build(&context)
        if let election, context.problems.isEmpty { return election }
        throw ScenarioError(file: file, problems: context.problems)
    }

    func build(_ context: inout ValidationContext) -> Election? {
        if let format, format != Self.formatTag {
            context.fail(.unsupported, "format", "unknown format '\(format)'; this version reads '\(Self.formatTag)'")
        }
        let sources = buildSources(&context)
        let provenance = context.note(provenance, "$")
        let assembly = buildAssembly(&context)
        let parties = buildParties(&context)
        // A duplicate id is already reported; keeping only its first declaration keeps the
        // index dense, so every table sized by the list count covers every index handed out.
        var seenListIDs = Set<String>()
        let lists = buildLists(parties, &context).filter { seenListIDs.insert($0.id).inserted }
        let listIndex = Dictionary(uniqueKeysWithValues: lists.enumerated().map { ($0.element.id, $0.offset) })
        if let assembly, lists.count * (assembly.size + 1) > ValidationContext.maximumSeatCountCells {
            context.fail(
                .tooLarge, "parties",
                "\(lists.count) lists and an assembly of \(assembly.size) seats: a simulation would count "
                    + "\(lists.count) × \(assembly.size + 1) seat totals, more than the \(ValidationContext.maximumSeatCountCells) allowed")
        }
        let system = buildSystem(listIndex, &context)
        let blocs = buildBlocs(listIndex, &context)
        let seatOrder = buildSeatOrder(listIndex, &context)
        let withdrawalRules = buildWithdrawalRules(listIndex, blocs: blocs, system: system, &context)
        let transfers = buildTransfers(listIndex, blocs: blocs, &context)
        let boycotts = buildBoycotts(listIndex, &context)
        var regions: [String] = []
        let constituencies = buildConstituencies(
            listIndex: listIndex, transfers: transfers, boycotts: boycotts, regions: &regions, &context)
        let shocks = buildShocks(regions, &context)
        let uncertainty = buildUncertainty(listIndex, &context)

        if let assembly, let constituencies {
            let filled = constituencies.reduce(0) { $0 + $1.seats }
            if filled + assembly.vacantSeats != assembly.size {
                context.fail(
                    .seatsDoNotAddUp, "assembly.size",
                    "the constituencies elect \(filled) seats and \(assembly.vacantSeats) stay vacant, "
                        + "\(filled + assembly.vacantSeats) in all, but the assembly has \(assembly.size)")
            }
        }
        if let constituencies, case .singleRound(let single)? = system, let problem = single.bonusProblem(constituencies: constituencies) {
            let advice = single.scope == .district ? "; set \"scope\": \"national\" to allocate on national totals" : ""
            context.fail(.outOfRange, rule?.majorityBonus?.bonus != nil ? "rule.majorityBonus.bonus" : "rule.method", problem + advice)
        }
        if let constituencies, let system {
            let leveling = constituencies.reduce(0) { $0 + $1.levelingSeats }
            if case .singleRound(let single) = system, single.leveling != nil {
                if leveling == 0 {
                    context.fail(.missingField, "rule.leveling", "a leveling tier needs constituencies with 'levelingSeats'")
                }
            } else if leveling > 0 {
                context.fail(.unsupported, "rule", "constituencies have 'levelingSeats' but the rule has no 'leveling' tier")
            }
        }
        let declared = Set(sources.map(\.id))
        for (path, key) in context.references where !declared.contains(key) {
            context.fail(.unknownReference, path, "source '\(key)' is not declared in 'sources'")
        }
        guard let assembly, let constituencies, let system, let transfers, context.problems.isEmpty else { return nil }
        var election = Election(
            id: id ?? "scenario", title: title ?? assembly.name, summary: description, assembly: assembly,
            parties: parties, lists: lists, regions: regions, constituencies: constituencies, system: system,
            transfers: transfers, boycotts: boycotts, turnoutShocks: shocks, uncertainty: uncertainty,
            sources: sources, provenance: provenance, notes: notes ?? [])
        for (index, name) in (compare ?? []).enumerated() {
            do {
                _ = try RuleChoice.parse(name, for: election)
            } catch {
                context.fail(.unsupported, JSONPath.join("compare", index: index), error.message)
            }
        }
        for problem in election.withdrawalProblems() { context.fail(.inconsistentCounts, problem.path, problem.message) }
        if case .singleRound(let single) = system, let rule = single.biproportional,
            let problem = election.biproportionalProblem(rule)
        {
            context.fail(.unsupported, problem.path, problem.message)
        }
        guard context.problems.isEmpty else { return nil }
        election.comparisonRules = compare ?? []
        election.blocs = blocs
        election.withdrawalRules = withdrawalRules
        election.seatOrder = seatOrder
        return election
    }

    private func buildSources(_ context: inout ValidationContext) -> [Source] {
        var result: [Source] = []
        for (key, spec) in (sources ?? [:]).sorted(by: { $0.key < $1.key }) {
            let path = JSONPath.join("sources", key)
            guard let kindName = context.require(spec.kind, path, "kind") else { continue }
            guard let kind = Source.Kind(rawValue: kindName) else {
                let kinds = Source.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                context.fail(.outOfRange, JSONPath.join(path, "kind"), "unknown kind '\(kindName)'; expected one of: \(kinds)")
                continue
            }
            if kind == .historical, spec.citation == nil, (spec.url ?? []).isEmpty {
                context.fail(.missingField, path, "a historical source needs a 'citation' or a 'url'")
            }
            if kind != .historical, spec.method == nil {
                context.fail(.missingField, path, "a \(kind.rawValue) source needs a 'method' saying how the figures were made")
            }
            result.append(Source(id: key, kind: kind, citation: spec.citation, urls: spec.url ?? [], method: spec.method))
        }
        return result
    }

    private func buildAssembly(_ context: inout ValidationContext) -> Assembly? {
        guard let spec = context.require(assembly, "$", "assembly") else { return nil }
        let name = context.require(spec.name, "assembly", "name")
        let size = context.check(
            context.require(spec.size, "assembly", "size"), in: 1...ValidationContext.maximumAssembly, "assembly.size",
            "the assembly's size")
        _ = context.note(spec.provenance, "assembly")
        var vacancies: [Vacancy] = []
        for (index, vacancy) in (spec.vacancies ?? []).enumerated() {
            let path = JSONPath.join("assembly.vacancies", index: index)
            let seats = context.check(
                context.require(vacancy.seats, path, "seats"), in: 1...ValidationContext.maximumAssembly,
                JSONPath.join(path, "seats"), "vacant seats")
            let reason = context.require(vacancy.reason, path, "reason")
            _ = context.note(vacancy.provenance, path)
            if let seats, let reason { vacancies.append(Vacancy(seats: seats, reason: reason)) }
        }
        guard let name, let size else { return nil }
        return Assembly(name: name, date: spec.date, secondRoundDate: spec.round2Date, size: size, vacancies: vacancies)
    }

    private func buildParties(_ context: inout ValidationContext) -> [Party] {
        guard let specs = context.require(parties, "$", "parties") else { return [] }
        if specs.isEmpty { context.fail(.outOfRange, "parties", "a scenario needs at least one party") }
        var result: [Party] = []
        for (index, spec) in specs.enumerated() {
            let path = JSONPath.join("parties", index: index)
            let id = context.require(spec.id, path, "id")
            let name = context.require(spec.name, path, "name")
            if let colour = spec.colour, !isHexColour(colour) {
                context.fail(.wrongType, JSONPath.join(path, "colour"), "colour '\(colour)' is not #rgb or #rrggbb")
            }
            _ = context.note(spec.provenance, path)
            guard let id, let name else { continue }
            result.append(Party(id: id, name: name, shortName: spec.shortName ?? id, colour: spec.colour))
        }
        return result
    }

    private func buildLists(_ parties: [Party], _ context: inout ValidationContext) -> [ElectoralList] {
        var result = parties.enumerated().map { index, party in
            ElectoralList(
                id: party.id, name: party.name, shortName: party.shortName, colour: party.colour,
                partyIndices: [index])
        }
        let partyIndex = Dictionary(parties.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var ids = (self.parties ?? []).enumerated().compactMap { index, spec in
            spec.id.map { (JSONPath.join(JSONPath.join("parties", index: index), "id"), $0) }
        }
        for (index, spec) in (lists ?? []).enumerated() {
            let path = JSONPath.join("lists", index: index)
            let id = context.require(spec.id, path, "id")
            let members = context.require(spec.parties, path, "parties") ?? []
            var memberIndices: [Int] = []
            for (position, member) in members.enumerated() {
                if let found = partyIndex[member] {
                    memberIndices.append(found)
                } else {
                    context.fail(
                        .unknownReference, JSONPath.join(JSONPath.join(path, "parties"), index: position),
                        "unknown party '\(member)'")
                }
            }
            if spec.parties != nil, members.count < 2 {
                context.fail(.outOfRange, JSONPath.join(path, "parties"), "a joint list needs at least two parties")
            }
            if let colour = spec.colour, !isHexColour(colour) {
                context.fail(.wrongType, JSONPath.join(path, "colour"), "colour '\(colour)' is not #rgb or #rrggbb")
            }
            _ = context.note(spec.provenance, path)
            guard let id else { continue }
            ids.append((JSONPath.join(path, "id"), id))
            let name = spec.name ?? memberIndices.map { parties[$0].name }.joined(separator: " – ")
            let short = spec.shortName ?? id
            result.append(
                ElectoralList(id: id, name: name, shortName: short, colour: spec.colour, partyIndices: memberIndices))
        }
        context.checkUnique(ids, "party or list")
        return result
    }

    func parseBase(
        _ name: String?, _ path: String, allowed: [TwoRoundRule.Base], _ context: inout ValidationContext
    ) -> TwoRoundRule.Base? {
        guard let name else { return nil }
        guard let base = TwoRoundRule.Base(rawValue: name), allowed.contains(base) else {
            context.fail(
                .outOfRange, path, "unknown base '\(name)'; expected one of: \(allowed.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return base
    }
}

extension Election {
    /// The withdrawals that cannot be, with their JSON paths: under a single-round rule, in a
    /// contest decided in round 1, of an entry the rule does not qualify, of an entry that
    /// stood in the official run-off, or every qualified entry of a run-off.
    func withdrawalProblems() -> [(path: String, message: String)] {
        guard constituencies.contains(where: { !$0.withdrawn.isEmpty }) else { return [] }
        var problems: [(path: String, message: String)] = []
        guard case .twoRound = system else {
            for (index, constituency) in constituencies.enumerated() where !constituency.withdrawn.isEmpty {
                problems.append(("constituencies[\(index)].withdrawn", "withdrawals apply to a two-round rule's run-off"))
            }
            return problems
        }
        let result = run()
        for (index, constituency) in constituencies.enumerated() where !constituency.withdrawn.isEmpty {
            let row = result.constituencies[index]
            for (item, position) in constituency.withdrawn.enumerated() {
                let path = "constituencies[\(index)].withdrawn[\(item)]"
                let entry = row.entries[position]
                let who = [entry.list, entry.candidate].compactMap { $0 }.joined(separator: " / ")
                if row.decidedInRound != 2 {
                    problems.append((path, "'\(who)' cannot withdraw: the contest is decided in round 1"))
                } else if !entry.finalist {
                    problems.append((path, "'\(who)' cannot withdraw: the rule does not qualify it for the run-off"))
                } else if !entry.withdrew {
                    // Qualified and not taken out: it stood in the official run-off, or every
                    // qualified entry withdraws and the best placed, this one, stands.
                    let qualified = row.entries.indices.filter { row.entries[$0].finalist }
                    let everyone = qualified.allSatisfy { constituency.withdrawn.contains($0) }
                    problems.append(
                        (path, everyone
                            ? "every qualified entry withdraws, so the best placed, '\(who)', stands: the run-off needs one"
                            : "'\(who)' is listed as withdrawn but stands in the run-off"))
                }
            }
        }
        return problems
    }
}

