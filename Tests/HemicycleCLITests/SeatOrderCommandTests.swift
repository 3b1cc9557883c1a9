import Foundation
import Testing

@Suite("--seat-order", .timeLimit(.minutes(2)))
struct SeatOrderCommandTests {
    @Test func runOrdersTheDiagramAsAskedAndRefusesWhatItCannotDo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hemicycle-seat-order-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("d.svg").path
        let given = try CLIRunner.run(["run", "Scenarios/mali-1992.json", "--svg", svg, "--seat-order", "CNID,US-RDA"])
        #expect(given.status == 0, "\(given.standardError)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("Seats left to right: as given by --seat-order"))
        let legend = text.components(separatedBy: "class=\"legend\"").last ?? ""
        let cnid = try #require(legend.range(of: ">CNID<"))
        let adema = try #require(legend.range(of: ">ADEMA-PASJ<"))
        #expect(cnid.lowerBound < adema.lowerBound)

        let unknown = try CLIRunner.run(["run", "Scenarios/mali-1992.json", "--svg", svg, "--seat-order", "CNID,NOPE"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("--seat-order: unknown list 'NOPE'"))
        let withoutDiagram = try CLIRunner.run(["run", "Scenarios/mali-1992.json", "--seat-order", "seats"])
        #expect(withoutDiagram.status == 64)
        #expect(withoutDiagram.standardError.contains("give --svg FILE"))
        let malformed = try CLIRunner.run(["run", "Scenarios/mali-1992.json", "--svg", svg, "--seat-order", "A,,B"])
        #expect(malformed.status == 64)
    }
}
