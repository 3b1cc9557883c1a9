import Hemicycle
import Testing

/// Biproportional apportionment: hand-worked cases, the certificate checked here from the
/// divisors, and Zurich's Kantonsrat 2019 to the district.
@Suite("Biproportional apportionment")
struct BiproportionalTests {
    /// Checks, independently of the rule, that the divisors certify the seats: every quotient
    /// votes / (d · p) rounds (standard rounding) to the cell's seats.
    static func certified(_ result: BiproportionalApportionment.Result, votes: [[Int]]) -> Bool {
        for (i, row) in votes.enumerated() {
            for (j, cell) in row.enumerated() where result.qualified[j] && (cell > 0 || result.seats[i][j] > 0) {
                let quotient = Double(cell) / (result.districtDivisors[i] * result.listDivisors[j])
                let seats = result.seats[i][j]
                if quotient >= Double(seats) + 0.5 || (seats > 0 && quotient <= Double(seats) - 0.5) { return false }
            }
        }
        return true
    }

    // Two districts of 4 seats; X has 600 and 200 votes, Y 400 and 800. Voter numbers: X 150 +
    // 50 = 200, Y 100 + 200 = 300; Sainte-Laguë on 200 : 300 for 8 seats gives 3 and 5. The
    // margins leave one free cell, t = X's seats in A; t = 2 has divisors (d_A 300, d_B 300,
    // p_X 1, p_Y 0.8 certify it), t = 1 and t = 3 have none.
    @Test func twoByTwo() {
        let votes = [[600, 400], [200, 800]]
        let result = BiproportionalApportionment(voterNumbers: .rounded).apportion(votes: votes, seats: [4, 4])
        #expect(result.listSeats == [3, 5])
        #expect(result.seats == [[2, 2], [1, 3]])
        #expect(result.isComplete && result.lowerTies == 0)
        #expect(Self.certified(result, votes: votes))
    }

    // Three districts of 3 seats. Voter numbers, rounded: A 1,000 + 333 + 1,000 = 2,333, B 500 +
    // 333 + 167 = 1,000, C 400 + 167 + 100 = 667; Sainte-Laguë on 9 seats (divisor 444) gives
    // A 5.25 → 5, B 2.25 → 2, C 1.50 → 2.
    @Test func spreadVotes() {
        let votes = [[3_000, 1_500, 1_200], [1_000, 1_000, 500], [3_000, 500, 300]]
        let result = BiproportionalApportionment(voterNumbers: .rounded).apportion(votes: votes, seats: [3, 3, 3])
        #expect(result.voterNumbers == [2_333, 1_000, 667])
        #expect(result.listSeats == [5, 2, 2])
        #expect(result.seats.map { $0.reduce(0, +) } == [3, 3, 3])
        #expect((0..<3).map { j in result.seats.reduce(0) { $0 + $1[j] } } == [5, 2, 2])
        #expect(result.isComplete && result.lowerTies == 0)
        #expect(Self.certified(result, votes: votes))
    }

    // Voter numbers: where a ballot carries one vote per seat (Zurich), votes are divided by the
    // seats; where it is one vote, they are not. Districts of 2 and 8 seats; X 100 in A, Y 100 in
    // A and 880 in B. Rounded: X 50, Y 50 + 110 = 160, so 10 seats give 2.38 → 2 and 7.62 → 8.
    // Votes: X 100, Y 980, so 0.93 → 1 and 9.07 → 9.
    @Test func voterNumbersDecideTheUpperApportionment() {
        let votes = [[100, 100], [0, 880]]
        let rounded = BiproportionalApportionment(voterNumbers: .rounded).apportion(votes: votes, seats: [2, 8])
        #expect(rounded.voterNumbers == [50, 160] && rounded.listSeats == [2, 8] && rounded.seats == [[2, 0], [0, 8]])
        let plain = BiproportionalApportionment(voterNumbers: .votes).apportion(votes: votes, seats: [2, 8])
        #expect(plain.voterNumbers == [100, 980] && plain.listSeats == [1, 9] && plain.seats == [[1, 1], [0, 8]])
        #expect(rounded.isComplete && plain.isComplete)
    }

    // A quorum of 5 % in at least one district: D has 4 % everywhere and is out, E has 6 % in
    // one district only and is in.
    @Test func quorum() {
        let votes = [[470, 450, 0, 40, 40], [500, 380, 20, 40, 60]]
        let rule = BiproportionalApportionment(districtQuorum: .percent(5))
        let result = rule.apportion(votes: votes, seats: [10, 10])
        #expect(result.qualified == [true, true, false, false, true])
        #expect(result.listSeats[2] == 0 && result.listSeats[3] == 0)
        #expect(result.listSeats.reduce(0, +) == 20)
    }

    // A perfectly symmetric case is a tie: two apportionments serve equally, and alternating
    // scaling alternates between them for ever. The rule stops, finds one by the flow, and
    // reports the two cells whose quotient (exactly ½) lies on the boundary.
    @Test func symmetricTie() {
        let votes = [[100, 100], [100, 100]]
        let result = BiproportionalApportionment().apportion(votes: votes, seats: [1, 1])
        #expect(result.listSeats == [1, 1])
        #expect(result.seats == [[1, 0], [0, 1]] || result.seats == [[0, 1], [1, 0]])
        #expect(result.isComplete)
        #expect(result.lowerTies == 2)
    }

    // No apportionment exists: district 1 has 2 seats but only list X stands there, and X's
    // voter numbers (50 of 150) take 1 seat of 3. The rule says so, and still fills every
    // district's seats.
    @Test func impossibleMargins() {
        let result = BiproportionalApportionment(voterNumbers: .rounded).apportion(
            votes: [[100, 0], [0, 100]], seats: [2, 1])
        #expect(result.listSeats == [1, 2])
        #expect(!result.isComplete)
        #expect(result.seats.map { $0.reduce(0, +) } == [2, 1])
    }

    // Zurich 2019: rounded voter numbers, 5 % in one district; the cantonal seats SVP 45, SP 35,
    // FDP 29, GLP 23, Grüne 22, CVP 8, EVP 8, AL 6, EDU 4, and every district's seats as sitting.
    @Test func zurich2019() throws {
        let official: ZurichKantonsrat = try ElectionFixture.load("ch_zh_kantonsrat_2019")
        let votes = official.voteMatrix
        let result = BiproportionalApportionment.zurich2019.apportion(
            votes: votes, seats: official.districts.map(\.seats))
        let names = official.partyOrder
        #expect(Set(names.indices.filter { result.qualified[$0] }.map { names[$0] }) == Set(official.officialQualified))
        #expect(Dictionary(uniqueKeysWithValues: zip(names, result.listSeats)).nonZero == official.nationalOfficialSeats)
        for (i, district) in official.districts.enumerated() {
            #expect(
                Dictionary(uniqueKeysWithValues: zip(names, result.seats[i])).nonZero == district.officialSeats, "\(district.name)")
        }
        #expect(result.isComplete && result.lowerTies == 0 && result.upperTies == 0)
        #expect(Self.certified(result, votes: votes))
    }

    // BDP's best district share is 4.678 % (Andelfingen): the quorum keeps it out; without it,
    // its voter numbers would take 3 seats.
    @Test func zurichQuorumDecidesBDP() throws {
        let official: ZurichKantonsrat = try ElectionFixture.load("ch_zh_kantonsrat_2019")
        let bdp = try #require(official.partyOrder.firstIndex(of: "BDP"))
        let seats = official.districts.map(\.seats)
        let without = BiproportionalApportionment(voterNumbers: .rounded).apportion(votes: official.voteMatrix, seats: seats)
        #expect(without.listSeats[bdp] == 3)
        let with = BiproportionalApportionment.zurich2019.apportion(votes: official.voteMatrix, seats: seats)
        #expect(!with.qualified[bdp] && with.listSeats[bdp] == 0)
    }

    // A separate Sainte-Laguë count in each district, on the qualified lists, differs from the
    // biproportional seats in 6 of the 18 districts.
    @Test func zurichSeparateCountsDiffer() throws {
        let official: ZurichKantonsrat = try ElectionFixture.load("ch_zh_kantonsrat_2019")
        let votes = official.voteMatrix
        let result = BiproportionalApportionment.zurich2019.apportion(
            votes: votes, seats: official.districts.map(\.seats))
        var differing: [String] = []
        for (i, district) in official.districts.enumerated() {
            let eligible = votes[i].indices.map { result.qualified[$0] ? votes[i][$0] : 0 }
            let separate = HighestAverages.sainteLague.allocate(seats: district.seats, votes: eligible).seats
            if separate != result.seats[i] { differing.append(district.name) }
        }
        #expect(differing.count == 6, "\(differing)")
    }

    // Exact voter numbers (the 2023 rule) give the same cantonal seats in 2019.
    @Test func exactVoterNumbers() throws {
        let official: ZurichKantonsrat = try ElectionFixture.load("ch_zh_kantonsrat_2019")
        let rule = BiproportionalApportionment(districtQuorum: .percent(5), voterNumbers: .exact)
        let result = rule.apportion(votes: official.voteMatrix, seats: official.districts.map(\.seats))
        #expect(Dictionary(uniqueKeysWithValues: zip(official.partyOrder, result.listSeats)).nonZero == official.nationalOfficialSeats)
    }
}
