import Hemicycle
import Testing

/// The command-line forms of the adjustments, and the paths `--set` takes.
@Suite("Adjustments: parsing")
struct AdjustmentParsingTests {
    func parse(_ option: String, _ value: String?) throws -> Adjustment {
        try Adjustment.parse(option: option, value: value)
    }

    @Test("a turnout is a percentage with an optional round and region")
    func turnout() throws {
        #expect(try parse("--turnout", "45%") == .turnout(TurnoutTarget(level: 0.45)))
        #expect(try parse("--turnout", "45") == .turnout(TurnoutTarget(level: 0.45)))
        #expect(try parse("--turnout", "37.5%:round=2") == .turnout(TurnoutTarget(level: 0.375, round: 2)))
        #expect(try parse("--turnout", "30%:region=Kayes") == .turnout(TurnoutTarget(level: 0.30, region: "Kayes")))
        for bad in ["120%", "0%", "100", "-5%", "abc", "", "45%:round=3", "45%:zone=x", "45%:region="] {
            #expect(throws: AdjustmentProblem.self, "\(bad)") { try parse("--turnout", bad) }
        }
    }

    @Test("a swing is signed points with a method, or a factor")
    func swing() throws {
        #expect(try parse("--swing", "ADEMA=-5") == .swing(Swing(list: "ADEMA", change: .points(-5, .uniform))))
        #expect(try parse("--swing", "ADEMA=+2.5:logit") == .swing(Swing(list: "ADEMA", change: .points(2.5, .logit))))
        #expect(try parse("--swing", "ADEMA=−3:proportional") == .swing(Swing(list: "ADEMA", change: .points(-3, .proportional))))
        #expect(try parse("--swing", "ADEMA=x0.9") == .swing(Swing(list: "ADEMA", change: .ratio(0.9))))
        #expect(
            try parse("--swing", "A=B=1:region=Gao") == .swing(Swing(list: "A=B", change: .points(1, .uniform), region: "Gao")))
        for bad in ["ADEMA", "=5", "ADEMA=++5", "ADEMA=101", "ADEMA=x-1", "ADEMA=five", "ADEMA=5:sideways", "ADEMA=x2:logit"] {
            #expect(throws: AdjustmentProblem.self, "\(bad)") { try parse("--swing", bad) }
        }
    }

    @Test("a boycott's abstention defaults to all of its supporters")
    func boycott() throws {
        #expect(try parse("--boycott", "CNID") == .boycott(list: "CNID", abstention: 1))
        #expect(try parse("--boycott", "CNID=80%") == .boycott(list: "CNID", abstention: 0.8))
        #expect(try parse("--no-boycott", nil) == .endBoycotts)
        for bad in ["", "CNID=150%", "CNID=x"] {
            #expect(throws: AdjustmentProblem.self, "\(bad)") { try parse("--boycott", bad) }
        }
    }

    @Test("each adjustment's command line reads back as itself")
    func roundTrip() throws {
        let adjustments: [Adjustment] = [
            .turnout(TurnoutTarget(level: 0.45, round: 2, region: "Kayes")),
            .swing(Swing(list: "ADEMA", change: .points(-5, .logit), region: "Gao")),
            .swing(Swing(list: "ADEMA", change: .points(2.5, .uniform))), .swing(Swing(list: "X", change: .ratio(0.9))),
            .boycott(list: "CNID", abstention: 0.8), .endBoycotts, .set(path: "transfers.defaultAbstention", value: .number(0.1)),
            .set(path: "id", value: .string("other")),
        ]
        for adjustment in adjustments {
            let words = adjustment.commandLine
            #expect(try parse(words[0], words.count > 1 ? words[1] : nil) == adjustment, "\(words)")
        }
    }

    @Test("--set paths name members, positions and ids")
    func paths() throws {
        let path = try DocumentPath("constituencies[kayes].round1.shares.ADEMA")
        #expect(path.steps == [.member("constituencies"), .key("kayes"), .member("round1"), .member("shares"), .member("ADEMA")])
        #expect(try DocumentPath("a[0][1].b").steps == [.member("a"), .index(0), .index(1), .member("b")])
        for bad in ["", "a..b", "a[", "a[]", "a.", ".a"] {
            #expect(throws: AdjustmentProblem.self, "\(bad)") { try DocumentPath(bad) }
        }
    }

    @Test("setting a value merges into objects, replaces, creates and deletes")
    func setting() throws {
        let document = try JSONParser.parse(Array(#"{"a": {"b": 1, "c": [{"id": "x", "v": 1}, {"id": "y", "v": 2}]}}"#.utf8))
        let changed = try document.setting(try DocumentPath("a.c[y].v"), to: .integer(5))
        #expect(changed.serialized() == #"{"a":{"b":1,"c":[{"id":"x","v":1},{"id":"y","v":5}]}}"#)
        let created = try document.setting(try DocumentPath("a.d.e"), to: .bool(true))
        #expect(created.serialized() == #"{"a":{"b":1,"c":[{"id":"x","v":1},{"id":"y","v":2}],"d":{"e":true}}}"#)
        let deleted = try document.setting(try DocumentPath("a.b"), to: .null)
        #expect(deleted.serialized() == #"{"a":{"c":[{"id":"x","v":1},{"id":"y","v":2}]}}"#)
        #expect(throws: AdjustmentProblem.self) { try document.setting(try DocumentPath("a.c[2].v"), to: .integer(1)) }
        #expect(throws: AdjustmentProblem.self) { try document.setting(try DocumentPath("a.c[z].v"), to: .integer(1)) }
        #expect(throws: AdjustmentProblem.self) { try document.setting(try DocumentPath("a.b.x"), to: .integer(1)) }
    }
}
