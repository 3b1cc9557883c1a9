import Hemicycle
import Testing

/// A rule written as a user of the library would write one: safe views in, seats out, no
/// `unsafe` anywhere. Every seat goes to the list with the most votes (the earlier on a tie).
struct WinnerTakesAll: AllocationRule {
    func allocate(
        seats: Int, votes: Span<Int>, into seatsPerList: inout MutableSpan<Int>, tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int {
        var top = 0
        for list in votes.indices where votes[list] > votes[top] { top = list }
        let anyVote = votes.indices.contains { votes[$0] > 0 }
        for list in seatsPerList.indices { seatsPerList[list] = list == top && anyVote ? max(0, seats) : 0 }
        return 0
    }
}

@Suite("A rule of one's own")
struct CustomRuleTests {
    @Test func allocatesThroughTheConvenienceCall() {
        #expect(WinnerTakesAll().allocate(seats: 4, votes: [10, 30, 20]).seats == [0, 4, 0])
        #expect(WinnerTakesAll().allocate(seats: 4, votes: [0, 0]).unfilledSeats == 4)
    }

    /// Plugged into the engine as a scenario's system, it gives what the built-in party block
    /// vote gives (the top list of each constituency takes its seats) on Mali 1992's votes.
    @Test func runsAsAScenarioSystemLikePartyBlock() throws {
        let election = try TestScenario.shipped("mali-1992.json")
        let custom = SingleRoundEngine(election: election, system: SingleRoundSystem(name: "winner-takes-all", rule: WinnerTakesAll())).run()
        let partyBlock = SingleRoundEngine(election: election, system: SingleRoundSystem(name: "party-block", rule: PartyBlock())).run()
        #expect(custom.lists.map(\.seats) == partyBlock.lists.map(\.seats))
        #expect(custom.lists.map(\.seats).reduce(0, +) == election.contestedSeats)
        #expect(custom.lists.contains { $0.seats > 0 && $0.seats < election.contestedSeats })
    }
}
