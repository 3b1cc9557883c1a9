/// One contested constituency compiled for the engine: the ballot, the expected inputs of both
/// rounds with turnout shocks applied, and the transfer preferences between its entries.
struct Contest: Sendable {
    /// Index into ``Election/constituencies``.
    let constituency: Int
    let registered: Int
    let seats: Int
    let region: Int
    /// The list of each entry.
    let entryLists: [Int]
    var entryCount: Int { entryLists.count }

    /// Official round-1 counts, when the scenario gives them.
    let observedFirst: ObservedRound?
    /// Round-1 turnout with every list standing, shocks applied (modelled rounds).
    let turnout1: Double
    let invalid1: Double
    let blank1: Double
    /// Each entry's support (modelled rounds).
    let support: [Double]
    /// Supporters of boycotting lists.
    let boycotters: [BoycottSupport]

    /// Official round-2 counts, when the scenario gives them.
    let observedSecond: ObservedRound?
    /// Round-2 turnout with shocks applied, or `nil` when implied by the transfers.
    let turnout2: Double?
    /// The round-1 shock factor.
    let shock1: Double
    /// The round-2 shock factor.
    let shock2: Double
    /// The factor of the shocks on round 2 but not on round 1, applied to an implied round-2
    /// turnout: that turnout follows the round-1 voters, who already carry the round-1 shocks, so
    /// a shock on both rounds must not count twice.
    let impliedShock2: Double
    let invalid2: Double
    let blank2: Double
    /// The share of each entry's voters who abstain when it is out of the run-off.
    let abstention: [Double]
    /// `preference[e * n + f]`: how much entry `e`'s voters prefer entry `f`.
    let preference: [Double]

    init(election: Election, constituency index: Int) {
        let constituency = election.constituencies[index]
        self.constituency = index
        registered = constituency.registered
        seats = constituency.seats
        region = constituency.regionIndex
        entryLists = constituency.entries.map(\.listIndex)
        boycotters = constituency.boycotters
        shock1 = election.turnoutFactor(region: region, round: 1)
        shock2 = election.turnoutFactor(region: region, round: 2)
        var impliedShock2 = 1.0
        for shock in election.turnoutShocks where shock.rounds.contains(2) && !shock.rounds.contains(1) {
            if shock.regionIndex == nil || shock.regionIndex == region { impliedShock2 *= shock.factor }
        }
        self.impliedShock2 = impliedShock2
        switch constituency.firstRound {
        case .observed(let counts):
            observedFirst = counts
            turnout1 = counts.registered > 0 ? min(1, Double(counts.voters) / Double(counts.registered) * shock1) : 0
            invalid1 = counts.voters > 0 ? Double(counts.invalid) / Double(counts.voters) : 0
            blank1 = counts.voters > 0 ? Double(counts.blank) / Double(counts.voters) : 0
            support = counts.votes.map(Double.init)
        case .modelled(let model):
            observedFirst = nil
            turnout1 = min(1, model.turnout * shock1)
            invalid1 = model.invalidShare
            blank1 = model.blankShare
            support = model.support
        }
        switch constituency.secondRound {
        case .observed(let counts):
            observedSecond = counts
            turnout2 = counts.registered > 0 ? Double(counts.voters) / Double(counts.registered) : 0
            invalid2 = counts.voters > 0 ? Double(counts.invalid) / Double(counts.voters) : 0
            blank2 = counts.voters > 0 ? Double(counts.blank) / Double(counts.voters) : 0
        case .modelled(let turnout, let invalid, let blank):
            observedSecond = nil
            let factor = shock2
            turnout2 = turnout.map { min(1, $0 * factor) }
            invalid2 = invalid
            blank2 = blank
        }
        let transfers = election.transfers
        abstention = entryLists.map { transfers.abstention[$0] }
        var preference: [Double] = []
        preference.reserveCapacity(entryLists.count * entryLists.count)
        for from in entryLists {
            for to in entryLists { preference.append(from == to ? 0 : transfers.preference(from: from, to: to)) }
        }
        self.preference = preference
    }

    /// Whether the engine uses the official round-1 counts as they are (no turnout shock to apply).
    var usesObservedFirstRound: Bool { observedFirst != nil && shock1 == 1 }
}
