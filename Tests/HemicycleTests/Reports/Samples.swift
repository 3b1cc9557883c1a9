import Foundation
import Hemicycle

/// Realistic inputs shared by the tests and the sample gallery.
enum Samples {
    /// A Mali-like assembly of 129 seats: 116 held by ten groups (76/9/8/6/4/4/3/3/2/1) and
    /// 13 vacant, with default colours and labels that need escaping.
    static let mali = ParliamentDiagram(
        title: "Assemblée nationale du Mali",
        subtitle: "Illustrative 129-seat assembly with 13 vacant seats",
        parties: [
            DiagramParty(label: "Rassemblement pour le Mali", shortLabel: "RPM", seats: 76),
            DiagramParty(label: "ADEMA-PASJ", seats: 9),
            DiagramParty(label: "Union pour la République et la Démocratie", shortLabel: "URD", seats: 8),
            DiagramParty(label: "L'Union & <Co>", seats: 6),
            DiagramParty(label: "Ménaka indépendants", seats: 4),
            DiagramParty(label: "CODEM", seats: 4),
            DiagramParty(label: "SADI", seats: 3),
            DiagramParty(label: "FARE An Ka Wuli", shortLabel: "FARE", seats: 3),
            DiagramParty(label: "Parti pour la Renaissance Nationale", shortLabel: "PARENA", seats: 2),
            DiagramParty(label: "Indépendant", seats: 1),
        ],
        vacantSeats: 13
    )

    /// A French-style 577-seat assembly with parties' own colours.
    static let france = ParliamentDiagram(
        title: "Assemblée nationale",
        subtitle: "577 seats, illustrative",
        parties: [
            DiagramParty(label: "La France insoumise", shortLabel: "LFI", colour: "#cc2443", seats: 72),
            DiagramParty(label: "Socialistes et apparentés", shortLabel: "SOC", colour: "#FF8080", seats: 66),
            DiagramParty(label: "Écologiste et social", shortLabel: "ECO", colour: "#00c000", seats: 38),
            DiagramParty(label: "Gauche démocrate et républicaine", shortLabel: "GDR", colour: "#dd0000", seats: 17),
            DiagramParty(label: "Ensemble pour la République", shortLabel: "EPR", colour: "#ffd600", seats: 95),
            DiagramParty(label: "Les Démocrates", shortLabel: "DEM", colour: "#ff9900", seats: 36),
            DiagramParty(label: "Horizons & indépendants", shortLabel: "HOR", colour: "#0001b8", seats: 34),
            DiagramParty(label: "Droite républicaine", shortLabel: "DR", colour: "#0066cc", seats: 47),
            DiagramParty(label: "Libertés, indépendants, outre-mer et territoires", shortLabel: "LIOT", seats: 23),
            DiagramParty(
                label: "Union des droites pour la République",
                shortLabel: "UDR",
                colour: "#1b2a4e",
                seats: 16
            ),
            DiagramParty(label: "Rassemblement national", shortLabel: "RN", colour: "#0d378a", seats: 123),
            DiagramParty(label: "Non-inscrits", shortLabel: "NI", colour: "not-a-colour", seats: 10),
        ]
    )

    /// A diagram of `size` seats shared among default-coloured parties.
    static func assembly(of size: Int, parties count: Int = 5, vacant: Int = 0) -> ParliamentDiagram {
        let held = max(size - vacant, 0)
        let parties = (0..<count).map { index in
            DiagramParty(label: "Party \(index + 1)", seats: held / count + (index < held % count ? 1 : 0))
        }
        return ParliamentDiagram(
            title: "\(size) \(size == 1 ? "seat" : "seats")",
            parties: parties,
            vacantSeats: vacant
        )
    }

    /// A bell-shaped tally of `replicates` around `mean` seats, deterministic, in 0…`limit`.
    static func tally(mean: Double, spread: Double, replicates: Int = 10_000, limit: Int = 129) -> [Int] {
        let weights = (0...limit).map { seats in exp(-pow((Double(seats) - mean) / spread, 2) / 2) }
        let total = weights.reduce(0, +)
        var counts = weights.map { Int(($0 / total * Double(replicates)).rounded(.down)) }
        let peak = counts.indices.max { counts[$0] < counts[$1] } ?? 0
        counts[peak] += replicates - counts.reduce(0, +)
        while counts.last == 0 { counts.removeLast() }
        return counts
    }

    /// Monte Carlo distributions for the Mali-like assembly.
    static let maliDistributions = SeatDistributionChart(
        title: "Seats in 10,000 simulated elections",
        subtitle: "Mali-like assembly of 129 seats; votes perturbed by ±3 points",
        assemblySize: 129,
        parties: [
            SeatDistribution(
                label: "Rassemblement pour le Mali",
                shortLabel: "RPM",
                frequencies: tally(mean: 66, spread: 4.5),
                deterministicSeats: 67
            ),
            SeatDistribution(label: "ADEMA-PASJ", frequencies: tally(mean: 12, spread: 2.5), deterministicSeats: 11),
            SeatDistribution(
                label: "Union pour la République et la Démocratie et ses alliés du Front uni pour la sauvegarde",
                shortLabel: "URD",
                frequencies: tally(mean: 9, spread: 2),
                deterministicSeats: 9
            ),
            SeatDistribution(label: "L'Union & <Co>", frequencies: tally(mean: 1.2, spread: 1), deterministicSeats: 1),
            SeatDistribution(label: "Nobody", frequencies: []),
        ]
    )

    /// The same assembly under three rules.
    static let maliRules = RuleComparisonChart(
        title: "Seats under three allocation rules",
        subtitle: "Mali-like assembly of 129 seats",
        rules: ["D'Hondt", "Sainte-Laguë", "Largest remainder (Hare)"],
        parties: [
            .init(label: "Rassemblement pour le Mali", shortLabel: "RPM", seats: [76, 70, 68]),
            .init(label: "ADEMA-PASJ", seats: [9, 11, 12]),
            .init(label: "Union pour la République et la Démocratie", shortLabel: "URD", seats: [8, 9, 9]),
            .init(label: "L'Union & <Co>", seats: [6, 7, 7]),
            .init(label: "Ménaka indépendants", seats: [4, 5, 5]),
            .init(label: "CODEM", seats: [4, 4, 5]),
            .init(label: "SADI", seats: [3, 3, 3]),
            .init(label: "FARE An Ka Wuli", shortLabel: "FARE", seats: [3, 3, 3]),
            .init(label: "Parti pour la Renaissance Nationale", shortLabel: "PARENA", seats: [2, 3, 3]),
            .init(label: "Indépendant", seats: [1, 1, 1]),
        ],
        assemblySize: 129
    )

    /// A fragmented 577-seat house where no party comes near a majority.
    static let franceRules = RuleComparisonChart(
        title: "Assemblée nationale under four rules",
        rules: ["D'Hondt", "Sainte-Laguë", "Hare", "Two-round (actual)"],
        parties: france.parties.enumerated().map { index, party in
            .init(
                label: party.label,
                shortLabel: party.shortLabel,
                colour: party.colour,
                seats: [party.seats + index % 3 * 4, party.seats, party.seats - index % 2 * 3, party.seats + 5]
            )
        },
        assemblySize: 577
    )

    /// Forty parties with long names under a title and subtitle too long for one line.
    static let crowded = ParliamentDiagram(
        title: String(repeating: "Assemblée nationale constituante ", count: 8),
        subtitle: String(repeating: "sous-titre ", count: 60),
        parties: (0..<40).map { index in
            DiagramParty(label: String(repeating: "Très long nom de parti ", count: index % 5 + 1), seats: index)
        },
        vacantSeats: 3
    )

    static let all: [(String, String)] = [
        ("parliament-crowded", crowded.svgDocument()),
        ("distribution-mali", maliDistributions.svgDocument()),
        ("rules-mali", maliRules.svgDocument()),
        ("rules-france", franceRules.svgDocument()),
        ("parliament-0", assembly(of: 0, parties: 0).svgDocument()),
        ("parliament-1", assembly(of: 1, parties: 1).svgDocument()),
        ("parliament-7", assembly(of: 7, parties: 3).svgDocument()),
        ("parliament-129-mali", mali.svgDocument()),
        ("parliament-577", france.svgDocument()),
        ("parliament-1000", assembly(of: 1000, parties: 18, vacant: 40).svgDocument()),
    ]
}
