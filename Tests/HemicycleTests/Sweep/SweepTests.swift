import Foundation
import Hemicycle
import Testing

/// `hemicycle sweep`: the grids it reads, the points it runs, and the same random numbers at
/// every point.
@Suite("Sweeps")
struct SweepTests {
    static let mali = Result { try ScenarioLoader.loadEmbedded() }

    @Test("grids: FROM:TO:STEP, in percent or points, with clean values")
    func grids() throws {
        let turnout = try SweepAxis.parse("turnout=15%:60%:5%")
        #expect(turnout.parameter == .turnout(round: 1))
        #expect(turnout.values == [15, 20, 25, 30, 35, 40, 45, 50, 55, 60])
        let swing = try SweepAxis.parse("swing.ADEMA-PASJ:logit=-1:1:0.1")
        #expect(swing.parameter == .swing(list: "ADEMA-PASJ", method: .logit))
        #expect(swing.values.count == 21)
        #expect(swing.values[7] == -0.3 && swing.values[13] == 0.3 && swing.values[10] == 0)
        #expect(try SweepAxis.parse("turnout2=10:30:7").values == [10, 17, 24])
        for bad in [
            "turnout=15%:60%:0", "turnout=60:15:5", "turnout=0:50:10", "turnout=50:100:10", "swing.X=-200:0:1", "swing.=1:2:1",
            "turnover=1:2:1", "turnout=1:2", "turnout", "turnout=a:b:c", "swing.X=0:1000000:0.0001",
        ] {
            #expect(throws: AdjustmentProblem.self, "\(bad)") { try SweepAxis.parse(bad) }
        }
    }

    @Test("each point is the adjusted election's run; the zero swing is the unadjusted run; levels are reached")
    func deterministic() async throws {
        let election = try Self.mali.get()
        let base = election.run()
        let sweep = try await Sweep.run(election, axes: [try SweepAxis.parse("swing.ADEMA=-4:4:2")])
        #expect(sweep.points.map(\.values) == [[-4], [-2], [0], [2], [4]])
        let zero = sweep.points[2]
        #expect(zero.lists.map(\.seats) == base.lists.map(\.seats))
        #expect(zero.lists.map(\.voteShare) == base.lists.map(\.firstRoundShare))
        let adema = try #require(election.lists.firstIndex { $0.id == "ADEMA" })
        #expect(sweep.points[0].lists[adema].seats < zero.lists[adema].seats)
        #expect(sweep.points[4].lists[adema].seats > zero.lists[adema].seats)
        let levels = try await Sweep.run(election, axes: [try SweepAxis.parse("turnout=20%:40%:10%")])
        for point in levels.points { #expect(abs(point.turnout1 - point.values[0] / 100) < 2e-5) }
        // Tidy CSV: a header, then one row per point and list with a seat somewhere.
        let rows = sweep.csv().split(separator: "\n")
        #expect(rows.count == 1 + sweep.points.count * sweep.reportedLists.count)
        #expect(rows[0] == "swing.ADEMA,party,short_name,seats,vote_share_round1,turnout_round1")
    }

    @Test("two axes make a grid, the last varying fastest")
    func twoAxes() async throws {
        let sweep = try await Sweep.run(
            try Self.mali.get(), axes: [try SweepAxis.parse("turnout=20:30:10"), try SweepAxis.parse("swing.CNID:logit=-2:2:2")])
        #expect(sweep.points.map(\.values) == [[20, -2], [20, 0], [20, 2], [30, -2], [30, 0], [30, 2]])
        // A turnout level holds whatever the swing at the same point.
        for point in sweep.points { #expect(abs(point.turnout1 - point.values[0] / 100) < 2e-5) }
    }

    @Test("simulated points use the seed's random numbers at every point, on any number of threads")
    func simulated() async throws {
        let election = try Self.mali.get()
        let axes = [try SweepAxis.parse("swing.ADEMA=-2:2:2")]
        let one = try await Sweep.run(election, axes: axes, runs: 300, seed: 11, threads: 1)
        let two = try await Sweep.run(election, axes: axes, runs: 300, seed: 11, threads: 2)
        #expect(one.points == two.points)
        // The zero-swing point is exactly the plain study with the same seed.
        let tally = await MonteCarlo(election: election, runs: 300, seed: 11).run(threads: 2)
        let summary = SimulationSummary(tally: tally, majority: election.assembly.majority)
        #expect(one.points[1].lists.map(\.mean) == summary.lists.map { Optional($0.mean) })
        #expect(one.points[1].lists.map(\.majority) == summary.lists.map { Optional($0.majority) })
        #expect(one.countedRuns == 300)
    }

    @Test("a point the adjustment cannot reach stops the sweep before any run, naming the point")
    func impossiblePoint() async throws {
        let election = try Self.mali.get()
        let axis = try SweepAxis.parse("swing.ADEMA=-40:0:20")
        do {
            _ = try await Sweep.run(election, axes: [axis], runs: 10)
            Issue.record("a −40 point uniform swing was accepted")
        } catch {
            #expect(error.message.hasPrefix("at swing.ADEMA = −40:"), "\(error.message)")
        }
    }

    @Test("the chart draws a line per list, bands when simulated, and the majority")
    func chart() async throws {
        let sweep = try await Sweep.run(try Self.mali.get(), axes: [try SweepAxis.parse("swing.ADEMA=-2:2:1")], runs: 50)
        let svg = SweepChart(sweep).svgDocument()
        #expect(svg.components(separatedBy: "<polyline").count - 1 == min(6, sweep.reportedLists.count))
        #expect(svg.components(separatedBy: "<polygon").count - 1 == min(6, sweep.reportedLists.count))
        #expect(svg.contains("Majority: 65"))
    }
}
