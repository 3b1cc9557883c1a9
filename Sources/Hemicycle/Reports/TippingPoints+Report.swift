/// Tipping points as a table, CSV (one row per change of seats), JSON and a seats-votes chart.
extension TippingPoints {
    static func points(_ swing: Double) -> String { UserText.signed(swing, decimals: 2) }

    /// The majority line of the table.
    var majorityLine: String {
        let holds = seats >= majority
        guard let change = majoritySwing else {
            return "Majority (\(majority)): \(holds ? "held" : "not reached") at every uniform swing from \(Self.points(domain.lowerBound)) to \(Self.points(domain.upperBound)) points."
        }
        return "Majority (\(majority)): \(holds ? "lost" : "won") at a uniform swing of \(Self.points(change.swing)) points of the vote "
            + "(its share \(Formatting.percent(change.voteShare, decimals: 2))): \(change.seatsBefore) → \(change.seatsAfter) seats."
    }

    /// The turnout line of the table.
    var turnoutLine: String {
        guard let crossing = majorityTurnout else {
            return "Turnout: no round-1 turnout level from 1% to 99% (one logit shift of every constituency's) \(seats >= majority ? "takes the majority away" : "gives it a majority")."
        }
        return "Turnout: the majority \(seats >= majority ? "is lost" : "is won") at a round-1 turnout of \(Formatting.percent(crossing.level, decimals: 2)) "
            + "(now \(Formatting.percent(turnout, decimals: 2))): \(crossing.seatsBefore) → \(crossing.seatsAfter) seats."
    }

    /// The seats-votes line of the table.
    var curveLine: String {
        var text = "Seats-votes curve (uniform swing): "
        if let half = seatsAtHalf, let bias {
            text += "at 50% of the vote \(half) seats (\(Formatting.percent(Double(half) / Double(max(filledSeats, 1))))), bias \(Formatting.fixed(bias * 100, decimals: 1)) points; "
        } else {
            text += "50% of the vote lies outside the swings a uniform swing can reach; "
        }
        return text + "responsiveness \(Formatting.fixed(responsiveness, decimals: 2)) (seat share per vote share, ±\(Adjustment.number(Self.responsivenessWindow)) points around \(Formatting.percent(voteShare, decimals: 2)))."
    }

    /// The analysis as a terminal table.
    public func table() -> String {
        var text = "\(title): where \(name)'s seats change\n" + ElectionResult.adjustmentLines(adjustments)
        text += "\(name): \(seats) of \(filledSeats) filled seats with \(Formatting.percent(voteShare, decimals: 2)) of the round-1 vote; "
        text += "uniform swings scanned from \(Self.points(domain.lowerBound)) to \(Self.points(domain.upperBound)) points, each change bisected to \(Self.precision) points.\n"
        text += majorityLine + "\n" + turnoutLine + "\n" + curveLine + "\n\n"
        var table = TextTable(headers: ["Swing (points)", "Vote share", "Seats"], alignments: [.right, .right, .right])
        for change in changes {
            table.add([Self.points(change.swing), Formatting.percent(change.voteShare, decimals: 2), "\(change.seatsBefore) → \(change.seatsAfter)"])
        }
        return text + table.render()
    }

    /// One row per change of seats.
    public func csv() -> String {
        var text = ElectionResult.adjustmentComments(adjustments)
        text += CSV.line(["party", "swing_points", "vote_share_round1", "seats_before", "seats_after", "majority_change"])
        for change in changes {
            let crosses = (change.seatsBefore >= majority) != (change.seatsAfter >= majority)
            text += CSV.line([
                list, Formatting.fixed(change.swing, decimals: 6), Formatting.fixed(change.voteShare, decimals: 6),
                "\(change.seatsBefore)", "\(change.seatsAfter)", crosses ? "true" : "false",
            ])
        }
        return text
    }

    /// The whole analysis as JSON.
    public func json() -> JSONValue {
        func change(_ change: Change) -> JSONValue {
            .object([
                ("swing", .number(change.swing, decimals: 6)), ("voteShareRound1", .number(change.voteShare, decimals: 6)),
                ("seatsBefore", .int(change.seatsBefore)), ("seatsAfter", .int(change.seatsAfter)),
            ])
        }
        var scenario: [(String, JSONValue)] = [("title", .string(title))]
        if !adjustments.isEmpty { scenario.append(("adjustments", .array(adjustments.map(JSONValue.string)))) }
        return .object([
            ("scenario", .object(scenario)), ("list", .string(list)), ("seats", .int(seats)),
            ("voteShareRound1", .number(voteShare, decimals: 6)), ("majority", .int(majority)), ("filledSeats", .int(filledSeats)),
            ("domain", .array([.number(domain.lowerBound, decimals: 6), .number(domain.upperBound, decimals: 6)])),
            ("majoritySwing", majoritySwing.map(change) ?? .null),
            (
                "majorityTurnout",
                majorityTurnout.map {
                    .object([("level", .number($0.level, decimals: 6)), ("seatsBefore", .int($0.seatsBefore)), ("seatsAfter", .int($0.seatsAfter))])
                } ?? .null
            ),
            ("seatsAtHalf", seatsAtHalf.map { .int($0) } ?? .null), ("bias", bias.map { .number($0, decimals: 6) } ?? .null),
            ("responsiveness", .number(responsiveness, decimals: 6)), ("changes", .array(changes.map(change))),
        ])
    }

    /// The seats-votes curve as an SVG step chart: seats against the national vote share, the
    /// majority and 50% of the vote marked.
    public func svgDocument() -> String {
        let width = 720.0
        let left = SVGPicture.margin + 48, right = width - SVGPicture.margin - 16
        let header = SVGPicture(
            title: title,
            subtitle: "\(name): seats by share of the vote, uniform swing. Dashed: majority (\(majority)), 50% of the vote."
                + ElectionResult.adjustedNote(adjustments),
            width: width)
        let top = header.headerBottom + 16, height = top + 300 + 56 + SVGPicture.margin
        let shareLow = max(0, voteShare + domain.lowerBound / 100), shareHigh = min(1, voteShare + domain.upperBound / 100)
        // Left to right: a change below zero has its farther count on its left, one above on its right.
        let first = changes.first.map { $0.swing < 0 ? $0.seatsAfter : $0.seatsBefore } ?? seats
        let steps = [(share: shareLow, seats: first)] + changes.map { (share: $0.voteShare, seats: $0.swing < 0 ? $0.seatsBefore : $0.seatsAfter) }
        let highest = max(majority, steps.map(\.seats).max() ?? 0)
        // The value axis in percent of the vote.
        let plot = SeatPlot(left: left, right: right, top: top, height: 300, low: shareLow * 100, high: shareHigh * 100, highest: highest)
        func x(_ share: Double) -> Double { plot.x(share * 100) }
        func y(_ count: Double) -> Double { plot.y(count) }
        var writer = SVGWriter()
        header.begin(
            &writer, kind: "hemicycle-seats-votes", width: width, height: height, title: "\(title): \(name), seats-votes curve",
            description: "\(majorityLine) \(curveLine)", standalone: true)
        plot.drawAxes(&writer, title: "\(name)'s share of the round-1 vote") { Adjustment.number($0) + "%" }
        var path: [String] = []
        for (index, step) in steps.enumerated() {
            let next = index + 1 < steps.count ? steps[index + 1].share : shareHigh
            path.append(plot.point(step.share * 100, Double(step.seats)))
            path.append(plot.point(next * 100, Double(step.seats)))
        }
        writer.element("polyline", [.init("points", path.joined(separator: " ")), .init("fill", "none"), .init("stroke", "#1f78b4"), .init("stroke-width", 2.5)])
        plot.drawMajority(&writer, majority)
        if shareLow < 0.5, shareHigh > 0.5 {
            writer.element(
                "line", [.init("x1", x(0.5)), .init("x2", x(0.5)), .init("y1", top), .init("y2", plot.bottom), .init("stroke", SVGPicture.mutedInk), .init("stroke-dasharray", "3 3")])
        }
        writer.element("circle", [.init("cx", x(voteShare)), .init("cy", y(Double(seats))), .init("r", 5), .init("fill", SVGPicture.ink)])
        writer.element(
            "text", [.init("x", x(voteShare) + 8), .init("y", y(Double(seats)) - 8), .init("font-size", 12), .init("fill", SVGPicture.ink)],
            text: "actual: \(seats) seats, \(Formatting.percent(voteShare, decimals: 1))")
        writer.endAll()
        return writer.text
    }
}
