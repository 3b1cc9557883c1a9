/// Who a transfer table's rows and columns are: lists, or blocs (``Election/blocs``) with every
/// list outside a bloc a group of its own.
public struct TransferGroup: Sendable, Hashable {
    /// The id a `transfers` block names it by (a bloc's or a list's).
    public var id: String
    /// Its name for reports.
    public var name: String
    /// Its lists (indices into ``Election/lists``).
    public var lists: [Int]
}

/// Why transfers cannot be estimated from a scenario.
public struct TransferFitProblem: Error, Sendable, Equatable {
    /// What is wrong, in a sentence.
    public var message: String

    init(_ message: String) { self.message = message }
}

/// What ``TransferFit`` reads from a scenario with both rounds counted: for each run-off, the
/// round-1 shares of the registered of the groups that are out of it (eliminated or withdrawn)
/// and of round 1's non-voters, the groups that stand with their own round-1 voters, and the
/// round-2 shares of the registered they won, with the round-2 non-voters.
///
/// A candidate's round-1 voters count for the group it stands for in round 2 (its label there,
/// ``ObservedRound/standsAs``, when it changed): the voters follow the candidate. A group that
/// stands keeps its round-1 voters (its "loyal" votes, as the engine keeps a finalist's), so a
/// row of the table is only ever the row of a group that is out.
public struct TransferObservations: Sendable {
    /// How the rows and columns are grouped.
    public enum Grouping: String, Sendable, CaseIterable {
        /// One group per list.
        case list
        /// One group per bloc, and one per list in no bloc.
        case bloc
    }

    /// One run-off.
    struct Runoff: Sendable {
        /// The constituency's id.
        var id: String
        /// Its round-1 registered (its weight in the fit is its share of all of them).
        var registered: Int
        /// Groups out of the run-off, with their round-1 share of the registered; the last row
        /// (``TransferObservations/nonVoterRow``) is round 1's non-voters.
        var out: [(row: Int, share: Double)]
        /// Groups that stand, their round-1 share of the registered, and their round-2 share.
        var standing: [Int]
        var loyal: [Double]
        var observed: [Double]
        /// The round-2 registered who cast no valid vote for a candidate, as a share.
        var observedAbstention: Double
    }

    /// The grouping.
    public let grouping: Grouping
    /// The groups: the table's rows (then the non-voters' row) and columns (then abstention).
    public let groups: [TransferGroup]
    /// The scenario's title.
    public let title: String
    /// The run-offs, in the scenario's order.
    let runoffs: [Runoff]

    /// The row of round 1's non-voters, after the groups'.
    public var nonVoterRow: Int { groups.count }
    /// The column of abstention, after the groups'.
    public var abstentionColumn: Int { groups.count }
    /// The number of run-offs read.
    public var runoffCount: Int { runoffs.count }

    /// Observations as given (tests build synthetic elections with it).
    init(title: String, grouping: Grouping, groups: [TransferGroup], runoffs: [Runoff]) {
        self.title = title
        self.grouping = grouping
        self.groups = groups
        self.runoffs = runoffs
    }

    /// Reads the run-offs of `election` whose rounds are both counted.
    ///
    /// - Throws: ``TransferFitProblem`` when there is none, or blocs are asked for and the
    ///   scenario has none.
    public init(election: Election, grouping: Grouping) throws(TransferFitProblem) {
        self.grouping = grouping
        title = election.title
        var groups: [TransferGroup] = []
        var groupOfList = Array(repeating: -1, count: election.lists.count)
        if grouping == .bloc {
            guard !election.blocs.isEmpty else {
                throw TransferFitProblem("the scenario has no 'blocs' to group the lists by; give them, or use --by list")
            }
            for bloc in election.blocs {
                for list in bloc.lists { groupOfList[list] = groups.count }
                groups.append(TransferGroup(id: bloc.id, name: bloc.name, lists: bloc.lists))
            }
        }
        for (index, list) in election.lists.enumerated() where groupOfList[index] < 0 {
            groupOfList[index] = groups.count
            groups.append(TransferGroup(id: list.id, name: list.name, lists: [index]))
        }
        self.groups = groups
        var runoffs: [Runoff] = []
        for constituency in election.constituencies where constituency.isContested {
            guard case .observed(let first) = constituency.firstRound, case .observed(let second) = constituency.secondRound,
                first.registered > 0, second.registered > 0, second.stood.contains(true)
            else { continue }
            let registered1 = Double(first.registered)
            let registered2 = Double(second.registered)
            var outShares = Array(repeating: 0.0, count: groups.count)
            var loyal = Array(repeating: 0.0, count: groups.count)
            var won = Array(repeating: 0.0, count: groups.count)
            var stands = Array(repeating: false, count: groups.count)
            var valid1 = 0
            var valid2 = 0
            // Each entry's group: its round-2 label's where it stood (the voters follow the candidate).
            let groupOf = constituency.entries.indices.map { position -> Int in
                let list = constituency.entries[position].listIndex
                let label = second.stood[position] && position < second.standsAs.count ? second.standsAs[position] ?? list : list
                return groupOfList[label]
            }
            for position in constituency.entries.indices where second.stood[position] { stands[groupOf[position]] = true }
            for position in constituency.entries.indices {
                valid1 += first.votes[position]
                let stood = second.stood[position]
                let group = groupOf[position]
                let share = Double(first.votes[position]) / registered1
                if stands[group] { loyal[group] += share } else { outShares[group] += share }
                if stood {
                    won[group] += Double(second.votes[position]) / registered2
                    valid2 += second.votes[position]
                }
            }
            let standing = groups.indices.filter { stands[$0] }
            var out = groups.indices.filter { outShares[$0] > 0 }.map { (row: $0, share: outShares[$0]) }
            out.append((groups.count, Double(max(0, first.registered - valid1)) / registered1))
            runoffs.append(
                Runoff(
                    id: constituency.id, registered: first.registered, out: out, standing: standing,
                    loyal: standing.map { loyal[$0] }, observed: standing.map { won[$0] },
                    observedAbstention: Double(max(0, second.registered - valid2)) / registered2))
        }
        guard !runoffs.isEmpty else {
            throw TransferFitProblem(
                "the scenario has no constituency with both rounds counted (round1.votes and round2.votes): "
                    + "transfers are estimated from official run-off results")
        }
        self.runoffs = runoffs
    }
}
