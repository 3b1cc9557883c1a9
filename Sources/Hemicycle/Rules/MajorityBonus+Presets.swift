/// The laws of the majority-bonus family, as presets of ``MajorityBonus``.
///
/// Each preset states its legal source and what the rule had to assume where the law as found
/// does not say. Shares are of the votes of all lists (the valid votes, *suffrages exprimés*).

extension MajorityBonus where Remainder == LargestRemainder {
    /// Cameroon, National Assembly, multi-member constituencies.
    ///
    /// Law No. 2012/001 of 19 April 2012 relating to the Electoral Code, section 152 (3)–(4): a
    /// list with an absolute majority of the votes cast takes every seat; otherwise the list with
    /// the most votes takes half of the seats, rounded up, and the other seats go proportionally
    /// to the other lists, those with less than 5 % of the votes cast excluded. The proportional
    /// step is largest remainder with the Hare quota (IPU PARLINE; the Code's "proportional
    /// representation to the lists with the highest votes"). A tie for the lead goes to the list
    /// with the higher average age, which the rule replaces by its tie rule. In a one-seat
    /// district the rule gives the seat to the first list, as the Code's plurality does.
    public static var cameroon: MajorityBonus<LargestRemainder> {
        MajorityBonus(
            majorityTakesAll: VoteThreshold(share: Fraction(1, 2), comparison: .moreThan),
            bonus: .share(Fraction(1, 2), rounding: .up), remainder: .hare, remainderThreshold: .percent(5),
            leaderSharesRemainder: false)
    }

    /// Greece, Hellenic Parliament, from June 2023 (to be applied to national totals).
    ///
    /// PD 26/2012 art. 99 par. 2–3 as replaced by art. 1 of Law 4654/2020: if the first party has
    /// at least 25 % of the valid ballots it takes 20 seats plus one per whole 0.5 % above 25 %,
    /// at most 50 (reached at 40 %); the other 300 − bonus seats are shared by largest remainder
    /// (Hare) among the lists with at least 3 % of the valid ballots, the first party included.
    /// The law reserves the bonus to a single party, not a coalition; the rule gives it to the
    /// leading list whatever it is (no coalition led in 2023).
    public static var greece2023: MajorityBonus<LargestRemainder> {
        let steps = (0...30).map { step in
            BonusStep(threshold: VoteThreshold(share: Fraction(50 + step, 200)), seats: 20 + step)
        }
        return MajorityBonus(
            majorityTakesAll: nil, bonus: .schedule(steps), remainder: .hare, remainderThreshold: .percent(3),
            leaderSharesRemainder: true)
    }
}

extension MajorityBonus where Remainder == HighestAverages {
    /// Chad, National Assembly, multi-member constituencies.
    ///
    /// IPU PARLINE, Chad (National Assembly), "Voting system": a list with an absolute majority
    /// of the votes takes every seat; otherwise seats are shared proportionally and the seats
    /// left go to the highest averages. A Hare quota followed by highest averages gives exactly
    /// D'Hondt's seats, which is what the rule computes. No threshold is stated. Chad's
    /// single-member constituencies vote in two rounds, which this rule does not model: one
    /// seat goes to the first list.
    public static var chad: MajorityBonus<HighestAverages> {
        MajorityBonus(
            majorityTakesAll: VoteThreshold(share: Fraction(1, 2), comparison: .moreThan),
            bonus: .schedule([]), remainder: .dHondt, leaderSharesRemainder: true)
    }

    /// Djibouti, National Assembly.
    ///
    /// Organic Law No. 1/AN/92 art. 33 as amended by Law No. 16/AN/12/6ème L (2012), as IPU
    /// PARLINE states it: the first list takes 80 % of the seats; the other 20 % are shared by
    /// the highest averages (D'Hondt) among the other lists with at least 10 % of the valid votes,
    /// and go to the first list when none has. *Assumed*: the sources at hand do not say how 80 %
    /// of a district's seats is rounded; the rule rounds up, as the French municipal premium it
    /// follows does ("arrondi à l'entier supérieur"), which agrees with Ali-Sabieh 2018 (6 seats:
    /// 5 to the first list, 1 to the CDU).
    public static var djibouti: MajorityBonus<HighestAverages> {
        MajorityBonus(
            majorityTakesAll: nil, bonus: .share(Fraction(4, 5), rounding: .up), remainder: .dHondt,
            remainderThreshold: .percent(10), leaderSharesRemainder: false)
    }
}
