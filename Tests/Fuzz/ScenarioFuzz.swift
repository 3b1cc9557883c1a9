// libFuzzer target: arbitrary bytes as a scenario file. Built by Scripts/fuzz.sh together with
// the library's sources (so it sees internal API), with -sanitize=fuzzer,address.
//
// Whatever the bytes, loading must either fail with a ScenarioError or give an Election that
// runs (deterministically, and a few simulated elections) without trapping, and whose results
// keep the engine's invariants.

@_cdecl("LLVMFuzzerTestOneInput")
public func scenarioFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let election = try? ScenarioLoader.load(bytes: bytes, name: "fuzz.json") else { return 0 }
    let result = election.run()
    FuzzChecks.check(result, election)
    // A few simulated elections with noise, and a comparison of every rule family.
    let plan = MonteCarlo(election: election, runs: 3, seed: UInt64(size))
    let simulator = plan.makeSimulator()
    var tally = simulator.makeTally()
    var rng = SeedDerivation.stream(seed: 1, index: 0)
    for _ in 0..<3 { simulator.simulate(using: &rng, into: &tally) }
    FuzzChecks.require(tally.runs == 3, "three runs counted")
    if let choices = try? RuleChoice.parseList("trs-list,dhondt,hare:national:threshold=5", for: election) {
        let comparison = RuleComparison(election: election, choices: choices)
        for result in comparison.results { FuzzChecks.check(result, election) }
    }
    return 0
}
