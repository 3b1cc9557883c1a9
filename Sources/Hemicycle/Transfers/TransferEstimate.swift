/// A transfer table estimated by ``TransferFit``: each row's shares to the groups and to
/// abstention, with bootstrap intervals, and what the fit left unidentified.
public struct TransferEstimate: Sendable {
    /// What was fitted.
    public let observations: TransferObservations
    /// The shares, row `r` (groups, then non-voters), column `c` (groups, then abstention) at
    /// `r * columns + c`; each row sums to one.
    public let shares: [Double]
    /// The intervals' bounds, parallel to ``shares`` (empty without a bootstrap).
    public let lower: [Double]
    public let upper: [Double]
    /// Whether some run-off informs each cell.
    public let identified: [Bool]
    /// Each row's round-1 votes out of a run-off, over every run-off read.
    public let rowSupport: [Double]
    /// The root of the weighted mean squared residual, as a share of the registered.
    public let residual: Double
    /// The descent steps of the fit.
    public let steps: Int
    /// The bootstrap resamples, the intervals' level, and the seed they were drawn from.
    public let bootstrap: Int
    public let level: Double
    public let seed: UInt64

    /// Rows and columns: one per group, and one more (non-voters; abstention).
    public var columns: Int { observations.groups.count + 1 }

    /// The share of row `row` to column `column`.
    public func share(_ row: Int, _ column: Int) -> Double { shares[row * columns + column] }

    /// The rows with any support: the groups out of some run-off, then the non-voters.
    public var estimatedRows: [Int] {
        (0..<columns).filter { rowSupport[$0] > 0 }
    }

    /// A row's id in a `transfers` block (`nil` for the non-voters, who are `nonVoters`).
    public func rowID(_ row: Int) -> String? {
        row < observations.groups.count ? observations.groups[row].id : nil
    }

    /// The `transfers` block of a scenario, ready to paste: a row for each group out of some
    /// run-off, and `nonVoters`. Shares are rounded to four decimals, abstention taking up the
    /// rounding, so each row still sums to one exactly; shares that round to zero are left out.
    public func transfersBlock(provenance: JSONValue? = nil) -> JSONValue {
        var from: [(String, JSONValue)] = []
        var nonVoters: JSONValue?
        for row in estimatedRows {
            let value = rowBlock(row)
            if let id = rowID(row) { from.append((id, value)) } else { nonVoters = value }
        }
        var members: [(String, JSONValue)] = [("from", .object(from))]
        if let nonVoters { members.append(("nonVoters", nonVoters)) }
        if let provenance { members.append(("provenance", provenance)) }
        return .object(members)
    }

    /// One row as `{"abstain": …, "to": {…}}`, in units of 1e-4 so that it sums to one.
    private func rowBlock(_ row: Int) -> JSONValue {
        let unit = 10_000
        let groups = observations.groups.count
        var units = (0..<groups).map { Int((share(row, $0) * Double(unit)).rounded()) }
        var abstain = unit - units.reduce(0, +)
        if abstain < 0, let largest = units.indices.max(by: { units[$0] < units[$1] }) {
            units[largest] += abstain
            abstain = 0
        }
        let to = (0..<groups).filter { units[$0] > 0 }.map {
            (observations.groups[$0].id, JSONValue.number(Double(units[$0]) / Double(unit)))
        }
        return .object([("abstain", .number(Double(abstain) / Double(unit))), ("to", .object(to))])
    }
}
