import Hemicycle
import Testing

@Suite("Rule comparison")
struct RuleComparisonTests {
    /// One constituency of 4 seats, 1,000 registered, everybody votes: A 600, B 300, C 100.
    func election() throws -> Election {
        try TestScenario.election(
            TestScenario.single(seats: 4, round1: #"{"turnout": 1, "shares": {"A": 0.6, "B": 0.3, "C": 0.1}}"#))
    }

    @Test func seatsUnderEachRuleByHand() throws {
        let election = try election()
        let choices = try RuleChoice.parseList("trs-list,dhondt,sainte-lague,hare,party-block", for: election)
        let comparison = RuleComparison(election: election, choices: choices)
        func seats(_ rule: Int) -> [Int] { comparison.results[rule].lists.map(\.seats) }
        // Two rounds: A has 600 of 1,000 votes cast, an absolute majority: all 4 seats.
        #expect(seats(0) == [4, 0, 0])
        // D'Hondt quotients: A 600, 300, 200, 150; B 300, 150; C 100. The 4 largest: 600, 300 (A),
        // 300 (B, equal to A's second: more votes first, so A's), 200 → A 3, B 1.
        #expect(seats(1) == [3, 1, 0])
        // Sainte-Laguë: A 600, 200, 120; B 300, 100; C 100 → 600, 300, 200, 120: A 3, B 1.
        #expect(seats(2) == [3, 1, 0])
        // Hare: quota 250; A 2 (rem 100), B 1 (rem 50), C 0 (rem 100): the last seat goes to the
        // equal remainders of A and C by more votes first: A. A 3, B 1.
        #expect(seats(3) == [3, 1, 0])
        #expect(seats(4) == [4, 0, 0])
    }

    @Test func indicesOnAHandWorkedCase() throws {
        let election = try election()
        let comparison = RuleComparison(election: election, choices: try RuleChoice.parseList("dhondt", for: election))
        let index = try #require(comparison.indices.first)
        // Votes 60/30/10%, seats 75/25/0%: Gallagher √(½(15² + 5² + 10²)) = √175 = 13.229;
        // Loosemore-Hanby ½(15 + 5 + 10) = 15; ENP by votes 1/(0.36 + 0.09 + 0.01) = 2.174,
        // by seats 1/(0.5625 + 0.0625) = 1.6; the largest bonus is A's +15 points.
        #expect(abs(index.gallagher - 13.2288) < 0.001)
        #expect(abs(index.loosemoreHanby - 15) < 1e-9)
        #expect(abs(index.effectivePartiesByVotes - 2.1739) < 0.001)
        #expect(abs(index.effectivePartiesBySeats - 1.6) < 1e-9)
        #expect(index.largestSeatBonus?.party == 0)
        #expect(abs((index.largestSeatBonus?.percentagePoints ?? 0) - 15) < 1e-9)
    }

    @Test(arguments: [
        ("dhondt:national", true),
        ("sainte-lague:threshold=5", true),
        ("modified-sainte-lague:first-divisor=1.4", true),
        ("hare:quota=half-up", true),
        ("scenario", true),
        ("nonsense", false),
        ("dhondt:sideways", false),
        ("dhondt:threshold=120", false),
        ("modified-sainte-lague:first-divisor=4", false),
        ("trs-list:national", false),
        // An option given twice, or one the rule has no use for.
        ("dhondt:threshold=5:threshold=10", false),
        ("plurality:first-divisor=1", false),
        ("dhondt:quota=up", false),
        ("droop:quota=up", true),
    ])
    func ruleNamesParse(text: String, valid: Bool) throws {
        let election = try election()
        #expect(((try? RuleChoice.parse(text, for: election)) != nil) == valid)
    }

    @Test(arguments: ["dhondt,,hare", "dhondt,", ",hare", "dhondt, ,hare"])
    func anEmptyRuleInAListIsRefused(text: String) throws {
        #expect(throws: RuleChoice.ParseError.self) { try RuleChoice.parseList(text, for: try election()) }
    }

    @Test func thresholdsPerConstituencyAndNationally() throws {
        // C has 20% in x and nothing in y: 10% nationally. A 12% threshold lets it in x, not nationally.
        let json = """
            {
              "assembly": {"name": "T", "size": 10},
              "parties": [{"id": "A", "name": "A"}, {"id": "B", "name": "B"}, {"id": "C", "name": "C"}],
              "rule": {"method": "two-round"},
              "constituencies": [
                {"id": "x", "seats": 5, "registered": 1000, "round1": {"turnout": 1, "shares": {"A": 0.45, "B": 0.35, "C": 0.2}}},
                {"id": "y", "seats": 5, "registered": 1000, "round1": {"turnout": 1, "shares": {"A": 0.5, "B": 0.5}}}
              ]
            }
            """
        let election = try TestScenario.election(json)
        let choices = try RuleChoice.parseList("hare,hare:threshold=12,hare:national:threshold=12", for: election)
        let comparison = RuleComparison(election: election, choices: choices)
        // Hare in x: quota 200; A 450 → 2 (rem 50), B 350 → 1 (150), C 200 → 1 (0); the leftover
        // seat to B: A 2, B 2, C 1. The 12% district threshold changes nothing in x.
        let x = 0
        func seats(_ rule: Int, _ list: String) -> Int? {
            comparison.results[rule].constituencies[x].entries.first { $0.list == list }?.seats
        }
        #expect([seats(0, "A"), seats(0, "B"), seats(0, "C")] == [2, 2, 1])
        #expect([seats(1, "A"), seats(1, "B"), seats(1, "C")] == [2, 2, 1])
        // Nationally: A 950, B 850, C 200 (10% < 12%: out). Quota 1,800 / 10 = 180: A 5.28 → 5,
        // B 4.72 → 4, the last seat to B's larger remainder: A 5, B 5, C 0.
        #expect(comparison.results[2].lists.map(\.seats) == [5, 5, 0])
        #expect(comparison.results.allSatisfy { $0.filledSeats == 10 })
    }
}

@Suite("Simulated rule comparison", .hangGuard(minutes: 2))
struct SimulatedComparisonTests {
    @Test func everyRuleSeesTheSameVotesAndTheTwoRoundColumnIsTheSimulation() async throws {
        let election = try TestScenario.shipped("mali-1992.json")
        let choices = try RuleChoice.parseList("trs-list,dhondt,sainte-lague,cameroon,greece-2023:national,biproportional", for: election)
        let plan = MonteCarlo(election: election, runs: 1_500, seed: 5)
        let comparison = await plan.compare(choices.map(\.system), threads: 2)
        let simulation = await plan.run(threads: 1)
        #expect(comparison.runs == 1_500)
        // The two-round rule's seats are the simulation's, run for run: the same histograms.
        let width = simulation.maximumSeats + 1
        for list in 0..<election.lists.count {
            let expected = Array(simulation.seatHistogram[(list * width)..<((list + 1) * width)])
            let got = comparison.histogram(rule: 0, list: list)
            #expect(Array(got.prefix(width)) == expected)
            #expect(got.dropFirst(width).allSatisfy { $0 == 0 })
        }
        // Every single-round rule's seats are those of a plain simulation of the election under
        // that rule, same runs and seed: the same histograms, list by list. This holds only if
        // each rule of the comparison saw exactly the votes the plain run draws, run for run.
        var singleRoundRulesChecked = 0
        for (rule, choice) in choices.enumerated() {
            guard case .singleRound = choice.system else { continue }
            singleRoundRulesChecked += 1
            let plain = await MonteCarlo(election: election.with(system: choice.system), runs: 1_500, seed: 5)
                .run(threads: 2)
            #expect(plain.runs == 1_500)
            let plainWidth = plain.maximumSeats + 1
            for list in 0..<election.lists.count {
                let expected = Array(plain.seatHistogram[(list * plainWidth)..<((list + 1) * plainWidth)])
                let got = comparison.histogram(rule: rule, list: list)
                #expect(
                    Array(got.prefix(plainWidth)) == expected,
                    "\(choice.label), list \(election.lists[list].id): the comparison's seats differ from a plain run's")
                #expect(got.dropFirst(plainWidth).allSatisfy { $0 == 0 })
            }
        }
        #expect(singleRoundRulesChecked == 5)
        // Bookkeeping of the tally (not of the random numbers): mean(diff) = mean(b) − mean(a).
        for list in 0..<election.lists.count {
            func mean(_ histogram: [Int], offset: Int = 0) -> Double {
                Double(histogram.enumerated().reduce(0) { $0 + ($1.offset - offset) * $1.element }) / 1_500
            }
            let difference = mean(comparison.differenceHistogram(rule: 1, list: list), offset: comparison.maximumSeats)
            let expected = mean(comparison.histogram(rule: 1, list: list)) - mean(comparison.histogram(rule: 0, list: list))
            #expect(abs(difference - expected) < 1e-9)
        }
    }
}
