/// The transfer rows a simulated run draws whole from their Dirichlets
/// (``Uncertainty/transferConcentration``), laid out once for every run: each row's
/// concentrations and where each drawn share goes.
///
/// A list's row is `(a, p₁ … p_k)`: its abstention, then its stated preferences in the
/// table's order, rescaled to fill `1 − a` (a share for a bloc is one for each of its lists, so
/// they may sum to more); a list without preferences has `(a, 1 − a)`, whose second share is
/// not stored. The non-voters' row comes last, its preferences in list order. A component that
/// is 0 is left out (it stays 0), and a row of one component is not drawn.
struct DirichletRows: Sendable {
    /// One row: the list whose row it is (`nil`: the non-voters'), whether its first component
    /// is the abstention, and its components at `start..<start + count`.
    struct Row: Sendable {
        var list: Int?
        var abstains: Bool
        var start: Int
        var count: Int
    }

    /// Marks a component that has nowhere to go (the `1 − a` of a list without preferences).
    static let nowhere = -1

    var rows: [Row] = []
    /// Each component's concentration κ·share.
    var concentrations: [Double] = []
    /// Where each component's draw goes: a preference's slot among the evaluator's weighted
    /// preferences (a list's row), or a list (the non-voters' row); ``nowhere`` for the rest.
    /// The abstention (first component, when `abstains`) goes to the row's own place.
    var destinations: [Int] = []

    /// The longest row.
    var longest: Int { rows.map(\.count).max() ?? 0 }

    /// The rows of `election` at concentration `kappa`, the preferences read from `table`.
    init(election: Election, table: ContestTable, concentration kappa: Double) {
        guard kappa > 0 else { return }
        for list in 0..<election.lists.count {
            let abstention = election.transfers.abstention[list]
            let start = table.preferenceRows[list]
            let end = table.preferenceRows[list + 1]
            var stated = 0.0
            for index in start..<end { stated += table.preferences[index] }
            var components: [(Double, Int)] = []
            if abstention > 0 { components.append((kappa * abstention, Self.nowhere)) }
            if end > start {
                let scale = stated > 0 ? (1 - abstention) / stated : 0
                for index in start..<end where table.preferences[index] * scale > 0 {
                    components.append((kappa * table.preferences[index] * scale, table.preferenceSlots[index]))
                }
            } else if abstention < 1 {
                components.append((kappa * (1 - abstention), Self.nowhere))
            }
            append(list: list, abstains: abstention > 0, components)
        }
        guard let row = election.transfers.nonVoters else { return }
        let targets = row.preferences.keys.sorted()
        var components: [(Double, Int)] = []
        if row.abstention > 0 { components.append((kappa * row.abstention, Self.nowhere)) }
        var stated = 0.0
        for list in targets { stated += row.preferences[list] ?? 0 }
        let scale = stated > 0 ? (1 - row.abstention) / stated : 0
        for list in targets { components.append((kappa * (row.preferences[list] ?? 0) * scale, list)) }
        append(list: nil, abstains: row.abstention > 0, components)
    }

    private mutating func append(list: Int?, abstains: Bool, _ components: [(Double, Int)]) {
        guard components.count > 1 else { return }
        rows.append(Row(list: list, abstains: abstains, start: concentrations.count, count: components.count))
        concentrations += components.map(\.0)
        destinations += components.map(\.1)
    }
}
