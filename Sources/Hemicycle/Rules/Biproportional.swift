import Foundation

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

/// The lower apportionment of a biproportional rule: a matrix of whole seats whose rows and
/// columns add up to given margins, each cell the standard rounding of `votes / (row divisor ·
/// column divisor)`.
struct LowerApportionment {
    let votes: [[Int]]
    let rows: [Int]
    let columns: [Int]
    var seats: [[Int]]
    var rowDivisors: [Double]
    var columnDivisors: [Double]
    var iterations = 0

    init(votes: [[Int]], rows: [Int], columns: [Int]) {
        self.votes = votes
        self.rows = rows
        self.columns = columns
        seats = votes.map { Array(repeating: 0, count: $0.count) }
        rowDivisors = Array(repeating: 1, count: rows.count)
        columnDivisors = Array(repeating: 1, count: columns.count)
    }

    /// Alternating scaling: rows, then columns, until both margins hold; when that does not
    /// settle within `maximumIterations` steps (a tie makes it alternate for ever), the minimum-cost
    /// flow. Returns whether both margins hold; if not (no apportionment meets them), every
    /// district's seats are still right, and some list's are not.
    mutating func solve(maximumIterations: Int) -> Bool {
        if scale(maximumIterations: maximumIterations) { return true }
        if flow() { return true }
        rowStep()
        return false
    }

    /// Each district's seats among its lists, on votes / list divisor.
    private mutating func rowStep() {
        var weights = Array(repeating: 0.0, count: columns.count)
        var counts = Array(repeating: 0, count: columns.count)
        for i in 0..<rows.count {
            for j in 0..<columns.count { weights[j] = Double(votes[i][j]) / columnDivisors[j] }
            rowDivisors[i] = Self.divisorStep(weights: weights, count: columns.count, target: rows[i], into: &counts)
            for j in 0..<columns.count { seats[i][j] = counts[j] }
        }
    }

    /// Alternating scaling, the method of the cantons' software.
    private mutating func scale(maximumIterations: Int) -> Bool {
        let rowCount = rows.count
        let columnCount = columns.count
        var weights = Array(repeating: 0.0, count: rowCount)
        var counts = Array(repeating: 0, count: rowCount)
        while iterations < maximumIterations {
            iterations += 1
            rowStep()
            if marginsHold() { return true }
            // Each list's seats among the districts, on votes / district divisor.
            for j in 0..<columnCount {
                for i in 0..<rowCount { weights[i] = Double(votes[i][j]) / rowDivisors[i] }
                columnDivisors[j] = Self.divisorStep(weights: weights, count: rowCount, target: columns[j], into: &counts)
                for i in 0..<rowCount { seats[i][j] = counts[i] }
            }
            if marginsHold() { return true }
        }
        return false
    }

    /// Whether every district has its seats and every list its total.
    private func marginsHold() -> Bool {
        (0..<rows.count).allSatisfy { i in seats[i].reduce(0, +) == rows[i] }
            && (0..<columns.count).allSatisfy { j in (0..<rows.count).reduce(0) { $0 + seats[$1][j] } == columns[j] }
    }

    /// The apportionment as a minimum-cost flow (Gaffke & Pukelsheim 2008: the biproportional
    /// apportionment minimises Σ log(s(k) / v) over the seats k of every cell, s(k) = k − ½), by
    /// successive shortest paths, one seat at a time; the divisors are the final potentials.
    /// Zero-cost cycles (ties) are never followed, so it always ends. Returns whether every seat
    /// found a path (false: no apportionment meets both margins).
    private mutating func flow() -> Bool {
        let rowCount = rows.count
        let columnCount = columns.count
        for i in 0..<rowCount { for j in 0..<columnCount { seats[i][j] = 0 } }
        var rowLeft = rows
        var columnLeft = columns
        let nodes = rowCount + columnCount
        var distance = Array(repeating: 0.0, count: nodes)
        var previous = Array(repeating: -1, count: nodes)
        var inQueue = Array(repeating: false, count: nodes)
        let epsilon = 1e-12
        let total = rows.reduce(0, +)
        for _ in 0..<total {
            iterations += 1
            // Shortest paths from every row with seats left (a virtual source), Bellman-Ford in
            // queue order: row → column adds a seat to a cell, column → row takes one back.
            var queue: [Int] = []
            for node in 0..<nodes {
                distance[node] = .infinity
                previous[node] = -1
                inQueue[node] = false
            }
            for i in 0..<rowCount where rowLeft[i] > 0 {
                distance[i] = 0
                queue.append(i)
                inQueue[i] = true
            }
            var head = 0
            var relaxations = 0
            while head < queue.count && relaxations < 64 * nodes * nodes {
                let node = queue[head]
                head += 1
                inQueue[node] = false
                relaxations += 1
                if node < rowCount {
                    let i = node
                    for j in 0..<columnCount where votes[i][j] > 0 && columns[j] > 0 {
                        let cost = Self.logCost(seats: seats[i][j] + 1, votes: votes[i][j])
                        let candidate = distance[i] + cost
                        if candidate < distance[rowCount + j] - epsilon {
                            distance[rowCount + j] = candidate
                            previous[rowCount + j] = i
                            if !inQueue[rowCount + j] {
                                inQueue[rowCount + j] = true
                                queue.append(rowCount + j)
                            }
                        }
                    }
                } else {
                    let j = node - rowCount
                    for i in 0..<rowCount where seats[i][j] > 0 {
                        let candidate = distance[node] - Self.logCost(seats: seats[i][j], votes: votes[i][j])
                        if candidate < distance[i] - epsilon {
                            distance[i] = candidate
                            previous[i] = node
                            if !inQueue[i] {
                                inQueue[i] = true
                                queue.append(i)
                            }
                        }
                    }
                }
            }
            // The cheapest column that still needs seats.
            var target = -1
            for j in 0..<columnCount where columnLeft[j] > 0 && distance[rowCount + j].isFinite {
                if target < 0 || distance[rowCount + j] < distance[rowCount + target] { target = j }
            }
            guard target >= 0 else { return false }
            // Augment one seat along the path back to a row with seats left.
            var node = rowCount + target
            var steps = 0
            while steps <= nodes {
                steps += 1
                let from = previous[node]
                if node >= rowCount {
                    seats[from][node - rowCount] += 1
                } else {
                    seats[node][from - rowCount] -= 1
                }
                node = from
                if node < rowCount && previous[node] < 0 { break }
            }
            // A broken chain of predecessors (only if the relaxation cap cut the search short).
            guard node < rowCount, previous[node] < 0 else { return false }
            rowLeft[node] -= 1
            columnLeft[target] -= 1
        }
        potentials()
        return true
    }

    /// Divisors from the potentials of the final flow: shortest distances in the residual graph
    /// from a virtual node joined to every node at no cost.
    private mutating func potentials() {
        let rowCount = rows.count
        let columnCount = columns.count
        var distance = Array(repeating: 0.0, count: rowCount + columnCount)
        for _ in 0..<(rowCount + columnCount) {
            var changed = false
            for i in 0..<rowCount {
                for j in 0..<columnCount where votes[i][j] > 0 && columns[j] > 0 {
                    let forward = distance[i] + Self.logCost(seats: seats[i][j] + 1, votes: votes[i][j])
                    if forward < distance[rowCount + j] - 1e-12 {
                        distance[rowCount + j] = forward
                        changed = true
                    }
                    if seats[i][j] > 0 {
                        let backward = distance[rowCount + j] - Self.logCost(seats: seats[i][j], votes: votes[i][j])
                        if backward < distance[i] - 1e-12 {
                            distance[i] = backward
                            changed = true
                        }
                    }
                }
            }
            if !changed { break }
        }
        // v / (d_i · p_j) = v · e^(π_j − π_i): d_i = e^(π_i), p_j = e^(−π_j).
        for i in 0..<rowCount { rowDivisors[i] = Foundation.exp(distance[i]) }
        for j in 0..<columnCount { columnDivisors[j] = Foundation.exp(-distance[rowCount + j]) }
    }

    /// The cost of a cell's `seats`-th seat: log((seats − ½) / votes).
    static func logCost(seats: Int, votes: Int) -> Double {
        Foundation.log((Double(seats) - 0.5) / Double(votes))
    }

    /// A one-dimensional Sainte-Laguë apportionment of `target` seats by `weights`: the seats in
    /// `counts`, and a divisor in the middle of the interval that gives them.
    static func divisorStep(weights: [Double], count: Int, target: Int, into counts: inout [Int]) -> Double {
        var total = 0.0
        var largest = 0.0
        for index in 0..<count {
            total += weights[index]
            largest = Swift.max(largest, weights[index])
        }
        guard target > 0, total > 0, total.isFinite else {
            for index in 0..<count { counts[index] = 0 }
            return 2 * largest + 1
        }
        let estimate = total / Double(target)
        var given = 0
        for index in 0..<count {
            let rounded = (weights[index] / estimate + 0.5).rounded(.down)
            counts[index] = rounded.isFinite && rounded >= 0 ? Int(Swift.min(rounded, Double(target))) : 0
            given += counts[index]
        }
        // Step to the target by the next quotient w / (s + ½) up, or the last w / (s − ½) down.
        while given < target {
            var best = -1
            var bestQuotient = -1.0
            for index in 0..<count where weights[index] > 0 {
                let quotient = weights[index] / (Double(counts[index]) + 0.5)
                if quotient > bestQuotient {
                    bestQuotient = quotient
                    best = index
                }
            }
            counts[best] += 1
            given += 1
        }
        while given > target {
            var worst = -1
            var worstQuotient = Double.infinity
            for index in 0..<count where counts[index] > 0 {
                let quotient = weights[index] / (Double(counts[index]) - 0.5)
                if quotient < worstQuotient {
                    worstQuotient = quotient
                    worst = index
                }
            }
            counts[worst] -= 1
            given -= 1
        }
        // The divisors that give these seats lie between the largest quotient not awarded and
        // the smallest awarded.
        var low = 0.0
        var high = Double.infinity
        for index in 0..<count where weights[index] > 0 {
            low = Swift.max(low, weights[index] / (Double(counts[index]) + 0.5))
            if counts[index] > 0 { high = Swift.min(high, weights[index] / (Double(counts[index]) - 0.5)) }
        }
        return high.isFinite ? (low + high) / 2 : 2 * low + 1
    }

    /// Checks every cell exactly against its divisors: `(2s − 1) · d · p ≤ 2v ≤ (2s + 1) · d · p`
    /// on the divisors' exact binary values. Returns the cells on a boundary (ties); a cell
    /// outside its interval (which the search's margins make impossible in practice) counts as
    /// a tie too, since its seat is not certified.
    func certify() -> Int {
        var ties = 0
        for i in 0..<rows.count {
            for j in 0..<columns.count where votes[i][j] > 0 || seats[i][j] > 0 {
                let product = ExactBinary(rowDivisors[i]).times(ExactBinary(columnDivisors[j]))
                let twiceVotes = ExactBinary(UInt128(votes[i][j]) * 2)
                let upper = product.times(UInt128(2 * seats[i][j] + 1))
                if twiceVotes.compare(upper) != .less { ties += 1; continue }
                if seats[i][j] > 0 {
                    let lower = product.times(UInt128(2 * seats[i][j] - 1))
                    if twiceVotes.compare(lower) != .greater { ties += 1 }
                }
            }
        }
        return ties
    }
}

/// A non-negative binary number `mantissa · 2^exponent`, exact, for the certificate.
struct ExactBinary {
    var mantissa: UInt128
    var exponent: Int

    enum Order { case less, equal, greater }

    init(_ value: UInt128) {
        mantissa = value
        exponent = 0
    }

    /// The exact value of a finite, non-negative double.
    init(_ value: Double) {
        guard value.isFinite, value > 0 else {
            mantissa = 0
            exponent = 0
            return
        }
        mantissa = UInt128(value.significandBitPattern | (value.isNormal ? 1 << 52 : 0))
        exponent = Int(value.exponent) - 52
    }

    /// The product; mantissas of at most 64 bits each keep it exact.
    func times(_ other: ExactBinary) -> ExactBinary {
        var result = ExactBinary(mantissa * other.mantissa)
        result.exponent = exponent + other.exponent
        return result
    }

    /// The product by a whole number below 2²⁰ (the mantissa stays below 2¹²⁶).
    func times(_ factor: UInt128) -> ExactBinary {
        var result = ExactBinary(mantissa * factor)
        result.exponent = exponent
        return result
    }

    func compare(_ other: ExactBinary) -> Order {
        if mantissa == 0 || other.mantissa == 0 {
            return mantissa == other.mantissa ? .equal : (mantissa == 0 ? .less : .greater)
        }
        // Compare the positions of the leading bits first, then the aligned mantissas.
        let top = exponent + (128 - mantissa.leadingZeroBitCount)
        let otherTop = other.exponent + (128 - other.mantissa.leadingZeroBitCount)
        if top != otherTop { return top < otherTop ? .less : .greater }
        let shift = exponent - other.exponent
        let (left, right) = shift >= 0 ? (mantissa << shift, other.mantissa) : (mantissa, other.mantissa << -shift)
        return left == right ? .equal : (left < right ? .less : .greater)
    }
}
