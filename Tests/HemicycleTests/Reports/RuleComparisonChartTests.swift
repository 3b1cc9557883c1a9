import Testing

@testable import Hemicycle

@Suite("Rule comparison chart") struct RuleComparisonChartTests {
    @Test func drawsOneBarPerPartyAndRuleWithItsValue() throws {
        let chart = Samples.maliRules
        let elements = try #require(SVGInspector.parse(chart.svgDocument()))
        let bars = elements.withClass("bar")
        #expect(bars.count == chart.parties.count * chart.rules.count)
        let expected = chart.parties.flatMap { party in party.seats.map(String.init) }
        #expect(bars.compactMap { $0.attributes["data-seats"] } == expected)
        #expect(elements.withClass("value").map(\.text) == expected)
        #expect(bars.compactMap { $0.attributes["data-rule"] } == chart.parties.flatMap { _ in chart.rules })
        #expect(elements.withClass("key-rule").compactMap { $0.attributes["data-rule"] } == chart.rules)
        // Longer bars for more seats.
        let widths = try bars.map { try #require($0.number("width")) }
        let seats = chart.parties.flatMap(\.seats)
        for (a, b) in zip(zip(widths, seats), zip(widths, seats).dropFirst()) where a.1 < b.1 {
            #expect(a.0 < b.0)
        }
    }

    @Test func drawsTheMajorityLineOrSaysItIsOffTheScale() throws {
        let mali = try #require(SVGInspector.parse(Samples.maliRules.svgDocument()))
        #expect(mali.withClass("majority").count == 1)
        #expect(mali.contains { $0.name == "text" && $0.text == "Majority: 65" })
        #expect(mali.withClass("majority-off-scale").isEmpty)
        let fragmented = RuleComparisonChart(
            title: "Fragmented",
            rules: ["A"],
            parties: (1...20).map { .init(label: "P\($0)", seats: [25]) }
        )
        #expect(fragmented.majorityThreshold == 251)
        let elements = try #require(SVGInspector.parse(fragmented.svgDocument()))
        #expect(elements.withClass("majority-off-scale").first?.text == "Majority: 251 (beyond the scale) →")
    }

    @Test func longNamesWrapAndKeepTheirFullText() throws {
        let chart = Samples.franceRules
        let elements = try #require(SVGInspector.parse(chart.svgDocument()))
        let lines = elements.filter { $0.name == "tspan" }
        #expect(
            lines.allSatisfy { TextMetrics.width(of: $0.text, fontSize: 12) <= RuleComparisonChart.maximumLabelWidth }
        )
        let labels = Dictionary(grouping: lines) { $0.parent ?? -1 }.sorted { $0.key < $1.key }
            .map { $0.value.map(\.text).joined(separator: " ") }
        #expect(labels == chart.parties.map(\.label))  // all fit in two lines
        #expect(labels.contains("Libertés, indépendants, outre-mer et territoires"))
        #expect(lines.count > chart.parties.count)  // some did wrap
        let truncated = RuleComparisonChart(
            title: "",
            rules: ["A"],
            parties: [
                .init(label: String(repeating: "Parti très long ", count: 12), seats: [3]),
                .init(label: String(repeating: "Parti très long ", count: 12), shortLabel: "PTL", seats: [3]),
            ]
        )
        let shown = try #require(SVGInspector.parse(truncated.svgDocument())).filter { $0.name == "tspan" }
        #expect(shown.count == 3 && shown[1].text.hasSuffix("…") && shown[2].text == "PTL")
    }

    @Test func theDocumentEndsWithTheFragment() {
        let chart = Samples.franceRules
        #expect(chart.svgDocument().hasSuffix(chart.svgFragment()))
        #expect(!chart.svgFragment().hasPrefix("<?xml"))
    }

    @Test func toleratesMissingNegativeAndHugeCounts() throws {
        let chart = RuleComparisonChart(
            title: "Odd",
            rules: ["One", "Two", "Three"],
            parties: [
                .init(label: "Short list", seats: [5]),
                .init(label: "Negative", seats: [-3, Int.min, 2]),
                .init(label: "Huge", seats: [Int.max, 0, 1]),
            ]
        )
        let elements = try #require(SVGInspector.parse(chart.svgDocument()))
        #expect(
            elements.withClass("bar").compactMap { $0.attributes["data-seats"] } == [
                "5", "0", "0", "0", "0", "2", String(Int.max), "0", "1",
            ]
        )
        for chart in [
            RuleComparisonChart(title: "", rules: [], parties: []),
            RuleComparisonChart(title: "", rules: ["A"], parties: []),
            RuleComparisonChart(title: "", rules: [], parties: [.init(label: "X", seats: [1])]),
        ] {
            #expect(SVGInspector.parse(chart.svgDocument()) != nil)
        }
    }
}
