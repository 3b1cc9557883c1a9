/// A CSV file read as RFC 4180 says: fields separated by commas (or another one-character
/// delimiter), quoted with `"` when they hold a delimiter, a quote (doubled) or a line break;
/// lines end in LF or CRLF. The first line is the header. Every row keeps the line it started
/// on, so that a problem can name it.
public struct CSVTable: Sendable {
    /// The header's column names, trimmed.
    public var columns: [String]
    /// The rows, each with as many fields as the header, and the line (from 1) it started on.
    public var rows: [(line: Int, fields: [String])]

    /// Why a table cannot be read.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// The line (from 1), or 0 for the whole file.
        public var line: Int
        public var message: String
        public var description: String { line > 0 ? "line \(line): \(message)" : message }
    }

    /// Reads `text`.
    ///
    /// - Throws: ``Problem`` for an empty file, an unclosed quote, a field after a closing quote,
    ///   or a row with more or fewer fields than the header (naming its line).
    public init(_ text: String, delimiter: Character = ",") throws(Problem) {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        var pending: Character? = characters.next()
        if pending == "\u{FEFF}" { pending = characters.next() }  // a byte-order mark
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
            field = ""
            afterQuote = false
        }
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            case delimiter:
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                if afterQuote {
                    throw Problem(line: line, message: "text after a closing quote; a quote inside a quoted field is written twice (\"\")")
                }
                field.append(character)
            }
        }
        if quoted { throw Problem(line: recordLine, message: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let header = records.first else { throw Problem(line: 0, message: "the file is empty: it needs a header row") }
        columns = header.fields.map { $0.trimmingBlanks() }
        rows = Array(records.dropFirst())
        for row in rows where row.fields.count != columns.count {
            throw Problem(line: row.line, message: "\(row.fields.count) fields, but the header has \(columns.count)")
        }
    }
}
