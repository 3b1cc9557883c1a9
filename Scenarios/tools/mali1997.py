#!/usr/bin/env python3
"""Builds Scenarios/mali-1997.json: Mali's National Assembly election of July-August 1997.

What is known (see the `sources` block of the output and ../shared/data/mali-1992/facts.json in
the workspace this was written in): 147 seats; the two-round majority list system of 1992; the
main opposition boycotted (CNID, US-RDA, PMD, RDP, RDT, UFDP, UMADD); 5,254,299 registered,
1,133,769 voters, 1,111,757 valid votes, 22,012 invalid; the national votes of every list that
stood, joint lists included (Wikipedia's table, after N'Diaye); the seat table ADEMA 128,
PARENA 8, CDS 4, UDD 2, ADEMA-PDP joint lists 2, PDJ 1, ADEMA-COPP joint list 1, RND 1.
What is not known - the 1997 magnitudes, the register by constituency, every constituency's
votes and winner, the run-offs - is reconstructed here, deterministically, so that the
scenario reproduces every known figure exactly:

1. Magnitudes: the 2013 ones (55 constituencies, 147 seats, apportioned on the 1996 census;
   Nioro du Sahel's 3 derived as 147 minus the others). The 1997 code set the same total, 147,
   and the census predates it; the 1997 magnitudes themselves are not in the sources used.
2. Register: 5,254,299 split over the regions in proportion to the 2013 register by region
   (DGE), and within a region in proportion to the magnitudes (as for 1992).
3. Seats. The published table counts deputies by party: the ADEMA-PARENA, ADEMA-UDD and
   ADEMA-PARENA-PDP joint lists have votes but a dash for seats, and the IPU counts 137 seats
   for ADEMA and its allies PARENA and PDJ (128 + 8 + 1) and 10 for five opposition parties
   (CDS 4, UDD 2, RND 1 and the PDP and COPP deputies of the ADEMA-PDP and ADEMA-COPP lists).
   The engine credits seats to lists and cannot split a joint list's seats, so the scenario
   reads the table this way: the seats won by the three dashed joint lists are inside ADEMA's
   128. WINNERS below gives them 18 seats (9, 7 and 2: about ADEMA's votes per seat), so
   ADEMA's own lists win 110, and every other row of the table is reproduced as printed.
4. Votes: which lists stand where is drawn from a fixed pseudo-random sequence (joint lists
   only where they win, never beside a list of one of their parties); a matrix of votes is
   then fitted by iterative proportional fitting so that every list's national total is the
   published one and every constituency's valid votes are what its register gives, and
   nudged until each designed outcome holds with a margin of MARGIN; rounded to whole votes
   keeping both totals exact. RND's votes are missing from the table: it is given just over
   half of its constituency, taken from the small parties aggregated as OTHERS.
5. Turnout: one turnout everywhere, found by bisection so that the national voters are
   exactly 1,133,769; one spoilt-ballot share, so that the invalid ballots are 22,012.
6. Boycott: each boycotting party keeps, in every constituency, its share of the April 1997
   (annulled) first round as support; 90% of its supporters abstain (assumed), the rest vote
   like the constituency.

Run: python3 Scenarios/tools/mali1997.py [--check] (writes Scenarios/mali-1997.json; --check only
verifies that the committed file is what this script produces). Takes about a second.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine  # noqa: E402  (the tools folder is not a package)
from mali1992 import CONSTITUENCIES, Lcg, register, slug  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.normpath(os.path.join(HERE, "..", "mali-1997.json"))

# --------------------------------------------------------------------------------------------
# Facts (IPU PARLINE 1997; Wikipedia's results table, after N'Diaye; facts.json).

SEATS = 147
REGISTERED = 5254299
VOTERS = 1133769
VALID = 1111757
INVALID = 22012
# Published national round-1 votes of the lists that stood.
VOTES = {
    "ADEMA": 698690, "PARENA": 78750, "ADEMA+PARENA": 69913, "PUDP": 51686, "UDD": 38804,
    "ADEMA+UDD": 33365, "CDS": 32398, "PDJ": 26910, "ADEMA+PDP": 14518, "ADEMA+PARENA+PDP": 14093,
    "ADEMA+COPP": 5549, "IND": 10810,
}
# The rest of the table: small parties that won no seat, aggregated here as OTHERS. UMADD's row is
# among them although the same source lists UMADD among the boycotters (see the notes).
SMALL_PARTIES = [
    ("Malian Rally for Labour", 9803), ("Citizens Movement–Circle of Republican Democrats", 9343),
    ("UMADD (as listed in the table)", 6964), ("Malian Party for Development and Renewal", 5218),
    ("Alliance for Economic and Social Development", 2216), ("Union of Democratic Forces", 1669),
    ("National Union for Renewal", 672), ("Movement for Democracy and Development", 239),
    ("Rally for Justice and Progress", 147),
]
PUBLISHED_SEATS = {"ADEMA": 128, "PARENA": 8, "CDS": 4, "UDD": 2, "ADEMA+PDP": 2, "PDJ": 1, "ADEMA+COPP": 1,
                   "RND": 1}
DASHED_JOINT_LISTS = ["ADEMA+PARENA", "ADEMA+UDD", "ADEMA+PARENA+PDP"]  # seats '–' in the table
# April 1997 (annulled) first round, % of the valid votes, for the boycotting parties (Wikipedia).
# PMD is not in the table as available; its 0.5 is assumed.
BOYCOTT_SUPPORT = {"CNID": 4.86, "US-RDA": 7.81, "PMD": 0.5, "RDP": 2.31, "RDT": 1.60, "UFDP": 1.01,
                   "UMADD": 0.31}
BOYCOTT_ABSTENTION = 0.9
DEFAULT_ABSTENTION = 0.25
MARGIN = 0.015
RND_SHARE = 0.56  # of its constituency's valid votes: enough to win it in round 1

PARTIES = [  # id, name, short name, colour
    ("ADEMA", "Alliance pour la démocratie au Mali – Parti africain pour la solidarité et la justice",
     "ADEMA-PASJ", "#2e7d32"),
    ("PARENA", "Parti pour la renaissance nationale (Party for National Rebirth)", "PARENA", "#0277bd"),
    ("CDS", "Social Democratic Convention", "CDS", "#6d4c41"),
    ("UDD", "Union pour la démocratie et le développement", "UDD", "#1565c0"),
    ("PDJ", "Democratic Party for Justice", "PDJ", "#7b1fa2"),
    ("RND", "National Rally for Democracy", "RND", "#00695c"),
    ("PUDP", "Parti pour l'unité, la démocratie et le progrès", "PUDP", "#9e9d24"),
    ("PDP", "Parti pour la démocratie et le progrès", "PDP", "#ad1457"),
    ("COPP", "Convention for Progress and the People", "COPP", "#5d4037"),
    ("IND", "Independent lists (13 lists, counted together)", "Independents", "#757575"),
    ("OTHERS", "Other parties, aggregated (9 parties without seats)", "Others", "#9e9e9e"),
    ("CNID", "Congrès national d'initiative démocratique", "CNID", "#f9a825"),
    ("US-RDA", "Union soudanaise – Rassemblement démocratique africain", "US-RDA", "#c62828"),
    ("PMD", "Parti malien pour le développement (name uncertain)", "PMD", "#6a1b9a"),
    ("RDP", "Rassemblement pour la démocratie et le progrès", "RDP", "#ef6c00"),
    ("RDT", "Rassemblement pour la démocratie et le travail", "RDT", "#8d6e63"),
    ("UFDP", "Union des forces démocratiques pour le progrès", "UFDP", "#00838f"),
    ("UMADD", "Union malienne pour la démocratie et le développement", "UMADD", "#455a64"),
]
JOINT_LISTS = [  # id, short name, parties, colour
    ("ADEMA+PARENA", "ADEMA–PARENA", ["ADEMA", "PARENA"], "#43a047"),
    ("ADEMA+UDD", "ADEMA–UDD", ["ADEMA", "UDD"], "#558b2f"),
    ("ADEMA+PDP", "ADEMA–PDP", ["ADEMA", "PDP"], "#689f38"),
    ("ADEMA+PARENA+PDP", "ADEMA–PARENA–PDP", ["ADEMA", "PARENA", "PDP"], "#7cb342"),
    ("ADEMA+COPP", "ADEMA–COPP", ["ADEMA", "COPP"], "#9ccc65"),
]
LIST_ORDER = [p[0] for p in PARTIES] + [j[0] for j in JOINT_LISTS]
MEMBERS = {j[0]: j[2] for j in JOINT_LISTS}
STANDING_LISTS = ["ADEMA", "PARENA", "CDS", "UDD", "PDJ", "RND", "PUDP", "IND", "OTHERS"] + list(MEMBERS)

# Winners: name -> (round, winner, runner-up in a run-off or None). Reconstructed: the assignment
# carries no historical claim about any single constituency. Everywhere else ADEMA wins round 1.
WINNERS = {
    "Commune I": (1, "ADEMA+PARENA+PDP", None), "Commune II": (1, "ADEMA+PARENA", None),
    "Commune V": (1, "ADEMA+PARENA", None), "Commune VI": (1, "ADEMA+PARENA", None),
    "Commune IV": (1, "ADEMA+PDP", None), "Kati": (1, "ADEMA+UDD", None), "Diré": (1, "ADEMA+COPP", None),
    "Tessalit": (1, "RND", None), "Nioro du Sahel": (1, "PARENA", None),
    "Kayes": (2, "PARENA", "ADEMA"), "Bougouni": (2, "CDS", "ADEMA"), "Yélimané": (2, "UDD", "ADEMA"),
    "Kangaba": (2, "PDJ", "ADEMA"), "Commune III": (2, "ADEMA", "PARENA"),
}
# How likely each list is to stand where it does not win (independent lists: exactly 13).
CHANCES = {"PARENA": 0.55, "PUDP": 0.5, "UDD": 0.35, "PDJ": 0.3, "CDS": 0.2, "OTHERS": 0.45}
INDEPENDENT_LISTS = 13
STRENGTH = {"ADEMA": 60.0, "PARENA": 7.0, "PUDP": 4.6, "UDD": 3.5, "CDS": 2.9, "PDJ": 2.4, "IND": 1.5,
            "OTHERS": 3.3, "RND": 1.0}


# --------------------------------------------------------------------------------------------
# Reconstruction.


def boycott_shares():
    return {party: share / 100 for party, share in BOYCOTT_SUPPORT.items()}


def keep_factor():
    """1 - the boycotters' abstention, accumulated in list order as the engine does."""
    abstaining = 0.0
    for party in LIST_ORDER:
        if party in BOYCOTT_SUPPORT:
            abstaining += BOYCOTT_ABSTENTION * boycott_shares()[party]
    return max(0.0, 1 - abstaining)


def bisect(target, total_at, scale=10**9):
    """The smallest k/scale in [0, 1] with total_at(k/scale) == target (total_at is monotone)."""
    low, high = 0, scale
    while low < high:
        middle = (low + high) // 2
        if total_at(middle / scale) < target:
            low = middle + 1
        else:
            high = middle
    value = low / scale
    if total_at(value) != target:
        raise SystemExit(f"no value gives exactly {target} (got {total_at(value)})")
    return value


def turnout_and_invalid(registered):
    keep = keep_factor()
    turnout = bisect(VOTERS, lambda t: sum(engine.count(r * (t * keep), r) for r in registered))
    voters = [engine.count(r * (turnout * keep), r) for r in registered]
    invalid_share = bisect(INVALID, lambda s: sum(engine.count(v * s, v) for v in voters))
    invalid = [engine.count(v * invalid_share, v) for v in voters]
    return turnout, invalid_share, voters, invalid


def design(name):
    return WINNERS.get(name, (1, "ADEMA", None))


def standing(rng, index, name):
    round_, winner, runner = design(name)
    lists = {winner} | ({runner} if runner else set())
    if winner not in MEMBERS:
        lists.add("ADEMA")
    for party, chance in CHANCES.items():
        if rng.next() < chance:
            lists.add(party)
    if name == "Tessalit":  # a small constituency: the winner, ADEMA and one more
        lists = {"RND", "ADEMA", "OTHERS"}
    # No party stands twice: a joint list's members do not stand beside it.
    taken = set(MEMBERS.get(winner, []))
    lists = {lst for lst in lists if lst not in taken and not (set(MEMBERS.get(lst, [])) & (taken - {lst}))}
    lists.add(winner)
    wanted = 4 if round_ == 2 else 3  # a run-off needs a field that keeps the leader under half
    for extra in ["PUDP", "OTHERS", "PDJ", "UDD"]:
        if extra not in lists and extra not in taken and len(lists) < wanted:
            lists.add(extra)
    return [lst for lst in LIST_ORDER if lst in lists]


def independents(rng, rows):
    """Exactly INDEPENDENT_LISTS constituencies get an independent list (the IPU counts 13)."""
    candidates = [i for i, row in enumerate(rows) if row["name"] not in ("Tessalit",)]
    chosen = set()
    while len(chosen) < INDEPENDENT_LISTS:
        chosen.add(candidates[int(rng.next() * len(candidates))])
    for i in sorted(chosen):
        rows[i]["lists"] = [lst for lst in LIST_ORDER if lst in set(rows[i]["lists"]) | {"IND"}]


def seeds(rng, row):
    """Starting weights: the designed winner strong, the others by strength and chance."""
    round_, winner, runner = row["design"]
    weights = {}
    for lst in row["lists"]:
        weights[lst] = STRENGTH.get(lst, 5.0) * (0.5 + rng.next())
    others = sum(w for lst, w in weights.items() if lst not in (winner, runner))
    if round_ == 1:
        top = 0.85 if winner == "ADEMA" else 0.62
        weights[winner] = others * top / (1 - top)
    else:
        weights[winner] = others * 0.44 / 0.22
        weights[runner] = others * 0.34 / 0.22
    return weights


def fit(rows, targets):
    """Iterative proportional fitting: rows to their valid votes, columns to the national totals."""
    cells = [dict(row["seed"]) for row in rows]
    for _ in range(2000):
        for row, cell in zip(rows, cells):
            total = sum(cell.values())
            for lst in cell:
                cell[lst] *= row["valid"] / total
        worst = 0.0
        for lst, target in targets.items():
            total = sum(cell.get(lst, 0.0) for cell in cells)
            worst = max(worst, abs(total - target))
            for cell in cells:
                if lst in cell:
                    cell[lst] *= target / total
        if worst < 1e-6:
            break
    return cells


def outcome_ok(row, cell, cast):
    """Whether fitted (real-valued) votes give the designed outcome with a margin."""
    round_, winner, runner = row["design"]
    ordered = sorted(cell, key=lambda lst: -cell[lst])
    if round_ == 1:
        return cell[winner] > (0.5 + MARGIN) * cast
    if cell[ordered[0]] > (0.5 - MARGIN) * cast or ordered[:2] != [winner, runner]:
        return False
    third = cell[ordered[2]] if len(ordered) > 2 else 0.0
    valid = row["valid"]
    return cell[winner] - cell[runner] > MARGIN * valid and cell[runner] - third > MARGIN * valid


def to_whole_votes(rows, cells, targets):
    """Rounds every row to its valid votes, then moves single votes between lists that stand in
    the same constituency until every list's national total is exact."""
    votes = []
    for row, cell in zip(rows, cells):
        lists = row["lists"]
        parts = engine.apportion(row["valid"], [cell[lst] for lst in lists])
        votes.append(dict(zip(lists, parts)))
    for _ in range(100000):
        gaps = {lst: targets[lst] - sum(v.get(lst, 0) for v in votes) for lst in targets}
        short = [lst for lst in LIST_ORDER if gaps.get(lst, 0) > 0]
        if not short:
            break
        receiver = short[0]
        donors = [lst for lst in LIST_ORDER if gaps.get(lst, 0) < 0]
        best = None
        for i, v in enumerate(votes):
            if receiver not in v:
                continue
            for donor in donors:
                if v.get(donor, 0) > 0 and (best is None or v[donor] > votes[best[0]][best[1]]):
                    best = (i, donor)
        if best is None:
            raise SystemExit(f"cannot balance {receiver}")
        votes[best[0]][best[1]] -= 1
        votes[best[0]][receiver] += 1
    assert all(sum(v.get(lst, 0) for v in votes) == t for lst, t in targets.items())
    return votes


def build():
    registered = register(REGISTERED)
    turnout, invalid_share, voters, invalid = turnout_and_invalid(registered)
    rng = Lcg(1997)
    rows = []
    for index, (name, region, seats) in enumerate(CONSTITUENCIES):
        rows.append(dict(name=name, region=region, seats=seats, registered=registered[index],
                         voters=voters[index], valid=voters[index] - invalid[index], design=design(name),
                         lists=standing(rng, index, name)))
    independents(rng, rows)
    tessalit = next(row for row in rows if row["name"] == "Tessalit")
    rnd = int(RND_SHARE * tessalit["valid"]) + 1
    targets = dict(VOTES)
    targets["RND"] = rnd
    targets["OTHERS"] = sum(v for _, v in SMALL_PARTIES) - rnd
    assert sum(targets.values()) == VALID
    for row in rows:
        row["seed"] = seeds(rng, row)
    for attempt in range(200):
        cells = fit(rows, targets)
        failing = [i for i, (row, cell) in enumerate(zip(rows, cells))
                   if not outcome_ok(row, cell, row["voters"])]
        if not failing:
            break
        for i in failing:  # move the starting weights towards what the design needs
            round_, winner, runner = rows[i]["design"]
            seed, cell, valid = rows[i]["seed"], cells[i], rows[i]["valid"]
            if round_ == 1:
                seed[winner] *= 1.15
                continue
            third = max((cell[lst] for lst in cell if lst not in (winner, runner)), default=0.0)
            if max(cell.values()) > (0.5 - 2 * MARGIN) * rows[i]["voters"]:
                for lst in seed:
                    if lst not in (winner, runner):
                        seed[lst] *= 1.2
            if cell[winner] - cell[runner] < 2 * MARGIN * valid:
                seed[winner] *= 1.1
            if cell[runner] - third < 2 * MARGIN * valid:
                seed[runner] *= 1.1
    else:
        raise SystemExit("the design does not fit: " + ", ".join(rows[i]["name"] for i in failing))
    votes = to_whole_votes(rows, cells, targets)
    for row, v in zip(rows, votes):
        row["votes"] = v
        assert outcome_ok(row, {k: float(x) for k, x in v.items()}, row["voters"]), row["name"]
    return rows, turnout, invalid_share, targets


def shares_for(row):
    """The file's shares: the standing lists' votes scaled to leave room for the boycotters."""
    boycott = boycott_shares()
    support = 1 - sum(boycott.values())
    lists = row["lists"] + [p for p in LIST_ORDER if p in boycott]
    values = [support * row["votes"][lst] / row["valid"] for lst in row["lists"]] + [
        boycott[p] for p in LIST_ORDER if p in boycott]
    return dict(zip(lists, engine.round_shares(values, digits=9)))


# --------------------------------------------------------------------------------------------
# Output.


def scenario(rows, turnout, invalid_share, targets, figures):
    others_text = ", ".join(f"{name} {votes:,}" for name, votes in SMALL_PARTIES)
    sources = {
        "ipu-1997": {
            "kind": "historical",
            "citation": "Inter-Parliamentary Union, PARLINE, Mali: elections held in 1997. Rerun of the annulled "
                        "April poll on 20 July and 3 August 1997; 147 seats (electoral code of January 1997); 18 "
                        "parties and 13 independent lists; boycotted by radical opposition groups; 5,254,299 "
                        "registered, 1,133,769 voters (21.57%), 1,111,757 valid votes; ADEMA and its allies "
                        "(PARENA and PDJ) 137 seats, 10 for five opposition parties",
            "url": ["http://archive.ipu.org/parline-e/reports/arc/2201_97.htm",
                    "http://archive.ipu.org/parline-f/reports/arc/1201_97.htm"]},
        "results-1997": {
            "kind": "historical",
            "citation": "Results table of the July 1997 election (Wikipedia, after N'Diaye): votes ADEMA-PASJ "
                        "698,690, PARENA 78,750, ADEMA–PARENA 69,913, PUDP 51,686, UDD 38,804, ADEMA–UDD "
                        "33,365, CDS 32,398, PDJ 26,910, ADEMA–PDP 14,518, ADEMA–PARENA–PDP 14,093, ADEMA–COPP "
                        "5,549, independents 10,810, others " + others_text + "; RND no votes given; total "
                        "1,111,757, invalid 22,012. Seats ADEMA 128, PARENA 8, CDS 4, UDD 2, ADEMA–PDP 2, PDJ 1, "
                        "ADEMA–COPP 1, RND 1; a dash for ADEMA–PARENA, ADEMA–UDD and ADEMA–PARENA–PDP",
            "url": ["https://en.wikipedia.org/wiki/July_1997_Malian_parliamentary_election",
                    "https://rightwiki.org/index.php?title=July_1997_Malian_parliamentary_election",
                    "https://wikiclassic.com/wiki/July_1997_Malian_parliamentary_election"]},
        "boycott-1997": {
            "kind": "historical",
            "citation": "The election was boycotted by CNID, US-RDA, the party that won 6 seats in 1992 (PMD here; "
                        "'Popular Movement for the Development of the Republic of West Africa' in the English "
                        "source), RDP, RDT, UFDP and UMADD",
            "url": ["https://rightwiki.org/index.php?title=July_1997_Malian_parliamentary_election",
                    "http://archive.ipu.org/parline-e/reports/arc/2201_97.htm"]},
        "april-1997": {
            "kind": "historical",
            "citation": "First round of 13 April 1997, annulled by the Constitutional Court, % of valid votes: "
                        "US-RDA 7.81, CNID 4.86, RDP 2.31, RDT 1.60, UFDP 1.01, UMADD 0.31 (ADEMA 42.50)",
            "url": ["https://en.wikipedia.org/wiki/April_1997_Malian_parliamentary_election",
                    "https://wikiclassic.com/wiki/Malian_parliamentary_election,_April_1997"]},
        "system-1997": {
            "kind": "historical",
            "citation": "Two-round list system as in 1992: a list with an absolute majority in round 1 takes every "
                        "seat of the constituency, otherwise the top two meet in round 2; independent lists "
                        "allowed from the 1997 code on",
            "url": ["http://www.cnn.com/WORLD/election.watch/africa/mali.html",
                    "https://aceproject.org/ace-sw/topics/es/esy/esy_ml/mobile_browsing/onePag"]},
        "constituencies-1997": {
            "kind": "historical",
            "citation": "The 55 constituencies: the 49 cercles and the 6 communes of Bamako District (names from "
                        "the 2013 list plus Nioro du Sahel)",
            "url": ["https://aceproject.org/ace-sw/topics/es/esy/esy_ml/mobile_browsing/onePag",
                    "http://news.abamako.com/h/32473.html"]},
        "magnitudes-2013": {
            "kind": "reconstructed",
            "method": "The 1997 magnitudes are not in the sources used. The 1997 code set 147 seats, the total "
                      "still in force in 2013, and the 2013 magnitudes (abamako) rest on the 1996 census, which "
                      "predates the 1997 code, so they are taken as the 1997 ones. Nioro du Sahel's 3 is derived: "
                      "147 minus the 144 seats of the other 54 constituencies."},
        "register-split": {
            "kind": "reconstructed",
            "method": "The total, 5,254,299 (IPU), is historical; its split is not known. It is split over the "
                      "regions in proportion to the 2013 register by region (DGE) and within a region in "
                      "proportion to the magnitudes; rounded, the last constituency of a region taking the "
                      "difference. Script: Scenarios/tools/mali1997.py."},
        "turnout-1997": {
            "kind": "reconstructed",
            "method": "One turnout in every constituency (%s with every list standing, before the boycott's "
                      "abstention), found by bisection so that the national voters are exactly 1,133,769 "
                      "(IPU), and one spoilt-ballot share (%s), so that invalid ballots are exactly 22,012; "
                      "1,133,769 / 5,254,299 is 21.578%%, which the IPU prints as 21.57%% and Wikipedia as "
                      "21.58%%. Run-off turnout is not known: it follows from the transfers." %
                      (turnout, invalid_share)},
        "seats-reading": {
            "kind": "assumed",
            "method": "The table counts deputies by party: the ADEMA–PARENA, ADEMA–UDD and ADEMA–PARENA–PDP "
                      "lists have 117,371 votes and a dash for seats, and the IPU's 137 seats for ADEMA and its "
                      "allies PARENA and PDJ (128 + 8 + 1) against 10 for five opposition parties (CDS, UDD, "
                      "RND, and PDP and COPP through the ADEMA–PDP and ADEMA–COPP lists) fits that. Under "
                      "winner-take-all those joint lists, with about ADEMA's votes per seat, would have won "
                      "seats, not none. The engine credits a joint list's seats to the list, so this scenario "
                      "assumes the seats of the three dashed joint lists are inside ADEMA's 128: ADEMA's own "
                      "lists win 110, ADEMA–PARENA 9, ADEMA–UDD 7 and ADEMA–PARENA–PDP 2 (together 128); every "
                      "other row of the table is reproduced as printed. Reading the dash as zero would leave "
                      "117,371 votes with no seat and is not modelled."},
        "votes-1997": {
            "kind": "reconstructed",
            "method": "Constituency votes and winners are not known. Winners and run-offs are assigned (table "
                      "WINNERS in the script) so that the seat table holds under the reading above; the "
                      "assignment makes no claim about any single constituency. Which lists stand where is "
                      "drawn from a fixed pseudo-random sequence (13 constituencies with an independent list, "
                      "as the IPU counts; joint lists only where they win, never beside one of their parties' "
                      "own lists). Votes are fitted by iterative proportional fitting so that every list's "
                      "national round-1 total is the published one and each constituency's valid votes are "
                      "what its register and the turnout give, nudged until every designed outcome holds by "
                      "at least 1.5 points, then rounded to whole votes keeping both totals exact. The shares "
                      "in the file reproduce those votes exactly. Script: Scenarios/tools/mali1997.py."},
        "others-1997": {
            "kind": "derived",
            "method": "The parties that won no seat and are not named above are aggregated as one list, OTHERS: "
                      "%s (36,271 votes), less RND's %s. RND won a seat but the table gives it no votes while "
                      "its total already adds up to the valid votes; RND is given just over half of the valid "
                      "votes of the constituency it wins (assumed), taken from this aggregate. UMADD's row is "
                      "kept in the aggregate although the same source lists UMADD among the boycotters; the "
                      "party itself is modelled as boycotting. Independent lists are one list, IND." %
                      (others_text, f"{targets['RND']:,}")},
        "boycott-assumed-1997": {
            "kind": "assumed",
            "method": "Each boycotting party keeps, in every constituency, its share of the valid votes of the "
                      "annulled April 1997 first round as its support (PMD, absent from that table as "
                      "available, 0.5%%): %s%% in all. %d%% of those supporters abstain; the others vote like "
                      "the lists standing in their constituency. So with every party standing turnout would "
                      "have been about %.1f%%." % (round(sum(BOYCOTT_SUPPORT.values()), 2),
                                                    round(BOYCOTT_ABSTENTION * 100), turnout * 100)},
        "transfers-1997": {
            "kind": "assumed",
            "method": "Nothing is known about the run-offs of 3 August 1997. The eliminated lists' voters abstain "
                      "at %s and the rest split in proportion to the finalists' round-1 votes (the engine's "
                      "default)." % DEFAULT_ABSTENTION},
        "colours-assumed": {
            "kind": "assumed",
            "method": "Display colours chosen for legibility; they are not the parties' official colours."},
    }
    parties = []
    for pid, name, short, colour in PARTIES:
        prov = ["results-1997", "colours-assumed"]
        if pid in BOYCOTT_SUPPORT:
            prov = ["boycott-1997", "april-1997", "colours-assumed"]
        elif pid == "OTHERS":
            prov = ["others-1997"]
        elif pid in ("PDP", "COPP"):
            prov = ["results-1997", "ipu-1997", "colours-assumed"]
        parties.append({"id": pid, "name": name, "shortName": short, "colour": colour, "provenance": prov})
    lists = [{"id": lid, "name": f"{short} joint list", "shortName": short, "parties": members, "colour": colour,
              "provenance": ["results-1997", "colours-assumed"]} for lid, short, members, colour in JOINT_LISTS]
    constituencies = []
    for row in rows:
        constituencies.append({
            "id": slug(row["name"]), "name": row["name"], "region": row["region"], "seats": row["seats"],
            "registered": row["registered"],
            "round1": {"turnout": turnout, "invalidShare": invalid_share, "shares": shares_for(row)},
            "provenance": {"*": ["constituencies-1997"], "seats": ["magnitudes-2013"],
                           "registered": ["register-split"],
                           "round1": ["votes-1997", "turnout-1997", "boycott-assumed-1997"]},
        })
    seats = figures["seats"]
    return {
        "format": "hemicycle-scenario/1",
        "id": "mali-1997",
        "title": "Mali, National Assembly, July–August 1997",
        "description": "The rerun of the annulled April 1997 election, boycotted by the main opposition: 147 seats "
                       "in 55 constituencies under the 1992 two-round list system. National votes of every list, "
                       "turnout, spoilt ballots and the seat table are historical; magnitudes, the register's "
                       "split, constituency votes and the boycotters' support are reconstructed or assumed (see "
                       "sources). The published table counts deputies by party, so ADEMA's 128 appear here as "
                       "its own lists' 110 plus the 18 seats of the joint lists it led with PARENA, UDD and PDP.",
        "assembly": {"name": "National Assembly of Mali", "date": "1997-07-20", "round2Date": "1997-08-03",
                     "size": SEATS, "provenance": ["ipu-1997"]},
        "parties": parties,
        "lists": lists,
        "rule": {"method": "two-round", "firstRound": {"majority": 0.5, "of": "cast"},
                 "runoff": {"qualify": "top-two"}, "tieBreak": {"rule": "lot", "seed": 1997},
                 "provenance": ["system-1997"]},
        "constituencies": constituencies,
        "transfers": {"defaultAbstention": DEFAULT_ABSTENTION, "provenance": ["transfers-1997"]},
        "boycotts": [{"list": p, "abstention": BOYCOTT_ABSTENTION,
                      "provenance": ["boycott-1997", "boycott-assumed-1997"]}
                     for p in LIST_ORDER if p in BOYCOTT_SUPPORT],
        "sources": engine.cite_primary(sources),
        "provenance": ["ipu-1997", "results-1997", "seats-reading"],
        "notes": [
            "Historical: 147 seats, 5,254,299 registered, 1,133,769 voters, 1,111,757 valid and 22,012 invalid "
            "votes, every list's national round-1 votes but RND's, the seat table, the boycotting parties.",
            "Reconstructed or assumed (never history): magnitudes (2013), the register's split, every "
            "constituency's votes, winner and round, RND's votes, the boycotters' support and abstention, "
            "run-off transfers, and the reading of the seat table (joint lists' seats inside ADEMA's 128).",
            "Not modelled: Wikipedia's text also mentions 13 seats elected by Malians abroad; the IPU gives 147 "
            "seats in all, and so does this scenario.",
            "Reconstruction check (engine restated in Python): round-1 turnout %.6f, %d constituencies settled "
            "in round 1, %d run-offs; seats %s; ADEMA with the joint lists it led: %d." % (
                figures["turnout1"], figures["r1_constituencies"], figures["runoffs"],
                ", ".join(f"{k} {v}" for k, v in sorted(seats.items(), key=lambda i: (-i[1], i[0]))),
                seats.get("ADEMA", 0) + sum(seats.get(j, 0) for j in DASHED_JOINT_LISTS)),
        ],
    }


def check(document, rows, targets):
    figures = engine.run(document)
    by_id = {r["id"]: r for r in figures["constituencies"]}
    for row in rows:
        got = by_id[slug(row["name"])]
        assert dict(zip(got["entries"], got["votes1"])) == row["votes"], row["name"]
        assert (got["round"], got["winner"]) == row["design"][:2], (row["name"], got["round"], got["winner"])
    assert figures["voters1"] == VOTERS and figures["invalid1"] == INVALID, figures
    assert figures["votes1"] == targets, figures["votes1"]
    seats = figures["seats"]
    for lst, published in PUBLISHED_SEATS.items():
        got = seats.get(lst, 0) + (sum(seats.get(j, 0) for j in DASHED_JOINT_LISTS) if lst == "ADEMA" else 0)
        assert got == published, (lst, got, published)
    assert sum(seats.values()) == SEATS
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="verify the committed file instead of writing it")
    args = parser.parse_args()
    rows, turnout, invalid_share, targets = build()
    draft = scenario(rows, turnout, invalid_share, targets, {"seats": {}, "turnout1": 0, "r1_constituencies": 0,
                                                             "runoffs": 0})
    figures = check(draft, rows, targets)
    document = scenario(rows, turnout, invalid_share, targets, figures)
    document["generator"] = "Scenarios/tools/mali1997.py"
    text = engine.dump(document)
    print("turnout %.6f, %d settled in round 1, %d run-offs, seats %s" % (
        figures["turnout1"], figures["r1_constituencies"], figures["runoffs"], figures["seats"]), file=sys.stderr)
    if args.check:
        if not engine.is_current(OUTPUT, text):
            raise SystemExit("Scenarios/mali-1997.json differs from what Scenarios/tools/mali1997.py produces (or is missing)")
        return
    engine.write(OUTPUT, text)


if __name__ == "__main__":
    main()
