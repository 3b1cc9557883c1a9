import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses SVG text with Foundation's `XMLParser` and keeps every element, for assertions.
///
/// Parsing at all proves the text well-formed: ``parse(_:)`` returns `nil` otherwise.
final class SVGInspector: NSObject, XMLParserDelegate {
    /// One parsed element: its name, attributes, and the text directly inside it.
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        /// Names of the enclosing elements, outermost first.
        var ancestors: [String]
        /// The index of the enclosing element in the parsed list, `nil` for the root.
        var parent: Int?

        /// The whitespace-separated classes.
        var classes: Set<String> {
            Set((attributes["class"] ?? "").split(separator: " ").map(String.init))
        }

        func number(_ attribute: String) -> Double? {
            attributes[attribute].flatMap(Double.init)
        }
    }

    private(set) var elements: [Element] = []
    private var stack: [Int] = []
    private(set) var errorDescription: String?

    /// The elements of `svg`, in document order, or `nil` if it is not well-formed XML.
    static func parse(_ svg: String) -> [Element]? {
        let inspector = SVGInspector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = inspector
        guard parser.parse(), inspector.errorDescription == nil else { return nil }
        return inspector.elements
    }

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let ancestors = stack.map { elements[$0].name }
        elements.append(
            Element(name: elementName, attributes: attributes, text: "", ancestors: ancestors, parent: stack.last)
        )
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let index = stack.last else { return }
        elements[index].text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        errorDescription = "\(parseError)"
    }
}

extension Array where Element == SVGInspector.Element {
    /// The elements having class `name`.
    func withClass(_ name: String) -> [SVGInspector.Element] {
        filter { $0.classes.contains(name) }
    }

    /// The value of `attribute` on `element` or, as SVG inherits presentation attributes, on
    /// the nearest ancestor that has it.
    func inherited(_ attribute: String, of element: SVGInspector.Element) -> String? {
        var current: SVGInspector.Element? = element
        while let candidate = current {
            if let value = candidate.attributes[attribute] { return value }
            current = candidate.parent.map { self[$0] }
        }
        return nil
    }
}

/// Geometry checks shared by the picture tests.
enum SVGGeometry {
    /// The smallest distance between two of `points`, or `.infinity` for fewer than two.
    ///
    /// Buckets points in a grid of `cell`-sized squares and compares each with its own and the
    /// eight neighbouring buckets: O(*n*) when no bucket is crowded. Pairs closer than `cell`
    /// always share or neighbour a bucket, so the result is below `cell` exactly when some pair
    /// is closer than `cell` (and is then the true minimum).
    static func minimumDistance(_ points: [(x: Double, y: Double)], cell: Double) -> Double {
        var buckets: [[Int]: [Int]] = [:]
        for (index, point) in points.enumerated() {
            buckets[[Int((point.x / cell).rounded(.down)), Int((point.y / cell).rounded(.down))], default: []].append(
                index
            )
        }
        var best = Double.infinity
        for (index, point) in points.enumerated() {
            let column = Int((point.x / cell).rounded(.down))
            let row = Int((point.y / cell).rounded(.down))
            for dx in -1...1 {
                for dy in -1...1 {
                    for other in buckets[[column + dx, row + dy], default: []] where other > index {
                        let distance =
                            ((point.x - points[other].x) * (point.x - points[other].x)
                            + (point.y - points[other].y) * (point.y - points[other].y)).squareRoot()
                        best = Swift.min(best, distance)
                    }
                }
            }
        }
        return best
    }
}
