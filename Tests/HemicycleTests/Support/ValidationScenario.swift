import Hemicycle

/// The scenarios of `Scenarios/validation/`, generated from the official results in
/// `Fixtures/elections/` by `Scenarios/tools/validation.py`.
enum ValidationScenario {
    /// Loads `Scenarios/validation/<id>.json` through the scenario loader, as `hemicycle run` does.
    static func load(_ id: String) throws -> Election {
        try TestScenario.shipped("validation/\(id).json")
    }

    /// The seats each list holds in a constituency, lists without seats left out (official tables
    /// list winners only).
    static func seats(_ row: ConstituencyResult, leveling: Bool? = nil) -> [String: Int] {
        var table: [String: Int] = [:]
        for entry in row.entries {
            let count: Int
            switch leveling {
            case nil: count = entry.seats
            case true?: count = entry.levelingSeats
            case false?: count = entry.seats - entry.levelingSeats
            }
            if count != 0 { table[entry.list, default: 0] += count }
        }
        return table
    }

    /// Seats per list nationally, lists without seats left out.
    static func seats(_ result: ElectionResult) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: result.lists.filter { $0.seats > 0 }.map { ($0.id, $0.seats) })
    }
}
