/// Where each source of a run's noise reads its standard normals.
///
/// A run draws all the normals it needs at once, in one tight loop, into a block laid out
/// here; each source then reads its own slots. Drawing apart from using keeps the generator's
/// dependency chain out of the arithmetic (the processor overlaps the `exp`s of a contest's
/// entries instead of waiting on each draw), and gives every source a fixed place in the
/// stream: the same seed gives a list the same national swing whatever the contests do.
///
/// Only sources with a deviation above zero get slots, so a run draws nothing it does not use,
/// except the round-2 turnout normal of a contest settled in round 1 (one per contest).
/// Voter sampling's binomial and multinomial draws come after the block, from the same
/// generator, in contest order.
struct NoiseLayout: Sendable {
    /// Lists with a national swing, in list order; list `nationalLists[k]` reads slot `nationalStart + k`.
    var nationalLists: [Int] = []
    var nationalStart = 0
    /// One slot per regional (region, list) pair, in the simulator's pair order, or none.
    var regionalStart = 0
    var regionalCount = 0
    /// The national turnout shock of each round, or −1 without one.
    var turnoutShockSlot = (-1, -1)
    /// One slot per boycott, per list (run-off abstention) and per stated preference pair, or none.
    var boycottStart = -1
    var listAbstentionStart = -1
    var preferenceStart = -1
    /// Constituency share noise: entry `e` of the table at `shareStart + e`, boycotter `b` at
    /// `shareStart + entryCount + b`; −1 without constituency noise.
    var shareStart = -1
    /// Constituency turnout noise per contest and round, or −1 without.
    var turnoutStart = (-1, -1)
    /// The normals drawn per run.
    var count = 0

    /// The layout for `uncertainty` on a table of `entryCount` entries, `boycotterCount`
    /// boycotters and `contestCount` contests.
    init(
        uncertainty u: Uncertainty, listCount: Int, regionalPairs: Int, boycotts: Int, preferencePairs: Int,
        entryCount: Int, boycotterCount: Int, contestCount: Int
    ) {
        func take(_ slots: Int) -> Int {
            defer { count += slots }
            return count
        }
        if u.perturbsShares {
            nationalLists = (0..<listCount).filter { u.nationalSwing(list: $0) > 0 }
            nationalStart = take(nationalLists.count)
            if u.regionalSwing > 0 {
                regionalCount = regionalPairs
                regionalStart = take(regionalPairs)
            }
        }
        turnoutShockSlot = (
            u.nationalTurnout[0] > 0 ? take(1) : -1,
            u.nationalTurnout[1] > 0 ? take(1) : -1
        )
        if u.boycottAbstention > 0 { boycottStart = take(boycotts) }
        if u.transferAbstention > 0 { listAbstentionStart = take(listCount) }
        if u.transferPreference > 0 { preferenceStart = take(preferencePairs) }
        if u.perturbsShares && u.constituencyNoise > 0 { shareStart = take(entryCount + boycotterCount) }
        turnoutStart = (
            u.constituencyTurnout[0] > 0 ? take(contestCount) : -1,
            u.constituencyTurnout[1] > 0 ? take(contestCount) : -1
        )
    }
}
