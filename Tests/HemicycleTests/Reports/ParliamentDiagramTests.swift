import Testing

@testable import Hemicycle

@Suite("Parliament diagram") struct ParliamentDiagramTests {
    @Test(arguments: [0, 1, 2, 3, 7, 129, 577, 1000])
    func drawsOneWellFormedMarkPerSeat(size: Int) throws {
        let diagram = Samples.assembly(of: size, parties: 4, vacant: size / 10)
        let elements = try #require(SVGInspector.parse(diagram.svgDocument()))
        let seats = elements.withClass("seat")
        #expect(seats.count == size)
        #expect(seats.allSatisfy { $0.name == "circle" })
        #expect(seats.filter { $0.classes.contains("vacant") }.count == size / 10)
        for (index, party) in diagram.parties.enumerated() {
            let marks = seats.filter { $0.attributes["data-party-index"] == String(index) }
            #expect(marks.count == party.seats)
            #expect(marks.allSatisfy { $0.attributes["data-party"] == party.label })
        }
        #expect(seats.filter { $0.classes.contains("vacant") }.allSatisfy { $0.attributes["data-party"] == nil })
    }

    @Test(arguments: [1, 2, 3, 129, 1000])
    func seatsInTheDocumentDoNotOverlap(size: Int) throws {
        let elements = try #require(SVGInspector.parse(Samples.assembly(of: size, vacant: size / 7).svgDocument()))
        let seats = elements.withClass("seat")
        let centres = try seats.map { (x: try #require($0.number("cx")), y: try #require($0.number("cy"))) }
        // Hollow seats are drawn smaller by half their stroke: use the largest drawn extent.
        let extents = try seats.map { seat -> Double in
            let stroke = Double(elements.inherited("stroke-width", of: seat) ?? "0") ?? 0
            return try #require(seat.number("r")) + stroke / 2
        }
        let diameter = 2 * (extents.max() ?? 0)
        #expect(SVGGeometry.minimumDistance(centres, cell: diameter) >= diameter)
    }

    @Test func malisLegendMatchesItsInput() throws {
        let diagram = Samples.mali
        let elements = try #require(SVGInspector.parse(diagram.svgDocument()))
        let entries = elements.filter { $0.classes.contains("legend-entry") }
        let expected = diagram.parties.map { ($0.label, $0.seats) } + [("Vacant", 13)]
        #expect(entries.count == expected.count)
        let counts = elements.withClass("legend-count").map(\.text)
        let labels = elements.withClass("legend-label").map(\.text)
        #expect(counts == expected.map { String($0.1) })
        #expect(labels == expected.map(\.0))  // all short enough to show whole
        #expect(entries.map { $0.attributes["data-seats"] } == expected.map { String($0.1) })
        #expect(elements.withClass("seat").count == 129)
        #expect(elements.withClass("assembly-size").first?.text == "129")
        #expect(elements.contains { $0.name == "text" && $0.text == "Majority: 65" })
        #expect(diagram.majorityThreshold == 65)
    }

    @Test func hostileLabelsSurviveEscaping() throws {
        let hostile = "L'Union & <Co> \"quoted\" ]]> \u{7}"
        let diagram = ParliamentDiagram(
            title: "<script>alert(1)</script>",
            subtitle: "A & B",
            parties: [DiagramParty(label: hostile, colour: "\"><svg onload=x>", seats: 3)]
        )
        let svg = diagram.svgDocument()
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("onload=x>"))
        let elements = try #require(SVGInspector.parse(svg))
        let cleaned = "L'Union & <Co> \"quoted\" ]]> \u{FFFD}"
        #expect(elements.withClass("seat").allSatisfy { $0.attributes["data-party"] == cleaned })
        #expect(elements.withClass("legend-label").first?.text == cleaned)
        #expect(elements.first { $0.name == "title" }?.text == "<script>alert(1)</script>")
        #expect(elements.withClass("party").first?.attributes["fill"] == DiagramColour.palette(at: 0).hex)
    }

    @Test func longLabelsGiveWayToShortOnesOrAnEllipsis() throws {
        let long = String(repeating: "Libertés, indépendants, outre-mer et territoires ", count: 3)
        let diagram = ParliamentDiagram(
            title: "",
            parties: [
                DiagramParty(label: long, shortLabel: "LIOT", seats: 3),
                DiagramParty(label: long, seats: 2),
            ]
        )
        let elements = try #require(SVGInspector.parse(diagram.svgDocument()))
        let shown = elements.withClass("legend-label").map(\.text)
        #expect(shown.first == "LIOT")
        #expect(shown.last?.hasSuffix("…") == true)
        #expect(elements.filter { $0.name == "title" && $0.text.hasPrefix(long) }.count == 4)  // groups and legend
    }

    /// Equal inputs, built apart, give the same bytes. (What those bytes are is checked against
    /// files in `Tests/Expected/` by the CLI's `ExpectedOutputTests`.)
    @Test func equalInputsGiveTheSameBytes() {
        let copy = ParliamentDiagram(
            title: Samples.mali.title,
            subtitle: Samples.mali.subtitle,
            parties: Samples.mali.parties,
            vacantSeats: 13
        )
        #expect(Array(copy.svgDocument().utf8) == Array(Samples.mali.svgDocument().utf8))
    }

    @Test func fragmentIsTheDocumentWithoutItsProlog() {
        let document = Samples.mali.svgDocument()
        let fragment = Samples.mali.svgFragment()
        #expect(document.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        #expect(fragment.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(document.hasSuffix(fragment))
        #expect(!fragment.contains(" id=\""))
    }

    @Test func usesPartyColoursAndFallsBack() throws {
        let elements = try #require(SVGInspector.parse(Samples.france.svgDocument()))
        let groups = elements.withClass("party")
        #expect(groups.first?.attributes["fill"] == "#cc2443")
        #expect(groups.dropFirst().first?.attributes["fill"] == "#ff8080")  // "#FF8080", normalised
        #expect(groups.last?.attributes["fill"] == DiagramColour.palette(at: 11).hex)  // "not-a-colour"
    }

    @Test func countsAndMajorityFollowTheInput() {
        let diagram = ParliamentDiagram(
            title: "",
            parties: [DiagramParty(label: "A", seats: 5), DiagramParty(label: "B", seats: -4)],
            vacantSeats: 2,
            majority: 4
        )
        #expect(diagram.assemblySize == 7)
        #expect(diagram.majorityThreshold == 4)
        #expect(ParliamentDiagram(title: "", parties: []).assemblySize == 0)
        let listed = ParliamentDiagram(
            title: "",
            parties: [DiagramParty(label: "A", seats: 5), DiagramParty(label: "Z", seats: 0)],
            listsPartiesWithoutSeats: true
        )
        #expect(listed.legendEntries.map(\.label) == ["A", "Z"])
        #expect(ParliamentDiagram(title: "", parties: listed.parties).legendEntries.map(\.label) == ["A"])
    }

    @Test func absurdSizesAreSummarisedNotDrawn() throws {
        for parties in [
            [DiagramParty(label: "Big", seats: ParliamentDiagram.maximumDrawnSeats + 1)],
            [DiagramParty(label: "Max", seats: Int.max), DiagramParty(label: "More", seats: Int.max)],
        ] {
            let diagram = ParliamentDiagram(title: "Huge", parties: parties, vacantSeats: Int.max)
            let elements = try #require(SVGInspector.parse(diagram.svgDocument()))
            #expect(elements.withClass("seat").isEmpty)
            #expect(elements.withClass("assembly-caption").first?.text == "seats, too many to draw")
            #expect(elements.withClass("legend-entry").count == parties.count + 1)
        }
    }

    @Test func emptyAssemblyIsGraceful() throws {
        let elements = try #require(SVGInspector.parse(ParliamentDiagram(title: "", parties: []).svgDocument()))
        #expect(elements.withClass("seat").isEmpty)
        #expect(elements.withClass("empty-chamber").count == 1)
        #expect(elements.withClass("majority").isEmpty)
        #expect(elements.withClass("assembly-caption").first?.text == "no seats")
    }
}
