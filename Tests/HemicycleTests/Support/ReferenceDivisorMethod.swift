@testable import Hemicycle

/// The textbook seat-by-seat highest-averages procedure (D'Hondt 1882), written plainly to check
/// the optimised engine: each seat goes to the highest average; among equal highest averages the
/// tie rule picks, with the seat's ordinal as the lot's context. Averages are compared exactly as
/// `v₁ · d(s₂)` against `v₂ · d(s₁)` with d(s) = numerator(s) / denominator, or through squares for
/// Huntington-Hill. Votes must stay below 2³¹ so that plain `Int` products are exact.
struct ReferenceDivisorMethod: Sendable {
    /// d(s) · denominator, or for Huntington-Hill d(s)².
    let scaledDivisor: @Sendable (Int) -> Int
    let comparesSquares: Bool

    static let dHondt = ReferenceDivisorMethod(scaledDivisor: { $0 + 1 }, comparesSquares: false)
    static let sainteLague = ReferenceDivisorMethod(scaledDivisor: { 2 * $0 + 1 }, comparesSquares: false)
    /// 1.4, 3, 5, … scaled by 5: 7, 15, 25, ….
    static let norwegian = ReferenceDivisorMethod(scaledDivisor: { $0 == 0 ? 7 : 10 * $0 + 5 }, comparesSquares: false)
    static let danish = ReferenceDivisorMethod(scaledDivisor: { 3 * $0 + 1 }, comparesSquares: false)
    static let imperiali = ReferenceDivisorMethod(scaledDivisor: { $0 + 2 }, comparesSquares: false)
    static let adams = ReferenceDivisorMethod(scaledDivisor: { $0 }, comparesSquares: false)
    static let huntingtonHill = ReferenceDivisorMethod(scaledDivisor: { $0 * ($0 + 1) }, comparesSquares: true)

    /// The sign of average(a) − average(b).
    private func compare(_ votesA: Int, _ seatsA: Int, _ votesB: Int, _ seatsB: Int) -> Int {
        let weightA = comparesSquares ? votesA * votesA : votesA
        let weightB = comparesSquares ? votesB * votesB : votesB
        let left = Int128(weightA) * Int128(scaledDivisor(seatsB))
        let right = Int128(weightB) * Int128(scaledDivisor(seatsA))
        return left == right ? 0 : (left > right ? 1 : -1)
    }

    /// Seats per list and the number of seats the tie rule decided: one seat at a time, the tie
    /// rule choosing among every set of equal highest averages; a choice counts as decided by the
    /// tie rule when more lists share the highest average than seats are left.
    func allocate(seats magnitude: Int, votes: [Int], tieBreak: TieBreak) -> (seats: [Int], tiedSeats: Int) {
        var seats = [Int](repeating: 0, count: votes.count)
        var tiedSeats = 0
        for seat in stride(from: 1, through: magnitude, by: 1) {
            let contenders = votes.indices.filter { votes[$0] > 0 }
            guard let first = contenders.first else { break }
            var best = [first]
            for list in contenders.dropFirst() {
                let order = compare(votes[list], seats[list], votes[best[0]], seats[best[0]])
                if order > 0 { best = [list] } else if order == 0 { best.append(list) }
            }
            var winner = best[0]
            for list in best.dropFirst()
            where tieBreak.prefers(identity: list, votes: votes[list], over: winner, votes: votes[winner], seat: seat) {
                winner = list
            }
            seats[winner] += 1
            if best.count > magnitude - seat + 1 { tiedSeats += 1 }
        }
        return (seats, tiedSeats)
    }
}
