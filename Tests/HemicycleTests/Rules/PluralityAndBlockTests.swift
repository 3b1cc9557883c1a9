import Hemicycle
import Testing

/// Plurality, block vote and party block vote: the rules that rank by raw votes.
@Suite("Plurality, block vote, party block")
struct PluralityAndBlockTests {
    // Ceuta, April 2019: PSOE 13,800, VOX 9,092, PP 8,147: the most votes wins the one seat.
    @Test func pluralityElectsTheMostVotes() {
        #expect(Plurality().allocate(seats: 1, votes: [13_800, 9_092, 8_147]).seats == [1, 0, 0])
        #expect(Plurality().allocate(seats: 1, votes: [8, 20, 19]).seats == [0, 1, 0])
    }

    // 5 and 5 for one seat: list order picks the first; the lot picks either, seed by seed.
    @Test func pluralityTie() {
        let result = Plurality().allocate(seats: 1, votes: [5, 5, 3])
        #expect(result.seats == [1, 0, 0])
        #expect(result.ties == [Tie(seat: 1, contenders: [0, 1], chosen: 0)])
        let winners = Set(
            (UInt64(0)..<30).map { seed in
                Plurality().allocate(seats: 1, votes: [5, 5, 3], tieBreak: .lot(seed: seed)).ties[0].chosen
            }
        )
        #expect(winners == [0, 1])
    }

    @Test func pluralityEdgeCases() {
        #expect(Plurality().allocate(seats: 0, votes: [5, 3]).seats == [0, 0])
        #expect(Plurality().allocate(seats: 1, votes: [0, 0]).seats == [0, 0])
        #expect(Plurality().allocate(seats: 1, votes: [7]).seats == [1])
        #expect(Plurality().allocate(seats: 1, votes: []).seats == [])
    }

    // Block vote, 2 seats: 500 and 400 are the two highest of 300, 500, 100, 400.
    @Test func blockVoteElectsTheTopEntries() {
        #expect(BlockVote().allocate(seats: 2, votes: [300, 500, 100, 400]).seats == [0, 1, 0, 1])
    }

    // Block vote, 3 seats but only 2 entries with votes: one seat each, one seat unfilled.
    @Test func blockVoteNeverGivesTwoSeatsToAnEntry() {
        let result = BlockVote().allocate(seats: 3, votes: [5, 0, 3])
        #expect(result.seats == [1, 0, 1])
        #expect(result.unfilledSeats == 1)
    }

    // Block vote, 2 seats for 9, 7, 7, 7: 9 is elected; 7, 7, 7 tie for the last seat. List order
    // gives it to entry 1; more votes cannot separate them; the lot picks one of 1, 2, 3.
    @Test func blockVoteTieForTheLastSeat() {
        let result = BlockVote().allocate(seats: 2, votes: [9, 7, 7, 7])
        #expect(result.seats == [1, 1, 0, 0])
        #expect(result.ties == [Tie(seat: 2, contenders: [1, 2, 3], chosen: 1)])
        let lot = BlockVote().allocate(seats: 2, votes: [9, 7, 7, 7], tieBreak: .moreVotesThenLot(seed: 99))
        #expect(lot.seats[0] == 1 && lot.seats.reduce(0, +) == 2)
        // 7, 7 for two seats: both fit, no decisive tie.
        #expect(BlockVote().allocate(seats: 3, votes: [9, 7, 7, 1]).ties.isEmpty)
    }

    // Edge cases of the vote-ranking rules: zero seats, magnitude 1, a zero-vote entry, nobody
    // voting. In every case the seats go to the highest votes, zero-vote entries never win.
    @Test(arguments: [
        ("block vote, zero seats", 0, [5, 3], [0, 0]),
        ("block vote, magnitude 1", 1, [5, 8, 3], [0, 1, 0]),
        ("block vote, zero-vote entry", 2, [0, 8, 3], [0, 1, 1]),
        ("block vote, no votes", 2, [0, 0], [0, 0]),
        ("party block, magnitude 1", 1, [5, 8, 3], [0, 1, 0]),
        ("party block, zero-vote list", 4, [0, 8, 3], [0, 4, 0]),
        ("party block, one list", 3, [9], [3]),
    ])
    func edgeCases(name: String, seats: Int, votes: [Int], expected: [Int]) {
        let rule: any AllocationRule = name.hasPrefix("block") ? BlockVote() : PartyBlock()
        #expect(rule.allocate(seats: seats, votes: votes).seats == expected, "\(name)")
    }

    // Party block, 5 seats: the list with 40 of 100 votes takes all five.
    @Test func partyBlockTakesAll() {
        let result = PartyBlock().allocate(seats: 5, votes: [40, 35, 25])
        #expect(result.seats == [5, 0, 0])
        #expect(result.ties.isEmpty)
        #expect(PartyBlock().allocate(seats: 0, votes: [40, 35]).seats == [0, 0])
        #expect(PartyBlock().allocate(seats: 2, votes: [0, 0]).seats == [0, 0])
    }

    // Party block, 3 seats, 40 and 40: the tie decides all three seats at once.
    @Test func partyBlockTieDecidesEverySeat() {
        let result = PartyBlock().allocate(seats: 3, votes: [40, 40, 20])
        #expect(result.seats == [3, 0, 0])
        #expect(result.ties.map(\.seat) == [1, 2, 3])
        #expect(result.ties.allSatisfy { $0.contenders == [0, 1] && $0.chosen == 0 })
        let byVotes = PartyBlock().allocate(seats: 3, votes: [20, 40, 40], tieBreak: .moreVotesThenLowestIndex)
        #expect(byVotes.seats == [0, 3, 0])
    }

    /// At one seat, plurality (block vote's one-scan path) and party block are the same rule:
    /// the same winner and the same recorded ties, under every tie rule, ties being common here.
    @Test func pluralityAgreesWithPartyBlockAtOneSeat() {
        var random = TestRandom(seed: 0x0_5EA7)
        var tied = 0
        for _ in 0..<2_000 {
            let votes = random.votes(lists: Int.random(in: 1...30, using: &random))
            let tieBreak = random.tieBreak()
            let plurality = Plurality().allocate(seats: 1, votes: votes, tieBreak: tieBreak)
            let partyBlock = PartyBlock().allocate(seats: 1, votes: votes, tieBreak: tieBreak)
            #expect(plurality.seats == partyBlock.seats, "\(votes), \(tieBreak)")
            #expect(plurality.ties == partyBlock.ties, "\(votes), \(tieBreak)")
            tied += plurality.ties.isEmpty ? 0 : 1
        }
        #expect(tied > 100, "only \(tied) ties at the top")
    }

    /// Every entry gets at most one seat; the seats go to the highest votes.
    @Test func blockVoteProperties() {
        var random = TestRandom(seed: 0xB10C)
        for _ in 0..<300 {
            let votes = random.votes(lists: Int.random(in: 1...30, using: &random))
            let magnitude = Int.random(in: 0...35, using: &random)
            let seats = BlockVote().allocate(seats: magnitude, votes: votes, tieBreak: random.tieBreak()).seats
            let withVotes = votes.filter { $0 > 0 }.count
            #expect(seats.reduce(0, +) == min(magnitude, withVotes))
            #expect(seats.allSatisfy { $0 == 0 || $0 == 1 })
            let lowestElected = zip(votes, seats).filter { $1 == 1 }.map(\.0).min() ?? Int.max
            let highestBeaten = zip(votes, seats).filter { $1 == 0 }.map(\.0).max() ?? 0
            #expect(lowestElected >= highestBeaten || seats.reduce(0, +) == 0)
        }
    }
}
