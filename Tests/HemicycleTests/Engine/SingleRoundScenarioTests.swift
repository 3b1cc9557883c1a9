import Hemicycle
import Testing

/// Single-round scenarios worked by hand, through the loader and `Election.run()`.
@Suite("Single-round scenarios: hand-worked cases")
struct SingleRoundScenarioTests {
    // A mixed-member tier without the electorate alternative: 10 seats, Sainte-Laguë, 5% of the
    // party vote. E (100 of 10,100 votes, under 1%) fails the threshold but keeps the electorate
    // it won; that seat is taken out of the seats to share (10 − 1 = 9: A 4,600, B 3,000, C 1,600,
    // A 1,533, B 1,000, A 920, D 800, A 657, B 600 → A 4, B 3, C 1, D 1). 4 + 3 + 1 + 1 + 1 = 10
    // seats filled: no overhang, the House stays at 10 (it used to report 11, E's seat counted twice).
    @Test func electorateOfAPartyBelowTheThresholdIsNotOverhang() throws {
        let json = """
            {
              "assembly": {"name": "Test", "size": 10},
              "parties": [{"id": "A", "name": "A"}, {"id": "B", "name": "B"}, {"id": "C", "name": "C"},
                          {"id": "D", "name": "D"}, {"id": "E", "name": "E"}],
              "rule": {"method": "sainte-lague", "scope": "national",
                       "threshold": {"percent": 5, "scope": "national"},
                       "mixedMember": {"electorateSeats": {"A": 2, "E": 1}}},
              "constituencies": [
                {"id": "all", "seats": 10, "registered": 20000,
                 "round1": {"votes": {"A": 4600, "B": 3000, "C": 1600, "D": 800, "E": 100}}}
              ]
            }
            """
        let result = try TestScenario.election(json).run()
        #expect(result.lists.map(\.seats) == [4, 3, 1, 1, 1])
        #expect(result.lists.map(\.overhang) == [0, 0, 0, 0, 0])
        #expect(result.overhangSeats == 0)
        #expect(result.houseSize == 10)
        #expect(result.filledSeats == result.houseSize)
    }

    // Overhang enlarges the house and the majority follows it: 10 seats, Sainte-Laguë, 5% of the
    // party vote; A 6,000, B 2,100, C 1,900 → 6,000 A, 2,100 B, 2,000 A, 1,900 C, 1,200 A, 857 A,
    // 700 B, 667 A, 633 C, 545 A: A 6, B 2, C 2. B won 5 electorates, 3 more than its 2: a house of
    // 13, whose majority is 7 (the nominal assembly's would be 6).
    @Test func majorityIsOfTheHouseWithOverhang() throws {
        let json = """
            {
              "assembly": {"name": "Test", "size": 10},
              "parties": [{"id": "A", "name": "A"}, {"id": "B", "name": "B"}, {"id": "C", "name": "C"}],
              "rule": {"method": "sainte-lague", "scope": "national",
                       "threshold": {"percent": 5, "scope": "national"},
                       "mixedMember": {"electorateSeats": {"B": 5}}},
              "constituencies": [
                {"id": "all", "seats": 10, "registered": 20000,
                 "round1": {"votes": {"A": 6000, "B": 2100, "C": 1900}}}
              ]
            }
            """
        let result = try TestScenario.election(json).run()
        #expect(!result.isTwoRound)
        #expect(result.lists.map(\.seats) == [6, 5, 2])
        #expect(result.lists.map(\.overhang) == [0, 3, 0])
        #expect(result.overhangSeats == 3)
        #expect(result.houseSize == 13)
        #expect(result.majority == 7)
        #expect(result.filledSeats == result.houseSize)
        #expect(result.secondRound == .zero)
    }
}
