/// Collects validation problems with their JSON paths while a scenario is checked.
struct ValidationContext {
    private(set) var problems: [ScenarioError.Problem] = []
    /// Source references met on the way, checked against `sources` at the end.
    private(set) var references: [(path: String, key: String)] = []

    /// The largest number of registered voters a constituency may have: far above any real
    /// electorate, far below what could overflow the engine's full-width products.
    static let maximumRegistered = 4_000_000_000
    /// The most seats one constituency may elect.
    static let maximumSeats = 10_000
    /// The largest assembly: a million seats (a million single-member constituencies).
    static let maximumAssembly = 1_000_000
    /// The most lists × (assembly size + 1): a simulation keeps, per worker, one count for each
    /// list and number of seats it may win, so 2²⁶ of them (512 MiB) at most. 10,000 lists
    /// leave room for an assembly of 6,709 seats; a million seats for 67 lists.
    static let maximumSeatCountCells = 1 << 26
    /// How far shares may sum from one, for decimals typed by hand.
    static let shareTolerance = 1e-6

    mutating func fail(_ code: ScenarioError.Code, _ path: String, _ message: String) {
        problems.append(.init(code: code, path: path, message: message))
    }

    mutating func absorb(_ other: [ScenarioError.Problem]) {
        problems.append(contentsOf: other)
    }

    /// The value, or a `missing-field` problem.
    mutating func require<T>(_ value: T?, _ path: String, _ field: String) -> T? {
        if value == nil { fail(.missingField, JSONPath.join(path, field), "missing required field '\(field)'") }
        return value
    }

    /// The value if within `range`, else an `out-of-range` problem.
    mutating func check(_ value: Int?, in range: ClosedRange<Int>, _ path: String, _ what: String) -> Int? {
        guard let value else { return nil }
        guard range.contains(value) else {
            fail(.outOfRange, path, "\(what) must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
            return nil
        }
        return value
    }

    /// The value if a finite number in `range`, else an `out-of-range` problem.
    mutating func check(_ value: Double?, in range: ClosedRange<Double>, _ path: String, _ what: String) -> Double? {
        guard let value else { return nil }
        guard value.isFinite, range.contains(value) else {
            fail(.outOfRange, path, "\(what) must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
            return nil
        }
        return value
    }

    /// Checks that shares sum to one.
    mutating func checkSum(_ values: [Double], _ path: String, _ what: String) {
        if let sum = Self.sumOffOne(values) { fail(.sharesDoNotSumToOne, path, "\(what) sum to \(sum), not 1") }
    }

    /// The sum of `values` (shares in [0, 1]) as a decimal, when it is more than the tolerance
    /// (10⁻⁶, as Scenarios/README.md states) away from 1; `nil` when it is within.
    ///
    /// Exact: each share is taken to the nearest 10⁻¹², where a decimal of up to twelve places,
    /// as files write them, is exactly what was written, and the whole numbers are added, so that
    /// shares a file writes as summing to 1 + 10⁻⁶ are accepted, as stated, whatever binary
    /// floating point makes of them.
    static func sumOffOne(_ values: [Double]) -> String? {
        let unit = 1_000_000_000_000.0
        var sum = 0
        for value in values { sum += Int((min(max(value, 0), 1) * unit).rounded()) }
        let one = Int(unit)
        guard abs(sum - one) > Int(shareTolerance * unit) else { return nil }
        var fraction = String(sum % one)
        fraction = String(repeating: "0", count: 12 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(sum / one)" + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Records the sources a provenance block cites, to check once `sources` is known.
    mutating func note(_ provenance: ProvenanceSpec?, _ path: String) -> Provenance {
        guard let provenance else { return .none }
        let here = JSONPath.join(path, "provenance")
        for key in provenance.block { references.append((here, key)) }
        for (field, keys) in provenance.fields.sorted(by: { $0.key < $1.key }) {
            for key in keys { references.append((JSONPath.join(here, field), key)) }
        }
        return Provenance(block: provenance.block, fields: provenance.fields)
    }

    /// Reports every identifier in `ids` that occurs twice.
    mutating func checkUnique(_ ids: [(path: String, id: String)], _ what: String) {
        var seen: [String: String] = [:]
        for (path, id) in ids {
            if let first = seen[id] {
                fail(.duplicateIdentifier, path, "duplicate \(what) id '\(id)' (first declared at \(first))")
            } else {
                seen[id] = path
            }
        }
    }
}

/// Whether `text` is a colour Hemicycle can draw: `#rgb` or `#rrggbb`.
func isHexColour(_ text: String) -> Bool {
    guard text.first == "#" else { return false }
    let digits = text.dropFirst()
    return (digits.count == 3 || digits.count == 6) && digits.allSatisfy(\.isHexDigit)
}
