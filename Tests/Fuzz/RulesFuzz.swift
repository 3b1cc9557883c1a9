// libFuzzer target: arbitrary bytes as a magnitude and votes, through every allocation rule.
// Built by Scripts/fuzz.sh with -D RULES_FUZZ (the two targets cannot share one binary).

#if RULES_FUZZ
    @_cdecl("LLVMFuzzerTestOneInput")
    public func rulesFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        guard size >= 2 else { return 0 }
        let bytes = UnsafeBufferPointer(start: data, count: size)
        let seats = Int(bytes[0]) * (bytes[1] & 1 == 1 ? 5 : 1)
        // Votes: little-endian 5-byte numbers (up to 2⁴⁰, above any real electorate).
        var votes: [Int] = []
        var index = 2
        while index + 5 <= size && votes.count < 200 {
            var value = 0
            for offset in 0..<5 { value |= Int(bytes[index + offset]) << (8 * offset) }
            votes.append(value)
            index += 5
        }
        guard !votes.isEmpty else { return 0 }
        for name in RuleCatalog.names {
            for rounding in [QuotaRounding.exact, .up] {
                guard let rule = RuleCatalog.rule(named: name, firstDivisor: Fraction(7, 5), quotaRounding: rounding) else {
                    FuzzChecks.require(false, "catalogue rule \(name)")
                    return 0
                }
                for tie in [TieBreak.lowestIndex, .moreVotesThenLot(seed: UInt64(size))] {
                    let allocation = rule.allocate(seats: seats, votes: votes, tieBreak: tie)
                    let total = allocation.seats.reduce(0, +)
                    FuzzChecks.require(total + allocation.unfilledSeats == seats, "\(name): seats add up")
                    FuzzChecks.require(allocation.seats.allSatisfy { $0 >= 0 }, "\(name): no negative seats")
                    for (list, won) in allocation.seats.enumerated() where won > 0 {
                        FuzzChecks.require(votes[list] > 0, "\(name): no seat without votes")
                    }
                    // Block vote (and plurality asked for several seats) gives each entry one seat at
                    // most; every other rule fills every seat once some list has votes.
                    let perEntry = name == "block-vote" || name == "plurality"
                    let voters = votes.filter { $0 > 0 }.count
                    if voters > 0 {
                        FuzzChecks.require(
                            allocation.unfilledSeats == (perEntry ? max(0, seats - voters) : 0), "\(name): every seat filled")
                    }
                }
            }
        }
        // Biproportional: the votes as a matrix of up to 4 districts; every district's seats are
        // filled whenever it has votes of a qualified list, and a complete apportionment meets the
        // lists' totals too.
        let districts = 1 + Int(bytes[1] >> 1) % 4
        let lists = votes.count / districts
        if lists > 0 {
            let matrix = (0..<districts).map { d in Array(votes[(d * lists)..<((d + 1) * lists)]).map { $0 % 100_000 } }
            let magnitudes = (0..<districts).map { d in 1 + (seats + d) % 12 }
            for numbers in BiproportionalApportionment.VoterNumbers.allCases {
                let rule = BiproportionalApportionment(districtQuorum: .percent(Int(bytes[0]) % 20), voterNumbers: numbers)
                let result = rule.apportion(votes: matrix, seats: magnitudes)
                FuzzChecks.require(result.seats.joined().allSatisfy { $0 >= 0 }, "biproportional: no negative seats")
                if result.isComplete {
                    for j in 0..<lists {
                        FuzzChecks.require(
                            result.seats.reduce(0) { $0 + $1[j] } == result.listSeats[j], "biproportional: list totals")
                    }
                    for d in 0..<districts {
                        FuzzChecks.require(result.seats[d].reduce(0, +) == magnitudes[d], "biproportional: district seats")
                    }
                }
            }
        }
        // Exact vote splitting: parts always sum to the total.
        let weights = votes.map { Double($0 % 1_000_003) }
        var parts = Array(repeating: 0, count: weights.count)
        var remainders = Array(repeating: SIMD2<Double>.zero, count: max(1, weights.count))
        let total = seats * 1_000
        weights.withUnsafeBufferPointer { w in
            parts.withUnsafeMutableBufferPointer { p in
                remainders.withUnsafeMutableBufferPointer { r in
                    VoteCounting.apportion(total, weights: w, into: p, remainders: r.baseAddress!)
                }
            }
        }
        FuzzChecks.require(parts.reduce(0, +) == total, "apportion sums to the total")
        return 0
    }
#endif
