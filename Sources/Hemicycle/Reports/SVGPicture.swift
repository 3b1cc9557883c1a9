/// What every picture shares: the root `<svg>` element, its accessible title and description,
/// a white background, and a header with a wrapped title and subtitle.
struct SVGPicture {
    /// Text colours, all at least 7:1 against the white background (WCAG AAA).
    static let ink = "#1a1a1a"
    /// Secondary text: subtitles, axis labels.
    static let mutedInk = "#555555"
    /// Outer margin, in pixels, on every side.
    static let margin = 24.0

    static let titleSize = 22.0
    static let titleLineHeight = 28.0
    static let subtitleSize = 14.0
    static let subtitleLineHeight = 19.0

    /// The title, wrapped to at most two lines.
    let titleLines: [String]
    /// The subtitle, wrapped to at most three lines.
    let subtitleLines: [String]

    /// Wraps `title` and `subtitle` to `width` pixels.
    init(title: String, subtitle: String?, width: Double) {
        let available = width - 2 * Self.margin
        titleLines = TextMetrics.wrap(title, toWidth: available, fontSize: Self.titleSize, bold: true, maxLines: 2)
        subtitleLines = TextMetrics.wrap(
            subtitle ?? "",
            toWidth: available,
            fontSize: Self.subtitleSize,
            maxLines: 3
        )
    }

    /// The y coordinate just below the header.
    var headerBottom: Double {
        Self.margin + Double(titleLines.count) * Self.titleLineHeight
            + Double(subtitleLines.count) * Self.subtitleLineHeight
    }

    /// Opens the root element and writes title, description, background and header.
    ///
    /// - Parameters:
    ///   - writer: the writer to append to; the root element is left open.
    ///   - kind: a class naming the picture, e.g. `hemicycle-parliament`.
    ///   - width: the canvas width in pixels.
    ///   - height: the canvas height in pixels.
    ///   - title: the full title, kept whole in `<title>` whatever the header shows.
    ///   - description: a text alternative for screen readers, in `<desc>`.
    ///   - standalone: whether to begin with the XML declaration.
    func begin(
        _ writer: inout SVGWriter,
        kind: String,
        width: Double,
        height: Double,
        title: String,
        description: String,
        standalone: Bool
    ) {
        if standalone { writer.writeProlog() }
        writer.start(
            "svg",
            [
                .init("xmlns", "http://www.w3.org/2000/svg"),
                .init("class", kind),
                .init("width", width),
                .init("height", height),
                .init("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"),
                .init("role", "img"),
                .init("font-family", TextMetrics.fontFamily),
            ]
        )
        writer.title(title)
        writer.element("desc", text: description)
        writer.element(
            "rect",
            [.init("class", "background"), .init("width", width), .init("height", height), .init("fill", "#ffffff")]
        )
        var y = Self.margin
        for line in titleLines {
            y += Self.titleLineHeight
            writer.element(
                "text",
                [
                    .init("class", "title"), .init("x", Self.margin), .init("y", y - 7),
                    .init("font-size", Self.titleSize), .init("font-weight", "bold"), .init("fill", Self.ink),
                ],
                text: line
            )
        }
        for line in subtitleLines {
            y += Self.subtitleLineHeight
            writer.element(
                "text",
                [
                    .init("class", "subtitle"), .init("x", Self.margin), .init("y", y - 4),
                    .init("font-size", Self.subtitleSize), .init("fill", Self.mutedInk),
                ],
                text: line
            )
        }
    }
}
