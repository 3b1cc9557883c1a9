/// Every rule a scenario or `compare` can name, with its options, one line each: what
/// `hemicycle rules` prints.
extension RuleCatalog {
    /// One rule of the listing.
    public struct Listing: Sendable, Hashable {
        /// The name (`dhondt`).
        public var name: String
        /// Other names that mean the same rule.
        public var aliases: [String]
        /// Its family: `two-round`, `divisor`, `quota`, `plurality`, `majority-bonus` or `biproportional`.
        public var family: String
        /// One line on what it does.
        public var summary: String
        /// The options `compare` takes after a colon (`threshold=PERCENT`…).
        public var options: [String]
        /// Where the name is accepted: `scenario`, `compare` or both.
        public var accepted: [String]
    }

    /// The options every single-round rule of the catalogue takes in `compare`.
    static let commonOptions = ["national", "threshold=PERCENT"]

    /// Every rule, in the order of ``names``, then those outside the catalogue.
    public static var listing: [Listing] {
        let both = ["scenario", "compare"]
        var rules = [
            Listing(
                name: "trs-list", aliases: ["trs", "two-round"], family: "two-round",
                summary: "two rounds: a majority in round 1 takes every seat, else the qualified meet in a run-off "
                    + "(Mali's list system; France's single-member seats with a threshold of the registered)",
                options: [], accepted: both),
            Listing(
                name: "scenario", aliases: [], family: "any",
                summary: "the scenario's own rule, whatever it is", options: [], accepted: ["compare"]),
        ]
        let divisors: [(String, [String], String)] = [
            ("dhondt", ["d-hondt", "jefferson"], "highest averages 1, 2, 3… (D'Hondt 1878; Jefferson)"),
            ("sainte-lague", ["webster"], "highest averages 1, 3, 5… (Sainte-Laguë 1910; Webster)"),
            ("modified-sainte-lague", [], "highest averages 1.4 (or first-divisor), 3, 5… (Scandinavia)"),
            ("danish", [], "highest averages 1, 4, 7… (Danish Folketing, regional seats)"),
            ("imperiali", [], "highest averages 2, 3, 4… (Belgian municipal law)"),
            ("huntington-hill", [], "highest averages √(s(s+1)) (US House)"),
            ("adams", [], "highest averages 0, 1, 2…: every list with votes gets a seat first"),
        ]
        for (name, aliases, summary) in divisors {
            rules.append(
                Listing(
                    name: name, aliases: aliases, family: "divisor", summary: summary,
                    options: commonOptions + (name == "modified-sainte-lague" ? ["first-divisor=X"] : []), accepted: both))
        }
        let quotas: [(String, String)] = [
            ("hare", "largest remainder, quota V/S (Hare)"), ("droop", "largest remainder, quota ⌊V/(S+1)⌋+1 (Droop)"),
            ("hagenbach-bischoff", "largest remainder, quota V/(S+1) (Hagenbach-Bischoff)"),
            ("imperiali-quota", "largest remainder, quota V/(S+2) (Italy)"),
        ]
        for (name, summary) in quotas {
            rules.append(
                Listing(
                    name: name, aliases: [], family: "quota", summary: summary,
                    options: commonOptions + ["quota=exact|down|half-up|up"], accepted: both))
        }
        rules += [
            Listing(
                name: "plurality", aliases: ["fptp"], family: "plurality",
                summary: "the most votes win: first past the post with one seat, the top S entries with S",
                options: commonOptions, accepted: both),
            Listing(
                name: "block-vote", aliases: [], family: "plurality", summary: "the top S entries each win a seat",
                options: commonOptions, accepted: both),
            Listing(
                name: "party-block", aliases: [], family: "plurality",
                summary: "the list with the most votes takes every seat, in one round", options: commonOptions,
                accepted: both),
            Listing(
                name: "cameroon", aliases: [], family: "majority-bonus",
                summary: "more than 50% takes every seat; else half the seats (rounded up) to the first list, the "
                    + "rest by Hare among the others with 5% (Electoral Code 2012, s. 152)",
                options: ["national"], accepted: both),
            Listing(
                name: "chad", aliases: [], family: "majority-bonus",
                summary: "more than 50% takes every seat; else D'Hondt among every list", options: ["national"],
                accepted: both),
            Listing(
                name: "djibouti", aliases: [], family: "majority-bonus",
                summary: "80% of the seats (rounded up, assumed) to the first list, the rest by D'Hondt among the "
                    + "others with 10% (Law 16/AN/12)",
                options: ["national"], accepted: both),
            Listing(
                name: "greece-2023", aliases: [], family: "majority-bonus",
                summary: "20 to 50 seats to the first list by its share from 25%, the rest by Hare among lists with "
                    + "3% (Law 4654/2020); meant for national totals",
                options: ["national"], accepted: both),
            Listing(
                name: "majority-bonus", aliases: [], family: "majority-bonus",
                summary: "the family built step by step in the scenario's rule.majorityBonus", options: [],
                accepted: ["scenario"]),
            Listing(
                name: BiproportionalApportionment.name, aliases: [], family: "biproportional",
                summary: "seats shared among lists over every constituency, then placed in each by constituency "
                    + "and list divisors (Zurich's 'doppelter Pukelsheim')",
                options: ["threshold=PERCENT", "voter-numbers=votes|rounded|exact"], accepted: both),
        ]
        return rules
    }
}
