import Hemicycle

/// A tiny seeded generator for property tests (SplitMix64, Steele, Lea & Flood 2014), local to
/// the tests so they never depend on the library's own random number generator.
struct TestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Votes for `lists` lists, drawn so that exact ties, zero-vote lists and dominant lists are
    /// all common.
    mutating func votes(lists: Int) -> [Int] {
        let style = Int.random(in: 0..<4, using: &self)
        return (0..<lists).map { _ in
            switch style {
            case 0: Int.random(in: 0...1_000_000, using: &self)  // spread out
            case 1: Int.random(in: 0...12, using: &self) * 50  // few distinct values: many ties
            case 2: Int.random(in: 0...3, using: &self) == 0 ? 0 : Int.random(in: 1...300, using: &self)
            default: Bool.random(using: &self) ? Int.random(in: 0...999, using: &self) : 1_000_000
            }
        }
    }

    /// One of the four tie rules, with a random seed for the lots.
    mutating func tieBreak() -> TieBreak {
        switch Int.random(in: 0..<4, using: &self) {
        case 0: .lowestIndex
        case 1: .moreVotesThenLowestIndex
        case 2: .moreVotesThenLot(seed: next())
        default: .lot(seed: next())
        }
    }
}
