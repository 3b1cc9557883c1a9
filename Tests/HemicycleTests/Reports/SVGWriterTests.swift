import Testing

@testable import Hemicycle

@Suite("SVG writer") struct SVGWriterTests {
    @Test(arguments: [
        ("L'Union & <Co>", "L'Union &amp; &lt;Co&gt;", "L&apos;Union &amp; &lt;Co&gt;"),
        ("Ménaka", "Ménaka", "Ménaka"),
        ("ADEMA-PASJ", "ADEMA-PASJ", "ADEMA-PASJ"),
        ("say \"no\"", "say \"no\"", "say &quot;no&quot;"),
        ("]]> end", "]]&gt; end", "]]&gt; end"),
        ("a\tb\nc\rd", "a\tb\nc&#13;d", "a&#9;b&#10;c&#13;d"),
        ("nul\u{0}bell\u{7}", "nul\u{FFFD}bell\u{FFFD}", "nul\u{FFFD}bell\u{FFFD}"),
        ("\u{FFFE}\u{FFFF}", "\u{FFFD}\u{FFFD}", "\u{FFFD}\u{FFFD}"),
        ("中文 🇲🇱", "中文 🇲🇱", "中文 🇲🇱"),
    ])
    func escapes(input: String, text: String, attribute: String) {
        #expect(SVGWriter.escapeText(input) == text)
        #expect(SVGWriter.escapeAttribute(input) == attribute)
    }

    @Test func writesNestedElementsInOrder() {
        var writer = SVGWriter()
        writer.start("g", [.init("class", "a&b"), .init("x", 1.5), .init("n", 3)])
        writer.element("circle", [.init("r", 2.0)])
        writer.element("text", text: "<hi>")
        writer.endAll()
        #expect(
            writer.text == """
                <g class="a&amp;b" x="1.5" n="3">
                  <circle r="2"/>
                  <text>&lt;hi&gt;</text>
                </g>

                """
        )
    }

    @Test func endWithNothingOpenDoesNothing() {
        var writer = SVGWriter()
        writer.end()
        #expect(writer.text.isEmpty)
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (-0.001, "0"), (-0.004999, "0"), (1.0, "1"), (-1.0, "-1"),
        (3.14159, "3.14"), (2.5, "2.5"), (12.50, "12.5"), (0.1, "0.1"), (0.05, "0.05"), (-0.005, "-0.01"),
        (1_234_567.891, "1234567.89"), (1e20, "1000000000"), (-1e20, "-1000000000"),
        (.nan, "0"), (.infinity, "0"), (-.infinity, "0"), (1e-300, "0"),
    ])
    func formatsNumbers(value: Double, expected: String) {
        #expect(SVGNumber.format(value) == expected)
    }

    @Test func formatsWithOtherPrecisions() {
        #expect(SVGNumber.format(12.5, decimals: 0) == "13")
        #expect(SVGNumber.format(-12.5, decimals: 0) == "-13")
        #expect(SVGNumber.format(1.0005, decimals: 3) == "1.001" || SVGNumber.format(1.0005, decimals: 3) == "1")
        #expect(SVGNumber.format(0.000001, decimals: 6) == "0.000001")
        #expect(SVGNumber.format(1.23, decimals: -4) == "1")
        #expect(SVGNumber.format(1.2345678, decimals: 99) == "1.234568")
    }

    @Test(arguments: [
        (0.0, "0%"), (-1.0, "0%"), (Double.nan, "0%"), (0.00004, "<0.1%"), (0.0005, "0.1%"), (0.1234, "12.3%"),
        (0.5, "50%"), (0.9996, ">99.9%"), (1.0, "100%"), (3.0, "100%"),
    ])
    func formatsPercentages(probability: Double, expected: String) {
        #expect(SVGNumber.percent(probability) == expected)
    }

    @Test func groupsThousands() {
        #expect(SVGNumber.grouped(0) == "0")
        #expect(SVGNumber.grouped(999) == "999")
        #expect(SVGNumber.grouped(10_000) == "10,000")
        #expect(SVGNumber.grouped(-1_234_567) == "-1,234,567")
        #expect(SVGNumber.grouped(Int.min) == "-9,223,372,036,854,775,808")
    }
}

@Suite("Text metrics") struct TextMetricsTests {
    @Test func truncatesToFitWithAnEllipsis() {
        let long = "Union pour la République et la Démocratie et ses alliés"
        let short = TextMetrics.truncate(long, toWidth: 120, fontSize: 14)
        #expect(short.hasSuffix("…"))
        #expect(TextMetrics.width(of: short, fontSize: 14) <= 120)
        #expect(long.hasPrefix(short.dropLast()))
        #expect(TextMetrics.truncate("SADI", toWidth: 120, fontSize: 14) == "SADI")
        #expect(TextMetrics.truncate("SADI", toWidth: 0, fontSize: 14) == "…")
    }

    @Test func widerTextMeasuresWider() {
        #expect(TextMetrics.width(of: "WWW", fontSize: 10) > TextMetrics.width(of: "iii", fontSize: 10))
        #expect(TextMetrics.width(of: "ab", fontSize: 10, bold: true) > TextMetrics.width(of: "ab", fontSize: 10))
        #expect(TextMetrics.width(of: "中", fontSize: 10) > TextMetrics.width(of: "a", fontSize: 10))
        #expect(TextMetrics.width(of: "", fontSize: 10) == 0)
    }

    @Test func wrapsAtSpaces() {
        let lines = TextMetrics.wrap("Parti pour la Renaissance Nationale", toWidth: 120, fontSize: 12, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { TextMetrics.width(of: $0, fontSize: 12) <= 120 })
        #expect(TextMetrics.wrap("SADI", toWidth: 120, fontSize: 12, maxLines: 2) == ["SADI"])
        #expect(TextMetrics.wrap("   ", toWidth: 120, fontSize: 12, maxLines: 2).isEmpty)
        #expect(TextMetrics.wrap("a b", toWidth: 120, fontSize: 12, maxLines: 0).isEmpty)
        let one = TextMetrics.wrap(String(repeating: "word ", count: 50), toWidth: 100, fontSize: 12, maxLines: 1)
        #expect(one.count == 1 && one[0].hasSuffix("…"))
        let three = TextMetrics.wrap(String(repeating: "word ", count: 50), toWidth: 100, fontSize: 12, maxLines: 3)
        #expect(three.count == 3 && three[2].hasSuffix("…") && !three[0].hasSuffix("…"))
    }
}
