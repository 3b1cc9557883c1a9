import Testing

@testable import Hemicycle

@Suite("Seat distribution") struct SeatDistributionTests {
    @Test func computesProbabilitiesAndIntervals() {
        let urd = SeatDistribution(label: "URD", frequencies: [120, 4_000, 5_880], deterministicSeats: 2)
        #expect(urd.replicates == 10_000)
        #expect(urd.probability(of: 1) == 0.4)
        #expect(urd.probability(of: 3) == 0)
        #expect(urd.probability(of: -1) == 0)
        #expect(urd.probability(ofAtLeast: 2) == 0.588)
        #expect(urd.probability(ofAtLeast: 0) == 1)
        #expect(urd.interval() == 1...2)
        #expect(urd.interval(coverage: 1) == 0...2)
        #expect(urd.observedRange == 0...2)
    }

    @Test func intervalLeavesAtMostFivePercentOnEachSide() {
        // 100 replicates, one per seat count 0...99.
        let flat = SeatDistribution(label: "Flat", frequencies: Array(repeating: 1, count: 100))
        #expect(flat.interval() == 4...94)
        let lone = SeatDistribution(label: "Lone", frequencies: [0, 0, 0, 7])
        #expect(lone.interval() == 3...3)
        #expect(lone.observedRange == 3...3)
    }

    @Test func emptyAndHostileTablesDoNotTrap() {
        let empty = SeatDistribution(label: "", frequencies: [])
        #expect(empty.replicates == 0)
        #expect(empty.interval() == nil)
        #expect(empty.observedRange == nil)
        #expect(empty.probability(ofAtLeast: 1) == 0)
        let hostile = SeatDistribution(label: "", frequencies: [Int.max, -5, Int.max, Int.min])
        #expect(hostile.replicates == Int.max)
        #expect(hostile.interval(coverage: .nan) != nil)
    }
}

@Suite("Seat distribution chart") struct SeatDistributionChartTests {
    @Test func drawsOnePanelAndOneBarPerSeatCountSeen() throws {
        let chart = Samples.maliDistributions
        let elements = try #require(SVGInspector.parse(chart.svgDocument()))
        #expect(elements.withClass("distribution").count == chart.parties.count)
        for party in chart.parties {
            let bars = elements.withClass("bar").filter { $0.attributes["data-party"] == party.label }
            #expect(bars.count == party.frequencies.filter { $0 > 0 }.count)
            let seen = party.frequencies.indices.filter { party.frequencies[$0] > 0 }.map(String.init)
            #expect(bars.compactMap { $0.attributes["data-seats"] } == seen)
        }
    }

    @Test func labelsTheChanceOfAMajorityTheIntervalAndTheResult() throws {
        let chart = Samples.maliDistributions
        let elements = try #require(SVGInspector.parse(chart.svgDocument()))
        let chances = elements.withClass("majority-probability").map(\.text)
        let expected = chart.parties.map { party in
            party.replicates == 0
                ? "Chance of majority: no data"
                : "Chance of majority: \(SVGNumber.percent(party.probability(ofAtLeast: 65)))"
        }
        #expect(chances == expected)
        #expect(chances.first == "Chance of majority: 63.2%")
        #expect(elements.withClass("interval").count == chart.parties.filter { $0.replicates > 0 }.count)
        #expect(elements.withClass("result").count == chart.parties.filter { $0.deterministicSeats != nil }.count)
        #expect(elements.withClass("majority").count == 1)  // only the largest party's axis reaches 65
        #expect(elements.withClass("majority-off-scale").count == chart.parties.count - 1)
        #expect(elements.withClass("statistics").first?.text.contains("90% interval: 59–73 seats") == true)
    }

    @Test func longNamesAreTruncatedButKeptWhole() throws {
        let chart = Samples.maliDistributions
        let elements = try #require(SVGInspector.parse(chart.svgDocument()))
        let long = chart.parties[2].label
        let shown = try #require(elements.withClass("party-label").dropFirst(2).first?.text)
        #expect(shown.hasSuffix("…") && long.hasPrefix(shown.dropLast()))
        #expect(elements.contains { $0.name == "title" && $0.text == long })
    }

    @Test func theDocumentEndsWithTheFragmentAndEscapes() throws {
        let chart = Samples.maliDistributions
        #expect(chart.svgDocument().hasSuffix(chart.svgFragment()))
        let elements = try #require(SVGInspector.parse(chart.svgDocument()))
        #expect(elements.withClass("distribution").map { $0.attributes["data-party"] }.contains("L'Union & <Co>"))
    }

    @Test func extremeInputsDoNotTrap() throws {
        let chart = SeatDistributionChart(
            title: String(repeating: "Very long title ", count: 40),
            subtitle: "\u{0}",
            assemblySize: Int.max,
            majority: Int.min,
            parties: [
                SeatDistribution(label: "", frequencies: [Int.max, Int.max, -1], deterministicSeats: Int.max),
                SeatDistribution(label: "Min", frequencies: [0, 0, 5], deterministicSeats: Int.min),
                SeatDistribution(label: "Wide", frequencies: [1] + Array(repeating: 0, count: 5_000) + [1]),
            ]
        )
        let elements = try #require(SVGInspector.parse(chart.svgDocument()))
        #expect(elements.withClass("distribution").count == 3)
        #expect(elements.withClass("title").count == 2)  // wrapped to at most two lines
        let empty = try #require(
            SVGInspector.parse(SeatDistributionChart(title: "", assemblySize: 0, parties: []).svgDocument())
        )
        #expect(empty.withClass("distribution").isEmpty)
    }
}
