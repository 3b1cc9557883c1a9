import Hemicycle

/// The random-number floor of a France 2024 run (`fr-2024-withdrawal-rules.json`): the normals
/// and exps ``DrawCount`` counts from its noise, plus what Mali's floor does not know: every
/// transfer row drawn whole from its Dirichlet (one gamma variate per component, the rows read
/// from the simulator itself) and the run's withdrawal key (one
/// word; each entry's uniform is then a SplitMix64 mix of it, arithmetic, not counted).
enum FranceFloor {
    static let name = "floor/fr-2024-withdrawal-rules"

    static func workload(directory: String?, quick: Bool) -> Workload? {
        guard let directory else { return nil }
        let election = FranceBenchmark.load(directory + "/" + FranceBenchmark.file)
        let uncertainty = election.uncertainty ?? .defaults
        let count = DrawCount(
            election: election, uncertainty: uncertainty,
            meanRunoffs: RandomFloor.meanRunoffs(election, runs: quick ? 50 : 500))
        // The rows as the simulator lays them out (`ElectionSimulator.transferRowConcentrations`).
        let rows = ElectionSimulator(election: election).transferRowConcentrations
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
