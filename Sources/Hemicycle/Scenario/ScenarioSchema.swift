/// A JSON Schema (draft 2020-12) of the scenario format, for editors and other tools
/// (`hemicycle schema`).
///
/// It says what the decoder reads: every member and its type, the members each object allows
/// (none other), and the required ones. It cannot say what `hemicycle validate` checks beyond
/// shapes: shares that sum to one, seats that add up, references to declared ids, the rule's
/// consistency. A file that `extends` another may leave out any member. CI checks the shipped
/// scenarios against it, and that it rejects the broken fixtures whose problem is a shape.
public enum ScenarioSchema {
    /// The schema.
    public static var document: JSONValue {
        var top = object(
            [
                ("format", constant("hemicycle-scenario/1", "The format tag.")),
                ("id", string("Identifier printed in reports.")),
                ("title", string("Title for reports.")),
                ("description", string("A paragraph for reports.")),
                ("extends", string("Another scenario file this one is laid over (RFC 7396 merge; arrays of objects merge by id).")),
                ("assembly", assembly), ("parties", array(party, "The parties, in table order.")),
                ("lists", array(jointList, "Joint lists of several parties.")), ("rule", rule),
                ("constituencies", array(constituency, "The constituencies.")), ("transfers", transfers),
                ("boycotts", array(boycott, "Lists that field no candidates.")),
                ("turnoutShocks", array(turnoutShock, "Turnout changes by region and round.")),
                ("uncertainty", uncertainty), ("compare", array(string("A rule name, as compare --rules reads it."))),
                ("sources", map(source, "The sources that provenance blocks cite, by key.")), ("provenance", provenance),
                ("notes", array(string("A note, printed in reports."))), ("adjust", adjust),
                ("seatOrder", .object(object([
                    ("lists", array(string("A list's id."), "The lists, leftmost seat first; lists not named sit after them, in the scenario's list order.")),
                    ("basis", string("What the order follows, printed with the diagram (e.g. 'political family, left to right').")),
                    ("provenance", provenance),
                ], required: ["lists", "basis"], description: "How the parliament diagram seats the lists, left to right (--seat-order overrides)."))),
                ("generator", string("The script that wrote this file, if one did: edit the script, not the file. Reports do not print it.")),
                ("blocs", array(bloc, "Lists grouped for swings, tipping points and reports.")),
                ("withdrawalRules", array(withdrawalRule, "Modelled withdrawals between the rounds, tried in order.")),
            ], description: "A Hemicycle scenario: an election, its rule and the votes (counted or modelled), with the sources of every figure.")
        top.insert(("$schema", .string("https://json-schema.org/draft/2020-12/schema")), at: 0)
        top.insert(("$id", .string("https://hemicycle.example/scenario.schema.json")), at: 1)
        top.insert(("title", .string("Hemicycle scenario")), at: 2)
        // A file that extends another may leave out anything; a whole one needs what the
        // decoder requires.
        top.append(("if", .object([("required", .array([.string("extends")]))])))
        top.append(("else", complete))
        return .object(top)
    }

    /// What a scenario that extends nothing must have, beyond the shapes: the members the
    /// decoder requires (a file that extends another may leave any out).
    static var complete: JSONValue {
        func needs(_ names: [String]) -> JSONValue { .array(names.map(JSONValue.string)) }
        func items(_ required: [String]) -> JSONValue { .object([("items", .object([("required", needs(required))]))]) }
        let contested = JSONValue.object([
            ("if", .object([("properties", .object([("contested", .object([("const", .bool(false))]))])), ("required", needs(["contested"]))])),
            ("then", .object([("required", needs(["id"]))])),
            ("else", .object([("required", needs(["id", "seats", "registered", "round1"]))])),
        ])
        let sourceNeeds = JSONValue.object([
            ("required", needs(["kind"])),
            ("if", .object([("properties", .object([("kind", .object([("const", .string("historical"))]))]))])),
            ("else", .object([("required", needs(["method"]))])),
        ])
        let thresholdRunoff = JSONValue.object([
            (
                "if",
                .object([
                    ("properties", .object([("runoff", .object([("properties", .object([("qualify", .object([("const", .string("threshold"))]))])), ("required", needs(["qualify"]))]))])),
                    ("required", needs(["runoff"])),
                ])
            ),
            ("then", .object([("properties", .object([("runoff", .object([("required", needs(["share"]))]))]))])),
            ("required", needs(["method"])),
        ])
        return .object([
            ("required", needs(["assembly", "parties", "rule", "constituencies"])),
            (
                "properties",
                .object([
                    ("assembly", .object([("required", needs(["name", "size"])), ("properties", .object([("vacancies", items(["seats", "reason"]))]))])),
                    ("parties", items(["id", "name"])), ("lists", items(["id", "parties"])), ("rule", thresholdRunoff),
                    ("constituencies", .object([("items", contested)])), ("boycotts", items(["list", "abstention"])),
                    ("turnoutShocks", items(["factor"])), ("sources", .object([("additionalProperties", sourceNeeds)])),
                    ("blocs", items(["id", "lists"])),
                ])
            ),
        ])
    }

    // MARK: Blocks

    static var assembly: JSONValue {
        .object(
            object([
                ("name", string("The assembly's name.")), ("date", string("Date of round 1 (ISO 8601).")),
                ("round2Date", string("Date of round 2.")), ("size", integer(minimum: 1, "The nominal number of seats.")),
                (
                    "vacancies",
                    array(
                        .object(object([
                            ("seats", integer(minimum: 1, "Seats that stay vacant.")), ("reason", string("Why.")),
                            ("provenance", provenance),
                        ])))
                ), ("provenance", provenance),
            ]))
    }

    static var party: JSONValue {
        .object(
            object(
                [
                    ("id", string("Unique.")), ("name", string("The full name.")), ("shortName", string("The short name.")),
                    ("colour", colour), ("provenance", provenance),
                ], required: ["id"]))
    }

    static var jointList: JSONValue {
        .object(
            object(
                [
                    ("id", string("Unique.")), ("name", string("The full name.")), ("shortName", string("The short name.")),
                    ("colour", colour), ("parties", array(string("A party id."))), ("provenance", provenance),
                ], required: ["id"]))
    }

    static var rule: JSONValue {
        let methods = RuleCatalog.names + ["two-round", "majority-bonus", "biproportional"]
        let percent = JSONValue.object(object([("percent", number(minimum: 0, maximum: 100)), ("comparison", comparison)]))
        return .object(
            object([
                ("method", .object([("type", .string("string")), ("enum", .array(methods.map(JSONValue.string)))])),
                (
                    "firstRound",
                    .object(object([
                        ("majority", number(minimum: 0, maximum: 1)), ("of", string("What the majority is of.")),
                        ("registeredMinimum", number(minimum: 0, maximum: 1)),
                    ]))
                ),
                (
                    "runoff",
                    .object(object([
                        ("qualify", string("top-two or threshold.")), ("share", number(minimum: 0, maximum: 1)), ("of", string("Of what.")),
                        ("minimum", integer(minimum: 0, "At least this many finalists.")),
                    ]))
                ),
                ("firstDivisor", number(minimum: 0)), ("quotaRounding", string("exact, down, half-up or up.")),
                ("scope", string("district or national.")),
                (
                    "threshold",
                    .object(object([
                        ("percent", number(minimum: 0, maximum: 100)), ("comparison", comparison), ("base", string("The votes it is a share of.")),
                        ("scope", string("district or national.")),
                        (
                            "coalitions",
                            array(
                                .object(object([
                                    ("minimumParties", integer(minimum: 1, "Parties in the coalition.")),
                                    ("percent", number(minimum: 0, maximum: 100)),
                                ])))
                        ), ("orConstituencySeats", integer(minimum: 0, "Or at least this many constituency seats.")),
                    ]))
                ),
                (
                    "leveling",
                    .object(object([("percent", number(minimum: 0, maximum: 100)), ("method", string("A divisor method.")), ("firstDivisor", number(minimum: 0))]))
                ),
                (
                    "mixedMember",
                    .object(object([("electorateSeats", map(integer(minimum: 0, "Seats."), "By party.")), ("otherElectorateSeats", integer(minimum: 0, "Seats."))]))
                ),
                (
                    "majorityBonus",
                    .object(object([
                        ("majorityTakesAll", percent),
                        (
                            "bonus",
                            .object(object([
                                ("shareOfSeats", number(minimum: 0, maximum: 1)), ("rounding", string("down, half-up or up.")),
                                (
                                    "steps",
                                    array(.object(object([("percent", number(minimum: 0, maximum: 100)), ("comparison", comparison), ("seats", integer(minimum: 0, "Bonus seats."))])))
                                ),
                            ]))
                        ),
                        (
                            "remainder",
                            .object(object([
                                ("method", string("The proportional rule.")), ("firstDivisor", number(minimum: 0)), ("quotaRounding", string("Rounding.")),
                                ("percent", number(minimum: 0, maximum: 100)), ("comparison", comparison), ("leaderTakesPart", boolean),
                            ]))
                        ),
                    ]))
                ),
                (
                    "biproportional",
                    .object(object([("quorum", percent), ("totalQuorum", percent), ("voterNumbers", enumeration(["votes", "rounded", "exact"]))]))
                ),
                (
                    "tieBreak",
                    .object(object([
                        ("rule", enumeration(["lot", "list-order", "more-votes-then-lot", "more-votes-then-list-order"])),
                        ("seed", .object([("type", .string("integer")), ("minimum", .integer(0))])),
                    ]))
                ),
                ("provenance", provenance),
            ], required: ["method"]))
    }

    static var constituency: JSONValue {
        let withdrawal = JSONValue.object([
            ("oneOf", .array([string("A list id."), .object(object([("list", string("A list id.")), ("candidate", string("The candidate."))], required: ["list"]))]))
        ])
        return .object(
            object(
                [
                    ("id", string("Unique.")), ("name", string("Default: the id.")), ("region", string("Default: the name.")),
                    ("seats", integer(minimum: 1, "The magnitude.")), ("levelingSeats", integer(minimum: 0, "Of the seats, filled by a national tier.")),
                    ("registered", integer(minimum: 0, "Registered voters.")), ("contested", boolean),
                    ("vacancyReason", string("Why the seats stay vacant.")), ("round1", round), ("round2", round),
                    ("withdrawn", array(withdrawal, "Qualified entries that withdraw from the run-off.")), ("provenance", provenance),
                ], required: ["id"]))
    }

    static var round: JSONValue {
        let line = JSONValue.object(
            object(
                [
                    ("list", string("A list id.")), ("candidate", string("The candidate.")), ("votes", integer(minimum: 0, "Votes.")),
                    ("standsAs", string("Round 2: the list the candidate stands for.")),
                ], required: ["list", "votes"]))
        let votes = JSONValue.object([
            ("description", .string("Counted votes: by list id, or one line per entry.")),
            ("oneOf", .array([map(integer(minimum: 0, "Votes."), "By list id."), array(line)])),
        ])
        return .object(
            object([
                ("turnout", number(minimum: 0, maximum: 1)), ("invalidShare", number(minimum: 0, maximum: 1)),
                ("blankShare", number(minimum: 0, maximum: 1)), ("shares", map(number(minimum: 0, maximum: 1), "Support by list id.")),
                ("registered", integer(minimum: 0, "Registered voters for this round.")), ("voters", integer(minimum: 0, "Ballots cast.")),
                ("blank", integer(minimum: 0, "Blank ballots.")), ("invalid", integer(minimum: 0, "Spoilt ballots.")), ("votes", votes),
            ]))
    }

    static var transfers: JSONValue {
        let row = JSONValue.object(
            object([("abstain", number(minimum: 0, maximum: 1)), ("to", map(number(minimum: 0, maximum: 1), "By list or bloc id."))]))
        return .object(
            object([
                ("defaultAbstention", number(minimum: 0, maximum: 1)),
                ("from", map(row, "By list or bloc id.")),
                ("nonVoters", row),
                ("provenance", provenance),
            ]))
    }

    static var boycott: JSONValue {
        .object(object([("list", string("A list id.")), ("abstention", number(minimum: 0, maximum: 1)), ("provenance", provenance)], required: ["list"]))
    }

    static var turnoutShock: JSONValue {
        .object(
            object([
                ("region", string("A region (every one without).")), ("rounds", array(enumeration([1, 2].map { JSONValue.integer($0) }))),
                ("factor", number(minimum: 0)), ("provenance", provenance),
            ]))
    }

    static var uncertainty: JSONValue {
        let deviation = number(minimum: 0)
        let turnoutRound = JSONValue.object(object([("national", deviation), ("constituency", deviation)]))
        return .object(
            object([
                (
                    "shares",
                    .object(object([("national", deviation), ("nationalByList", map(deviation, "By list id.")), ("regional", deviation), ("constituency", deviation)]))
                ),
                ("turnout", .object(object([("round1", turnoutRound), ("round2", turnoutRound)]))), ("boycottAbstention", deviation),
                ("transfers", .object(object([("abstention", deviation), ("preference", deviation), ("concentration", number(minimum: 0.01))]))), ("voterSampling", boolean),
                ("provenance", provenance),
            ]))
    }

    static var source: JSONValue {
        .object(
            object(
                [
                    ("kind", enumeration(["historical", "reconstructed", "assumed", "derived"].map(JSONValue.string))),
                    ("citation", string("A citation or title.")), ("url", stringOrStrings("One address or several.")),
                    ("method", string("How the figures were made (required unless historical).")),
                ], required: ["kind"]))
    }

    static var withdrawalRule: JSONValue {
        let whole = JSONValue.object([("type", .string("integer")), ("minimum", .integer(1))])
        let places = JSONValue.object([("oneOf", .array([whole, array(whole)]))])
        return .object(
            object(
                [
                    ("list", string("A list or bloc id.")), ("place", places), ("fieldSize", places),
                    ("ifQualified", stringOrStrings("Lists or blocs that must each have another qualified entry.")),
                    ("ifAhead", stringOrStrings("Lists or blocs that must each have a qualified entry placed ahead.")),
                    ("probability", number(minimum: 0, maximum: 1)), ("provenance", provenance),
                ], required: ["list"]))
    }

    static var bloc: JSONValue {
        .object(
            object(
                [
                    ("id", string("Unique, and not a list's.")), ("name", string("For reports (default: the id).")),
                    ("lists", array(string("A list id; each list in one bloc at most."))), ("provenance", provenance),
                ], required: ["id"]))
    }

    static var adjust: JSONValue {
        .object(
            object([
                ("turnout", stringOrStrings("LEVEL[:round=2][:region=R], as --turnout.")),
                ("swing", stringOrStrings("LIST=POINTS[:METHOD] or LIST=xFACTOR, as --swing.")),
                ("boycott", stringOrStrings("LIST[=ABSTENTION], as --boycott.")), ("noBoycott", boolean), ("modelRound2", boolean), ("noWithdrawals", boolean), ("provenance", provenance),
            ]))
    }

    static var provenance: JSONValue {
        .object([
            ("description", .string("A source key, an array of keys, or keys by field ('*' for the rest of the block).")),
            ("oneOf", .array([string("A source key."), array(string("A source key.")), map(stringOrStrings("Source keys."), "By field.")])),
        ])
    }

    // MARK: Building blocks

    static var colour: JSONValue {
        .object([("type", .string("string")), ("pattern", .string("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"))])
    }
    static var comparison: JSONValue { enumeration(["at-least", "more-than"].map(JSONValue.string)) }
    static var boolean: JSONValue { .object([("type", .string("boolean"))]) }

    /// An object that allows exactly `properties`.
    static func object(_ properties: [(String, JSONValue)], required: [String] = [], description: String? = nil) -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = [("type", .string("object"))]
        if let description { members.append(("description", .string(description))) }
        // `null` reads as absent, and in a file that extends another removes the inherited value.
        let nullable = properties.map { (key: $0.0, value: JSONValue.object([("anyOf", .array([$0.1, .object([("type", .string("null"))])]))])) }
        members.append(("properties", .object(nullable)))
        if !required.isEmpty { members.append(("required", .array(required.map(JSONValue.string)))) }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    static func map(_ values: JSONValue, _ description: String) -> JSONValue {
        .object([("type", .string("object")), ("description", .string(description)), ("additionalProperties", values)])
    }

    static func array(_ items: JSONValue, _ description: String? = nil) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("type", .string("array"))]
        if let description { members.append(("description", .string(description))) }
        members.append(("items", items))
        return .object(members)
    }

    static func string(_ description: String) -> JSONValue {
        .object([("type", .string("string")), ("description", .string(description))])
    }

    static func stringOrStrings(_ description: String) -> JSONValue {
        .object([("description", .string(description)), ("oneOf", .array([.object([("type", .string("string"))]), array(.object([("type", .string("string"))]))]))])
    }

    static func constant(_ value: String, _ description: String) -> JSONValue {
        .object([("const", .string(value)), ("description", .string(description))])
    }

    static func enumeration(_ values: [JSONValue]) -> JSONValue { .object([("enum", .array(values))]) }
    static func enumeration(_ values: [String]) -> JSONValue { enumeration(values.map(JSONValue.string)) }

    static func integer(minimum: Int, _ description: String) -> JSONValue {
        .object([("type", .string("integer")), ("minimum", .integer(Int64(minimum))), ("description", .string(description))])
    }

    static func number(minimum: Double, maximum: Double? = nil) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("type", .string("number")), ("minimum", .number(minimum))]
        if let maximum { members.append(("maximum", .number(maximum))) }
        return .object(members)
    }
}
