import Foundation

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
