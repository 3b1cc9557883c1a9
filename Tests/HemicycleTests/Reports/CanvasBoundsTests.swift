import Foundation
import Testing

@testable import Hemicycle

/// Nothing cut off: every piece of text, by the same width estimate that lays it out, lies
/// inside the picture's canvas.
@Suite("Canvas bounds") struct CanvasBoundsTests {
    static let pictures: [(String, String)] =
        Samples.all + [
            (
                "thousands",
                ParliamentDiagram(title: "Big", parties: [DiagramParty(label: "A", seats: 9_999)]).svgDocument()
            )
        ]

    @Test(arguments: pictures.map(\.0))
    func textStaysOnTheCanvas(name: String) throws {
        let svg = try #require(Self.pictures.first { $0.0 == name }?.1)
        let elements = try #require(SVGInspector.parse(svg))
        let root = try #require(elements.first)
        let width = try #require(root.number("width"))
        let height = try #require(root.number("height"))
        for element in elements where element.name == "text" || element.name == "tspan" {
            let content = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !content.isEmpty else { continue }
            let size = Double(elements.inherited("font-size", of: element) ?? "16") ?? 16
            let bold = elements.inherited("font-weight", of: element) == "bold"
            let textWidth = TextMetrics.width(of: content, fontSize: size, bold: bold)
            let x = try #require(element.number("x") ?? element.parent.flatMap { elements[$0].number("x") })
            let left: Double
            switch elements.inherited("text-anchor", of: element) {
            case "middle": left = x - textWidth / 2
            case "end": left = x - textWidth
            default: left = x
            }
            #expect(
                left >= 0 && left + textWidth <= width,
                "\(name): '\(content)' spans \(left)…\(left + textWidth) of \(width)"
            )
            if let y = element.number("y") {
                #expect(y - size >= 0 && y + size * 0.25 <= height, "\(name): '\(content)' at y \(y) of \(height)")
            }
        }
    }
}
