import Hemicycle

/// Allocations per second of every public `AllocationRule`, on one core, through the
/// non-allocating entry point `allocate(seats:votes:into:tieBreak:workspace:)`.
///
/// Each call allocates once for every vote vector of a pre-generated flat buffer of varied
/// vectors (``VoteVectors``), so the branch predictor cannot learn one input; the seats of
/// every allocation are summed and checked against the known total.
enum AllocationBenchmarks {
    /// A rule under test, with its allocation loop specialised for its concrete type.
    struct Rule {
        typealias Loop = (
            _ magnitude: Int, _ votes: UnsafeBufferPointer<Int>, _ lists: Int, _ count: Int,
            _ seats: UnsafeMutableBufferPointer<Int>, _ workspace: inout AllocationWorkspace
        ) -> Int
        var key: String
        var description: String
        /// Whether the rule gives at most one seat per list (block vote, plurality).
        var oneSeatPerList: Bool
        var allocateAll: Loop

        init<R: AllocationRule>(key: String, rule: R, oneSeatPerList: Bool = false) {
            self.key = key
            description = "\(rule)"
            self.oneSeatPerList = oneSeatPerList
            allocateAll = { magnitude, votes, lists, count, seats, workspace in
                AllocationBenchmarks.allocateAll(
                    rule, magnitude: magnitude, votes: votes, lists: lists, count: count, seats: seats,
                    workspace: &workspace)
            }
        }
    }

    /// The rule families, on the full grid of magnitudes and list counts.
    static var families: [Rule] {
        [
            Rule(key: "dhondt", rule: HighestAverages.dHondt),
            Rule(key: "sainte-lague", rule: HighestAverages.sainteLague),
            Rule(key: "sainte-lague-1.4", rule: HighestAverages.modifiedSainteLague(firstDivisor: Fraction(7, 5))),
            Rule(key: "huntington-hill", rule: HighestAverages.huntingtonHill),
            Rule(key: "hare", rule: LargestRemainder.hare),
            Rule(key: "droop", rule: LargestRemainder.droop),
            Rule(key: "party-block", rule: PartyBlock()),
            Rule(key: "block-vote", rule: BlockVote(), oneSeatPerList: true),
            // The majority-bonus family: a bonus step, then a proportional rule on what is left.
            Rule(key: "cameroon", rule: MajorityBonus.cameroon),
            Rule(key: "chad", rule: MajorityBonus.chad),
            Rule(key: "djibouti", rule: MajorityBonus.djibouti),
            Rule(key: "greece-2023", rule: MajorityBonus.greece2023),
        ]
    }

    /// The other public rules, at the headline size only.
    static var variants: [Rule] {
        [
            Rule(key: "danish", rule: HighestAverages.danish),
            Rule(key: "imperiali", rule: HighestAverages.imperiali),
            Rule(key: "adams", rule: HighestAverages.adams),
            Rule(key: "hagenbach-bischoff", rule: LargestRemainder.hagenbachBischoff),
            Rule(key: "lr-imperiali", rule: LargestRemainder.imperiali),
            Rule(key: "party-block", rule: PartyBlock()),
        ]
    }

    static let magnitudes = [1, 6, 50, 350]
    static let listCounts = [2, 10, 50]
    /// The headline case: Mali-sized, D'Hondt at 6 seats and 22 lists (target ≥ 10 M/s).
    static let headline = (magnitude: 6, lists: 22)

    static func name(_ key: String, magnitude: Int, lists: Int) -> String {
        "alloc/\(key)/m\(magnitude)/n\(lists)"
    }

    static var group: BenchmarkGroup {
        var benchmarks: [Benchmark] = []
        let families = families
        benchmarks.append(benchmark(families[0], magnitude: headline.magnitude, lists: headline.lists))
        for family in families {
            for magnitude in magnitudes {
                for lists in listCounts { benchmarks.append(benchmark(family, magnitude: magnitude, lists: lists)) }
            }
        }
        // Plurality is the block vote's single-seat case; measured where it is used.
        let plurality = Rule(key: "plurality", rule: Plurality(), oneSeatPerList: true)
        for lists in listCounts { benchmarks.append(benchmark(plurality, magnitude: 1, lists: lists)) }
        for variant in variants + [families[1], families[4]] {
            benchmarks.append(benchmark(variant, magnitude: headline.magnitude, lists: headline.lists))
        }
        return BenchmarkGroup(title: "Allocation rules: allocations per second, one core", benchmarks: benchmarks)
    }

    static func benchmark(_ rule: Rule, magnitude: Int, lists: Int) -> Benchmark {
        Benchmark(name: name(rule.key, magnitude: magnitude, lists: lists)) { _ in
            workload(rule, magnitude: magnitude, lists: lists)
        }
    }

    static func workload(_ family: Rule, magnitude: Int, lists: Int) -> Workload {
        let vectors = VoteVectors(lists: lists, magnitude: magnitude, seed: UInt64(lists * 1_000 + magnitude))
        let count = vectors.count
        // The known answer: every rule fills the magnitude when a list has votes; block vote and
        // plurality give one seat per entry with votes, so at most that many.
        var expected = 0
        for vector in 0..<count {
            expected += family.oneSeatPerList ? min(magnitude, vectors.listsWithVotes(vector)) : magnitude
        }
        let allocateAll = family.allocateAll
        let description = family.description
        var seats = [Int](repeating: 0, count: lists)
        var workspace = AllocationWorkspace()
        let total = expected
        return Workload(
            unit: "allocations", itemsPerCall: count,
            body: {
                // The closure holds `vectors` (and its buffer) for as long as the workload lives.
                let given = seats.withUnsafeMutableBufferPointer { seats in
                    allocateAll(magnitude, vectors.votes, lists, count, seats, &workspace)
                }
                precondition(given == total, "\(description): \(given) seats given, expected \(total)")
                return given
            })
    }

    /// Allocates every vector in turn and returns the seats given in all; specialised for each
    /// concrete rule by ``Rule/init(key:rule:oneSeatPerList:)``, so no existential is opened per call.
    static func allocateAll(
        _ rule: some AllocationRule, magnitude: Int, votes: UnsafeBufferPointer<Int>, lists: Int, count: Int,
        seats: UnsafeMutableBufferPointer<Int>, workspace: inout AllocationWorkspace
    ) -> Int {
        var given = 0
        for vector in 0..<count {
            let slice = UnsafeBufferPointer(rebasing: votes[(vector * lists)..<((vector + 1) * lists)])
            var output = seats.mutableSpan
            rule.allocate(seats: magnitude, votes: slice.span, into: &output, tieBreak: .lowestIndex, workspace: &workspace)
            for list in 0..<lists { given &+= seats[list] }
        }
        return given
    }
}

/// A flat buffer of varied, realistic vote vectors from a seeded generator.
///
/// Each vector has its own size of electorate (log-uniform, 3,000 to 100,000 votes per seat) and
/// its own shares: log-normal weights (σ = 1.3, so a few large lists and a tail of small ones,
/// some rounding to zero votes), with one list in six standing aside (zero votes) at random.
/// There are 16,384 vectors (256 KB of votes for 2 lists, 6.5 MB for 50), read in order. Fewer
/// would flatter the rules: measured here on D'Hondt, 6 seats × 22 lists, the same 744 vectors
/// over and over ran at 124 ns per allocation once the branch predictor had learnt them, against
/// 170 ns with 3,000 vectors and 185–188 ns from 12,000 to 190,000 (the last 32 MB, streamed
/// from memory: the difference is branch prediction, not cache). The simulation never sees the
/// same vector twice, so the figures here are the unlearnt ones.
/// It owns its buffer (freed with it): a workload keeps its vectors alive while it runs, and
/// the suite's 130 allocation workloads no longer hold some 300 MB between them to the end.
final class VoteVectors {
    let lists: Int
    let count: Int
    let votes: UnsafeBufferPointer<Int>

    /// Vectors per buffer: enough that no branch predictor can learn the sequence.
    static let count = 16_384

    init(lists: Int, magnitude: Int, seed: UInt64) {
        self.lists = lists
        count = Self.count
        let buffer = UnsafeMutableBufferPointer<Int>.allocate(capacity: count * lists)
        buffer.initialize(repeating: 0)
        var rng = Xoshiro256StarStar(seed: seed)
        let normal = NormalSampler()
        var weights = [Double](repeating: 0, count: lists)
        for vector in 0..<count {
            let perSeat = 3_000 * Self.power(100_000.0 / 3_000.0, UnitUniform.halfOpen(using: &rng))
            let total = perSeat * Double(max(1, magnitude))
            var sum = 0.0
            for list in 0..<lists {
                let standsAside = list > 0 && rng.next() % 6 == 0
                weights[list] = standsAside ? 0 : Self.exp(1.3 * normal.standard(using: &rng))
                sum += weights[list]
            }
            for list in 0..<lists {
                buffer[vector * lists + list] = Int((total * weights[list] / sum).rounded())
            }
            if (0..<lists).allSatisfy({ buffer[vector * lists + $0] == 0 }) { buffer[vector * lists] = 1 }
        }
        votes = UnsafeBufferPointer(buffer)
    }

    deinit { votes.deallocate() }

    func listsWithVotes(_ vector: Int) -> Int {
        (0..<lists).filter { votes[vector * lists + $0] > 0 }.count
    }

    static func exp(_ x: Double) -> Double { FastMath.exp(x) }
    static func power(_ base: Double, _ exponent: Double) -> Double { FastMath.exp(exponent * FastMath.log(base)) }
}
