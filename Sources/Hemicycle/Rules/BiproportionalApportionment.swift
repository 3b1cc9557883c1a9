/// Biproportional apportionment ("doppelter Pukelsheim", Zurich and other Swiss cantons since
/// 2006): seats are shared among lists on the whole territory, then placed in the districts so
/// that each district fills its fixed number of seats and each list receives its total.
///
/// Two steps:
/// 1. **Upper apportionment** (*Oberzuteilung*). Sainte-Laguë (standard rounding) shares all the
///    seats among the lists that pass the quorum by their *voter numbers*, summed over the
///    districts. Where a ballot carries as many list votes as the district has seats (Zurich), a
///    list's voter number in a district is its votes divided by the seats, rounded to a whole
///    number (Zurich until 2022, ``VoterNumbers/rounded``) or kept exact (since 2023,
///    ``VoterNumbers/exact``); where a ballot is one vote for a list, it is the votes
///    themselves (``VoterNumbers/votes``, the default).
/// 2. **Lower apportionment** (*Unterzuteilung*). District divisors `d_i` and list divisors
///    `p_j` are found so that rounding every `votes_ij / (d_i · p_j)` to the nearest whole
///    number (standard rounding) gives each district its seats and each list its total. They are
///    found by alternating scaling (each step a one-dimensional Sainte-Laguë apportionment of a
///    row or a column), the method of the Swiss cantons' software, and then **certified
///    exactly**: every cell's quotient is checked against its rounding boundaries in integer
///    arithmetic on the divisors' exact binary values. A quotient exactly on a boundary is a
///    tie (another apportionment would serve as well) and is reported, never looped on; a search
///    that does not settle within ``maximumIterations`` is reported too.
///
/// The quorum: a list takes part if it reaches ``districtQuorum`` of the list votes in at least
/// one district, or (when set) ``totalQuorum`` of all voter numbers (Zurich since 2023: 3 %).
///
/// - Complexity: the upper apportionment as Sainte-Laguë; each scaling step O(cells); Zurich
///   2019 (18 districts × 9 lists) settles in a handful of steps.
public struct BiproportionalApportionment: Sendable, Hashable, CustomStringConvertible {
    /// How a list's votes in a district become its voter number there.
    public enum VoterNumbers: String, Sendable, Hashable, CaseIterable {
        /// The votes as they are: a ballot is one vote for a list, whatever the district's seats
        /// (a list ballot as Mali's, Spain's or most countries').
        case votes
        /// Votes ÷ the district's seats, rounded to the nearest whole number, halves up: a ballot
        /// carries as many list votes as the district has seats (Zurich until 2022).
        case rounded
        /// Votes ÷ the district's seats, kept as an exact fraction (Zurich since 2023).
        case exact
    }

    /// The share of a district's list votes a list must reach in at least one district.
    public var districtQuorum: VoteThreshold?
    /// Alternatively, the share of all voter numbers (the territory) a list may reach instead.
    public var totalQuorum: VoteThreshold?
    /// Rounded or exact voter numbers.
    public var voterNumbers: VoterNumbers
    /// The most scaling steps before the search is reported as unsettled.
    public var maximumIterations: Int

    /// Creates the rule.
    public init(
        districtQuorum: VoteThreshold? = nil, totalQuorum: VoteThreshold? = nil, voterNumbers: VoterNumbers = .votes,
        maximumIterations: Int = 200
    ) {
        self.districtQuorum = districtQuorum
        self.totalQuorum = totalQuorum
        self.voterNumbers = voterNumbers
        self.maximumIterations = maximumIterations
    }

    /// The rule's name in scenarios and `compare`.
    public static let name = "biproportional"

    /// Zurich's Kantonsrat as in 2019: 5 % in at least one district, rounded voter numbers.
    public static let zurich2019 = BiproportionalApportionment(districtQuorum: .percent(5), voterNumbers: .rounded)

    public var description: String {
        var text: String
        switch voterNumbers {
        case .votes: text = "biproportional: Sainte-Laguë on the lists' votes over all constituencies"
        case .rounded: text = "biproportional: Sainte-Laguë on the lists' voter numbers (votes ÷ seats, rounded)"
        case .exact: text = "biproportional: Sainte-Laguë on the lists' voter numbers (votes ÷ seats, exact)"
        }
        var quorum: [String] = []
        if let districtQuorum { quorum.append("\(districtQuorum.percentDescription) of the votes in a constituency") }
        if let totalQuorum { quorum.append("\(totalQuorum.percentDescription) of all voter numbers") }
        if !quorum.isEmpty { text += " among the lists with " + quorum.joined(separator: " or ") }
        return text + ", then placed in constituencies by constituency and list divisors (standard rounding)"
    }

    /// What an apportionment gave.
    public struct Result: Sendable, Hashable {
        /// Seats per district and list.
        public var seats: [[Int]]
        /// Seats per list (the upper apportionment).
        public var listSeats: [Int]
        /// Whether each list passed the quorum.
        public var qualified: [Bool]
        /// Each list's voter number (exact variant: scaled by ``voterNumberScale``).
        public var voterNumbers: [Int]
        /// The factor the exact variant multiplies voter numbers by to keep them whole (1 when rounded).
        public var voterNumberScale: Int
        /// The district and list divisors of the lower apportionment (its certificate).
        public var districtDivisors: [Double]
        public var listDivisors: [Double]
        /// Scaling steps the lower apportionment took.
        public var iterations: Int
        /// Seats the upper apportionment's tie rule decided.
        public var upperTies: Int
        /// Cells whose quotient lies exactly on a rounding boundary: the lower apportionment
        /// there is one of several.
        public var lowerTies: Int
        /// Whether the lower apportionment met every district's and every list's seats.
        public var isComplete: Bool
    }

    /// Apportions `seats[i]` seats in each district among the lists with `votes[i][j]`.
    ///
    /// - Parameters:
    ///   - votes: Votes per district and list (negative counts as zero).
    ///   - seats: Seats per district.
    ///   - tieBreak: How ties of the upper apportionment are settled.
    /// - Returns: The seats, with the certificate and any tie. When the lower apportionment
    ///   cannot meet both margins (``Result/isComplete`` false), each district's seats are
    ///   those of the last row step: right for every district, off for some list.
    public func apportion(votes: [[Int]], seats: [Int], tieBreak: TieBreak = .lowestIndex) -> Result {
        let districts = votes.count
        let lists = votes.first?.count ?? 0
        let magnitudes = seats.map { Swift.max(0, $0) }
        let cleaned = votes.map { $0.map { Swift.max(0, $0) } }
        // Voter numbers.
        var scale = 1
        if voterNumbers == .exact {
            for magnitude in magnitudes where magnitude > 0 { scale = Self.leastCommonMultiple(scale, magnitude) ?? Int.max }
        }
        var numbers = Array(repeating: 0, count: lists)
        for i in 0..<districts where magnitudes[i] > 0 {
            for j in 0..<lists {
                let number: Int
                switch voterNumbers {
                case .votes: number = cleaned[i][j]
                case .rounded: number = (2 * cleaned[i][j] + magnitudes[i]) / (2 * magnitudes[i])
                case .exact:
                    let (product, overflow) = cleaned[i][j].multipliedReportingOverflow(by: scale / magnitudes[i])
                    number = overflow ? Int.max / 2 : product
                }
                numbers[j] = Self.saturatingAdd(numbers[j], number)
            }
        }
        // The quorum.
        var qualified = Array(repeating: districtQuorum == nil && totalQuorum == nil, count: lists)
        if let districtQuorum {
            for i in 0..<districts where magnitudes[i] > 0 {
                var total: UInt128 = 0
                for j in 0..<lists { total += UInt128(cleaned[i][j]) }
                for j in 0..<lists where districtQuorum.isMet(votes: UInt64(cleaned[i][j]), total: total) {
                    qualified[j] = qualified[j] || cleaned[i][j] > 0
                }
            }
        }
        if let totalQuorum {
            var total: UInt128 = 0
            for number in numbers { total += UInt128(number) }
            for j in 0..<lists where numbers[j] > 0 && totalQuorum.isMet(votes: UInt64(numbers[j]), total: total) {
                qualified[j] = true
            }
        }
        // The upper apportionment.
        let eligibleNumbers = (0..<lists).map { qualified[$0] ? numbers[$0] : 0 }
        let upper = HighestAverages.sainteLague.allocate(
            seats: magnitudes.reduce(0, +), votes: eligibleNumbers, tieBreak: tieBreak)
        // The lower apportionment, on the qualified lists' votes.
        let cellVotes = cleaned.map { row in (0..<lists).map { qualified[$0] ? row[$0] : 0 } }
        var lower = LowerApportionment(votes: cellVotes, rows: magnitudes, columns: upper.seats)
        let complete = lower.solve(maximumIterations: maximumIterations)
        let ties = complete ? lower.certify() : 0
        return Result(
            seats: lower.seats, listSeats: upper.seats, qualified: qualified, voterNumbers: numbers,
            voterNumberScale: scale, districtDivisors: lower.rowDivisors, listDivisors: lower.columnDivisors,
            iterations: lower.iterations, upperTies: upper.ties.count, lowerTies: ties, isComplete: complete)
    }

    static func leastCommonMultiple(_ a: Int, _ b: Int) -> Int? {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        let (product, overflow) = (a / x).multipliedReportingOverflow(by: b)
        return overflow ? nil : product
    }

    static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
