extension LevelingTier {
    /// The county step: places each party's leveling seats in counties, highest relative
    /// quotient first (see ``LevelingTier``).
    func placeInCounties(_ table: CountyTable, into result: inout LevelingAllocation, tieBreak: TieBreak) {
        let counties = table.counties.count
        let parties = table.parties
        var partyLeft = result.levelingSeats
        var countyLeft = table.counties.map { table.leveling($0) }
        var held = table.counties.map { county in (0..<parties).map { table.districtSeats(county, $0) } }
        let countyVotes = table.counties.map { county in (0..<parties).reduce(0) { $0 + table.votes(county, $1) } }
        let countySeats = table.counties.map { county in
            (0..<parties).reduce(0) { $0 + table.districtSeats(county, $1) }
        }

        /// votes / (2n + 1) / (county votes / county district seats), as a fraction.
        func quotient(_ party: Int, _ county: Int) -> (numerator: UInt128, denominator: UInt128) {
            let numerator = UInt128(table.votes(county, party)) * UInt128(countySeats[county])
            let denominator = (2 * UInt128(held[county][party]) + 1) * UInt128(countyVotes[county])
            return (numerator, Swift.max(denominator, 1))
        }

        var seat = 1
        while true {
            var tied: [LevelingPlacement] = []
            var best: (numerator: UInt128, denominator: UInt128) = (0, 1)
            for party in 0..<parties where partyLeft[party] > 0 {
                for county in 0..<counties where countyLeft[county] > 0 && table.votes(county, party) > 0 {
                    let value = quotient(party, county)
                    let order =
                        tied.isEmpty
                        ? 1
                        : ExactArithmetic.compareFractions(
                            value.numerator,
                            over: value.denominator,
                            best.numerator,
                            over: best.denominator
                        )
                    if order > 0 {
                        best = value
                        tied = [LevelingPlacement(party: party, county: county)]
                    } else if order == 0 {
                        tied.append(LevelingPlacement(party: party, county: county))
                    }
                }
            }
            guard !tied.isEmpty else { return }
            // A tie decides nothing when every tied pair can still be served: no party or county
            // appears more often among them than it has leveling seats left.
            let servable =
                (0..<parties).allSatisfy { party in tied.filter { $0.party == party }.count <= partyLeft[party] }
                && (0..<counties).allSatisfy { county in tied.filter { $0.county == county }.count <= countyLeft[county]
                }
            let chosen: [LevelingPlacement]
            if servable {
                chosen = tied
            } else {
                var winner = tied[0]
                for pair in tied.dropFirst()
                where tieBreak.prefers(
                    identity: pair.party * counties + pair.county,
                    votes: table.votes(pair.county, pair.party),
                    over: winner.party * counties + winner.county,
                    votes: table.votes(winner.county, winner.party),
                    seat: seat
                ) {
                    winner = pair
                }
                result.placementTies.append(LevelingPlacementTie(seat: seat, contenders: tied, chosen: winner))
                chosen = [winner]
            }
            for pair in chosen {
                result.placements.append(pair)
                partyLeft[pair.party] -= 1
                countyLeft[pair.county] -= 1
                held[pair.county][pair.party] += 1
                seat += 1
            }
        }
    }
}
