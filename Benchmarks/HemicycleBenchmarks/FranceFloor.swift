import Hemicycle

/// The random-number floor of a France 2024 run (`fr-2024-withdrawal-rules.json`): the normals
/// and exps ``DrawCount`` counts from its noise, plus what Mali's floor does not know: every
/// transfer row drawn whole from its Dirichlet (one gamma variate per component, as
/// `ElectionSimulator.drawTransferRows` lays the rows out) and the run's withdrawal key (one
/// word; each entry's uniform is then a SplitMix64 mix of it, arithmetic, not counted).
enum FranceFloor {
    static let name = "floor/fr-2024-withdrawal-rules"

    /// The concentrations of each transfer row a run draws, as the simulator builds them: a
    /// list with preferences draws its abstention and its shares rescaled to fill 1 − a; one
    /// without, its abstention against the rest; the non-voters' row likewise.
    static func rows(_ election: Election, concentration kappa: Double) -> [[Double]] {
        var rows: [[Double]] = []
        let table = election.transfers
        func row(abstention: Double, preferences: [Double]) -> [Double] {
            var components: [Double] = abstention > 0 ? [kappa * abstention] : []
            let stated = preferences.reduce(0, +)
            if preferences.isEmpty {
                if abstention < 1 { components.append(kappa * (1 - abstention)) }
            } else if stated > 0 {
                components += preferences.map { kappa * $0 * (1 - abstention) / stated }.filter { $0 > 0 }
            }
            return components
        }
        for list in 0..<election.lists.count {
            let preferences = table.preferences[list].sorted { $0.key < $1.key }.map(\.value).filter { $0 > 0 }
            let components = row(abstention: table.abstention[list], preferences: preferences)
            if components.count > 1 { rows.append(components) }
        }
        if let nonVoters = table.nonVoters {
            let components = row(
                abstention: nonVoters.abstention, preferences: nonVoters.preferences.sorted { $0.key < $1.key }.map(\.value))
            if components.count > 1 { rows.append(components) }
        }
        return rows
    }

    static func workload(directory: String?, quick: Bool) -> Workload? {
        guard let directory else { return nil }
        let election = FranceBenchmark.load(directory + "/" + FranceBenchmark.file)
        let uncertainty = election.uncertainty ?? .defaults
        let count = DrawCount(
            election: election, uncertainty: uncertainty,
            meanRunoffs: RandomFloor.meanRunoffs(election, runs: quick ? 50 : 500))
        let rows = rows(election, concentration: uncertainty.transferConcentration ?? 0)
        let gammas = rows.reduce(0) { $0 + $1.count }
        let runs = quick ? 100 : 1_000
        var workload = RandomFloor.floor(count, runs: runs) { rng, shares in
            for row in rows {
                DirichletDistribution.sample(concentrations: row, into: &shares, using: &rng)
            }
            _ = rng.next()  // the withdrawal key
        }
        workload.note = count.summary + " + \(gammas) gamma (\(rows.count) Dirichlet rows) + 1 word"
        workload.details = count.parts.map { part in
            Report.pad(part.label, 46) + Report.padLeft(DrawCount.format(part.normals), 7) + " normals"
                + Report.padLeft(DrawCount.format(part.exps), 7) + " exp"
        } + ["Dirichlet transfer rows: \(rows.count), \(gammas) gamma variates"]
        return workload
    }
}
