/// The allocation rules by the names scenarios and the command line use.
///
/// | Name | Rule |
/// |---|---|
/// | `dhondt` | highest averages 1, 2, 3… (D'Hondt 1878; Jefferson) |
/// | `sainte-lague` | highest averages 1, 3, 5… (Sainte-Laguë 1910; Webster) |
/// | `modified-sainte-lague` | first divisor `firstDivisor` (default 1.4), then 3, 5… (Scandinavia) |
/// | `danish` | 1, 4, 7… (Danish Folketing, regional seats) |
/// | `imperiali` | 2, 3, 4… (Imperiali, Belgian municipal law) |
/// | `huntington-hill` | √(s(s+1)) (Huntington & Hill 1920s; US House) |
/// | `adams` | 0, 1, 2… (J. Q. Adams 1832) |
/// | `hare` | largest remainder, quota V/S (Hare 1857) |
/// | `droop` | largest remainder, quota ⌊V/(S+1)⌋+1 (Droop 1868) |
/// | `hagenbach-bischoff` | largest remainder, quota V/(S+1) (Hagenbach-Bischoff 1888) |
/// | `imperiali-quota` | largest remainder, quota V/(S+2) (Italy, 1993 Senate law) |
/// | `plurality` | the most votes win (first past the post with one seat; each of the top S with more) |
/// | `block-vote` | the top S entries each win a seat |
/// | `party-block` | the top list takes every seat, in one round |
/// | `cameroon` | majority bonus: a majority takes all, else half the seats (rounded up) to the first list, the rest by Hare among the others with 5 % (``MajorityBonus/cameroon``) |
/// | `chad` | majority bonus: a majority takes all, else D'Hondt (``MajorityBonus/chad``) |
/// | `djibouti` | majority bonus: 80 % of the seats (rounded up) to the first list, the rest by D'Hondt among the others with 10 % (``MajorityBonus/djibouti``) |
/// | `greece-2023` | majority bonus: 20 to 50 seats by the first list's share from 25 %, the rest by Hare among lists with 3 % (``MajorityBonus/greece2023``); meant for national totals |
public enum RuleCatalog {
    /// Every name, in the order above.
    public static let names = [
        "dhondt", "sainte-lague", "modified-sainte-lague", "danish", "imperiali", "huntington-hill", "adams", "hare",
        "droop", "hagenbach-bischoff", "imperiali-quota", "plurality", "block-vote", "party-block", "cameroon", "chad",
        "djibouti", "greece-2023",
    ]

    /// The presets of the majority-bonus family (``MajorityBonus``), which carry their own
    /// thresholds.
    public static let majorityBonusNames: Set<String> = ["cameroon", "chad", "djibouti", "greece-2023"]

    /// The rule named `name`, or `nil`.
    ///
    /// - Parameters:
    ///   - firstDivisor: for `modified-sainte-lague`, the first divisor (default 7/5).
    ///   - quotaRounding: for the largest-remainder rules, how the quota is rounded (default exact).
    public static func rule(
        named name: String, firstDivisor: Fraction? = nil, quotaRounding: QuotaRounding = .exact
    ) -> (any AllocationRule)? {
        switch name {
        case "dhondt", "d-hondt", "jefferson": return HighestAverages.dHondt
        case "sainte-lague", "webster": return HighestAverages.sainteLague
        case "modified-sainte-lague": return HighestAverages.modifiedSainteLague(firstDivisor: firstDivisor ?? Fraction(7, 5))
        case "danish": return HighestAverages.danish
        case "imperiali": return HighestAverages.imperiali
        case "huntington-hill": return HighestAverages.huntingtonHill
        case "adams": return HighestAverages.adams
        case "hare": return LargestRemainder(quota: Quota.hare.rounded(quotaRounding))
        case "droop": return LargestRemainder(quota: Quota.droop.rounded(quotaRounding))
        case "hagenbach-bischoff": return LargestRemainder(quota: Quota.hagenbachBischoff.rounded(quotaRounding))
        case "imperiali-quota": return LargestRemainder(quota: Quota.imperiali.rounded(quotaRounding))
        case "plurality", "fptp": return Plurality()
        case "block-vote": return BlockVote()
        case "party-block": return PartyBlock()
        case "cameroon": return MajorityBonus.cameroon
        case "chad": return MajorityBonus.chad
        case "djibouti": return MajorityBonus.djibouti
        case "greece-2023": return MajorityBonus.greece2023
        default: return nil
        }
    }

    /// A `Fraction` from a decimal such as 1.4 (to the millionth), or `nil` when out of range.
    public static func fraction(_ value: Double) -> Fraction? {
        guard value.isFinite, value >= 0, value < 1_000 else { return nil }
        return Fraction(exactly: Int((value * 1_000_000).rounded()), over: 1_000_000)
    }

    /// The first divisor of modified Sainte-Laguë from a decimal such as 1.4: rounded to the
    /// millionth like every fraction here, and `nil` unless the rounded value lies strictly
    /// between 0 and 3 (a first divisor of 3 or more would not increase the sequence; 0 would
    /// give every list a seat). The check is on the value the rule will use: 2.9999999 rounds to
    /// 3 and is refused, 0.0000001 rounds to 0 and is refused.
    public static func firstDivisor(_ value: Double) -> Fraction? {
        guard let divisor = fraction(value), divisor.numerator > 0, divisor.numerator < 3 * divisor.denominator else {
            return nil
        }
        return divisor
    }

    /// A `Fraction` from a percentage such as 12.5 (to the millionth of a point).
    public static func percent(_ value: Double) -> Fraction? {
        guard value.isFinite, value >= 0, value <= 100 else { return nil }
        return Fraction(exactly: Int((value * 1_000_000).rounded()), over: 100_000_000)
    }
}
