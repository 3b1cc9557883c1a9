/// Highest-averages (divisor) rules: each seat in turn goes to the list with the highest average
/// `votes / d(seats held)`, for a ``DivisorSequence`` d.
///
/// One engine serves every sequence: ``dHondt``, ``sainteLague``,
/// ``modifiedSainteLague(firstDivisor:)``, ``danish``, ``imperiali``, ``huntingtonHill`` and
/// ``adams``. Averages are compared exactly, `v₁ · d(s₂)` against `v₂ · d(s₁)` in 128-bit
/// integers (for Huntington-Hill, `v₁² · s₂(s₂+1)` against `v₂² · s₁(s₁+1)` in 256 bits), so
/// equal averages are recognised as ties and settled by the ``TieBreak``.
///
/// The engine gives the same seats as the textbook seat-by-seat procedure (D'Hondt 1882,
/// Sainte-Laguë 1910), checked against it on random inputs, but does less work:
/// - Lists that cannot win are dropped after one pass. For d(s) = a + b·s (s ≥ 1) and
///   d(0) = f > 0, at least M averages reach L = V / (b·M + n·max(f, a)) (V votes, n lists,
///   M seats), so a list with v / f below L is beaten M times over. Among at most 32 remaining
///   lists, a list with fewer votes than M others is dropped too.
/// - Every remaining list first receives the seats whose averages exceed
///   λ = V′ / (b·M − k·max(0, b − min(f, a))) (k lists with V′ votes): fewer than M averages
///   do, and all of them come before any average below λ, so the procedure continues from there.
/// - Huntington-Hill starts the same way from λ = V′ / (M − k), since √(s(s+1)) ≥ s.
/// - The next average is found by a linear scan among a few lists, or with a binary heap.
///
/// ```swift
/// // Gallagher (1991), Table 1: 5 seats, votes 60,000 / 28,000 / 12,000.
/// HighestAverages.dHondt.allocate(seats: 5, votes: [60_000, 28_000, 12_000]).seats  // [4, 1, 0]
/// ```
///
/// - Complexity: O(n + k log k) for n lists of which k contend, whatever the magnitude: after
///   the jump start fewer than about 2k seats remain to be handed out one by one.
public struct HighestAverages: AllocationRule, Hashable, CustomStringConvertible {
    /// The divisors of the rule.
    public let divisors: DivisorSequence

    /// Creates the rule for a divisor sequence.
    ///
    /// - Parameter divisors: The divisors, for example ``DivisorSequence/dHondt``.
    public init(divisors: DivisorSequence) {
        self.divisors = divisors
    }

    /// D'Hondt (Victor D'Hondt, 1882): divisors 1, 2, 3, …; Spain, LOREG art. 163.
    public static let dHondt = HighestAverages(divisors: .dHondt)
    /// Sainte-Laguë (André Sainte-Laguë, 1910): divisors 1, 3, 5, …; New Zealand, Electoral Act 1993 s 191.
    public static let sainteLague = HighestAverages(divisors: .sainteLague)
    /// The Danish method: divisors 1, 4, 7, ….
    public static let danish = HighestAverages(divisors: .danish)
    /// Imperiali divisors 2, 3, 4, ….
    public static let imperiali = HighestAverages(divisors: .imperiali)
    /// Huntington-Hill (Huntington and Hill, 1921): divisors √(s(s+1)); 2 U.S.C. § 2a.
    public static let huntingtonHill = HighestAverages(divisors: .huntingtonHill)
    /// Adams (John Quincy Adams, 1832): divisors 0, 1, 2, ….
    public static let adams = HighestAverages(divisors: .adams)

    /// Sainte-Laguë with first divisor `firstDivisor` (Norway and Sweden: 7/5).
    ///
    /// - Parameter firstDivisor: The first divisor, an exact fraction below 3.
    /// - Returns: The rule.
    public static func modifiedSainteLague(firstDivisor: Fraction) -> HighestAverages {
        HighestAverages(divisors: .modifiedSainteLague(firstDivisor: firstDivisor))
    }

    /// For example `highest averages (1, 2, 3, …)`.
    public var description: String {
        "highest averages (\(divisors))"
    }

    /// ``AllocationRule/allocate(seats:votes:into:tieBreak:workspace:)``: see
    /// ``allocateInBuffers(seats:votes:into:tieBreak:workspace:)``.
    @discardableResult
    public func allocate(
        seats: Int, votes: Span<Int>, into seatsPerList: inout MutableSpan<Int>, tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int {
        AllocationInput.inBuffers(votes, &seatsPerList) { votes, seatsPerList in
            allocateInBuffers(seats: seats, votes: votes, into: seatsPerList, tieBreak: tieBreak, workspace: &workspace)
        }
    }

    /// Allocates `seats` by highest averages, writing seats per list into `seatsPerList`.
    ///
    /// - Parameters:
    ///   - seats: The district magnitude.
    ///   - votes: Votes per list.
    ///   - seatsPerList: Receives the seats per list; must have `votes.count` elements.
    ///   - tieBreak: How equal averages are settled.
    ///   - workspace: Reusable scratch memory (2 integers per list).
    /// - Returns: The number of seats settled by the tie rule.
    @discardableResult
    func allocateInBuffers(
        seats: Int,
        votes: UnsafeBufferPointer<Int>,
        into seatsPerList: UnsafeMutableBufferPointer<Int>,
        tieBreak: TieBreak,
        workspace: inout AllocationWorkspace
    ) -> Int {
        allocate(
            seats: seats,
            votes: votes,
            into: seatsPerList,
            tieBreak: tieBreak,
            workspace: &workspace,
            allowingShortcut: true
        )
    }

    /// The hot path, with or without ``SmallMagnitudeShortcut`` (tests compare the two).
    internal func allocate(
        seats: Int,
        votes: UnsafeBufferPointer<Int>,
        into seatsPerList: UnsafeMutableBufferPointer<Int>,
        tieBreak: TieBreak,
        workspace: inout AllocationWorkspace,
        allowingShortcut: Bool
    ) -> Int {
        // The engine (or the shortcut) zeroes the output in its first pass over the votes.
        AllocationInput.prepare(votes: votes, output: seatsPerList, zeroing: false)
        let magnitude = AllocationInput.magnitude(seats)
        let storage = divisors.storage
        return workspace.withScratch(count: 2 * votes.count) { scratch, log in
            guard magnitude > 0, !votes.isEmpty else {
                for list in seatsPerList.indices { seatsPerList[list] = 0 }
                return
            }
            var engine = DivisorEngine(
                magnitude: magnitude,
                votes: votes,
                seats: seatsPerList,
                scratch: scratch,
                tieBreak: tieBreak
            )
            switch storage {
            case .arithmetic(let first, let base, let step, _):
                let quotients = ArithmeticQuotients(first: first, base: base, step: step)
                if allowingShortcut,
                    SmallMagnitudeShortcut.applies(magnitude: magnitude, lists: votes.count, quotients: quotients),
                    SmallMagnitudeShortcut(
                        magnitude: magnitude,
                        votes: votes,
                        seats: seatsPerList,
                        candidates: scratch,
                        quotients: quotients
                    ).allocate()
                {
                    return  // no tie decided a seat
                }
                engine.run(quotients, log: &log)
            case .geometricMean:
                engine.run(GeometricMeanQuotients(), log: &log)
            }
        }
    }
}
