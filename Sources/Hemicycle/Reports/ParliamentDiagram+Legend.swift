extension ParliamentDiagram {
    /// The legend under the hemicycle: a grid of entries, filled column by column, each a
    /// coloured badge holding the seat count (text black or white, whichever contrasts more)
    /// and the party's label, truncated with an ellipsis when too long (full in a tooltip).
    struct LegendLayout {
        static let rowHeight = 28.0
        static let badgeHeight = 22.0
        static let labelSize = 14.0
        static let countSize = 13.0
        static let columnGap = 24.0
        static let badgeGap = 8.0
        /// The widest a label may be before it is truncated.
        static let maximumLabelWidth = 300.0

        let entries: [LegendEntry]
        let top: Double
        let badgeWidth: Double
        let labelWidth: Double
        let columns: Int
        let rows: Int
        /// Horizontal offset that centres the grid in the available width.
        let inset: Double

        init(entries: [LegendEntry], width: Double, top: Double) {
            self.entries = entries
            self.top = top
            let widestCount =
                entries.map { TextMetrics.width(of: String($0.seats), fontSize: Self.countSize, bold: true) }
                .max() ?? 0
            badgeWidth = max(30, widestCount + 14)
            let widestLabel = entries.map { TextMetrics.width(of: $0.label, fontSize: Self.labelSize) }.max() ?? 0
            // The most columns (up to 6) whose label width still shows the widest label, or at
            // least 220 px of it; otherwise one column.
            let wanted = min(widestLabel, 220)
            var columns = 1
            for candidate in stride(from: min(entries.count, 6), to: 1, by: -1)
            where Self.labelWidth(columns: candidate, width: width, badgeWidth: badgeWidth) >= wanted {
                columns = candidate
                break
            }
            // Filled column by column, the last columns may be empty: keep only those used.
            rows = entries.isEmpty ? 0 : (entries.count + columns - 1) / columns
            self.columns = rows == 0 ? 1 : (entries.count + rows - 1) / rows
            labelWidth = max(
                0,
                min(
                    widestLabel,
                    Self.maximumLabelWidth,
                    Self.labelWidth(columns: columns, width: width, badgeWidth: badgeWidth)
                )
            )
            let columnWidth = badgeWidth + Self.badgeGap + labelWidth + Self.columnGap
            let used = Double(self.columns) * columnWidth - Self.columnGap
            inset = max(0, (width - used) / 2)
        }

        /// The label if it fits, else the short label if that fits, else the label truncated.
        static func shownLabel(_ entry: LegendEntry, width: Double) -> String {
            let fitted = TextMetrics.truncate(entry.label, toWidth: width, fontSize: labelSize)
            guard fitted != entry.label, !entry.shortLabel.isEmpty, entry.shortLabel != entry.label,
                TextMetrics.width(of: entry.shortLabel, fontSize: labelSize) <= width
            else { return fitted }
            return entry.shortLabel
        }

        /// The room left for labels when `columns` columns share `width`.
        static func labelWidth(columns: Int, width: Double, badgeWidth: Double) -> Double {
            (width + columnGap) / Double(columns) - columnGap - badgeWidth - badgeGap
        }

        var bottom: Double {
            top + Double(rows) * Self.rowHeight
        }

        func write(_ writer: inout SVGWriter, left: Double) {
            guard !entries.isEmpty else { return }
            let columnWidth = badgeWidth + Self.badgeGap + labelWidth + Self.columnGap
            writer.start("g", [.init("class", "legend")])
            for (index, entry) in entries.enumerated() {
                let column = index / rows
                let row = index % rows
                let x = left + inset + Double(column) * columnWidth
                let y = top + Double(row) * Self.rowHeight
                let isVacant = entry.colour == nil
                writer.start(
                    "g",
                    [
                        .init("class", isVacant ? "legend-entry vacant" : "legend-entry"),
                        .init("data-seats", entry.seats),
                    ]
                )
                writer.title("\(entry.label): \(entry.seats) \(entry.seats == 1 ? "seat" : "seats")")
                var badge: [SVGWriter.Attribute] = [
                    .init("x", x + 0.75), .init("y", y + 0.75), .init("width", badgeWidth - 1.5),
                    .init("height", Self.badgeHeight - 1.5), .init("rx", 4),
                ]
                if let colour = entry.colour {
                    badge.append(.init("fill", colour.hex))
                    if colour.contrastRatio(with: .white) < 1.6 {
                        badge += [
                            .init("stroke", colour.mixed(with: .black, fraction: 0.4).hex), .init("stroke-width", 1.5),
                        ]
                    }
                } else {
                    badge += [
                        .init("fill", "#ffffff"), .init("stroke", ParliamentDiagram.vacantStroke.hex),
                        .init("stroke-width", 1.5),
                    ]
                }
                writer.element("rect", badge)
                writer.element(
                    "text",
                    [
                        .init("class", "legend-count"), .init("x", x + badgeWidth / 2), .init("y", y + 15.5),
                        .init("text-anchor", "middle"), .init("font-size", Self.countSize),
                        .init("font-weight", "bold"),
                        .init(
                            "fill",
                            (entry.colour?.legibleTextColour ?? DiagramColour(hex: SVGPicture.ink) ?? .black).hex
                        ),
                    ],
                    text: String(entry.seats)
                )
                writer.element(
                    "text",
                    [
                        .init("class", "legend-label"), .init("x", x + badgeWidth + Self.badgeGap), .init("y", y + 16),
                        .init("font-size", Self.labelSize), .init("fill", SVGPicture.ink),
                    ],
                    text: Self.shownLabel(entry, width: labelWidth)
                )
                writer.end()
            }
            writer.end()
        }
    }
}
