"""Party colours for the validation scenarios, each with the source it comes from, and France's
seat order (left to right by political family).

Switzerland, France and Spain take the colours the Neue Zürcher Zeitung's charts use, from its
published storytelling style guide (France there is by political family, so each nuance takes its
family's colour; the family's smaller lists take the family's lighter shade, also NZZ's, so that
neighbours in a diagram stay apart). Norway, New Zealand, Slovakia and Greece have no such
publication at hand: their largest parties take their customary hue (the colour of their logos
and campaigns, as the press draws them), with a hex value Hemicycle chose, and say so (`assumed`).
Parties without a customary colour here are drawn in greys.
"""

NZZ = {
    "kind": "historical",
    "citation": "Neue Zürcher Zeitung, Storytelling Styleguide, 'Farben für politische Parteien' (the party "
                "colours of NZZ's charts): Schweiz primary colours, Frankreich by political family with "
                "background shades, Spanien",
    "url": ["https://github.com/nzzdev/Storytelling-Styleguide/blob/149b9f6fc47dc7024e10bfc4267040dac50527cf/"
            "pages/style/colors-parties.md"],
}

CUSTOMARY = {
    "kind": "assumed",
    "method": "Display colours: each party named here takes its customary hue (the colour of its logo and "
              "campaigns, as the press draws it); the hex values are Hemicycle's choice, not a publication's. "
              "Parties without a customary colour here are drawn in greys.",
}

# NZZ's French families: (primary, background shade).
RADICAL_LEFT = ("#b00077", "#d7b1c3")
LEFT_WING = ("#ce4631", "#e6aa9e")
GREEN = ("#93a345", "#c1c9a5")
CENTRE = ("#e3b13e", "#e0cba3")
RIGHT_WING = ("#8aabfd", "#bbcaed")
RADICAL_RIGHT = ("#374e8e", "#a1aecc")
OTHER = ("#616161", "#bcbcbc")

FRANCE_2017 = {
    "FI": RADICAL_LEFT[0], "COM": RADICAL_LEFT[1], "EXG": RADICAL_LEFT[1],
    "SOC": LEFT_WING[0], "DVG": LEFT_WING[1], "RDG": LEFT_WING[1],
    "ECO": GREEN[0],
    "REM": CENTRE[0], "MDM": CENTRE[1], "UDI": CENTRE[1],
    "LR": RIGHT_WING[0], "DVD": RIGHT_WING[1], "DLF": RIGHT_WING[1],
    "FN": RADICAL_RIGHT[0], "EXD": RADICAL_RIGHT[1],
    "DIV": OTHER[0], "REG": OTHER[1],
}

FRANCE_2024 = {
    # Union de la gauche (the Nouveau Front populaire's label) spans the left: NZZ's left wing.
    "UG": LEFT_WING[0], "SOC": LEFT_WING[1], "DVG": LEFT_WING[1], "RDG": LEFT_WING[1],
    "FI": RADICAL_LEFT[0], "COM": RADICAL_LEFT[1], "EXG": RADICAL_LEFT[1],
    "ECO": GREEN[0], "VEC": GREEN[1],
    "ENS": CENTRE[0], "HOR": CENTRE[1], "DVC": CENTRE[1], "UDI": CENTRE[1],
    "LR": RIGHT_WING[0], "DVD": RIGHT_WING[1], "DSV": RIGHT_WING[1],
    "RN": RADICAL_RIGHT[0], "UXD": RADICAL_RIGHT[1], "REC": RADICAL_RIGHT[1], "EXD": RADICAL_RIGHT[1],
    "DIV": OTHER[0], "REG": OTHER[1],
}

ZURICH = {
    "SVP": "#316641", "SP": "#ce4631", "FDP": "#1b87aa", "GLP": "#00988c", "Grüne": "#93a345",
    "CVP": "#df7c18", "EVP": "#e3b13e", "AL": "#da467d", "EDU": "#ae49a2", "PdA": "#ac004f",
    "BDP": "#d1cb00",  # the guide's earlier scheme (s-viz-color-party-bdp-5): BDP is not in the current one
    "die Guten": "#7e7e8f", "Helvida": "#7e7e8f",  # "andere"
}

# Spain's lists are keyed by the Ministry's short names, cut to 11 characters: matched by prefix.
SPAIN_PREFIXES = [
    ("PSOE", "#C31906"), ("PSC", "#C31906"), ("PSdeG-PSOE", "#C31906"), ("PSE-EE", "#C31906"),
    ("PP", "#0084C7"), ("Cs", "#D28B00"), ("VOX", "#54BA00"), ("PODEMOS", "#8440A3"),
    ("ECP-GUANYEM", "#8440A3"), ("ERC", "#d64b47"),
]
SPAIN_DEFAULT = "#616161"

NORWAY = {
    "A": "#e4202c", "H": "#1b6bd6", "SP": "#00843d", "FRP": "#024a7c", "SV": "#b5317c", "RØDT": "#8b1a1a",
    "V": "#006666", "MDG": "#5a9a2a", "KRF": "#f2c200", "PF": "#7e7e8f",
}

NEW_ZEALAND = {
    "National Party": "#00529f", "Labour Party": "#d82a20", "Green Party": "#098137",
    "New Zealand First Party": "#1a1a1a", "Māori Party": "#b2001a", "ACT New Zealand": "#f2c200",
    "United Future": "#501557", "Internet MANA": "#770808", "Conservative": "#00aeef",
}

SLOVAKIA = {
    "Smer": "#d82222", "Sloboda a Solidarita": "#9bc31c", "ĽSNS": "#0b4d2c",
    "Kresťanskodemokratické hnutie": "#1d3f8a", "SNS": "#25378f",
}

GREECE = {
    "ND": "#1f5ea8", "SYRIZA": "#e2467a", "PASOK-KINAL": "#1a9a3a", "KKE": "#c4161c",
    "Elliniki Lysi": "#4fb3e8", "MeRA25": "#e8702a",
}

# France's diagrams seat the nuances left to right by NZZ's families, which its guide lists in that
# order (radical left, left wing, green, centre, right wing, radical right); the order within a
# family, and the miscellaneous and regionalist lists at the centre, are Hemicycle's.
FRANCE_FAMILY_ORDER = {
    "kind": "assumed",
    "method": "Seats left to right by political family in the order NZZ's style guide lists the families "
              "(radical left, left wing, green, centre, right wing, radical right); the order within a "
              "family, and DIV and REG placed at the centre, are Hemicycle's choice.",
}
SEAT_ORDERS = {
    "fr-assemblee-2017.json": ["EXG", "COM", "FI", "SOC", "RDG", "DVG", "ECO", "REG", "DIV", "MDM", "REM", "UDI",
                               "LR", "DVD", "DLF", "FN", "EXD"],
    "fr-assemblee-2024.json": ["EXG", "COM", "FI", "UG", "SOC", "DVG", "RDG", "ECO", "VEC", "REG", "DIV", "DVC",
                               "UDI", "ENS", "HOR", "LR", "DVD", "DSV", "UXD", "RN", "REC", "EXD"],
}

GREYS = ["#7e7e8f", "#9a9aa8", "#5f5f6e", "#b4b4c0"]

# name of the scenario file -> (source key, source, colours by party id or a function of the id)
TABLES = {
    "fr-assemblee-2017.json": ("colours-nzz", NZZ, FRANCE_2017),
    "fr-assemblee-2024.json": ("colours-nzz", NZZ, FRANCE_2024),
    "ch-zh-kantonsrat-2019.json": ("colours-nzz", NZZ, ZURICH),
    "es-congreso-2019-04.json": ("colours-nzz", NZZ, None),
    "no-storting-2021.json": ("colours-customary", CUSTOMARY, NORWAY),
    "nz-parliament-2014.json": ("colours-customary", CUSTOMARY, NEW_ZEALAND),
    "sk-nrsr-2020.json": ("colours-customary", CUSTOMARY, SLOVAKIA),
    "gr-vouli-2023-05.json": ("colours-customary", CUSTOMARY, GREECE),
    "gr-vouli-2023-06.json": ("colours-customary", CUSTOMARY, GREECE),
}


def spain(party_id):
    for prefix, colour in SPAIN_PREFIXES:
        if party_id == prefix or party_id.startswith(prefix + "-") or party_id.startswith(prefix + " "):
            return colour
    return SPAIN_DEFAULT


def apply(name, document):
    """Gives `document`'s parties their colours and cites the source; returns the document."""
    if name not in TABLES:
        return document
    key, source, table = TABLES[name]
    uncoloured = 0
    for party in document["parties"]:
        if table is None:
            colour = spain(party["id"])
        elif party["id"] in table:
            colour = table[party["id"]]
        else:
            colour = GREYS[uncoloured % len(GREYS)]
            uncoloured += 1
        party["colour"] = colour
        provenance = party.get("provenance", [])
        if isinstance(provenance, list):
            party["provenance"] = {"*": provenance, "colour": [key]}
        else:
            party["provenance"] = dict(provenance, colour=[key])
    missing = [p for p in (table or {}) if p not in {party["id"] for party in document["parties"]}]
    assert not missing, "%s: colours for parties it does not have: %s" % (name, missing)
    document["sources"][key] = dict(source)
    if name in SEAT_ORDERS:
        order = SEAT_ORDERS[name]
        assert sorted(order) == sorted(p["id"] for p in document["parties"]), name
        document["seatOrder"] = {"lists": order, "basis": "political family, from the left (NZZ's grouping)",
                                 "provenance": [key, "seat-order-families"]}
        document["sources"]["seat-order-families"] = dict(FRANCE_FAMILY_ORDER)
    return document
