/// How a simulated election may differ from the scenario's expected values.
///
/// Every figure is a standard deviation on a log or logit scale, so it reads as a relative
/// change: a share swing of 0.10 moves a list's odds by about ±10% (a 40% share by about ±2.4
/// points), whatever its size, and shares and rates always stay in `[0, 1]`.
///
/// One simulated election draws, in this order:
/// 1. a national swing per list and a regional swing per region and list (log-ratio scale);
/// 2. a national turnout shock per round (logit scale);
/// 3. a boycott's abstention around its set value (logit scale);
/// 4. run-off transfers: each list's abstention (logit) and its preferences (log scale), or,
///    with a ``transferConcentration``, each row drawn whole from a Dirichlet around it;
/// 5. per constituency, noise on every list's share and on turnout in each round;
/// 6. optionally, the sampling of individual voters: turnout as a binomial draw of the
///    registered voters and the votes as a multinomial draw over the lists.
///
/// A list's simulated share is its support × exp(national + regional + constituency noise),
/// renormalised (a logistic-normal perturbation of the shares, Aitchison 1986). Turnout is
/// `logistic(logit(t) + national + constituency)`. With every deviation zero and voter sampling
/// off, a simulated election is the deterministic result, vote for vote.
public struct Uncertainty: Sendable, Hashable {
    /// National swing of each list's share (log-ratio standard deviation).
    public var nationalSwing: Double
    /// Per-list overrides of ``nationalSwing``, by list index.
    public var nationalSwingByList: [Int: Double]
    /// Regional swing per region and list.
    public var regionalSwing: Double
    /// Constituency-level noise on every list's share.
    public var constituencyNoise: Double
    /// National turnout shock, per round (logit standard deviation): `[round 1, round 2]`.
    public var nationalTurnout: [Double]
    /// Constituency turnout noise, per round: `[round 1, round 2]`.
    public var constituencyTurnout: [Double]
    /// Noise on a boycott's abstention (logit standard deviation).
    public var boycottAbstention: Double
    /// Noise on each list's run-off abstention (logit standard deviation).
    public var transferAbstention: Double
    /// Noise on each run-off preference (log standard deviation).
    public var transferPreference: Double
    /// Whether individual voters are sampled (binomial turnout, multinomial votes).
    public var voterSampling: Bool
    /// The concentration κ of the Dirichlet each transfer row is drawn from, or `nil`. With
    /// it, a run draws every stated row (its abstention and its shares for other lists, and the
    /// non-voters' row) as Dirichlet(κ·row): the mean is the scenario's row, every draw sums to
    /// one, and each share varies by √(p(1 − p)/(κ + 1)). A list without preferences draws its
    /// abstention from the Beta(κa, κ(1 − a)). It replaces ``transferAbstention`` and
    /// ``transferPreference``, which must then be zero.
    public var transferConcentration: Double?

    /// The defaults used when a scenario has no `uncertainty` block: shares 0.10 national,
    /// 0.05 regional, 0.15 by constituency; turnout 0.10 national and 0.10 by constituency in
    /// each round; boycott abstention 0.25; transfers 0.25 on abstention and on preferences; no
    /// voter sampling.
    public static let defaults = Uncertainty(
        nationalSwing: 0.10, nationalSwingByList: [:], regionalSwing: 0.05, constituencyNoise: 0.15,
        nationalTurnout: [0.10, 0.10], constituencyTurnout: [0.10, 0.10], boycottAbstention: 0.25,
        transferAbstention: 0.25, transferPreference: 0.25, voterSampling: false)

    /// No noise at all: every simulated election is the deterministic result.
    ///
    /// Not called `none`: where an `Uncertainty?` is expected (as in
    /// ``ElectionSimulator/init(election:uncertainty:)``), `.none` would mean `nil`, which
    /// selects the scenario's noise or the defaults, silently the opposite.
    public static let zero = Uncertainty(
        nationalSwing: 0, nationalSwingByList: [:], regionalSwing: 0, constituencyNoise: 0,
        nationalTurnout: [0, 0], constituencyTurnout: [0, 0], boycottAbstention: 0, transferAbstention: 0,
        transferPreference: 0, voterSampling: false)

    /// Creates an uncertainty model.
    public init(
        nationalSwing: Double, nationalSwingByList: [Int: Double], regionalSwing: Double, constituencyNoise: Double,
        nationalTurnout: [Double], constituencyTurnout: [Double], boycottAbstention: Double,
        transferAbstention: Double, transferPreference: Double, voterSampling: Bool, transferConcentration: Double? = nil
    ) {
        self.nationalSwing = nationalSwing
        self.nationalSwingByList = nationalSwingByList
        self.regionalSwing = regionalSwing
        self.constituencyNoise = constituencyNoise
        self.nationalTurnout = nationalTurnout
        self.constituencyTurnout = constituencyTurnout
        self.boycottAbstention = boycottAbstention
        self.transferAbstention = transferAbstention
        self.transferPreference = transferPreference
        self.voterSampling = voterSampling
        self.transferConcentration = transferConcentration
    }

    /// The national swing of list `list`.
    public func nationalSwing(list: Int) -> Double { nationalSwingByList[list] ?? nationalSwing }

    /// Whether any list's share is perturbed.
    public var perturbsShares: Bool {
        nationalSwing > 0 || regionalSwing > 0 || constituencyNoise > 0 || nationalSwingByList.values.contains { $0 > 0 }
    }

    /// Whether nothing is random: every run equals the deterministic result.
    public var isDeterministic: Bool {
        !perturbsShares && nationalTurnout.allSatisfy { $0 == 0 } && constituencyTurnout.allSatisfy { $0 == 0 }
            && boycottAbstention == 0 && transferAbstention == 0 && transferPreference == 0 && !voterSampling
            && transferConcentration == nil
    }
}
