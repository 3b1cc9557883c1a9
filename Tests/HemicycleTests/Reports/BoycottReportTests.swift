import Foundation
import Hemicycle
import Testing

/// A boycotting list stays in every output with no seat and a marker, so that a table joins
/// row for row with the same election without the boycott.
@Suite("Reports: a boycotting list stays in the outputs")
struct BoycottReportTests {
    static let boycotted = Result { try ScenarioLoader.loadAdjusted(path: nil, adjustments: [.boycott(list: "CNID", abstention: 1)]) }

    @Test("run: table, CSV, JSON and the diagram's legend")
    func run() throws {
        let result = try Self.boycotted.get().election.run()
        let cnid = try #require(result.list("CNID"))
        #expect(cnid.boycott && cnid.seats == 0 && cnid.firstRoundVotes == 0)
        let table = result.table(rule: "r", source: "s")
        #expect(table.split(separator: "\n").contains { $0.hasPrefix("CNID ") && $0.contains("boycott") })
        let csv = result.partyCSV().split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(csv.first?.hasSuffix(",boycott") == true)
        #expect(csv.contains { $0.hasPrefix("CNID,") && $0.hasSuffix(",true") })
        #expect(csv.contains { $0.hasPrefix("ADEMA,") && $0.hasSuffix(",false") })
        let json = result.json(rule: "r", source: "s").serialized()
        #expect(json.contains(#""id":"CNID","#) && json.contains(#""boycott":true"#))
        #expect(result.parliamentDiagram().svgDocument().contains("CNID (boycott)"))
        // The unboycotted run lists the same lists (and CNID without the marker).
        let plain = try ScenarioLoader.loadEmbedded().run()
        let ids = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { $0.split(separator: ",")[0] } }
        #expect(Set(ids(plain.partyCSV())).isSubset(of: Set(ids(result.partyCSV()))))
    }

    @Test("simulate: the study and its shard file keep the marker")
    func simulate() async throws {
        let (election, digest) = try Self.boycotted.get()
        let plan = MonteCarlo(election: election, runs: 64, seed: 3)
        let study = SimulationStudy(
            election: election, document: digest, seed: 3, plannedRuns: 64, shard: nil, interrupted: false,
            tally: await plan.run(threads: 1))
        let index = try #require(study.lists.firstIndex { $0.id == "CNID" })
        #expect(study.lists[index].boycott)
        #expect(study.partyCSV().split(separator: "\n").contains { $0.hasPrefix("CNID,") && $0.hasSuffix(",true") })
        #expect(study.table().contains("CNID (boycott)"))
        let reread = try SimulationStudy(file: try JSONParser.parse(Array(study.fileJSON().serialized().utf8)))
        #expect(reread.lists[index].boycott)
        #expect(reread.adjustments == study.adjustments && !study.adjustments.isEmpty)
    }
}
