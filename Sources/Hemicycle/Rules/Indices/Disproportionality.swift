/// How far seats are from votes: disproportionality indices and effective numbers of parties.
///
/// With vᵢ and sᵢ the vote and seat shares of party i in per cent (0–100):
///
/// | Property | Formula | Author |
/// |---|---|---|
/// | ``gallagher`` | √(½ Σ (vᵢ − sᵢ)²) | Michael Gallagher (1991), least-squares index |
/// | ``loosemoreHanby`` | ½ Σ \|vᵢ − sᵢ\| | John Loosemore and Victor J. Hanby (1971) |
/// | ``sainteLague`` | Σ (sᵢ − vᵢ)² / vᵢ, over parties with votes | after A. Sainte-Laguë (1910), in Gallagher (1991) |
/// | ``largestSeatBonus`` | max (sᵢ − vᵢ), and which party | the largest deviation (Lijphart 1994) |
/// | ``effectivePartiesByVotes`` | 1 / Σ (vᵢ/100)² | Markku Laakso and Rein Taagepera (1979) |
/// | ``effectivePartiesBySeats`` | 1 / Σ (sᵢ/100)² | Laakso and Taagepera (1979) |
///
/// References: Gallagher, M. (1991), "Proportionality, disproportionality and electoral systems",
/// *Electoral Studies* 10(1): 33–51. Loosemore, J. and Hanby, V. J. (1971), "The theoretical
/// limits of maximum distortion", *British Journal of Political Science* 1(4): 467–477. Laakso,
/// M. and Taagepera, R. (1979), "'Effective' number of parties", *Comparative Political Studies*
/// 12(1): 3–27. Lijphart, A. (1994), *Electoral Systems and Party Systems*, Oxford.
///
/// These are descriptive statistics in `Double`; no seat depends on them. Without any vote (or any
/// seat) the corresponding shares are taken as zero, so the indices stay finite; a party with
/// seats but no votes makes the Sainte-Laguë index infinite, as its formula says.
///
/// ```swift
/// // Gallagher (1991), Table 1: votes 60 %, 28 %, 12 %; D'Hondt seats 4, 1, 0 of 5 (80 %, 20 %, 0 %).
/// let indices = Disproportionality(votes: [60_000, 28_000, 12_000], seats: [4, 1, 0])
/// indices.gallagher       // √(½ (20² + 8² + 12²)) = √304 ≈ 17.44
/// indices.loosemoreHanby  // ½ (20 + 8 + 12) = 20
/// ```
public struct Disproportionality: Sendable, Hashable {
    /// Gallagher's least-squares index, in percentage points.
    public let gallagher: Double
    /// The Loosemore-Hanby index, in percentage points.
    public let loosemoreHanby: Double
    /// The Sainte-Laguë index, in percentage points.
    public let sainteLague: Double
    /// The party whose seat share most exceeds its vote share, and by how many points; `nil` when
    /// there are no parties.
    public let largestSeatBonus: SeatBonus?
    /// The Laakso-Taagepera effective number of parties by votes.
    public let effectivePartiesByVotes: Double
    /// The Laakso-Taagepera effective number of parties by seats.
    public let effectivePartiesBySeats: Double

    /// Computes every index from votes and seats per party.
    ///
    /// - Parameters:
    ///   - votes: Votes per party (negative counts as zero). Include every party, as Gallagher
    ///     does, or only some, as Lijphart does: the shares are of the totals given.
    ///   - seats: Seats per party, in the same order (missing entries count as zero).
    public init(votes: [Int], seats: [Int]) {
        let parties = Swift.max(votes.count, seats.count)
        let voteCounts = (0..<parties).map { $0 < votes.count ? Double(Swift.max(votes[$0], 0)) : 0 }
        let seatCounts = (0..<parties).map { $0 < seats.count ? Double(Swift.max(seats[$0], 0)) : 0 }
        let voteShares = Self.percentages(voteCounts)
        let seatShares = Self.percentages(seatCounts)
        var squares = 0.0
        var absolutes = 0.0
        var relative = 0.0
        var bonus: SeatBonus?
        for party in 0..<parties {
            let difference = seatShares[party] - voteShares[party]
            squares += difference * difference
            absolutes += Swift.abs(difference)
            if voteShares[party] > 0 {
                relative += difference * difference / voteShares[party]
            } else if seatShares[party] > 0 {
                relative = .infinity
            }
            if bonus.map({ difference > $0.percentagePoints }) ?? true {
                bonus = SeatBonus(party: party, percentagePoints: difference)
            }
        }
        gallagher = (squares / 2).squareRoot()
        loosemoreHanby = absolutes / 2
        sainteLague = relative
        largestSeatBonus = bonus
        effectivePartiesByVotes = Self.effectiveNumber(voteShares)
        effectivePartiesBySeats = Self.effectiveNumber(seatShares)
    }

    private static func percentages(_ counts: [Double]) -> [Double] {
        let total = counts.reduce(0, +)
        return counts.map { total > 0 ? 100 * $0 / total : 0 }
    }

    private static func effectiveNumber(_ percentages: [Double]) -> Double {
        let concentration = percentages.reduce(0) { $0 + ($1 / 100) * ($1 / 100) }
        return concentration > 0 ? 1 / concentration : 0
    }
}

/// A party's seat share minus its vote share.
public struct SeatBonus: Sendable, Hashable {
    /// The party (index into the parties).
    public let party: Int
    /// Seat share minus vote share, in percentage points; never negative when some party holds
    /// a seat, since the differences then add up to zero.
    public let percentagePoints: Double
}
