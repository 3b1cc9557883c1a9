/// What a simulated comparison counted: each rule's seats per list, and each list's seat
/// difference from the first rule, run by run (common random numbers: every rule saw the same
/// simulated votes in each run).
///
/// Integer counters only, so tallies of workers add up exactly and memory does not grow with
/// the number of runs.
public struct ComparisonTally: Sendable, Hashable {
    /// Rules compared.
    public let ruleCount: Int
    /// Lists.
    public let listCount: Int
    /// The largest seat count counted (larger values go to the last bin).
    public let maximumSeats: Int
    /// Runs counted.
    public internal(set) var runs = 0
    /// `seats[(rule * listCount + list) * (maximumSeats + 1) + s]`: runs in which `list` won `s` seats under `rule`.
    public internal(set) var seats: [Int]
    /// `differences[((rule − 1) * listCount + list) * (2 * maximumSeats + 1) + d + maximumSeats]`:
    /// runs in which `list` won `d` more seats under `rule` than under the first rule.
    public internal(set) var differences: [Int]
    /// Runs in which each list had the most seats under each rule (ties count for each).
    public internal(set) var largest: [Int]
    /// This run's seats, rule by rule, until ``finishRun()``.
    private var current: [Int]

    /// An empty tally.
    public init(rules: Int, lists: Int, maximumSeats: Int) {
        ruleCount = rules
        listCount = lists
        self.maximumSeats = maximumSeats
        seats = Array(repeating: 0, count: rules * lists * (maximumSeats + 1))
        differences = Array(repeating: 0, count: max(0, rules - 1) * lists * (2 * maximumSeats + 1))
        largest = Array(repeating: 0, count: rules * lists)
        current = Array(repeating: 0, count: rules * lists)
    }

    /// Records `rule`'s seats per list in the current run.
    mutating func record<Seats: RandomAccessCollection<Int>>(rule: Int, seats values: Seats) where Seats.Index == Int {
        for list in 0..<listCount { current[rule * listCount + list] = min(max(0, values[list]), maximumSeats) }
    }

    /// Counts the current run.
    mutating func finishRun() {
        runs += 1
        let width = maximumSeats + 1
        let span = 2 * maximumSeats + 1
        for rule in 0..<ruleCount {
            var most = 0
            for list in 0..<listCount { most = max(most, current[rule * listCount + list]) }
            for list in 0..<listCount {
                let value = current[rule * listCount + list]
                seats[(rule * listCount + list) * width + value] += 1
                if value == most && most > 0 { largest[rule * listCount + list] += 1 }
                if rule > 0 {
                    let difference = value - current[list]
                    differences[((rule - 1) * listCount + list) * span + difference + maximumSeats] += 1
                }
            }
        }
    }

    /// Adds another tally of the same shape.
    public mutating func merge(_ other: ComparisonTally) {
        precondition(ruleCount == other.ruleCount && listCount == other.listCount && maximumSeats == other.maximumSeats)
        runs += other.runs
        for index in seats.indices { seats[index] += other.seats[index] }
        for index in differences.indices { differences[index] += other.differences[index] }
        for index in largest.indices { largest[index] += other.largest[index] }
    }

    /// Runs by seats of `list` under `rule`.
    public func histogram(rule: Int, list: Int) -> [Int] {
        let width = maximumSeats + 1
        let start = (rule * listCount + list) * width
        return Array(seats[start..<(start + width)])
    }

    /// Runs by seat difference of `list` between `rule` (≥ 1) and the first rule, indexed from −maximumSeats.
    public func differenceHistogram(rule: Int, list: Int) -> [Int] {
        let span = 2 * maximumSeats + 1
        let start = ((rule - 1) * listCount + list) * span
        return Array(differences[start..<(start + span)])
    }
}
