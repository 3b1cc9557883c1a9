import Hemicycle
import Testing

/// `ElectionResult.invariantViolations()` fed broken results: every invariant it checks, broken
/// one at a time in a copy of a sound result, must be reported, naming the constituency or list.
/// (The property tests only ever show it sound results, where an empty report proves nothing.)
@Suite("Result invariants: broken results are reported")
struct InvariantViolationsTests {
    /// Two constituencies under the two-round rule: c1 (3 seats) settled in round 1 by A's
    /// absolute majority, c2 (2 seats) without a majority, so settled in a run-off.
    static let json = """
        {"assembly": {"name": "Invariants", "size": 5},
         "parties": [{"id": "A", "name": "Party A"}, {"id": "B", "name": "Party B"}, {"id": "C", "name": "Party C"}],
         "rule": {"method": "two-round", "tieBreak": {"rule": "lot", "seed": 1}},
         "constituencies": [
           {"id": "c1", "region": "R", "seats": 3, "registered": 1000, "round1": {"votes": {"A": 400, "B": 200, "C": 80}}},
           {"id": "c2", "region": "R", "seats": 2, "registered": 1000, "round1": {"votes": {"A": 300, "B": 350, "C": 250}}}
         ],
         "transfers": {"defaultAbstention": 0.1}}
        """

    static func election() throws -> Election {
        try TestScenario.election(json, name: "invariants.json")
    }

    /// The sound two-round result, checked to be what the mutations below assume.
    static func twoRound() throws -> ElectionResult {
        let result = try election().run()
        try #require(result.isTwoRound)
        try #require(result.invariantViolations() == [], "the base result must be sound")
        try #require(result.constituencies.map(\.id) == ["c1", "c2"])
        try #require(result.constituencies[0].decidedInRound == 1)
        try #require(result.constituencies[0].winner == "A")
        try #require(result.constituencies[1].decidedInRound == 2)
        try #require(result.constituencies[1].secondRound != nil)
        try #require(result.lists.map(\.id) == ["A", "B", "C"])
        try #require(result.filledSeats == 5)
        try #require(result.houseSize == 5)
        return result
    }

    /// The sound result of a single-round rule (`dhondt`, or `dhondt:national`) on the same votes.
    static func singleRound(_ rule: String) throws -> ElectionResult {
        let election = try election()
        let result = election.with(system: try RuleChoice.parse(rule, for: election).system).run()
        try #require(!result.isTwoRound)
        try #require(result.invariantViolations() == [], "the base \(rule) result must be sound")
        try #require(result.filledSeats == 5)
        return result
    }

    /// Index of an entry of `list` in constituency `row`.
    static func entry(_ result: ElectionResult, row: Int, list: String) throws -> Int {
        try #require(result.constituencies[row].entries.firstIndex { $0.list == list }, "\(list) in row \(row)")
    }

    /// Index of `list` in the result's lists.
    static func list(_ result: ElectionResult, _ id: String) throws -> Int {
        try #require(result.lists.firstIndex { $0.id == id }, "\(id)")
    }

    /// Requires some reported problem to contain every fragment.
    static func expectReported(
        _ result: ElectionResult, _ fragments: String..., sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let problems = result.invariantViolations()
        #expect(
            problems.contains { problem in fragments.allSatisfy { problem.contains($0) } },
            "no problem with \(fragments) in \(problems)", sourceLocation: sourceLocation)
    }

    @Test func theBaseResultsAreSound() throws {
        // Also guards the helpers: each one requires an empty report before any mutation.
        _ = try Self.twoRound()
        let district = try Self.singleRound("dhondt")
        #expect(district.constituencies.map { $0.entries.reduce(0) { $0 + $1.seats } } == [3, 2])
        let national = try Self.singleRound("dhondt:national")
        // Seats allocated nationally over two constituencies belong to neither.
        #expect(national.constituencies.allSatisfy { $0.entries.allSatisfy { $0.seats == 0 } })
    }

    // Seats add up per constituency (two-round): more seats won than the row has.
    @Test func moreSeatsWonInAConstituencyThanItHas() throws {
        var result = try Self.twoRound()
        let b = try Self.entry(result, row: 0, list: "B")
        result.constituencies[0].entries[b].seats += 1
        result.lists[try Self.list(result, "B")].seats += 1  // the lists agree with the rows
        Self.expectReported(result, "c1", "4 seats won of 3")
        Self.expectReported(result, "c1", "4 seats won, not 3")
    }

    // Seats add up per constituency (two-round): a decided row with a seat missing, the lists
    // agreeing and the house not overfilled, so only the row can give it away.
    @Test func aDecidedConstituencyWithASeatMissing() throws {
        var result = try Self.twoRound()
        let a = try Self.entry(result, row: 0, list: "A")
        result.constituencies[0].entries[a].seats -= 1
        result.lists[try Self.list(result, "A")].seats -= 1
        #expect(result.invariantViolations() == ["c1: 2 seats won, not 3"])
    }

    // Counts are never negative: seats, then round-1 votes, of one entry.
    @Test func aNegativeCountInAConstituency() throws {
        var seats = try Self.twoRound()
        let c = try Self.entry(seats, row: 0, list: "C")
        seats.constituencies[0].entries[c].seats = -1
        seats.lists[try Self.list(seats, "C")].seats -= 1
        seats.constituencies[0].entries[try Self.entry(seats, row: 0, list: "A")].seats += 1
        seats.lists[try Self.list(seats, "A")].seats += 1  // the row still adds up to 3
        #expect(seats.invariantViolations() == ["c1: negative count for C"])

        var votes = try Self.twoRound()
        votes.constituencies[0].entries[c].firstRound = -5
        #expect(votes.invariantViolations() == ["c1: negative count for C"])
    }

    // No constituency counts more voters than it has registered, in round 1 …
    @Test func moreVotersThanRegisteredInRoundOne() throws {
        var result = try Self.twoRound()
        let registered = result.constituencies[0].firstRound.registered
        result.constituencies[0].firstRound.voters = registered + 1
        // Keep the ballots adding up, so that only the turnout is wrong.
        result.constituencies[0].firstRound.blank = registered + 1
            - result.constituencies[0].firstRound.listVotes - result.constituencies[0].firstRound.invalid
        #expect(result.invariantViolations() == ["c1: \(registered + 1) voters of \(registered) registered"])
    }

    // … or in the run-off.
    @Test func moreVotersThanRegisteredInTheRunOff() throws {
        var result = try Self.twoRound()
        var round2 = try #require(result.constituencies[1].secondRound)
        round2.voters = round2.registered + 7
        result.constituencies[1].secondRound = round2
        #expect(result.invariantViolations() == ["c2: \(round2.registered + 7) voters of \(round2.registered) registered"])
    }

    // Round-1 ballots (votes for lists, blank, spoilt) add up to the voters in a decided row.
    @Test func roundOneBallotsThatDoNotAddUp() throws {
        var result = try Self.twoRound()
        result.constituencies[1].firstRound.invalid += 1
        #expect(result.invariantViolations() == ["c2: round-1 ballots do not add up"])

        var votes = try Self.twoRound()
        votes.constituencies[0].firstRound.listVotes -= 3
        #expect(votes.invariantViolations() == ["c1: round-1 ballots do not add up"])
    }

    // The constituencies' seats are the lists' seats: a seat moved between lists' totals only,
    // under the two-round rule and under a district rule.
    @Test(arguments: ["two-round", "dhondt"])
    func listTotalsThatDisagreeWithTheConstituencies(rule: String) throws {
        var result = try rule == "two-round" ? Self.twoRound() : Self.singleRound(rule)
        let a = try Self.list(result, "A")
        let c = try Self.list(result, "C")
        let (seatsA, seatsC) = (result.lists[a].seats, result.lists[c].seats)
        try #require(seatsA > 0)
        result.lists[a].seats -= 1
        result.lists[c].seats += 1
        #expect(
            Set(result.invariantViolations()) == [
                "A: \(seatsA) constituency seats, \(seatsA - 1) in all", "C: \(seatsC) constituency seats, \(seatsC + 1) in all",
            ])
    }

    // Seats allocated nationally belong to no constituency, but once a row holds seats the
    // constituencies must account for every list's seats again.
    @Test func aNationalResultWithSeatsInOneRowOnly() throws {
        var result = try Self.singleRound("dhondt:national")
        let a = try Self.list(result, "A")
        let seatsA = result.lists[a].seats
        try #require(seatsA > 0)
        result.constituencies[0].entries[try Self.entry(result, row: 0, list: "A")].seats = seatsA
        Self.expectReported(result, "B: 0 constituency seats")
        #expect(!result.invariantViolations().contains { $0.hasPrefix("A:") })
    }

    // No list wins seats where it did not stand.
    @Test func seatsWithoutStanding() throws {
        var result = try Self.twoRound()
        result.lists[try Self.list(result, "A")].constituenciesContested = 0
        #expect(result.invariantViolations() == ["A: seats without standing"])

        var national = try Self.singleRound("dhondt:national")
        let winner = try #require(national.lists.firstIndex { $0.seats > 0 })
        national.lists[winner].constituenciesContested = 0
        #expect(national.invariantViolations() == ["\(national.lists[winner].id): seats without standing"])
    }

    // The filled seats fit in the house (nominal size plus overhang).
    @Test func moreSeatsFilledThanTheHouseHolds() throws {
        var result = try Self.twoRound()
        result.assemblySize = 4
        #expect(result.invariantViolations() == ["5 seats filled in a house of 4"])
        result.overhangSeats = 1  // overhang enlarges the house: sound again
        #expect(result.invariantViolations() == [])

        // Under a national allocation the rows cannot give an extra seat away; the house does.
        var national = try Self.singleRound("dhondt:national")
        national.lists[try Self.list(national, "C")].seats += 1
        #expect(national.invariantViolations() == ["6 seats filled in a house of 5"])
    }
}
