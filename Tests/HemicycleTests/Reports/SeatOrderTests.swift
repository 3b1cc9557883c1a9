import Foundation
import Hemicycle
import Testing

/// The parliament diagram seats the lists in the scenario's `seatOrder` (left to right) when it
/// has one, in `--seat-order`'s when given, and the largest first otherwise; the subtitle says
/// which order it follows.
@Suite("Seat order")
struct SeatOrderTests {
    /// The lists of the diagram's legend, in the order drawn: each legend label's text.
    func drawnOrder(_ svg: String) -> [String] {
        let legend = svg.components(separatedBy: "class=\"legend\"").dropFirst().joined()
        return legend.components(separatedBy: "<text").dropFirst().compactMap { element -> String? in
            guard let start = element.firstIndex(of: ">"), let end = element.range(of: "</text>") else { return nil }
            let text = String(element[element.index(after: start)..<end.lowerBound])
            return Int(text) == nil ? text : nil
        }
    }

    @Test func arrangeNamesTheGivenListsFirstThenTheRestAsTheyCame() {
        let order = SeatOrder(lists: ["C", "A"], basis: "test")
        #expect(order.arrange(["A", "B", "C", "D"]) == ["C", "A", "B", "D"])
        #expect(SeatOrdering.parse("seats") == .seats)
        #expect(SeatOrdering.parse("scenario") == .scenario)
        #expect(SeatOrdering.parse("FI, UG,RN") == .lists(["FI", "UG", "RN"]))
        #expect(SeatOrdering.parse("FI,,RN") == nil)
    }

    @Test func franceIsSeatedByFamilyFromTheLeftAndSaysSo() throws {
        let election = try TestScenario.shipped("validation/fr-assemblee-2024.json")
        let order = try #require(election.seatOrder)
        let result = election.run()
        let svg = result.parliamentDiagram(order: order).svgDocument()
        let drawn = drawnOrder(svg)
        // Every list with seats, in the scenario's order: the left union before the centre before RN.
        let expected = order.lists.filter { id in (result.list(id)?.seats ?? 0) > 0 }
        #expect(drawn == expected.map { result.list($0)?.shortName ?? $0 })
        #expect(try #require(drawn.firstIndex(of: "UG")) < (try #require(drawn.firstIndex(of: "ENS"))))
        #expect(try #require(drawn.firstIndex(of: "ENS")) < (try #require(drawn.firstIndex(of: "RN"))))
        #expect(svg.contains("Seats left to right: political family"))
        // Without an order: the result's own order, and no such sentence.
        let bySeats = result.parliamentDiagram().svgDocument()
        #expect(drawnOrder(bySeats) == result.lists.filter { $0.seats > 0 }.map(\.shortName))
        #expect(drawnOrder(bySeats) != drawn)
        #expect(!bySeats.contains("Seats left to right"))
    }

    @Test func anOrderNamingAnUnknownListIsRefused() throws {
        let election = try TestScenario.shipped("mali-1992.json")
        #expect(throws: SeatOrderError.self) { try election.seatOrder(.lists(["ADEMA", "NOPE"])) }
        #expect(try election.seatOrder(.lists(["CNID", "ADEMA"]))?.lists == ["CNID", "ADEMA"])
        let bySeats = try #require(try election.seatOrder(.seats))
        let drawn = drawnOrder(election.run().parliamentDiagram(order: bySeats).svgDocument())
        #expect(drawn.prefix(3) == ["ADEMA-PASJ", "CNID", "US-RDA"])  // 76, 9, 8 seats
    }

    @Test func aScenarioSeatOrderIsChecked() {
        let extra = #""seatOrder": {"lists": ["A", "Z", "A"], "basis": "test"}"#
        let problems = TestScenario.problems(TestScenario.single(round1: #"{"turnout": 0.5, "shares": {"A": 0.6, "B": 0.3, "C": 0.1}}"#, extra: extra))
        #expect(problems.contains { $0.path == "seatOrder.lists[1]" && $0.message.contains("unknown list 'Z'") })
        #expect(problems.contains { $0.path == "seatOrder.lists[2]" && $0.message.contains("already in the order") })
        let noBasis = #""seatOrder": {"lists": ["A"]}"#
        let missing = TestScenario.problems(TestScenario.single(round1: #"{"turnout": 0.5, "shares": {"A": 0.6, "B": 0.3, "C": 0.1}}"#, extra: noBasis))
        #expect(missing.contains { $0.path.hasPrefix("seatOrder") && $0.message.contains("basis") })
    }
}
