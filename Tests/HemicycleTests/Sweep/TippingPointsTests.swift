import Foundation
import Hemicycle
import Testing

/// Tipping points against a hand-worked case, and on Mali 1992 against sweeps of the same swing.
@Suite("Tipping points")
struct TippingPointsTests {
    /// Three single-seat constituencies under plurality, equal electorates and turnout, A against
    /// B: A's shares 40%, 56% and 70%. Under a uniform swing of d points A wins a constituency
    /// when its share passes 50%: it gains the first at d = +10 and loses the others at d = −6
    /// and d = −20. With 2 of 3 seats it holds the majority (2) until d = −6.
    static let json = """
        {
          "assembly": {"name": "Test", "size": 3},
          "parties": [{"id": "A", "name": "A"}, {"id": "B", "name": "B"}],
          "rule": {"method": "plurality"},
          "constituencies": [
            {"id": "c1", "name": "One", "region": "R", "seats": 1, "registered": 20000,
             "round1": {"turnout": 0.5, "shares": {"A": 0.40, "B": 0.60}}},
            {"id": "c2", "name": "Two", "region": "R", "seats": 1, "registered": 20000,
             "round1": {"turnout": 0.5, "shares": {"A": 0.56, "B": 0.44}}},
            {"id": "c3", "name": "Three", "region": "R", "seats": 1, "registered": 20000,
             "round1": {"turnout": 0.5, "shares": {"A": 0.70, "B": 0.30}}}
          ]
        }
        """

    @Test("every threshold of a hand-worked case, to a vote")
    func handWorked() throws {
        let points = try TippingPoints.find(list: "A", in: try TestScenario.election(Self.json))
        #expect(points.seats == 2)
        #expect(abs(points.domain.lowerBound - -40) < 1e-6 && abs(points.domain.upperBound - 30) < 1e-6)
        // One vote in 10,000 is 0.01 points: each threshold lies within it.
        let expected: [(Double, Int, Int)] = [(-20, 1, 0), (-6, 2, 1), (10, 2, 3)]
        #expect(points.changes.count == expected.count)
        for (change, (swing, before, after)) in zip(points.changes, expected) {
            #expect(abs(change.swing - swing) < 0.011, "\(change.swing) for \(swing)")
            #expect(change.seatsBefore == before && change.seatsAfter == after)
        }
        let majority = try #require(points.majoritySwing)
        #expect(abs(majority.swing - -6) < 0.011 && majority.seatsAfter == 1)
        // 50% of the national vote is a swing of −5.33: A still has c2 (50.67%) and c3.
        #expect(points.seatsAtHalf == 2)
        #expect(abs((points.bias ?? 0) - (2.0 / 3 - 0.5)) < 1e-9)
        // From −5 to +5 no seat moves: no responsiveness.
        #expect(points.responsiveness == 0)
        // Equal turnout everywhere keeps every share: no turnout level moves the majority.
        #expect(points.majorityTurnout == nil)
        #expect(points.csv().split(separator: "\n").count == 1 + expected.count)
    }

    @Test("Mali 1992: the seats on either side of each threshold are the swept seats")
    func mali() async throws {
        let election = try ScenarioLoader.loadEmbedded()
        let points = try TippingPoints.find(list: "ADEMA-PASJ", in: election)
        let majority = try #require(points.majoritySwing)
        #expect(majority.swing < 0 && majority.seatsBefore >= 65 && majority.seatsAfter < 65)
        // Just inside and just outside each change (0.001 points), the adjusted run agrees.
        for change in points.changes.prefix(6) + points.changes.suffix(3) {
            let away = change.swing < 0 ? -0.001 : 0.001
            let seats = { (swing: Double) in
                try election.adjusted(by: [.swing(Swing(list: "ADEMA", change: .points(swing, .uniform)))]).run().list("ADEMA")?.seats
            }
            #expect(try seats(change.swing + away) == change.seatsAfter, "\(change)")
            #expect(try seats(change.swing - away) == change.seatsBefore, "\(change)")
        }
        // No change between zero and the nearest thresholds: the unswung seats hold there.
        let nearest = points.changes.filter { $0.swing > 0 }.map(\.swing).min() ?? 1
        #expect(try election.adjusted(by: [.swing(Swing(list: "ADEMA", change: .points(nearest * 0.99, .uniform)))]).run().list("ADEMA")?.seats == 76)
    }
}
