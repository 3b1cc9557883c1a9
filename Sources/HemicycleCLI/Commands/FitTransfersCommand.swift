import Hemicycle

/// `hemicycle fit-transfers SCENARIO`: the transfer table a scenario's counted run-offs imply.
enum FitTransfersCommand {
    static let spec = CommandSpec(
        name: "fit-transfers",
        summary: "Estimate the transfers between the rounds from a scenario with both rounds counted, with intervals.",
        usage: "SCENARIO [--by bloc|list] [--bootstrap N] [--level P] [--seed N] [--threads N] [--no-check] [--format table|json|csv] [--output FILE]",
        options: [
            OptionSpec(
                name: "--by", short: nil, value: "bloc|list",
                help: "Rows and columns by the scenario's blocs (the default when it has some) or by list."),
            OptionSpec(name: "--bootstrap", short: nil, value: "N", help: "Resamples of the run-offs for the intervals (default 200; 0: none)."),
            OptionSpec(name: "--level", short: nil, value: "P", help: "The intervals' level (default 90%)."),
            OptionSpec(name: "--seed", short: "-s", value: "N", help: "The resampling's seed (default 1)."),
            OptionSpec(name: "--threads", short: "-j", value: "N", help: "Worker threads for the resamples (default: all cores)."),
            OptionSpec(name: "--no-check", short: nil, value: nil, help: "Skip the check: round 2 modelled with the table, against the real one."),
            OutputFormat.option,
            outputOption,
        ],
        positionals: 1...1,
        discussion: """
            Reads every constituency whose two rounds are both counted (round1.votes and
            round2.votes) and estimates what the round-1 voters of each group out of the run-off
            (eliminated or withdrawn), and round 1's non-voters, did in it: the share who
            abstained (cast no valid vote for a candidate) and the shares who voted for each
            group that stood. The model is the engine's: a group that stands keeps its round-1
            voters; a row is renormalised over the groups that stand, its abstention held. The
            fit is least squares on shares of the registered, each run-off weighted by its
            registered, every row kept on the simplex (shares in [0, 1] summing to one).
            Intervals are percentiles of refits on run-offs resampled with replacement; the same
            seed gives the same bytes on any number of threads.

            The check models round 2 from round 1 with the estimated table and the real
            withdrawals (as --model-round2 does), and counts the real run-off winners it gets
            right and the seats of each group. The table ends with the 'transfers' block to
            paste into a scenario; --format json gives it as the member 'transfers'.

            Examples:
              hemicycle fit-transfers Scenarios/validation/fr-assemblee-2024.json
              hemicycle fit-transfers Scenarios/validation/fr-assemblee-2017.json --by list --format csv
            """)

    static func execute(_ arguments: Arguments) throws(CLIError) {
        let format = try OutputFormat.parse(arguments)
        let bootstrap = try arguments.integer("--bootstrap", default: 200, in: 0...100_000)
        let seed = try SimulationOptions.parseSeed(arguments.value("--seed"))
        let threads = try arguments.integer("--threads", default: SimulationOptions.defaultThreads, in: 1...1024)
        var level = 0.9
        if let text = arguments.value("--level") {
            guard let percent = UserText.percent(text), percent > 0, percent < 100 else {
                throw .usage("--level must be a percentage above 0% and below 100% (as 90%), not '\(text)'")
            }
            level = percent / 100
        }
        let scenario = try loadScenario(arguments)
        let path = scenario.source
        var grouping: TransferObservations.Grouping = scenario.election.blocs.isEmpty ? .list : .bloc
        if let text = arguments.value("--by") {
            guard let chosen = TransferObservations.Grouping(rawValue: text) else {
                throw .usage("--by must be bloc or list, not '\(text)'")
            }
            grouping = chosen
        }
        let observations: TransferObservations
        do {
            observations = try TransferObservations(election: scenario.election, grouping: grouping)
        } catch {
            let member = grouping == .bloc && scenario.election.blocs.isEmpty ? "blocs" : "constituencies"
            throw .scenario(ScenarioError(file: path, problems: [.init(code: .missingField, path: member, message: error.message)]))
        }
        let estimate = TransferFit.estimate(observations, bootstrap: bootstrap, level: level, seed: seed, threads: threads)
        var check: TransferCheck?
        if !arguments.has("--no-check") {
            check = try Self.check(estimate, scenario: scenario)
        }
        let text: String
        switch format {
        case .table: text = estimate.table(check: check)
        case .json: text = estimate.json(check: check).prettyPrinted()
        case .csv: text = estimate.csv()
        }
        try Output.deliver(text, to: arguments.value("--output"))
    }

    /// Round 2 modelled with the estimate pasted in, against the real one: the scenario loaded
    /// again with `--set transfers=…` and `--model-round2`, as a user would run it.
    static func check(_ estimate: TransferEstimate, scenario: LoadedScenario) throws(CLIError) -> TransferCheck {
        let path = scenario.source
        do {
            let (modelled, _) = try ScenarioLoader.loadAdjusted(
                path: path, adjustments: [.set(path: "transfers", value: estimate.transfersBlock()), .modelRound2])
            let real = scenario.election.run()
            return TransferCheck(
                real: real, modelled: modelled.run(), groups: estimate.observations.groups,
                lists: scenario.election.lists.map(\.id))
        } catch {
            switch error {
            case .scenario(let problem): throw .scenario(problem)
            case .option(let option, let problem): throw .failure("the check (\(option)): \(problem.message)")
            }
        }
    }
}
