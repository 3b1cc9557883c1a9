#!/usr/bin/env python3
"""Writes the validation scenarios: six real elections, converted from their official results.

Input: the six files of Tests/HemicycleTests/Fixtures/elections/ (byte-for-byte copies of the
team's shared data set, each with its sources, its legal basis and its official seats).
Output: Scenarios/validation/<id>.json, one scenario per election, whose `hemicycle run` must
reproduce the official seats exactly (Tests/HemicycleTests/Validation/ checks it):

  es-congreso-2019-04.json   Spain, Congress, April 2019: D'Hondt in 52 provinces, 3% threshold
  no-storting-2021.json      Norway, Storting 2021: modified Sainte-Laguë, 19 leveling seats
  nz-parliament-2014.json    New Zealand 2014: MMP, Sainte-Laguë over 120 seats, overhang
  sk-nrsr-2020.json          Slovakia, National Council 2020: Hagenbach-Bischoff, coalition thresholds
  fr-assemblee-2017.json     France, National Assembly 2017: 577 single-member two-round contests
  gr-vouli-2023-05.json      Greece, Hellenic Parliament, May 2023: Hare nationally, 3% threshold

The conversion adds nothing that is not in the data except what each file labels as derived or
assumed (a register missing in the data, the two member parties of Slovakia's coalition, the
names behind France's nuance codes, region labels); every block and constituency cites its
sources. Deterministic: the same input gives the same bytes.

Run: python3 Scenarios/tools/validation.py [--check] (writes the six files; --check only verifies
that the committed files are what this script produces). Takes about a second.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import colours  # noqa: E402
import engine  # noqa: E402  (the tools folder is not a package)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
INPUT = os.path.join(ROOT, "Tests", "HemicycleTests", "Fixtures", "elections")
OUTPUT = os.path.join(ROOT, "Scenarios", "validation")
FIXTURES = "Tests/HemicycleTests/Fixtures/elections"
FORMAT = "hemicycle-scenario/1"


def load(name):
    with open(os.path.join(INPUT, name + ".json"), encoding="utf-8") as handle:
        return json.load(handle)


def dump(value):
    """Two-space JSON, UTF-8, a final newline; objects and arrays that fit on a line of 110
    characters stay on one (so a candidate or a party is one line)."""
    return render(value, 0) + "\n"


def render(value, indent):
    inline = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, (dict, list)) or not value or indent + len(inline) <= 110:
        return inline
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [pad + json.dumps(k, ensure_ascii=False) + ": " + render(v, indent + 2) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + render(v, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def historical(entry):
    """A `sources` entry from one of the data file's own sources ({what, url}; url if it has one)."""
    source = {"kind": "historical", "citation": entry["what"]}
    if entry.get("url"):
        # An address followed by a remark in brackets: the remark joins the citation.
        address, _, remark = entry["url"].partition(" (")
        if remark:
            source["citation"] += " (" + remark
        source["url"] = [address]
    return source


def data_file_source(data, name):
    return {
        "kind": "historical",
        "citation": "%s: official votes and seats compiled from the sources above, with the rule as the law "
                    "states it and verification notes (%s/%s.json, a byte-for-byte copy of the team's shared "
                    "data set; its verification: %s)" % (
                        data["name"], FIXTURES, name, "; ".join(data["verification"]["facts"])),
    }


def official_sources(data):
    """The data file's sources as `sources` entries: the first is the official result, the others
    its copies and cross-checks, kept in the order the data file lists them."""
    sources = {"results": historical(data["sources"][0])}
    for index, entry in enumerate(data["sources"][1:]):
        sources["cross-check-%d" % (index + 1)] = historical(entry)
    return sources


def header(slug, data, description, assembly):
    return {
        "format": FORMAT,
        "id": slug,
        "title": data["name"],
        "description": description,
        "assembly": assembly,
    }


def seat_line(seats):
    ordered = sorted(seats.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join("%s %d" % item for item in ordered)


def by_votes(totals):
    """Ids ordered by votes, most first, then by id (the order of tables)."""
    return sorted(totals, key=lambda key: (-totals[key], key))


# ------------------------------------------------------------------------------------------------
# Spain, Congress of Deputies, 28 April 2019.

# The data's autonomous-community codes (ccaa_code), named from the provinces each holds.
SPAIN_REGIONS = {
    "01": "Andalucía", "02": "Aragón", "03": "Asturias", "04": "Illes Balears", "05": "Canarias",
    "06": "Cantabria", "07": "Castilla-La Mancha", "08": "Castilla y León", "09": "Cataluña",
    "10": "Extremadura", "11": "Galicia", "12": "Madrid", "13": "Navarra", "14": "País Vasco",
    "15": "Murcia", "16": "La Rioja", "17": "Comunitat Valenciana", "18": "Ceuta", "19": "Melilla",
}


def spain_list_ids(data):
    """List ids: the Ministry's short names (siglas), which key the official national table.

    A short name stands for one list wherever its candidacies share a national group (PSOE and
    PARTIT SOCIALISTA OBRER ESPANYOL are both 'PSOE'); where it names candidacies of different
    groups (PCPC), the candidacy outside the group of that name gets its code appended, so two
    parties are never merged. Returns the ids by (short name, code) and, for each id with a code
    appended, its (short name, code, national group).
    """
    groups = {}
    for district in data["districts"]:
        for short, group in district["national_group"].items():
            groups.setdefault(short, set()).add(group)
    ids, split = {}, {}
    for district in data["districts"]:
        for short, code in district["candidacy_codes"].items():
            group = district["national_group"][short]
            list_id = short
            if len(groups[short]) > 1 and group != short:
                list_id = "%s (%s)" % (short, code)
                split[list_id] = (short, code, group)
            ids[(short, code)] = list_id
    return ids, split


def spain():
    name = "es_congreso_2019_04"
    data = load(name)
    rule = data["rule"]
    ids, split = spain_list_ids(data)
    totals, names = {}, {}
    for district in data["districts"]:
        assert sum(district["votes"].values()) == district["candidacy_votes"], district["name"]
        assert district["candidacy_votes"] + district["blank_votes"] == district["valid_votes"], district["name"]
        for short, votes in district["votes"].items():
            code = district["candidacy_codes"][short]
            list_id = ids[(short, code)]
            totals[list_id] = totals.get(list_id, 0) + votes
            names.setdefault(list_id, [])
            full = data["candidacy_names"][code]["name"]
            if full not in names[list_id]:
                names[list_id].append(full)
    plural = rule["single_member_districts"]["districts"]
    leaders = {}
    for district in data["districts"]:
        if district["name"] in plural:
            assert district["seats"] == 1
            leader = max(district["votes"], key=lambda short: district["votes"][short])
            share = district["votes"][leader] / district["valid_votes"]
            assert share >= rule["threshold"]["percent"] / 100, district["name"]
            leaders[district["name"]] = (leader, share)
    plurality_text = ", ".join(
        "%s %.1f%% in %s" % (leader, share * 100, where) for where, (leader, share) in leaders.items())

    split_text = " ".join(
        "%s also names %s, a candidacy of the national group %s, not %s: it is keyed '%s'." % (
            short, data["candidacy_names"][code]["name"], group, short, list_id)
        for list_id, (short, code, group) in sorted(split.items()))
    parties = []
    for list_id in by_votes(totals):
        party = {"id": list_id, "name": " / ".join(sorted(names[list_id]))}
        if list_id in split:
            party["shortName"] = split[list_id][0]
        party["provenance"] = ["results", "data"]
        if len(names[list_id]) > 1 or list_id in split:
            party["provenance"] = {"*": ["results", "data"], "name": ["results", "data", "list-ids"]}
        parties.append(party)

    constituencies = []
    for district in data["districts"]:
        votes = {ids[(short, district["candidacy_codes"][short])]: count for short, count in district["votes"].items()}
        constituency = {
            "id": district["province_code"],
            "name": district["name"],
            "region": SPAIN_REGIONS[district["ccaa_code"]],
            "seats": district["seats"],
            "registered": district["registered"],
            "round1": {"blank": district["blank_votes"], "invalid": district["null_votes"], "votes": votes},
            "provenance": {"*": ["results", "data"], "region": ["regions"]},
        }
        if district["name"] in plural:
            constituency["provenance"]["seats"] = ["results", "data", "plurality"]
        constituencies.append(constituency)

    national = data["national"]
    official = data["national_official_seats_by_candidacy"]
    description = (
        "Spain's Congress of Deputies, 28 April 2019, from the Ministry of the Interior's official counts: "
        "350 seats in 52 provinces, D'Hondt in each among the candidacies with at least 3%% of the province's "
        "valid votes (candidacy votes plus blank votes; LOREG art. 163), Ceuta and Melilla one seat each by "
        "plurality. Exercises district thresholds on a base that includes blank votes (the 3%% decides a seat in "
        "Barcelona: FRONT REPUB, 2.72%%, is excluded, and ECP-GUANYEM takes 6 instead of 5), single-seat "
        "districts, and %d lists under the Ministry's short names, several of which stand for regional "
        "candidacies of one party. 'hemicycle run' reproduces every district's official seats and the national "
        "table by candidacy: %s." % (len(parties), seat_line(official))
    )
    document = header("es-congreso-2019-04", data, description, {
        "name": "Congreso de los Diputados",
        "date": data["date"],
        "size": data["total_seats"],
        "provenance": ["results", "law"],
    })
    document.update({
        "parties": parties,
        "rule": {
            "method": "dhondt",
            "scope": "district",
            "threshold": {"percent": rule["threshold"]["percent"], "comparison": "at-least",
                          "base": "valid-with-blank", "scope": "district"},
            "tieBreak": {"rule": "more-votes-then-lot", "seed": 2019},
            "provenance": {"*": ["law", "data"], "method": ["law", "data", "plurality"], "tieBreak": ["tie-rule"]},
        },
        "constituencies": constituencies,
        "sources": {
            "results": historical(data["sources"][0]),
            "results-copy": historical(data["sources"][1]),
            "cross-check": historical(data["sources"][2]),
            "data": data_file_source(data, name),
            "law": {"kind": "historical", "citation": data["rule"]["legal_basis"] + ": " + rule["scope"]
                    + "; threshold " + rule["threshold"]["base"]},
            "plurality": {
                "kind": "derived",
                "method": "Ceuta and Melilla elect one deputy each by plurality (the data's rule). A scenario has "
                          "one rule, D'Hondt; over one seat D'Hondt gives it to the most votes (its quotients are "
                          "the votes themselves), which is plurality, and the 3% threshold cannot exclude the "
                          "leader there (" + plurality_text + " of the valid votes). The generator asserts both.",
            },
            "tie-rule": {
                "kind": "assumed",
                "method": "LOREG art. 163.1: equal quotients go to the candidacy with the larger total vote; between "
                          "equal totals the first tie is drawn by lot and later ones alternate. Modelled as more "
                          "votes, then a seeded lot; the alternation is not modelled. The data has no exact "
                          "quotient tie, so the rule decides nothing here.",
            },
            "list-ids": {
                "kind": "derived",
                "method": "Lists are keyed by the Ministry's short names (siglas), which key the official national "
                          "table; the candidacies sharing one are named together. " + split_text,
            },
            "regions": {
                "kind": "derived",
                "method": "Regions are the data's autonomous-community codes (ccaa_code), named from the provinces "
                          "each holds; they group constituencies in reports and decide nothing.",
            },
        },
        "provenance": ["results", "data"],
        "notes": data["notes"] + [
            "Registered voters are the census used for the count; voters are the candidacy, blank and null "
            "votes added up (the data gives no separate ballots-cast figure); null votes are 'invalid'.",
            "National totals: %d registered, %d candidacy votes, %d blank, %d null." % (
                national["registered"], national["candidacy_votes"], national["blank_votes"], national["null_votes"]),
            "Official seats by national group (cabecera nacional): " + seat_line(
                data["national_official_seats_by_national_group"]) + ".",
        ],
    })
    return document


# ------------------------------------------------------------------------------------------------
# Norway, Storting, 13 September 2021.


def norway():
    name = "no_storting_2021"
    data = load(name)
    rule = data["rule"]
    totals = data["national"]["votes"]
    parties = [{"id": party, "name": data["party_names"][party], "provenance": ["results", "data"]}
               for party in by_votes(totals)]
    constituencies = []
    for county in data["districts"]:
        assert county["district_seats"] + county["leveling_seats"] == county["seats"], county["name"]
        assert sum(county["votes"].values()) == county["valid_votes"], county["name"]
        constituencies.append({
            "id": county["county_number"],
            "name": county["name"],
            "region": county["name"],
            "seats": county["seats"],
            "levelingSeats": county["leveling_seats"],
            "registered": county["registered"],
            "round1": {"votes": county["votes"]},
            "provenance": {"*": ["results", "data"], "seats": ["county-seats", "data"],
                           "levelingSeats": ["law", "data"]},
        })
    leveling = data["national_official_leveling_seats"]
    placed = ", ".join("%s in %s" % (party, county["name"])
                       for county in data["districts"] for party in sorted(county["official_leveling_seats"]))
    description = (
        "Norway's Storting, 13 September 2021, from Valgdirektoratet's county results: 169 seats, 150 district "
        "seats by modified Sainte-Laguë (first divisor 1.4) in each of 19 counties and 19 leveling seats, one "
        "per county, for parties with 4% of the national vote (Valgloven §§ 11-3 to 11-6). Exercises the "
        "compensatory tier: the national step (parties whose district seats reach their share are set aside), "
        "and the county step that places each leveling seat (votes / (2n + 1) over the county's votes per "
        "district seat, divisor 1 where the party has no seat). Each county's 'seats' is its magnitude with its "
        "leveling seat, 'levelingSeats' 1. 'hemicycle run' reproduces the official seats: "
        + seat_line(data["national_official_seats"]) + "; leveling seats " + seat_line(leveling)
        + ", placed " + placed + "."
    )
    document = header("no-storting-2021", data, description, {
        "name": "Stortinget",
        "date": data["date"],
        "size": data["total_seats"],
        "provenance": ["results", "law", "county-seats"],
    })
    district = rule["district_seats"]
    document.update({
        "parties": parties,
        "rule": {
            "method": "modified-sainte-lague",
            "firstDivisor": district["divisors"][0],
            "scope": "district",
            "leveling": {"percent": rule["leveling_seats"]["threshold"]["percent"], "method": "modified-sainte-lague",
                         "firstDivisor": district["divisors"][0]},
            "tieBreak": {"rule": "more-votes-then-lot", "seed": 2021},
            "provenance": ["law", "data"],
        },
        "constituencies": constituencies,
        "sources": {
            "results": historical(data["sources"][0]),
            "results-copy": historical(data["sources"][1]),
            "county-seats": historical(data["sources"][2]),
            "data": data_file_source(data, name),
            "law": {"kind": "historical", "citation": rule["legal_basis"] + ". District seats: " + district["scope"]
                    + "; ties: " + district["tie_break"] + ". Leveling seats, national step: "
                    + rule["leveling_seats"]["national_step"] + ". County step: " + rule["leveling_seats"]["county_step"]},
        },
        "provenance": ["results", "data"],
        "notes": data["notes"] + [
            "The data gives each county's votes for lists and its register, not its blank or rejected ballots: "
            "voters are the votes for lists, so the turnout printed is list votes over the register.",
        ],
    })
    return document


# ------------------------------------------------------------------------------------------------
# New Zealand, House of Representatives, 20 September 2014.


def new_zealand():
    name = "nz_parliament_2014"
    data = load(name)
    rule = data["rule"]
    allocation = data["districts"][0]
    votes = allocation["votes"]
    assert sum(votes.values()) == allocation["valid_votes"] == data["national"]["valid_party_votes"]
    assert allocation["electorate_seats_won"] == data["national_official_electorate_seats"]
    parties = [{"id": party, "name": party, "provenance": ["results", "data"]} for party in by_votes(votes)]
    percent = rule["threshold"]["alternatives"][0]["percent"]
    electorates = rule["threshold"]["alternatives"][1]["electorate_seats_won"]
    description = (
        "New Zealand's House of Representatives, 20 September 2014, from the Electoral Commission's party "
        "votes: mixed-member proportional, 120 seats shared by Sainte-Laguë on the party vote among parties "
        "with 5%% of it or at least one electorate seat, list seats topping up the %d electorates won (Electoral "
        "Act 1993 s 191). One national constituency of 120 seats. Exercises the alternative threshold (Māori, "
        "ACT and United Future qualify on an electorate, the Conservatives' 3.97%% does not) and overhang: "
        "United Future's share is 0 but it keeps its electorate, a house of 121. 'hemicycle run' reproduces "
        "the official seats: %s; overhang 1, house 121."
        % (data["national"]["electorates"], seat_line(data["national_official_seats"]))
    )
    document = header("nz-parliament-2014", data, description, {
        "name": "House of Representatives",
        "date": data["date"],
        "size": allocation["seats"],
        "provenance": ["results", "law"],
    })
    document.update({
        "parties": parties,
        "rule": {
            "method": "sainte-lague",
            "scope": "national",
            "threshold": {"percent": percent, "comparison": "at-least", "base": "valid", "scope": "national",
                          "orConstituencySeats": electorates},
            "mixedMember": {"electorateSeats": allocation["electorate_seats_won"], "otherElectorateSeats": 0},
            "tieBreak": {"rule": "lot", "seed": 2014},
            "provenance": {"*": ["law", "data"], "mixedMember": ["results", "data"]},
        },
        "constituencies": [{
            "id": "nz",
            "name": allocation["name"],
            "region": "New Zealand",
            "seats": allocation["seats"],
            "registered": allocation["valid_votes"],
            "round1": {"votes": votes},
            "provenance": {"*": ["results", "small-parties", "data"], "registered": ["register"]},
        }],
        "sources": {
            "results": historical(data["sources"][0]),
            "results-copy": historical(data["sources"][1]),
            "small-parties": historical(data["sources"][2]),
            "cross-check": historical(data["sources"][3]),
            "data": data_file_source(data, name),
            "law": {"kind": "historical", "citation": "%s: %s; seats to share: %s; list seats: %s; overhang: %s" % (
                rule["legal_basis"], rule["scope"], rule["seats_to_allocate"], rule["list_seats"], rule["overhang"])},
            "register": {
                "kind": "derived",
                "method": "The data has no register (and no informal votes). 'registered' is set to the valid "
                          "party votes, the smallest register the format accepts; no rule here depends on it, so "
                          "the turnout 'hemicycle run' prints (100%) means nothing.",
            },
        },
        "provenance": ["results", "data"],
        "notes": data["notes"],
    })
    return document


# ------------------------------------------------------------------------------------------------
# Slovakia, National Council, 29 February 2020.


def slovakia():
    name = "sk_nrsr_2020"
    data = load(name)
    rule = data["rule"]
    district = data["districts"][0]
    votes = district["votes"]
    assert sum(votes.values()) == district["valid_votes"]
    (coalition, members), = data["coalitions"].items()
    assert members == 2 and coalition == "Progresívne Slovensko-SPOLU"
    # The list's name names its two member parties.
    member_parties = [
        {"id": "Progresívne Slovensko", "name": "Progresívne Slovensko", "provenance": ["coalition-members"]},
        {"id": "SPOLU", "name": "SPOLU", "provenance": ["coalition-members"]},
    ]
    parties = []
    for list_id in by_votes(votes):
        if list_id != coalition:
            parties.append({"id": list_id, "name": list_id, "provenance": ["results", "data"]})
    parties += member_parties
    levels = rule["threshold"]["percent_by_list_type"]
    description = (
        "Slovakia's National Council, 29 February 2020, from the Statistical Office's definitive results: 150 "
        "seats in one national district, by largest remainder with the Hagenbach-Bischoff quota, the passing "
        "lists' votes over 151 rounded to a whole number (Act 180/2014 § 66), among lists with 5% of the valid "
        "votes (a party), 7% (a coalition of 2 or 3 parties) or 10% (4 or more). Exercises quota rounding and "
        "thresholds by kind of list: the coalition Progresívne Slovensko-SPOLU (6.97%) fails its 7%, so the "
        "quota is 2,061,100 / 151 = 13,649.67, rounded to 13,650; the first stage gives 148 seats and the two "
        "largest remainders (OĽANO, ĽSNS) the last two. 'hemicycle run' reproduces the official seats: "
        + seat_line(data["national_official_seats"]) + "."
    )
    document = header("sk-nrsr-2020", data, description, {
        "name": "Národná rada Slovenskej republiky",
        "date": data["date"],
        "size": data["total_seats"],
        "provenance": ["results", "law"],
    })
    document.update({
        "parties": parties,
        "lists": [{"id": coalition, "name": coalition, "parties": [p["id"] for p in member_parties],
                   "provenance": {"*": ["results", "data"], "parties": ["coalition-members"]}}],
        "rule": {
            "method": "hagenbach-bischoff",
            "quotaRounding": "half-up",
            "scope": "national",
            "threshold": {
                "percent": levels["party"], "comparison": "at-least", "base": "valid", "scope": "national",
                "coalitions": [{"minimumParties": 2, "percent": levels["coalition of 2 or 3 parties"]},
                               {"minimumParties": 4, "percent": levels["coalition of 4 or more parties"]}],
            },
            "tieBreak": {"rule": "more-votes-then-lot", "seed": 2020},
            "provenance": {"*": ["law", "data"], "quotaRounding": ["law", "quota-rounding"]},
        },
        "constituencies": [{
            "id": "sk",
            "name": district["name"],
            "region": "Slovakia",
            "seats": district["seats"],
            "registered": district["valid_votes"],
            "round1": {"votes": votes},
            "provenance": {"*": ["results", "data"], "registered": ["register"]},
        }],
        "sources": {
            "results": historical(data["sources"][0]),
            "results-copy": historical(data["sources"][1]),
            "cross-check": historical(data["sources"][2]),
            "data": data_file_source(data, name),
            "law": {"kind": "historical", "citation": "%s: quota %s; %s; %s; %s" % (
                rule["legal_basis"], rule["quota"], rule["first_stage"], rule["remaining_seats"], rule["excess_seats"])},
            "quota-rounding": {
                "kind": "assumed",
                "method": "The law rounds the quota to a whole number; read as half up. In 2020 the quota is "
                          "13,650 whether rounded half up or up (2,061,100 / 151 = 13,649.67), so the reading "
                          "decides nothing here.",
            },
            "coalition-members": {
                "kind": "derived",
                "method": "The data gives the coalition's name and that it has 2 member parties (its 7% threshold); "
                          "the format needs the members declared, so the two parties its name joins are declared "
                          "as parties under the two names it joins, Progresívne Slovensko and SPOLU. They stand "
                          "only through the coalition's list and have no votes of their own.",
            },
            "register": {
                "kind": "derived",
                "method": "The data has no register (and no invalid ballots). 'registered' is set to the valid "
                          "votes, the smallest register the format accepts; no rule here depends on it, so the "
                          "turnout 'hemicycle run' prints (100%) means nothing.",
            },
        },
        "provenance": ["results", "data"],
        "notes": data["notes"],
    })
    return document


# ------------------------------------------------------------------------------------------------
# France, National Assembly, 11 and 18 June 2017.

# The Ministry's nuance codes, as the data gives them, with the usual reading of each.
FRANCE_NUANCES = {
    "REM": "La République en marche", "LR": "Les Républicains", "MDM": "Mouvement démocrate",
    "SOC": "Parti socialiste", "UDI": "Union des démocrates et indépendants", "FI": "La France insoumise",
    "DVG": "Divers gauche", "COM": "Parti communiste français", "FN": "Front national", "DVD": "Divers droite",
    "REG": "Régionaliste", "DIV": "Divers", "RDG": "Parti radical de gauche", "ECO": "Écologiste",
    "EXD": "Extrême droite", "DLF": "Debout la France", "EXG": "Extrême gauche",
}


def france_round(round_data, anomaly=False):
    """A round's counts. Where the Ministry's candidate votes do not add up to its valid votes
    (`anomaly`, a data anomaly the data file lists), the candidates' votes, the voters and the
    blank ballots are kept as published and the spoilt ballots take the difference."""
    votes = [{"list": c["nuance"], "candidate": c["name"], "votes": c["votes"]} for c in round_data["candidates"]]
    cast = sum(c["votes"] for c in round_data["candidates"])
    assert round_data["valid_votes"] + round_data["blank"] + round_data["null"] == round_data["voters"]
    invalid = round_data["null"]
    if anomaly:
        assert 0 < abs(cast - round_data["valid_votes"]) <= 2
        invalid = round_data["voters"] - round_data["blank"] - cast
    else:
        assert cast == round_data["valid_votes"]
    return {"registered": round_data["registered"], "voters": round_data["voters"], "blank": round_data["blank"],
            "invalid": invalid, "votes": votes}


def french_rule(seed):
    """France's two-round rule (Code électoral L126, L162), its ties drawn by a seeded lot."""
    return {
        "method": "two-round",
        "firstRound": {"majority": 0.5, "of": "valid", "registeredMinimum": 0.25},
        "runoff": {"qualify": "threshold", "share": 0.125, "of": "registered", "minimum": 2},
        "tieBreak": {"rule": "lot", "seed": seed},
        "provenance": {"*": ["law", "data"], "tieBreak": ["tie-rule"]},
    }


def french_law(rule):
    """The `law` source of a French data file, from its `rule` block."""
    return {"kind": "historical", "citation": "%s. Round 1: %s. Round 2: %s; %s; %s; blank and null: %s" % (
        rule["legal_basis"], rule["first_round_win"], rule["second_round_access"], rule["withdrawals"],
        rule["second_round_win"], rule["blank_and_null"])}


def france_constituencies(data, round1_override=None, provenance_override=None):
    """The constituencies of a French data file, one candidate per entry under its nuance, with
    each candidate's round-1 votes summed by nuance and the round-1 statuses counted. The
    qualified candidates who did not stand in round 2 are listed in `withdrawn` where the data
    names them (2024), so that the engine checks them against the official field.
    `round1_override` replaces a constituency's round-1 figures (by id); a round-2 candidate who
    stood under another nuance than in round 1 keeps the round-1 one in `list` and names the new
    one in `standsAs`."""
    round1_override = round1_override or {}
    provenance_override = provenance_override or {}
    totals = {}
    constituencies = []
    statuses = {}
    for district in data["districts"]:
        assert district["seats"] == 1
        for candidate in district["round1"]["candidates"]:
            totals[candidate["nuance"]] = totals.get(candidate["nuance"], 0) + candidate["votes"]
            statuses[candidate["official_status"]] = statuses.get(candidate["official_status"], 0) + 1
        round1 = round1_override.get(district["id"], district["round1"])
        anomalies = {a["round"] for a in data.get("data_anomalies", []) if a["id"] == district["id"]}
        constituency = {
            "id": district["id"],
            "name": "%s %d" % (district["department"], district["constituency_number"]),
            "region": district["department"],
            "seats": 1,
            "registered": round1["registered"],
            "round1": france_round(round1, 1 in anomalies),
        }
        if district["round2"]:
            constituency["round2"] = france_round(district["round2"], 2 in anomalies)
            first = {c["name"]: c["nuance"] for c in district["round1"]["candidates"]}
            for line in constituency["round2"]["votes"]:
                if first[line["candidate"]] != line["list"]:
                    line["standsAs"] = line["list"]
                    line["list"] = first[line["candidate"]]
        if district.get("withdrawn"):
            first = {c["name"]: c["nuance"] for c in district["round1"]["candidates"]}
            constituency["withdrawn"] = [{"list": first[name], "candidate": name} for name in district["withdrawn"]]
        provenance = provenance_override.get(
            district["id"], {"*": ["results", "data"], "name": ["results", "data", "names"]})
        for number in sorted(anomalies):
            provenance = dict(provenance, **{"round%d" % number: ["results", "data", "ballot-sums"]})
        constituency["provenance"] = provenance
        constituencies.append(constituency)
    return constituencies, totals, statuses


def france_2024():
    name = "fr_assemblee_2024"
    data = load(name)
    rule = data["rule"]
    # 47003: the round-1 status was proclaimed on the figures of 1 July, which the data keeps.
    exception, = data["known_exceptions"]
    assert exception["id"] == "47003" and exception["check"] == "round1_status"
    district = next(d for d in data["districts"] if d["id"] == exception["id"])
    nuances = {c["name"]: c["nuance"] for c in district["round1"]["candidates"]}
    proclaimed = dict(exception["round1_as_proclaimed"])
    proclaimed["candidates"] = [dict(c, nuance=nuances[c["name"]]) for c in proclaimed["candidates"]]
    constituencies, totals, statuses = france_constituencies(
        data, {exception["id"]: proclaimed},
        {exception["id"]: {"*": ["results", "data"], "name": ["results", "data", "names"],
                           "round1": ["as-proclaimed"], "registered": ["as-proclaimed"]}})
    labels = data["nuance_labels"]
    parties = [{"id": code, "name": labels[code], "shortName": code,
                "provenance": ["results", "data"]} for code in by_votes(totals)]
    assert set(totals) <= set(labels)
    fields = {}
    for d in data["districts"]:
        if d["round2"]:
            size = len(d["round2"]["candidates"])
            fields[size] = fields.get(size, 0) + 1
    withdrawals = sum(len(d.get("withdrawn") or []) for d in data["districts"])
    changed = sum(1 for c in constituencies for line in (c.get("round2") or {}).get("votes", []) if "standsAs" in line)
    description = (
        "France's National Assembly, 30 June and 7 July 2024, from the Ministry of the Interior's definitive results "
        "in each constituency: 577 single-member two-round contests with %d candidates, entered by name under the "
        "Ministry's nuance codes (the lists). Round 1 is won with more than half of the valid votes and at least a "
        "quarter of the registered; the run-off is open to every candidate with 12.5%% of the registered, and to "
        "the two best placed when fewer reach it (Code électoral L126, L162); round 2 is plurality. The round-2 "
        "fields are the official ones: %d qualified candidates withdrew, and %d run-offs were held (%d two-way, "
        "%d three-way, %d four-way, %d with a single candidate). %d candidates stood under another nuance in "
        "round 2 ('standsAs'); a seat counts for the nuance under which it was won. Round 1 of 47003 is the "
        "figures of 1 July on which its statuses were proclaimed (the data file's known exception). 'hemicycle run' "
        "reproduces every round-1 status (elected %d, qualified %d, eliminated %d), every run-off winner and the "
        "seats by nuance: %s."
        % (sum(statuses.values()), withdrawals, sum(fields.values()), fields.get(2, 0), fields.get(3, 0),
           fields.get(4, 0), fields.get(1, 0), changed, statuses["elected"], statuses["qualified"],
           statuses["eliminated"], seat_line(data["national_official_seats_by_nuance"]))
    )
    document = header("fr-assemblee-2024", data, description, {
        "name": "Assemblée nationale",
        "date": data["date"],
        "round2Date": data["date_round2"],
        "size": data["total_seats"],
        "provenance": ["results", "law"],
    })
    sources = official_sources(data)
    sources.update({
        "data": data_file_source(data, name),
        "law": french_law(rule),
        "tie-rule": {
            "kind": "assumed",
            "method": "The law elects the oldest of candidates with equal votes; the data has birth dates for round-2 "
                      "candidates only, so ties are drawn by a seeded lot. No contest of 2024 has a tie where a "
                      "place matters, so the lot decides nothing here.",
        },
        "names": {
            "kind": "derived",
            "method": "A constituency's name is its department and its number in the department, from the data.",
        },
        "ballot-sums": {
            "kind": "derived",
            "method": "In %s the Ministry's candidate votes differ from its valid votes by one or two (the data "
                      "file's data_anomalies; no status or winner depends on it). The format needs votes, blank and "
                      "spoilt ballots to add up to the voters: the candidates' votes, the voters and the blank "
                      "ballots are kept as published and the spoilt ballots take the difference." % ", ".join(
                          "%s (round %d)" % (a["id"], a["round"]) for a in data["data_anomalies"]),
        },
        "as-proclaimed": {
            "kind": "historical",
            "citation": "%s (%s)" % (exception["explanation"], "the data file's known_exceptions[0].round1_as_proclaimed"),
        },
    })
    document.update({
        "parties": parties,
        "rule": french_rule(2024),
        "constituencies": constituencies,
        "sources": sources,
        "provenance": ["results", "data"],
        "notes": data["notes"],
    })
    return document


def france():
    name = "fr_assemblee_2017"
    data = load(name)
    rule = data["rule"]
    constituencies, totals, statuses = france_constituencies(data)
    assert set(totals) == set(FRANCE_NUANCES), set(totals) ^ set(FRANCE_NUANCES)
    parties = [{"id": code, "name": FRANCE_NUANCES[code], "shortName": code,
                "provenance": {"*": ["results", "data"], "name": ["nuance-names"]}} for code in by_votes(totals)]
    runoffs = sum(1 for district in data["districts"] if district["round2"])
    description = (
        "France's National Assembly, 11 and 18 June 2017, from the Ministry of the Interior's results in each "
        "constituency: 577 single-member two-round contests with %d candidates, entered by name under the "
        "Ministry's nuance codes (the lists). Round 1 is won with more than half of the valid votes and at least "
        "a quarter of the registered; the run-off is open to every candidate with 12.5%% of the registered, and "
        "to the two best placed when fewer reach it (Code électoral L126, L162); round 2 is plurality. The "
        "round-2 fields are the official ones, after withdrawals (%d run-offs: 571 duels, one three-way contest, "
        "one single candidate). Exercises registered-voter thresholds, withdrawals and observed run-offs. "
        "'hemicycle run' reproduces every round-1 status (elected %d, qualified %d, eliminated %d), every "
        "run-off winner and the seats by nuance: %s."
        % (sum(statuses.values()), runoffs, statuses["elected"], statuses["qualified"], statuses["eliminated"],
           seat_line(data["national_official_seats_by_nuance"]))
    )
    document = header("fr-assemblee-2017", data, description, {
        "name": "Assemblée nationale",
        "date": data["date"],
        "round2Date": data["date_round2"],
        "size": data["total_seats"],
        "provenance": ["results", "law"],
    })
    document.update({
        "parties": parties,
        "rule": french_rule(2017),
        "constituencies": constituencies,
        "sources": {
            "results": historical(data["sources"][0]),
            "results-copy": historical(data["sources"][1]),
            "cross-check": historical(data["sources"][2]),
            "data": data_file_source(data, name),
            "law": french_law(rule),
            "tie-rule": {
                "kind": "assumed",
                "method": "The law elects the oldest of candidates with equal votes; the data has no birth dates, so "
                          "ties are drawn by a seeded lot. No contest of 2017 has a tie where a place matters, so "
                          "the lot decides nothing here.",
            },
            "nuance-names": {
                "kind": "assumed",
                "method": "The data gives the Ministry's nuance codes only; the names are the usual reading of each "
                          "code, written out for reports. The codes, not the names, carry the results.",
            },
            "names": {
                "kind": "derived",
                "method": "A constituency's name is its department and its number in the department, from the data.",
            },
        },
        "provenance": ["results", "data"],
        "notes": data["notes"],
    })
    return document


# ------------------------------------------------------------------------------------------------
# Greece, Hellenic Parliament, 21 May 2023 (no majority bonus).

def greece(name, slug, description, rule_block, law_citation, tie_method):
    """One national constituency of 300 seats from a Greek data file: the May and June 2023
    elections differ only in their rule (no bonus, then the bonus of Law 4654/2020)."""
    data = load(name)
    district, = data["districts"]
    national = data["national"]
    votes = district["votes"]
    assert sum(votes.values()) == district["valid_votes"] == national["valid_votes"]
    assert national["valid_votes"] + national["blank"] + national["invalid"] == national["votes_cast"]
    assert data["rule"]["threshold"]["percent"] == 3 and data["rule"]["threshold"]["comparison"] == "at least"
    parties = [{"id": list_id, "name": data["party_names"].get(list_id, list_id), "shortName": list_id,
                "provenance": ["results", "data"]} for list_id in by_votes(votes)]
    document = header(slug, data, description % seat_line(data["national_official_seats"]), {
        "name": "Hellenic Parliament",
        "date": data["date"],
        "size": data["total_seats"],
        "provenance": ["results", "law"],
    })
    sources = official_sources(data)
    sources.update({
        "data": data_file_source(data, name),
        "law": {"kind": "historical", "citation": law_citation},
        "tie-rule": {"kind": "assumed", "method": tie_method},
    })
    document.update({
        "parties": parties,
        "rule": rule_block,
        "constituencies": [{
            "id": "gr",
            "name": district["name"],
            "region": "Greece",
            "seats": district["seats"],
            "registered": national["registered"],
            "round1": {"registered": national["registered"], "voters": national["votes_cast"],
                       "blank": national["blank"], "invalid": national["invalid"], "votes": votes},
            "provenance": {"*": ["results", "data"]},
        }],
        "sources": sources,
        "provenance": ["results", "data"],
        "notes": data["notes"],
    })
    return document


def greece_may():
    rule = load("gr_vouli_2023_05")["rule"]
    description = (
        "Greece's Hellenic Parliament, 21 May 2023, from the Ministry of the Interior's final national results: "
        "all 300 seats in one national allocation by largest remainder with the Hare quota, among the lists "
        "with at least 3%% of the valid ballots (abroad included); no majority bonus (Law 4406/2016). The 285 "
        "constituency and 15 State seats are filled afterwards inside each party's national total and do not "
        "change it, so the scenario is one national constituency. Exercises a national threshold (Niki, 2.918%%, "
        "is 4,823 votes short) and a last seat decided by the remainders (ND over SYRIZA by 237.8 votes). "
        "'hemicycle run' reproduces the official seats: %s."
    )
    return greece(
        "gr_vouli_2023_05", "gr-vouli-2023-05", description,
        {
            "method": "hare",
            "scope": "national",
            "threshold": {"percent": 3, "comparison": "at-least", "base": "valid", "scope": "national"},
            "tieBreak": {"rule": "lot", "seed": 2023},
            "provenance": {"*": ["law", "data"], "tieBreak": ["tie-rule"]},
        },
        "%s: %s; quota %s; %s; %s" % (
            rule["legal_basis"], rule["scope"], rule["quota"], rule["first_stage"], rule["remaining_seats"]),
        "The law draws equal remainders by lot; the scenario draws a seeded lot. No two remainders "
        "are equal in 2023, so the lot decides nothing here.")


def greece_june():
    rule = load("gr_vouli_2023_06")["rule"]
    bonus = rule["bonus"]
    assert (bonus["min_percent"], bonus["base_seats"], bonus["step_percent"], bonus["seats_per_step"],
            bonus["max_seats"], bonus["comparison"]) == (25, 20, 0.5, 1, 50, "at least")
    # The schedule as the law's formula gives it: 20 seats from 25%, one more per whole 0.5%, at
    # most 50 (from 40%); each step is a share the first party must reach.
    steps = []
    seats = bonus["base_seats"]
    percent = bonus["min_percent"]
    while seats <= bonus["max_seats"]:
        steps.append({"percent": percent, "seats": seats})
        seats += bonus["seats_per_step"]
        percent += bonus["step_percent"]
    description = (
        "Greece's Hellenic Parliament, 25 June 2023, from the Ministry of the Interior's final national results "
        "(after the Supreme Electoral Court's count of 30 June, which moved a seat from SYRIZA to KKE): the first "
        "election under the majority bonus of Law 4654/2020. The first party takes 20 seats at 25%% of the valid "
        "ballots and one more per whole 0.5%% above, at most 50 (ND, 40.56%%, takes 50); the other 250 seats go "
        "by largest remainder with the Hare quota among the lists with at least 3%% of the valid ballots, the "
        "first party included. One national constituency, as in May. Exercises a bonus schedule by vote share "
        "and a last seat decided by 206 votes of remainder (KKE over SYRIZA). 'hemicycle run' reproduces the "
        "official seats: %s."
    )
    return greece(
        "gr_vouli_2023_06", "gr-vouli-2023-06", description,
        {
            "method": "majority-bonus",
            "scope": "national",
            "majorityBonus": {
                "bonus": {"steps": steps},
                "remainder": {"method": "hare", "percent": 3, "comparison": "at-least", "leaderTakesPart": True},
            },
            "tieBreak": {"rule": "lot", "seed": 2023},
            "provenance": {"*": ["law", "data"], "tieBreak": ["tie-rule"]},
        },
        "%s: %s; bonus: %s (%s; %s); proportional seats %s; quota %s; %s; %s; %s" % (
            rule["legal_basis"], rule["scope"], bonus["formula"], bonus["steps_counted"], bonus["rounding_note"],
            rule["proportional_seats"], rule["quota"], rule["first_stage"], rule["remaining_seats"],
            rule["bonus_placement"]),
        "The law draws equal remainders by lot and gives the bonus to the first party; the scenario draws a "
        "seeded lot for either. No two remainders or leading totals are equal in 2023, so the lot decides nothing.")


# ------------------------------------------------------------------------------------------------
# Zurich, cantonal parliament (Kantonsrat), 24 March 2019: biproportional apportionment.

def zurich():
    name = "ch_zh_kantonsrat_2019"
    data = load(name)
    rule = data["rule"]
    assert rule["voter_numbers"]["rounding"] == "half_up"
    assert (rule["threshold"]["percent"], rule["threshold"]["comparison"], rule["threshold"]["scope"]) == (
        5, "at least", "at least one district")
    assert rule["threshold"]["alternative_cantonal_percent"] is None
    assert sum(district["seats"] for district in data["districts"]) == data["total_seats"]
    for district in data["districts"]:
        assert sum(district["votes"].values()) == district["list_votes_total"]
    parties = [{"id": group, "name": data["party_names"][group], "shortName": group,
                "provenance": ["results", "data"]} for group in data["party_order"]]
    description = (
        "Zurich's cantonal parliament (Kantonsrat), 24 March 2019, from the canton's list votes: 180 seats by "
        "biproportional apportionment ('doppelter Pukelsheim'). Each list group's voter numbers are its list "
        "votes in a district divided by the district's seats, rounded half up, summed over the 18 districts; "
        "Sainte-Laguë on them shares the 180 seats among the groups with at least 5%% of the list votes in at "
        "least one district (BDP, at best 4.678%% in Andelfingen, is out); district and group divisors then "
        "place them, every district filling its seats (the rule as in force in 2019: rounded voter numbers, "
        "no cantonal alternative quorum). Each district's votes are list votes (Parteistimmen): a ballot "
        "carries as many as the district has seats. 'hemicycle run' reproduces the cantonal seats, %s, and "
        "the seats of every district as sitting on 6 May 2019."
    ) % seat_line(data["national_official_seats"])
    document = header("ch-zh-kantonsrat-2019", data, description, {
        "name": "Kantonsrat des Kantons Zürich",
        "date": data["date"],
        "size": data["total_seats"],
        "provenance": ["results", "law"],
    })
    sources = official_sources(data)
    sources.update({
        "data": data_file_source(data, name),
        "law": {"kind": "historical", "citation": "%s. %s. Voter numbers: %s (%s). Quorum: %s %d%% of %s, %s. "
                "Upper apportionment: %s. Lower apportionment: %s." % (
                    rule["legal_basis"], rule["legal_basis_note"], rule["voter_numbers"]["definition"],
                    rule["voter_numbers"]["rounding_text"], rule["threshold"]["comparison"],
                    rule["threshold"]["percent"], rule["threshold"]["base"], rule["threshold"]["unit"],
                    rule["upper_apportionment"]["description"], rule["lower_apportionment"]["description"])},
        "tie-rule": {
            "kind": "assumed",
            "method": "The law draws ties by lot; the scenario's seeded lot settles a tie of the upper apportionment, "
                      "and a tie of the lower one is reported. No quotient lies on a rounding boundary in 2019, "
                      "so neither decides anything.",
        },
        "register": {
            "kind": "derived",
            "method": "The data has the list votes, not the register nor the ballots. 'registered' is set to each "
                      "district's list votes, the smallest register the format accepts; no rule here depends on "
                      "it, and the turnout 'hemicycle run' prints (100%) means nothing.",
        },
    })
    constituencies = []
    for district in data["districts"]:
        constituencies.append({
            "id": "zh-%s" % district["id"],
            "name": district["name"],
            "region": "Zürich",
            "seats": district["seats"],
            "registered": district["list_votes_total"],
            "round1": {"votes": district["votes"]},
            "provenance": {"*": ["results", "data"], "registered": ["register"]},
        })
    document.update({
        "parties": parties,
        "rule": {
            "method": "biproportional",
            "biproportional": {"quorum": {"percent": 5, "comparison": "at-least"}, "voterNumbers": "rounded"},
            "tieBreak": {"rule": "lot", "seed": 2019},
            "provenance": {"*": ["law", "data"], "tieBreak": ["tie-rule"]},
        },
        "constituencies": constituencies,
        "sources": sources,
        "provenance": ["results", "data"],
        "notes": data["notes"],
    })
    return document


# ------------------------------------------------------------------------------------------------

FILES = [
    ("es-congreso-2019-04.json", spain),
    ("no-storting-2021.json", norway),
    ("nz-parliament-2014.json", new_zealand),
    ("sk-nrsr-2020.json", slovakia),
    ("fr-assemblee-2017.json", france),
    ("fr-assemblee-2024.json", france_2024),
    ("gr-vouli-2023-05.json", greece_may),
    ("gr-vouli-2023-06.json", greece_june),
    ("ch-zh-kantonsrat-2019.json", zurich),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="verify the committed files instead of writing")
    args = parser.parse_args()
    stale = []
    for name, build in FILES:
        document = colours.apply(name, engine.publishable(build()))
        document["generator"] = "Scenarios/tools/validation.py"
        engine.cite_primary(document["sources"])
        text = dump(document)
        path = os.path.join(OUTPUT, name)
        if args.check:
            if not engine.is_current(path, text):
                stale.append(name)
        else:
            engine.write(path, text)
            print("wrote Scenarios/validation/%s" % name, file=sys.stderr)
    if stale:
        raise SystemExit("differ from what Scenarios/tools/validation.py produces: " + ", ".join(stale))


if __name__ == "__main__":
    main()
