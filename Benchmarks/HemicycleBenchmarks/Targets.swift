import Foundation

/// The headline targets, judged from the measurements of this run.
struct TargetResult: Codable {
    var name: String
    var target: String
    /// The measured value, `nil` when the benchmarks it needs did not run.
    var value: Double?
    /// The value as printed.
    var shown: String
    var pass: Bool?
    var detail: String

    /// Writes `value` and `pass` as `null` when not measured, rather than leaving them out.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(target, forKey: .target)
        try container.encode(value, forKey: .value)
        try container.encode(shown, forKey: .shown)
        try container.encode(pass, forKey: .pass)
        try container.encode(detail, forKey: .detail)
    }
}

enum Targets {
    static func evaluate(_ measurements: [Measurement], memory: MemoryBenchmark.Result?) -> [TargetResult] {
        var byName: [String: Measurement] = [:]
        for measurement in measurements { byName[measurement.name] = measurement }
        var results: [TargetResult] = []

        let twoThreads = byName[SimulationBenchmarks.threadsName(2)]
        let oneThread = byName[SimulationBenchmarks.threadsName(1)]
        results.append(
            judge(
                "Mali 1992 Monte Carlo, both cores (2 threads)", target: "≥ 200 k elections/s", value: twoThreads?.rate,
                shown: { Report.rate($0) + " elections/s" }, passes: { $0 >= 200_000 },
                detail: twoThreads.map {
                    "median of \($0.seconds.count) sample\($0.seconds.count == 1 ? "" : "s") of \($0.itemsPerCall) runs"
                } ?? "",
                missing: SimulationBenchmarks.threadsName(2)))

        let loop = byName[SimulationBenchmarks.loopName]
        let floor = byName[RandomFloor.name]
        var ratio: Double?
        if let loop, let floor, floor.nanosecondsPerItem > 0 {
            ratio = loop.nanosecondsPerItem / floor.nanosecondsPerItem
        }
        results.append(
            judge(
                "Run cost ÷ random-number floor (one thread)", target: "≤ 3×", value: ratio,
                shown: { Report.decimal($0, 2) + "×" }, passes: { $0 <= 3 },
                detail: loop.flatMap { loop in
                    floor.map { floor in
                        "\(Report.decimal(loop.nanosecondsPerItem / 1_000, 2)) µs per run vs floor "
                            + "\(Report.decimal(floor.nanosecondsPerItem / 1_000, 2)) µs (\(floor.note))"
                    }
                } ?? "",
                missing: "\(SimulationBenchmarks.loopName) and \(RandomFloor.name)"))

        let headline = AllocationBenchmarks.name(
            "dhondt", magnitude: AllocationBenchmarks.headline.magnitude, lists: AllocationBenchmarks.headline.lists)
        let dHondt = byName[headline]
        results.append(
            judge(
                "D'Hondt, 6 seats × 22 lists, one core", target: "≥ 10 M allocations/s", value: dHondt?.rate,
                shown: { Report.rate($0) + " allocations/s" }, passes: { $0 >= 10_000_000 },
                detail: dHondt.map { "\(Report.decimal($0.nanosecondsPerItem, 1)) ns per allocation" } ?? "",
                missing: headline))

        var scaling: Double?
        if let oneThread, let twoThreads, oneThread.rate > 0 { scaling = twoThreads.rate / (2 * oneThread.rate) }
        results.append(
            judge(
                "Scaling 1 → 2 threads (rate₂ ÷ 2·rate₁)", target: "≥ 90%", value: scaling,
                shown: { Report.decimal($0 * 100, 1) + "%" }, passes: { $0 >= 0.9 },
                detail: oneThread.flatMap { one in
                    twoThreads.map { two in
                        "\(Report.rate(one.rate)) elections/s on 1 thread, \(Report.rate(two.rate)) on 2"
                    }
                } ?? "",
                missing: "\(SimulationBenchmarks.threadsName(1)) and \(SimulationBenchmarks.threadsName(2))"))

        let usable = memory.flatMap { $0.small.exitStatus == 0 && $0.large.exitStatus == 0 ? $0 : nil }
        results.append(
            judge(
                "Memory flat: peak RSS at \(shortCount(memory?.large.runs ?? MemoryBenchmark.defaultLargeRuns)) runs "
                    + "÷ at \(shortCount(MemoryBenchmark.smallRuns))", target: "≤ 1.2", value: usable?.ratio,
                shown: { Report.decimal($0, 3) }, passes: { $0 <= 1.2 },
                detail: usable.map {
                    "\(Report.grouped($0.large.peakKiB)) KiB vs \(Report.grouped($0.small.peakKiB)) KiB"
                } ?? (memory == nil ? "" : "hemicycle simulate failed"),
                missing: "--memory"))
        return results
    }

    /// 10 k, 10 M, 1.5 M.
    static func shortCount(_ count: Int) -> String {
        Report.rate(Double(count)).replacingOccurrences(of: ".00 ", with: " ").replacingOccurrences(
            of: ".0 ", with: " "
        )
        .trimmingCharacters(in: .whitespaces)
    }

    static func judge(
        _ name: String, target: String, value: Double?, shown: (Double) -> String, passes: (Double) -> Bool,
        detail: String, missing: String
    ) -> TargetResult {
        guard let value else {
            return TargetResult(
                name: name, target: target, value: nil, shown: "not measured", pass: nil,
                detail: "needs \(missing)")
        }
        return TargetResult(
            name: name, target: target, value: value, shown: shown(value), pass: passes(value), detail: detail)
    }

    static func print(_ results: [TargetResult], caveat: String?, to report: Report) {
        report.line()
        report.line("## Headline targets" + (caveat.map { " (\($0))" } ?? ""))
        for result in results {
            let verdict = result.pass.map { $0 ? "PASS" : "FAIL" } ?? "----"
            report.line(
                "  " + verdict + "  " + Report.pad(result.name, 52) + Report.pad(result.shown, 24)
                    + Report.pad("target " + result.target, 30) + result.detail)
        }
    }

    /// How the cost per contest changes from the smallest to the largest synthetic scenario.
    static func scalingLines(_ measurements: [Measurement]) -> [String] {
        var byName: [String: Measurement] = [:]
        for measurement in measurements { byName[measurement.name] = measurement }
        let smallest = ScalingBenchmarks.constituencyCounts.first ?? 10
        return ScalingBenchmarks.partyCounts.compactMap { parties in
            let costs = ScalingBenchmarks.constituencyCounts.compactMap { constituencies in
                byName[ScalingBenchmarks.name(constituencies: constituencies, parties: parties)].map {
                    (constituencies, $0.nanosecondsPerItem)
                }
            }
            guard let base = costs.first, base.0 == smallest, costs.count > 1 else { return nil }
            let steps = costs.map { "\(Report.grouped($0.0)): \(Report.decimal($0.1, 0)) ns" }.joined(separator: ", ")
            let last = costs[costs.count - 1]
            return "  \(parties) parties, ns per contest by constituencies: \(steps) "
                + "(\(Report.decimal(last.1 / base.1, 2))× from \(Report.grouped(base.0)) to \(Report.grouped(last.0)))"
        }
    }
}
