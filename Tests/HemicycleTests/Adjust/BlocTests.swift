import Foundation
import Hemicycle
import Testing

/// Blocs: lists grouped in the scenario, checked, and moved or counted together by swings and
/// tipping points.
@Suite("Blocs")
struct BlocTests {
    /// One constituency of 10,000 registered, plurality: A 30%, B 20%, C 50%; the bloc AB holds A and B.
    static func json(blocs: String = #"[{"id": "AB", "name": "A and B", "lists": ["A", "B"]}]"#) -> String {
        TestScenario.single(
            seats: 1, registered: 10_000, round1: #"{"turnout": 0.5, "shares": {"A": 0.3, "B": 0.2, "C": 0.5}}"#,
            rule: #"{"method": "plurality"}"#, extra: "\"blocs\": \(blocs)")
    }

    @Test("blocs are checked: known lists, one bloc per list, ids of their own")
    func checked() throws {
        #expect(try TestScenario.election(Self.json()).blocs.map(\.lists) == [[0, 1]])
        let unknown = TestScenario.problems(Self.json(blocs: #"[{"id": "X", "lists": ["A", "Z"]}]"#))
        #expect(unknown.map(\.path) == ["blocs[0].lists[1]"])
        let twice = TestScenario.problems(Self.json(blocs: #"[{"id": "X", "lists": ["A"]}, {"id": "Y", "lists": ["A", "B"]}]"#))
        #expect(twice.map(\.path) == ["blocs[1].lists[0]"])
        let clash = TestScenario.problems(Self.json(blocs: #"[{"id": "C", "lists": ["A"]}]"#))
        #expect(clash.map(\.path) == ["blocs[0].id"])
    }

    @Test("a bloc's swing moves its lists together, keeping their proportions (hand-worked)")
    func swing() throws {
        let election = try TestScenario.election(Self.json())
        let moved = try election.adjusted(by: [.swing(Swing(list: "A and B", change: .points(10, .uniform)))])
        guard case .modelled(let model) = moved.constituencies[0].firstRound else {
            Issue.record("round 1 is not modelled")
            return
        }
        // AB: 0.5 → 0.6, A:B stays 3:2, so A 0.36 and B 0.24; C keeps 0.4 of 0.5 → 0.4.
        #expect(abs(model.support[0] - 0.36) < 1e-12 && abs(model.support[1] - 0.24) < 1e-12 && abs(model.support[2] - 0.4) < 1e-12)
        #expect(moved.adjustments.first?.hasPrefix("swing to 'A and B'") == true)
    }

    @Test("a bloc's tipping points count its lists' seats together")
    func tipping() throws {
        // Plurality in one seat: C wins with 50% until A (3/5 of the bloc) passes it. With the bloc
        // at 50 + d points, A has 0.6 × (50 + d) and C 50 − d: A wins when 30 + 0.6d > 50 − d, d > 12.5.
        let points = try TippingPoints.find(list: "AB", in: try TestScenario.election(Self.json()))
        #expect(points.seats == 0)
        let change = try #require(points.changes.first { $0.swing > 0 })
        // Near +12.5 A and C are within a vote of each other (1,875 each of 5,000 at exactly
        // +12.5) and the whole votes' rounding decides: one vote is 0.02 points of A's share, a
        // bloc swing of 0.0125 points.
        #expect(abs(change.swing - 12.5) <= 0.0126, "\(change.swing)")
        #expect(change.seatsAfter == 1)
        #expect(points.majoritySwing?.swing == change.swing)
    }
}
