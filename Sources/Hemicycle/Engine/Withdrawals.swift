/// Withdrawals between the rounds: the qualified entries that do not stand in a modelled
/// run-off, by the scenario's observed withdrawals and its rules. Called by `qualify`
/// (`FirstRound.swift`) for every caller (deterministic run, simulation, comparison) once the
/// finalists are marked.
extension ContestEvaluator {
    /// Whether a contest's run-off field goes through ``withdraw(_:)`` (and ``withdrew`` holds
    /// its withdrawals): it has observed withdrawals, or the scenario has rules.
    @inline(__always)
    func triesWithdrawals(_ contest: ContestRecord) -> Bool {
        contest.withdrawalCount > 0 || hasWithdrawalRules
    }

    /// Takes the qualified entries that withdraw out of contest `c`'s run-off (a modelled one:
    /// an official run-off's field is who stood): the scenario's observed withdrawals and those
    /// its rules give (``applyWithdrawalRules(_:)``). Their voters then move by the transfers as
    /// an eliminated entry's do. If every qualified entry withdraws, the best placed of them
    /// stands (a run-off needs a candidate; the law of France keeps the field open to the next
    /// best).
    func withdraw(_ c: Int) {
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        let base = contest.pointee.entryStart
        for entry in 0..<count { withdrew[entry] = false }
        guard !contest.pointee.usesObservedSecondRound else { return }
        if hasWithdrawalRules { applyWithdrawalRules(c) }
        var standing = 0
        for entry in 0..<count where finalist[entry] {
            if entries[base + entry].withdraws || withdrew[entry] {
                finalist[entry] = false
                withdrew[entry] = true
            } else {
                standing += 1
            }
        }
        if standing == 0 {
            var best = -1
            for entry in 0..<count where withdrew[entry] {
                if best < 0 || ranksAbove(entry, best, votes: votes1, constituency: contest.pointee.constituency, round: 1) {
                    best = entry
                }
            }
            if best >= 0 {
                withdrew[best] = false
                finalist[best] = true
            }
        }
    }

    /// Marks in ``withdrew`` the qualified entries of contest `c` that a withdrawal rule takes
    /// out: for each, in order of place, the first rule that matches its list, its place, the
    /// size of the field and the rule's conditions, all read on the qualified field before
    /// anyone withdraws; it withdraws when the run's draw falls under the rule's probability,
    /// or, in the deterministic run, when that probability is one half or more.
    func applyWithdrawalRules(_ c: Int) {
        let contest = contestBase + c
        let count = contest.pointee.entryCount
        let entries = self.entries.baseAddress.unsafelyUnwrapped + contest.pointee.entryStart
        // The qualified, best placed first, in finalistIndex (which qualify rewrites after).
        var field = 0
        for entry in 0..<count where finalist[entry] {
            var position = field
            while position > 0
                && ranksAbove(entry, finalistIndex[position - 1], votes: votes1, constituency: contest.pointee.constituency, round: 1)
            {
                finalistIndex[position] = finalistIndex[position - 1]
                position -= 1
            }
            finalistIndex[position] = entry
            field += 1
        }
        let rules = table.withdrawalRules
        let flags = table.withdrawalFlags
        let groups = table.withdrawalGroups
        let fieldBit: UInt64 = field < 64 ? 1 << UInt64(field) : 0
        func somewhere(_ group: Int, before end: Int, except skipped: Int) -> Bool {
            for other in 0..<end where other != skipped && flags[groups[group] + entries[finalistIndex[other]].list] {
                return true
            }
            return false
        }
        for place in 0..<field {
            let entry = finalistIndex[place]
            let list = entries[entry].list
            let placeBit: UInt64 = place + 1 < 64 ? 1 << UInt64(place + 1) : 0
            for rule in rules where flags[rule.lists + list] {
                if rule.places != 0 && rule.places & placeBit == 0 { continue }
                if rule.fieldSizes != 0 && rule.fieldSizes & fieldBit == 0 { continue }
                var holds = true
                for group in rule.qualifiedStart..<(rule.qualifiedStart + rule.qualifiedCount)
                where !somewhere(group, before: field, except: place) {
                    holds = false
                    break
                }
                if holds {
                    for group in rule.aheadStart..<(rule.aheadStart + rule.aheadCount) where !somewhere(group, before: place, except: place) {
                        holds = false
                        break
                    }
                }
                guard holds else { continue }
                if let key = withdrawalKey {
                    withdrew[entry] = Self.withdrawalUniform(key: key, contest: c, entry: entry) < rule.probability
                } else {
                    withdrew[entry] = rule.probability >= 0.5
                }
                break
            }
        }
    }

    /// A run's uniform in [0, 1) for the withdrawal of `entry` of contest `c`: `key` (drawn once
    /// a run from its stream) mixed with the contest and the entry by SplitMix64's finaliser, so
    /// that every draw is the same whichever contests come to a run-off, on any thread.
    @inline(__always)
    static func withdrawalUniform(key: UInt64, contest: Int, entry: Int) -> Double {
        let word = SplitMix64.mix(
            key &+ UInt64(truncatingIfNeeded: contest) &* 0x9E37_79B9_7F4A_7C15
                &+ UInt64(truncatingIfNeeded: entry) &* 0xD1B5_4A32_D192_ED03)
        return Double(word >> 11) * 0x1.0p-53
    }
}
