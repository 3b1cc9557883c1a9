import Hemicycle
import Testing

/// Slovakia, National Council, 29 February 2020, reproduced from the official votes.
///
/// Act 180/2014 Z. z. § 66: lists need 5 % of the valid votes (a party), 7 % (a coalition of 2
/// or 3 parties) or 10 % (4 or more). The quota is the valid votes of the passing lists divided
/// by 151 (S + 1, Hagenbach-Bischoff), rounded to a whole number; seats left go to the largest
/// remainders, equal remainders to more votes, then to a lot.
@Suite("Official results: Slovakia 2020")
struct SlovakiaNationalCouncilTests {
    static let threshold = Threshold(party: .percent(5), coalitions: [(2, .percent(7)), (4, .percent(10))])

    struct Prepared {
        let names: [String]
        let eligibleVotes: [Int]
        let eligible: [Bool]
        let election: SlovakiaNationalCouncil
    }

    static func prepare() throws -> Prepared {
        let election = try ElectionFixture.load("sk_nrsr_2020", as: SlovakiaNationalCouncil.self)
        let district = election.districts[0]
        let names = district.votes.keys.sorted()
        let votes = district.votes.values(in: names)
        let kinds = names.map { election.coalitions[$0].map { ListKind.coalition(of: $0) } ?? .party }
        return Prepared(
            names: names,
            eligibleVotes: threshold.removingIneligibleVotes(votes, base: district.validVotes, kinds: kinds),
            eligible: threshold.eligibility(votes: votes, base: district.validVotes, kinds: kinds),
            election: election
        )
    }

    // 6 lists pass; the coalition Progresívne Slovensko-SPOLU (200,780 votes, 6.97 %) fails its
    // 7 %. The passing lists have 2,061,100 votes; 2,061,100 / 151 = 13,649.67, so the quota is
    // 13,650 whether the law's rounding is read as half up or as up.
    @Test(arguments: [QuotaRounding.up, .halfUp])
    func seatsPerList(rounding: QuotaRounding) throws {
        let prepared = try Self.prepare()
        let passing = prepared.eligible.filter { $0 }.count
        #expect(passing == 6)
        let coalition = try #require(prepared.names.firstIndex(of: "Progresívne Slovensko-SPOLU"))
        #expect(!prepared.eligible[coalition])
        let quota = Quota.hagenbachBischoff.rounded(rounding)
        #expect(quota.value(totalVotes: prepared.eligibleVotes.reduce(0, +), seats: 150) == (13_650, 1))

        let rule = LargestRemainder(quota: quota)
        let result = rule.allocate(seats: 150, votes: prepared.eligibleVotes, tieBreak: .moreVotesThenLot(seed: 2020))
        let seats = Dictionary(uniqueKeysWithValues: zip(prepared.names, result.seats)).nonZero
        #expect(seats == prepared.election.nationalOfficialSeats)
        #expect(seats == prepared.election.districts[0].officialSeats)
        #expect(result.ties.isEmpty)
    }

    // The first stage gives 148 seats (⌊votes / 13,650⌋ per list); the two left go to the largest
    // remainders, OĽANO 721,166 − 52 × 13,650 = 11,366 and ĽSNS 229,660 − 16 × 13,650 = 11,260.
    @Test func remainderSeats() throws {
        let prepared = try Self.prepare()
        let firstStage = prepared.eligibleVotes.map { $0 / 13_650 }
        #expect(firstStage.reduce(0, +) == 148)
        let result = LargestRemainder(quota: Quota.hagenbachBischoff.rounded(.up)).allocate(
            seats: 150,
            votes: prepared.eligibleVotes
        )
        let gained = prepared.names.indices.filter { result.seats[$0] > firstStage[$0] }.map { prepared.names[$0] }
        #expect(gained.sorted() == ["OĽANO", "ĽSNS"].sorted())
    }

    // The data tells the rules apart: D'Hondt on the same lists would give Smer 39 and ĽSNS 16
    // instead of 38 and 17.
    @Test func dHondtWouldDiffer() throws {
        let prepared = try Self.prepare()
        let seats = HighestAverages.dHondt.allocate(seats: 150, votes: prepared.eligibleVotes).seats
        let byName = Dictionary(uniqueKeysWithValues: zip(prepared.names, seats))
        #expect(byName["Smer"] == 39)
        #expect(byName["ĽSNS"] == 16)
    }
}
