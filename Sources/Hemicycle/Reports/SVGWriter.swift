/// A tiny, deterministic writer of SVG (XML) text.
///
/// Elements are written in order with their attributes in the order given, so the same calls
/// always produce the same bytes. Text and attribute values are escaped; characters that XML 1.0
/// cannot carry at all (most C0 controls, U+FFFE, U+FFFF) are replaced by U+FFFD, so any Swift
/// string can be written. Numbers go through ``SVGNumber`` (fixed decimals, no locale, no `-0`).
///
/// The writer indents nested elements by two spaces and never emits an `id`, so several
/// pictures can be inlined in one HTML page without clashes.
struct SVGWriter {
    /// One `name="value"` pair; the value is escaped when written.
    struct Attribute {
        var name: String
        var value: String

        init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }

        init(_ name: String, _ value: Double) {
            self.init(name, SVGNumber.format(value))
        }

        init(_ name: String, _ value: Int) {
            self.init(name, String(value))
        }
    }

    /// The text written so far.
    private(set) var text = ""
    private var openElements: [String] = []

    /// Appends the XML declaration; call first, for standalone documents only.
    mutating func writeProlog() {
        text += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    }

    /// Opens `<name …>`; close it with ``end()``.
    mutating func start(_ name: String, _ attributes: [Attribute] = []) {
        writeOpeningTag(name, attributes, selfClosing: false)
        text += "\n"
        openElements.append(name)
    }

    /// Closes the innermost open element; does nothing when none is open.
    mutating func end() {
        guard let name = openElements.popLast() else { return }
        indent()
        text += "</\(name)>\n"
    }

    /// Closes every element still open.
    mutating func endAll() {
        while !openElements.isEmpty { end() }
    }

    /// Writes an empty element, `<name …/>`.
    mutating func element(_ name: String, _ attributes: [Attribute] = []) {
        writeOpeningTag(name, attributes, selfClosing: true)
        text += "\n"
    }

    /// Writes an element holding escaped text, `<name …>text</name>`.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], text content: String) {
        writeOpeningTag(name, attributes, selfClosing: false)
        text += Self.escapeText(content)
        text += "</\(name)>\n"
    }

    /// Writes `<title>` holding `content`: a tooltip for its parent and its accessible name.
    mutating func title(_ content: String) {
        element("title", text: content)
    }

    private mutating func writeOpeningTag(_ name: String, _ attributes: [Attribute], selfClosing: Bool) {
        indent()
        text += "<" + name
        for attribute in attributes {
            text += " " + attribute.name + "=\"" + Self.escapeAttribute(attribute.value) + "\""
        }
        text += selfClosing ? "/>" : ">"
    }

    private mutating func indent() {
        text += String(repeating: "  ", count: openElements.count)
    }

    // MARK: Escaping

    /// Escapes character data: `&`, `<` and `>` become entities, and characters XML cannot hold
    /// become U+FFFD.
    static func escapeText(_ string: String) -> String {
        escape(string, inAttribute: false)
    }

    /// Escapes an attribute value for use between double quotes: as ``escapeText(_:)``, plus
    /// quotes, and tab, line feed and carriage return as character references so that attribute
    /// normalisation keeps them.
    static func escapeAttribute(_ string: String) -> String {
        escape(string, inAttribute: true)
    }

    private static func escape(_ string: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute: result += "&apos;"
            case "\t" where inAttribute: result += "&#9;"
            case "\n" where inAttribute: result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if isAllowedInXML(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\u{FFFD}"
                }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` as a character (its `Char` production).
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF: true
        case 0xE000...0xFFFD: true
        case 0x10000...0x10FFFF: true
        default: false
        }
    }
}
