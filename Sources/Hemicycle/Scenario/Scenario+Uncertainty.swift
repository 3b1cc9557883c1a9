/// The `uncertainty` block: what a Monte Carlo simulation draws. Every member is optional and
/// defaults to ``Uncertainty/defaults``.
public struct UncertaintySpec: Decodable, Sendable {
    /// Share swings.
    public var shares: SharesSpec?
    /// Turnout noise per round.
    public var turnout: TurnoutSpec?
    /// Noise on boycotts' abstention.
    public var boycottAbstention: Double?
    /// Noise on run-off transfers.
    public var transfers: TransferNoiseSpec?
    /// Whether individual voters are sampled.
    public var voterSampling: Bool?
    /// Sources.
    public var provenance: ProvenanceSpec?

    enum Key: String, CodingKey, CaseIterable { case shares, turnout, boycottAbstention, transfers, voterSampling, provenance }

    /// Decodes leniently.
    public init(from decoder: any Decoder) throws {
        let reader = SpecReader(decoder, Key.self)
        shares = reader.read(.shares)
        turnout = reader.read(.turnout)
        boycottAbstention = reader.read(.boycottAbstention)
        transfers = reader.read(.transfers)
        voterSampling = reader.read(.voterSampling)
        provenance = reader.read(.provenance)
    }

    /// `uncertainty.shares`.
    public struct SharesSpec: Decodable, Sendable {
        /// National swing per list.
        public var national: Double?
        /// Overrides by list id.
        public var nationalByList: [String: Double]?
        /// Regional swing per region and list.
        public var regional: Double?
        /// Constituency noise per list.
        public var constituency: Double?

        enum Key: String, CodingKey, CaseIterable { case national, nationalByList, regional, constituency }

        /// Decodes leniently.
        public init(from decoder: any Decoder) throws {
            let reader = SpecReader(decoder, Key.self)
            national = reader.read(.national)
            nationalByList = reader.read(.nationalByList)
            regional = reader.read(.regional)
            constituency = reader.read(.constituency)
        }
    }

    /// `uncertainty.turnout`.
    public struct TurnoutSpec: Decodable, Sendable {
        /// Round 1.
        public var round1: TurnoutRoundSpec?
        /// Round 2.
        public var round2: TurnoutRoundSpec?

        enum Key: String, CodingKey, CaseIterable { case round1, round2 }

        /// Decodes leniently.
        public init(from decoder: any Decoder) throws {
            let reader = SpecReader(decoder, Key.self)
            round1 = reader.read(.round1)
            round2 = reader.read(.round2)
        }
    }

    /// `uncertainty.turnout.roundN`.
    public struct TurnoutRoundSpec: Decodable, Sendable {
        /// National shock.
        public var national: Double?
        /// Constituency noise.
        public var constituency: Double?

        enum Key: String, CodingKey, CaseIterable { case national, constituency }

        /// Decodes leniently.
        public init(from decoder: any Decoder) throws {
            let reader = SpecReader(decoder, Key.self)
            national = reader.read(.national)
            constituency = reader.read(.constituency)
        }
    }

    /// `uncertainty.transfers`.
    public struct TransferNoiseSpec: Decodable, Sendable {
        /// Noise on abstention.
        public var abstention: Double?
        /// Noise on preferences.
        public var preference: Double?
        /// The concentration of a Dirichlet draw of each row (instead of the two above).
        public var concentration: Double?

        enum Key: String, CodingKey, CaseIterable { case abstention, preference, concentration }

        /// Decodes leniently.
        public init(from decoder: any Decoder) throws {
            let reader = SpecReader(decoder, Key.self)
            abstention = reader.read(.abstention)
            preference = reader.read(.preference)
            concentration = reader.read(.concentration)
        }
    }
}

extension Scenario {
    func buildUncertainty(_ listIndex: [String: Int], _ context: inout ValidationContext) -> Uncertainty? {
        guard let spec = uncertainty else { return nil }
        let path = "uncertainty"
        _ = context.note(spec.provenance, path)
        var model = Uncertainty.defaults
        func deviation(_ value: Double?, _ field: String, _ fallback: Double) -> Double {
            context.check(value, in: 0...5, JSONPath.join(path, field), "a standard deviation") ?? fallback
        }
        model.nationalSwing = deviation(spec.shares?.national, "shares.national", model.nationalSwing)
        model.regionalSwing = deviation(spec.shares?.regional, "shares.regional", model.regionalSwing)
        model.constituencyNoise = deviation(spec.shares?.constituency, "shares.constituency", model.constituencyNoise)
        for (id, value) in (spec.shares?.nationalByList ?? [:]).sorted(by: { $0.key < $1.key }) {
            let field = JSONPath.join("shares.nationalByList", id)
            guard let list = listIndex[id] else {
                context.fail(.unknownReference, JSONPath.join(path, field), "unknown list '\(id)'")
                continue
            }
            model.nationalSwingByList[list] = deviation(value, field, model.nationalSwing)
        }
        model.nationalTurnout = [
            deviation(spec.turnout?.round1?.national, "turnout.round1.national", model.nationalTurnout[0]),
            deviation(spec.turnout?.round2?.national, "turnout.round2.national", model.nationalTurnout[1]),
        ]
        model.constituencyTurnout = [
            deviation(spec.turnout?.round1?.constituency, "turnout.round1.constituency", model.constituencyTurnout[0]),
            deviation(spec.turnout?.round2?.constituency, "turnout.round2.constituency", model.constituencyTurnout[1]),
        ]
        model.boycottAbstention = deviation(spec.boycottAbstention, "boycottAbstention", model.boycottAbstention)
        model.transferAbstention = deviation(spec.transfers?.abstention, "transfers.abstention", model.transferAbstention)
        model.transferPreference = deviation(spec.transfers?.preference, "transfers.preference", model.transferPreference)
        if let concentration = spec.transfers?.concentration {
            let field = JSONPath.join(path, "transfers.concentration")
            if let kappa = context.check(concentration, in: 0.01...1_000_000, field, "a Dirichlet concentration") {
                model.transferConcentration = kappa
            }
            if (spec.transfers?.abstention ?? 0) != 0 || (spec.transfers?.preference ?? 0) != 0 {
                context.fail(
                    .outOfRange, field,
                    "a concentration draws whole transfer rows; give it without 'abstention' and 'preference' (or set them to 0)")
            }
            model.transferAbstention = 0
            model.transferPreference = 0
        }
        model.voterSampling = spec.voterSampling ?? model.voterSampling
        return model
    }
}
