#if canImport(Glibc)
    import Glibc
#endif

/// Invariants the fuzz targets check: a violation aborts, which libFuzzer reports with the input.
enum FuzzChecks {
    static func require(_ condition: Bool, _ what: String) {
        if !condition {
            fputs("invariant violated: \(what)\n", stderr)
            abort()
        }
    }

    static func check(_ result: ElectionResult, _ election: Election) {
        require(result.filledSeats <= result.houseSize, "filled seats within the house")
        var seats = 0
        for constituency in result.constituencies {
            let won = constituency.entries.reduce(0) { $0 + $1.seats }
            require(won <= constituency.seats || !result.isTwoRound, "a two-round contest fills at most its seats")
            require(constituency.firstRound.voters <= max(constituency.firstRound.registered, 0) || constituency.firstRound.registered == 0 && constituency.firstRound.voters == 0, "voters within the register")
            require(constituency.entries.allSatisfy { $0.firstRound >= 0 && $0.seats >= 0 }, "no negative counts")
            seats += won
        }
        require(result.lists.allSatisfy { $0.seats >= 0 }, "no negative seats")
        if result.isTwoRound { require(seats == result.filledSeats, "constituency seats add up to the lists'") }
    }
}
