import Hemicycle
import Testing

/// The what-ifs that run Mali 1992's reconstructed round-1 votes under single-round rules. Each
/// property is checked against a computation made here, by the textbook procedure, from the
/// round-1 votes in the result (which are the reference scenario's own).
@Suite("Rule what-ifs on Mali 1992")
struct RuleWhatIfScenarioTests {
    static let files = [
        "mali-1992-dhondt.json", "mali-1992-sainte-lague.json", "mali-1992-national-pr.json", "mali-1992-fptp.json",
    ]

    /// Round-1 votes by list in one constituency, in ballot order.
    static func votes(_ row: ConstituencyResult) -> (lists: [String], votes: [Int]) {
        (row.entries.map(\.list), row.entries.map(\.firstRound))
    }

    @Test(arguments: files)
    func loadsAsASingleRoundRuleAndFillsThe116Seats(name: String) throws {
        let election = try TestScenario.shipped(name)
        #expect(election.summary?.isEmpty == false, "\(name) needs a description")
        guard case .singleRound = election.system else {
            Issue.record("\(name) should have a single-round rule")
            return
        }
        #expect(election.assembly.secondRoundDate == nil)
        let result = election.run()
        #expect(result.filledSeats == 116)
        #expect(result.vacantSeats == 13)
        #expect(result.filledSeats + result.vacantSeats == result.assemblySize)
        #expect(result.secondRound == .zero)
        #expect(result.tieDecisions == 0)
    }

    // The rules run on the reference's round-1 votes, constituency by constituency.
    @Test(arguments: files)
    func votesAreTheReferencesRoundOneVotes(name: String) throws {
        let reference = TwoRoundEngine(election: try TestScenario.shipped("mali-1992.json")).run()
        let result = try TestScenario.shipped(name).run()
        #expect(result.constituencies.count == reference.constituencies.count)
        for (row, base) in zip(result.constituencies, reference.constituencies) {
            #expect(row.id == base.id)
            #expect(Self.votes(row).lists == Self.votes(base).lists, "\(row.id)")
            #expect(Self.votes(row).votes == Self.votes(base).votes, "\(row.id)")
            #expect(row.firstRound == base.firstRound, "\(row.id)")
        }
    }

    @Test(arguments: [
        ("mali-1992-dhondt.json", ReferenceDivisorMethod.dHondt), ("mali-1992-sainte-lague.json", .sainteLague),
    ])
    func everyConstituencyIsTheTextbookAllocation(name: String, method: ReferenceDivisorMethod) throws {
        let election = try TestScenario.shipped(name)
        let result = election.run()
        var checked = 0
        for row in result.constituencies where row.decidedInRound != nil {
            checked += 1
            let (_, votes) = Self.votes(row)
            let expected = method.allocate(seats: row.seats, votes: votes, tieBreak: .moreVotesThenLowestIndex)
            #expect(expected.tiedSeats == 0, "\(row.id)")
            #expect(row.entries.map(\.seats) == expected.seats, "\(row.id)")
        }
        // Every contested constituency of the scenario was checked, none skipped as undecided.
        let contested = election.constituencies.filter(\.isContested).count
        #expect(contested > 0)
        #expect(checked == contested)
    }

    // National PR: the national totals of the round-1 votes, the lists with 5% of them, D'Hondt
    // over the 116 seats, all worked out here.
    @Test func nationalPRIsDHondtOnTheNationalTotals() throws {
        let result = try TestScenario.shipped("mali-1992-national-pr.json").run()
        var totals: [String: Int] = [:]
        for row in result.constituencies {
            for entry in row.entries { totals[entry.list, default: 0] += entry.firstRound }
        }
        let lists = totals.keys.sorted()
        let all = totals.values.reduce(0, +)
        let eligible = lists.map { 100 * (totals[$0] ?? 0) >= 5 * all ? totals[$0] ?? 0 : 0 }
        let expected = ReferenceDivisorMethod.dHondt.allocate(
            seats: 116, votes: eligible, tieBreak: .moreVotesThenLowestIndex)
        #expect(expected.tiedSeats == 0)
        for (list, seats) in zip(lists, expected.seats) {
            #expect(result.list(list)?.seats == seats, "\(list)")
        }
        #expect(result.list("ADEMA")?.seats == expected.seats[lists.firstIndex(of: "ADEMA") ?? 0])
        #expect(eligible.filter { $0 > 0 }.count < lists.count)  // the threshold excludes someone
    }

    // First past the post: every single-seat constituency goes to its round-1 leader; in the
    // multi-seat ones the leading list takes every seat (party block vote).
    @Test func fptpGivesEveryConstituencyToItsRoundOneLeader() throws {
        let election = try TestScenario.shipped("mali-1992-fptp.json")
        let result = election.run()
        var singleSeat = 0
        var checked = 0
        for row in result.constituencies where row.decidedInRound != nil {
            checked += 1
            let leader = try #require(row.entries.max { $0.firstRound < $1.firstRound })
            #expect(row.entries.filter { $0.firstRound == leader.firstRound }.count == 1, "\(row.id): tie for the lead")
            #expect(row.entries.map(\.seats) == row.entries.map { $0.list == leader.list ? row.seats : 0 }, "\(row.id)")
            if row.seats == 1 { singleSeat += 1 }
        }
        #expect(singleSeat > 0)
        #expect(checked == election.constituencies.filter(\.isContested).count)
    }

    // A rule override merges member by member with the reference's rule: an extending file that
    // does not remove the two-round members is refused, naming them.
    @Test func leftoverTwoRoundMembersAreRefused() throws {
        let json = #"{"extends": "mali-1992.json", "rule": {"method": "dhondt"}}"#
        let paths = TestScenario.problems(json, name: "leftover.json", directory: Repository.path("Scenarios")).map(\.path)
        #expect(paths.contains("rule.firstRound"))
        #expect(paths.contains("rule.runoff"))
    }
}
