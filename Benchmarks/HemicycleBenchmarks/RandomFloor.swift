import Hemicycle

/// The random variates and `FastMath` calls one simulated election makes, counted from the
/// scenario and its `Uncertainty` exactly as `ElectionSimulator` draws them (nothing in the
/// library is instrumented):
///
/// - `drawNoise`, every normal of the run at its start (`NoiseLayout`): one per list with a
///   national swing and per (region, list) pair on a ballot or boycotting there (when shares
///   are perturbed); one per round with a national turnout shock; one per boycott, per list
///   (run-off abstention) and per stated transfer preference; one per entry and boycotter
///   (constituency noise); one per contest and round with constituency turnout noise (drawn
///   for round 2 whether or not the contest goes to a run-off);
/// - `drawNational`: an `exp` (logit shift) per boycott and per list with run-off abstention
///   noise; an `exp` per stated transfer preference;
/// - `perturbLines`: an `exp` per entry and boycotter of every contest;
/// - `shiftTurnouts`: an `exp` per contest and round with turnout noise (the logit shift's
///   factor; round 2's is applied to the run-off's turnout when there is one).
///
/// A logit shift needs no `log`: `logistic(logit(p) + s) = p / (p + (1 − p)·e^−s)`.
///
/// Every count is the same on every run: nothing here depends on how many contests go to a run-off.
/// Voter sampling (binomial and multinomial draws) is not counted; Mali's defaults do not sample.
struct DrawCount {
    var normals = 0.0
    var exps = 0.0
    var logs = 0.0
    var meanRunoffs = 0.0
    var parts: [(label: String, normals: Double, exps: Double, logs: Double)] = []

    mutating func add(_ label: String, normals: Double = 0, exps: Double = 0, logs: Double = 0) {
        guard normals + exps + logs > 0 else { return }
        self.normals += normals
        self.exps += exps
        self.logs += logs
        parts.append((label, normals, exps, logs))
    }

    init(election: Election, uncertainty: Uncertainty, meanRunoffs: Double) {
        self.meanRunoffs = meanRunoffs
        let u = uncertainty
        let lists = election.lists.count
        let contests = election.constituencies.filter(\.isContested)
        let perturbs = u.perturbsShares
        // drawNational
        if perturbs {
            add("national swing", normals: Double((0..<lists).filter { u.nationalSwing(list: $0) > 0 }.count))
            if u.regionalSwing > 0 {
                var pairs = Set<Int>()
                for contest in contests {
                    for list in contest.entries.map(\.listIndex) + contest.boycotters.map(\.listIndex) {
                        pairs.insert(contest.regionIndex * lists + list)
                    }
                }
                add("regional swing (region, list) pairs", normals: Double(pairs.count))
            }
        }
        add("national turnout shocks", normals: Double(u.nationalTurnout.filter { $0 > 0 }.count))
        if u.boycottAbstention > 0 {
            let shifted = election.boycotts.filter { $0.abstention > 0 && $0.abstention < 1 }.count
            add("boycott abstention", normals: Double(election.boycotts.count), exps: Double(shifted))
        }
        if u.transferAbstention > 0 {
            let shifted = election.transfers.abstention.filter { $0 > 0 && $0 < 1 }.count
            add("run-off abstention per list", normals: Double(lists), exps: Double(shifted))
        }
        if u.transferPreference > 0 {
            let pairs = Double(election.transfers.statedPairCount)
            add("transfer preferences", normals: pairs, exps: pairs)
        }
        // perturbLines and shiftTurnouts, for every contest whether or not its noise is used
        let ballots = Double(contests.reduce(0) { $0 + $1.entries.count + $1.boycotters.count })
        add(
            "constituency shares (entries + boycotters)",
            normals: perturbs && u.constituencyNoise > 0 ? ballots : 0, exps: perturbs ? ballots : 0)
        let turnoutNoise1 = u.nationalTurnout[0] > 0 || u.constituencyTurnout[0] > 0
        let turnoutNoise2 = u.nationalTurnout[1] > 0 || u.constituencyTurnout[1] > 0
        let contestCount = Double(contests.count)
        add(
            "round-1 turnout per contest", normals: u.constituencyTurnout[0] > 0 ? contestCount : 0,
            exps: turnoutNoise1 ? contestCount : 0)
        add(
            "round-2 turnout per contest (\(Self.format(meanRunoffs)) run-offs on average)",
            normals: u.constituencyTurnout[1] > 0 ? contestCount : 0, exps: turnoutNoise2 ? contestCount : 0)
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
    }

    var summary: String {
        "\(Self.format(normals)) normals + \(Self.format(exps)) exp + \(Self.format(logs)) log per run"
    }
}

/// The random-number floor: the time to draw exactly what one run draws, and nothing else.
enum RandomFloor {
    static let name = "floor/mali-1992"

    static var group: BenchmarkGroup {
        BenchmarkGroup(
            title: "Random-number floor: the variates one Mali run draws, and the primitives",
            benchmarks: [
                Benchmark(name: name) { context in mali(quick: context.quick) },
                Benchmark(name: "floor/normal") { _ in normals(100_000) },
                Benchmark(name: "floor/fast-exp") { _ in exps(100_000) },
                Benchmark(name: "floor/fast-log") { _ in logs(100_000) },
                Benchmark(name: "floor/xoshiro") { _ in words(100_000) },
            ])
    }

    /// Counts Mali's draws (the mean number of run-offs from a seeded 1-thread study), then
    /// draws that many per "run".
    static func mali(quick: Bool) -> Workload {
        let election = SimulationBenchmarks.mali()
        let uncertainty = election.uncertainty ?? .defaults
        let count = DrawCount(
            election: election, uncertainty: uncertainty,
            meanRunoffs: meanRunoffs(election, runs: quick ? 1_000 : 20_000))
        // Cross-check the count against the generator: replay a copy of it to find how many
        // 64-bit words each run really consumed (one per normal, plus ziggurat rejections).
        let words = wordsPerRun(election, runs: quick ? 20 : 200)
        // Every normal takes one word, a ziggurat rejection (about 1.5%) a few more: a normal
        // miscounted by even one in a hundred falls outside.
        precondition(
            words >= count.normals && words <= count.normals * 1.04,
            "the normals counted (\(count.normals)) match the words the runs draw (\(words))")
        var workload = floor(count, runs: quick ? 500 : 5_000)
        workload.details =
            count.parts.map { part in
                Report.pad(part.label, 46) + Report.padLeft(DrawCount.format(part.normals), 7) + " normals"
                    + Report.padLeft(DrawCount.format(part.exps), 7) + " exp"
                    + Report.padLeft(DrawCount.format(part.logs), 6)
                    + " log"
            } + [
                "check: replaying the generator, a run consumes \(DrawCount.format(words)) 64-bit words "
                    + "(normals plus ziggurat rejections)"
            ]
        return workload
    }

    /// The 64-bit words one run takes from its generator, on average: a copy of the generator is
    /// stepped until it reaches the state the run left behind.
    static func wordsPerRun(_ election: Election, runs: Int) -> Double {
        let simulator = ElectionSimulator(election: election)
        var tally = simulator.makeTally()
        var rng = SeedDerivation.stream(seed: 4, index: 0)
        var words = 0
        for _ in 0..<runs {
            var replay = rng
            simulator.simulate(using: &rng, into: &tally)
            while replay != rng {
                _ = replay.next()
                words += 1
                precondition(words < 100_000_000, "the replay reaches the run's final state")
            }
        }
        return Double(words) / Double(runs)
    }

    /// The mean number of run-offs per simulated election, read from a tally.
    static func meanRunoffs(_ election: Election, runs: Int) -> Double {
        let simulator = ElectionSimulator(election: election)
        var tally = simulator.makeTally()
        var rng = SeedDerivation.stream(seed: 2, index: 0)
        for _ in 0..<runs { simulator.simulate(using: &rng, into: &tally) }
        var runoffs = 0
        for (settled, count) in tally.settledInFirstRound.enumerated() {
            runoffs += (tally.contestCount - settled) * count
        }
        return Double(runoffs) / Double(tally.runs)
    }

    /// `runs` runs' draws, each laid out as the simulator lays them out: every normal of the run
    /// drawn into one buffer by `NormalSampler.fill` (as `drawNoise`), then the exps in loops of their own
    /// over stored values, which the compiler vectorises (as `perturbLines` and
    /// `shiftTurnouts`), their results stored. Interleaving each exp with its draw, as this
    /// floor did until `fb0e597`, took 14% longer for the same draws (4.10–4.16 µs a run
    /// against 3.60–3.64 µs), which flattered the run-to-floor ratio.
    static func floor(
        _ count: DrawCount, runs: Int,
        extra: ((inout Xoshiro256StarStar, inout UnsafeMutableBufferPointer<Double>) -> Void)? = nil
    ) -> Workload {
        let normalsPerRun = Int(count.normals.rounded())
        let expsPerRun = Int(count.exps.rounded())
        let logsPerRun = Int(count.logs.rounded())
        var generator = Xoshiro256StarStar(seed: 3)
        let sampler = NormalSampler()
        var noise = [Double](repeating: 0, count: max(1, normalsPerRun))
        var results = [Double](repeating: 0, count: max(1, expsPerRun + logsPerRun))
        var scratch = [Double](repeating: 0, count: 256)
        return Workload(
            unit: "runs", itemsPerCall: runs, note: count.summary,
            body: {
                // The generator is copied into a local for the loop, as the simulator does: a
                // captured `var` lives in memory, and storing and reloading its state on every
                // draw would inflate the floor.
                var rng = generator
                defer { generator = rng }
                let paired = min(normalsPerRun, expsPerRun)
                var checksum = 0.0
                noise.withUnsafeMutableBufferPointer { noise in
                    results.withUnsafeMutableBufferPointer { results in
                        for run in 0..<runs {
                            sampler.fill(noise.baseAddress!, count: normalsPerRun, using: &rng)
                            // Each exp on a normal scaled as the noise is; exps beyond the normals
                            // (none for Mali) on fixed arguments.
                            for slot in 0..<paired { results[slot] = FastMath.exp(0.15 * noise[slot]) }
                            for extra in paired..<expsPerRun {
                                results[extra] = FastMath.exp(Double(extra & 1_023) * 0.000_5 - 0.25)
                            }
                            for index in 0..<logsPerRun {
                                results[expsPerRun + index] = FastMath.log(0.05 + Double(index & 1_023) * 0.000_8)
                            }
                            checksum += results[run % results.count] + noise[run % noise.count]
                            if let extra {
                                scratch.withUnsafeMutableBufferPointer { shares in extra(&rng, &shares) }
                                checksum += scratch[run & 3]
                            }
                        }
                    }
                }
                precondition(checksum.isFinite && (expsPerRun == 0 || results[0] > 0), "the draws are finite")
                return runs * (normalsPerRun + expsPerRun + logsPerRun)
            })
    }

    static func normals(_ count: Int) -> Workload {
        var generator = Xoshiro256StarStar(seed: 1)
        let sampler = NormalSampler()
        return Workload(
            unit: "normals", itemsPerCall: count,
            body: {
                var rng = generator  // in registers for the loop (see `floor`)
                defer { generator = rng }
                var sums = (0.0, 0.0)
                for _ in 0..<(count / 2) {
                    sums.0 += sampler.standard(using: &rng)
                    sums.1 += sampler.standard(using: &rng)
                }
                let mean = (sums.0 + sums.1) / Double(count)
                precondition(abs(mean) < 0.05, "standard normals average near zero")
                return count
            })
    }

    static func exps(_ count: Int) -> Workload {
        Workload(
            unit: "exps", itemsPerCall: count,
            body: {
                var sums = (0.0, 0.0)
                for index in 0..<(count / 2) {
                    sums.0 += FastMath.exp(Double(index & 1_023) * 0.001 - 0.5)
                    sums.1 += FastMath.exp(Double(index & 1_023) * -0.001 + 0.5)
                }
                precondition(sums.0 > 0 && sums.1.isFinite, "exp is positive and finite")
                return count
            })
    }

    static func logs(_ count: Int) -> Workload {
        Workload(
            unit: "logs", itemsPerCall: count,
            body: {
                var sums = (0.0, 0.0)
                for index in 0..<(count / 2) {
                    sums.0 += FastMath.log(0.05 + Double(index & 1_023) * 0.000_8)
                    sums.1 += FastMath.log(1.05 + Double(index & 1_023) * 0.01)
                }
                precondition(sums.0 < 0 && sums.1 > 0, "log is negative below 1 and positive above")
                return count
            })
    }

    static func words(_ count: Int) -> Workload {
        var generator = Xoshiro256StarStar(seed: 1)
        return Workload(
            unit: "words", itemsPerCall: count,
            body: {
                var rng = generator  // in registers for the loop (see `floor`)
                defer { generator = rng }
                var bits: UInt64 = 0
                var ones = 0
                for _ in 0..<count {
                    let word = rng.next()
                    bits ^= word
                    ones &+= word.nonzeroBitCount
                }
                precondition(abs(Double(ones) / Double(count) - 32) < 1, "about half the bits are set")
                return Int(truncatingIfNeeded: bits)
            })
    }
}
