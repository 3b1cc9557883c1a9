extension ParliamentDiagram {
    /// The drawing's width in pixels; the height follows from the legend.
    static let width = 720.0
    /// The width of the variant drawn for phones: the legend takes fewer columns, so its text
    /// stays readable when the picture fills a 390-pixel screen.
    public static let narrowWidth = 360.0
    /// Outline colour of vacant seats: 4.5:1 against white.
    static let vacantStroke = DiagramColour(red: 0x76, green: 0x76, blue: 0x76)
    /// The largest seat drawn, in pixels, so that small assemblies do not look bloated.
    static let largestSeatDiameter = 44.0

    /// One line of the legend.
    struct LegendEntry {
        var label: String
        /// Shown instead of a label too long for the legend, when it differs from the label.
        var shortLabel: String = ""
        var seats: Int
        /// `nil` for vacant seats, drawn hollow.
        var colour: DiagramColour?
    }

    /// The parties (with resolved colours and clamped seats), in order.
    var resolvedParties: [(party: DiagramParty, colour: DiagramColour, seats: Int)] {
        parties.enumerated().map { index, party in
            (party, DiagramColour.resolve(party.colour, index: index), max(party.seats, 0))
        }
    }

    /// The legend, in drawing order: parties, then "Vacant" when there are vacant seats.
    var legendEntries: [LegendEntry] {
        var entries = resolvedParties.compactMap { party, colour, seats in
            seats > 0 || listsPartiesWithoutSeats || party.boycott
                ? LegendEntry(
                    label: party.label + (party.boycott ? " (boycott)" : ""),
                    shortLabel: party.displayShortLabel + (party.boycott ? " (boycott)" : ""), seats: seats, colour: colour)
                : nil
        }
        if vacantSeats > 0 { entries.append(LegendEntry(label: "Vacant", seats: vacantSeats, colour: nil)) }
        return entries
    }

    /// A plain-text summary for `<desc>`.
    var textSummary: String {
        let size = assemblySize
        var parts = ["Parliament diagram of \(size) \(size == 1 ? "seat" : "seats")."]
        parts += legendEntries.map { "\($0.label): \($0.seats)." }
        if size > 0 { parts.append("Majority: \(majorityThreshold).") }
        return parts.joined(separator: " ")
    }

    func render(standalone: Bool, width: Double = Self.width) -> String {
        let margin = SVGPicture.margin
        let header = SVGPicture(title: title, subtitle: subtitle, width: width)
        let size = assemblySize
        let drawsSeats = size <= Self.maximumDrawnSeats
        let layout = HemicycleLayout(seatCount: drawsSeats ? size : 0)
        // Few seats would be drawn as huge discs: cap their diameter and shrink the hemicycle.
        let radius = min((width - 2 * margin) / 2, Self.largestSeatDiameter / (2 * layout.seatRadius))
        let centreX = width / 2
        let majorityLabelSpace = size > 0 ? 26.0 : 0
        let centreY = header.headerBottom + 14 + majorityLabelSpace + radius
        let legend = LegendLayout(entries: legendEntries, width: width - 2 * margin, top: centreY + 28)
        let height = legend.bottom + margin

        var writer = SVGWriter()
        header.begin(
            &writer,
            kind: "hemicycle-parliament",
            width: width,
            height: height,
            title: title,
            description: textSummary,
            standalone: standalone
        )
        let holeRadius = (0.5 - layout.seatRadius) * radius
        if layout.seats.isEmpty {
            writeEmptyChamber(&writer, layout: layout, centreX: centreX, centreY: centreY, scale: radius)
        }
        if size > 0 {
            // Behind the seats: it shows between the rows and above the hemicycle.
            writeMajority(&writer, centreX: centreX, from: centreY - holeRadius + 4, to: centreY - radius - 6)
        }
        writeSeats(&writer, layout: layout, centreX: centreX, centreY: centreY, scale: radius)
        writeCentreText(
            &writer,
            size: size,
            drawsSeats: drawsSeats,
            centreX: centreX,
            centreY: centreY,
            fontSize: min(44, holeRadius * 0.45)
        )
        legend.write(&writer, left: margin)
        writer.endAll()
        return writer.text
    }

    private func writeSeats(
        _ writer: inout SVGWriter,
        layout: HemicycleLayout,
        centreX: Double,
        centreY: Double,
        scale: Double
    ) {
        let seatRadius = layout.seatRadius * scale
        var next = layout.seats.startIndex
        writer.start("g", [.init("class", "seats")])
        for (index, (party, colour, seats)) in resolvedParties.enumerated() where seats > 0 {
            let end = next + min(seats, layout.seats.endIndex - next)
            guard next < end else { break }
            // Pale colours (e.g. yellow) get a darker rim so the seats stand out from the paper.
            let needsRim = colour.contrastRatio(with: .white) < 1.6
            let rim = needsRim ? max(seatRadius * 0.14, 0.6) : 0
            var attributes: [SVGWriter.Attribute] = [
                .init("class", "party"), .init("data-party", party.label), .init("fill", colour.hex),
            ]
            if needsRim {
                attributes += [
                    .init("stroke", colour.mixed(with: .black, fraction: 0.4).hex), .init("stroke-width", rim),
                ]
            }
            writer.start("g", attributes)
            writer.title("\(party.label): \(seats) \(seats == 1 ? "seat" : "seats")")
            for seat in layout.seats[next..<end] {
                writer.element(
                    "circle",
                    [
                        .init("class", "seat"), .init("data-party", party.label), .init("data-party-index", index),
                        .init("cx", centreX + seat.x * scale), .init("cy", centreY - seat.y * scale),
                        .init("r", seatRadius - rim / 2),
                    ]
                )
            }
            writer.end()
            next = end
        }
        if next < layout.seats.endIndex {
            let stroke = max(seatRadius * 0.2, 0.8)
            writer.start(
                "g",
                [
                    .init("class", "vacant"), .init("fill", "none"), .init("stroke", Self.vacantStroke.hex),
                    .init("stroke-width", stroke),
                ]
            )
            writer.title("Vacant: \(layout.seats.endIndex - next)")
            for seat in layout.seats[next...] {
                writer.element(
                    "circle",
                    [
                        .init("class", "seat vacant"), .init("cx", centreX + seat.x * scale),
                        .init("cy", centreY - seat.y * scale), .init("r", seatRadius - stroke / 2),
                    ]
                )
            }
            writer.end()
        }
        writer.end()
    }

    private func writeCentreText(
        _ writer: inout SVGWriter,
        size: Int,
        drawsSeats: Bool,
        centreX: Double,
        centreY: Double,
        fontSize: Double
    ) {
        let caption: String
        switch (size, drawsSeats) {
        case (0, _): caption = "no seats"
        case (1, _): caption = "seat"
        case (_, true): caption = "seats"
        case (_, false): caption = "seats, too many to draw"
        }
        writer.element(
            "text",
            [
                .init("class", "assembly-size"), .init("x", centreX), .init("y", centreY - 22 - fontSize * 0.1),
                .init("text-anchor", "middle"), .init("font-size", fontSize), .init("font-weight", "bold"),
                .init("fill", SVGPicture.ink),
            ],
            text: String(size)
        )
        writer.element(
            "text",
            [
                .init("class", "assembly-caption"), .init("x", centreX), .init("y", centreY - 6),
                .init("text-anchor", "middle"), .init("font-size", 15), .init("fill", SVGPicture.mutedInk),
            ],
            text: caption
        )
    }

    /// A pale half-annulus where the seats would be, so that an empty or undrawable assembly
    /// still reads as a chamber.
    private func writeEmptyChamber(
        _ writer: inout SVGWriter,
        layout: HemicycleLayout,
        centreX: Double,
        centreY: Double,
        scale: Double
    ) {
        let outer = (1 - layout.pitch / 2 + layout.seatRadius) * scale
        let inner = (0.5 - layout.seatRadius) * scale
        func point(_ x: Double) -> String { "\(SVGNumber.format(centreX + x)),\(SVGNumber.format(centreY))" }
        let o = SVGNumber.format(outer)
        let i = SVGNumber.format(inner)
        writer.element(
            "path",
            [
                .init("class", "empty-chamber"),
                .init(
                    "d",
                    "M\(point(-outer)) A\(o),\(o) 0 0 1 \(point(outer)) L\(point(inner)) A\(i),\(i) 0 0 0 \(point(-inner)) Z"
                ),
                .init("fill", "#f0f0f0"),
            ]
        )
    }

    private func writeMajority(_ writer: inout SVGWriter, centreX: Double, from bottom: Double, to top: Double) {
        writer.start("g", [.init("class", "majority")])
        writer.element(
            "line",
            [
                .init("x1", centreX), .init("y1", bottom), .init("x2", centreX), .init("y2", top),
                .init("stroke", SVGPicture.ink), .init("stroke-width", 1.5), .init("stroke-dasharray", "5 4"),
            ]
        )
        writer.element(
            "text",
            [
                .init("x", centreX), .init("y", top - 6), .init("text-anchor", "middle"), .init("font-size", 14),
                .init("font-weight", "bold"), .init("fill", SVGPicture.ink),
            ],
            text: "Majority: \(majorityThreshold)"
        )
        writer.end()
    }
}
