/// A modelled round 2 set against the real one (the model checked against reality): the share
/// of the real run-off winners it gets right, and each group's seats in both.
public struct TransferCheck: Sendable {
    /// One group's seats, real and modelled.
    public struct Seats: Sendable, Hashable {
        /// The group's id and name.
        public var id: String
        public var name: String
        /// Its seats in the real result and in the modelled one.
        public var real: Int
        public var modelled: Int
        /// Modelled minus real.
        public var error: Int { modelled - real }
    }

    /// The real run-offs (constituencies decided in round 2), and how many the model's winner
    /// (candidate and list) matches.
    public let runoffs: Int
    public let winnersRight: Int
    /// Run-offs whose modelled winner differs, by constituency id.
    public let missed: [String]
    /// Seats by group, in the groups' order (groups with no seat in either left out).
    public let seats: [Seats]
    /// Half the sum of the absolute seat errors: the seats that would have to move.
    public var seatsMisplaced: Int { seats.reduce(0) { $0 + abs($1.error) } / 2 }

    /// Compares `modelled` with `real`, grouping seats by `groups` (lists by index into
    /// `lists`, the election's lists).
    public init(real: ElectionResult, modelled: ElectionResult, groups: [TransferGroup], lists: [String]) {
        let modelledRows = Dictionary(modelled.constituencies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var runoffs = 0
        var right = 0
        var missed: [String] = []
        for row in real.constituencies where row.decidedInRound == 2 {
            runoffs += 1
            let other = modelledRows[row.id]
            if other?.winner == row.winner && other?.winningCandidate == row.winningCandidate {
                right += 1
            } else {
                missed.append(row.id)
            }
        }
        self.runoffs = runoffs
        winnersRight = right
        self.missed = missed
        func seats(_ result: ElectionResult) -> [String: Int] {
            Dictionary(result.lists.map { ($0.id, $0.seats) }, uniquingKeysWith: +)
        }
        let realSeats = seats(real)
        let modelledSeats = seats(modelled)
        self.seats = groups.compactMap { group in
            let ids = group.lists.map { lists[$0] }
            let real = ids.reduce(0) { $0 + (realSeats[$1] ?? 0) }
            let model = ids.reduce(0) { $0 + (modelledSeats[$1] ?? 0) }
            guard real > 0 || model > 0 else { return nil }
            return Seats(id: group.id, name: group.name, real: real, modelled: model)
        }
    }
}
