import Hemicycle

/// A synthetic two-round election of any size, written as scenario JSON so that it goes through
/// the same loader and validation as a file (`ScenarioLoader.load(bytes:name:)`).
///
/// Shaped like Mali 1992, scaled: magnitudes 1 to 6 (mostly 1 to 3), one region per 8
/// constituencies, 20,000 to 200,000 registered voters (log-uniform), round-1 turnout 20–60%,
/// every party on every ballot with log-normal national popularity (σ = 1) and constituency
/// variation (σ = 0.5), implied round-2 turnout, 30% run-off abstention, Mali's two-round rule
/// (more than half the ballots cast in round 1, else the top two), no `uncertainty` block (the
/// simulation uses the defaults). The same size and seed always give the same bytes.
struct SyntheticScenario {
    var constituencies: Int
    var parties: Int
    var seed: UInt64 = 1
    /// Every constituency elects one member (the size benchmark's million constituencies then
    /// fit the largest assembly) instead of 1 to 6.
    var singleMember = false
    /// Each party but the first states a run-off preference for the one before it (30% abstain,
    /// 70% to it), so the transfer table holds one row per party.
    var statesTransfers = false

    var id: String { "synthetic-\(constituencies)x\(parties)" }
    var regions: Int { max(1, (constituencies + 7) / 8) }

    /// The scenario JSON.
    var json: String {
        var rng = Xoshiro256StarStar(seed: seed &+ UInt64(constituencies * 1_000 + parties))
        let normal = NormalSampler()
        let popularity = (0..<parties).map { _ in FastMath.exp(normal.standard(using: &rng)) }
        let magnitudes = [1, 1, 2, 2, 2, 3, 3, 4, 5, 6]
        var seats: [Int] = []
        var body = ""
        body.reserveCapacity(constituencies * (parties * 16 + 200))
        for index in 0..<constituencies {
            let drawn = magnitudes[Int(rng.next() % UInt64(magnitudes.count))]
            let magnitude = singleMember ? 1 : drawn
            seats.append(magnitude)
            let registered = Int(20_000 * FastMath.exp(UnitUniform.halfOpen(using: &rng) * FastMath.log(10)))
            let turnout = 2_000 + Int(rng.next() % 4_001)  // in 1/10,000
            let weights = popularity.map { $0 * FastMath.exp(0.5 * normal.standard(using: &rng)) }
            let shares = Self.millionths(weights)
            if index > 0 { body += ",\n" }
            body += "{\"id\":\"c\(index + 1)\",\"region\":\"R\(index / 8 + 1)\",\"seats\":\(magnitude),"
            body += "\"registered\":\(registered),\"round1\":{\"turnout\":\(Self.decimal(turnout, digits: 4)),"
            body += "\"invalidShare\":0.03,\"shares\":{"
            for party in 0..<parties {
                if party > 0 { body += "," }
                body += "\"P\(party + 1)\":\(Self.decimal(shares[party], digits: 6))"
            }
            body += "}}}"
        }
        let size = seats.reduce(0, +)
        var json = "{\"format\":\"hemicycle-scenario/1\",\"id\":\"\(id)\","
        json += "\"title\":\"Synthetic: \(constituencies) constituencies, \(parties) parties\","
        json += "\"assembly\":{\"name\":\"Synthetic Assembly\",\"size\":\(size)},\"parties\":["
        json += (0..<parties).map { "{\"id\":\"P\($0 + 1)\",\"name\":\"Party \($0 + 1)\"}" }.joined(separator: ",")
        json += "],\"rule\":{\"method\":\"two-round\",\"firstRound\":{\"majority\":0.5,\"of\":\"cast\"},"
        json += "\"runoff\":{\"qualify\":\"top-two\"},\"tieBreak\":{\"rule\":\"lot\",\"seed\":1}},"
        json += "\"transfers\":{\"defaultAbstention\":0.3"
        if statesTransfers && parties > 1 {
            json += ",\"from\":{"
            json += (1..<parties).map { "\"P\($0 + 1)\":{\"abstain\":0.3,\"to\":{\"P\($0)\":0.7}}" }.joined(separator: ",")
            json += "}"
        }
        json += "},\"constituencies\":[\n"
        json += body
        json += "]}\n"
        return json
    }

    /// Loads the scenario through the library's loader.
    func load() throws(ScenarioError) -> Election {
        try ScenarioLoader.load(bytes: Array(json.utf8), name: id + ".json")
    }

    /// Weights as shares in millionths that sum to exactly 1,000,000, none below 1.
    static func millionths(_ weights: [Double]) -> [Int] {
        let total = weights.reduce(0, +)
        var shares = weights.map { max(1, Int($0 / total * 1_000_000)) }
        var largest = 0
        for index in shares.indices where shares[index] > shares[largest] { largest = index }
        shares[largest] += 1_000_000 - shares.reduce(0, +)
        return shares
    }

    /// `value / 10^digits` as a decimal in [0, 1], e.g. 0.012345.
    static func decimal(_ value: Int, digits: Int) -> String {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        if value >= scale { return "1" }
        let fraction = String(value)
        return "0." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
