#!/usr/bin/env python3
"""Writes the what-if scenarios built on Scenarios/mali-1992.json.

Each file `extends` the reference scenario and changes one thing; every figure it adds is
labelled assumed, derived or reconstructed with its method. Figures that depend on the
reference scenario (the diaspora constituency's shares, the check lines) are computed
from the committed mali-1992.json with the Python restatement of the engine (engine.py), so
rebuild these files whenever the reference changes:

  mali-1992-uncertain.json    an explicit `uncertainty` block for the reconstruction
  mali-1992-turnout-45.json   turnout at 45% instead of 21.09% (an 'adjust' block: one logit shift)
  mali-1992-no-boycott.json   the unnamed boycotting groups stand everywhere (adjust: noBoycott)
  mali-1992-diaspora.json     the 13 diaspora seats contested as one constituency
  mali-1992-north-shock.json  turnout halved in Tombouctou, Gao and Kidal

and four what-ifs under other single-round rules, on the reference's round-1 votes:

  mali-1992-dhondt.json        D'Hondt in each constituency
  mali-1992-sainte-lague.json  Sainte-Laguë in each constituency
  mali-1992-national-pr.json   D'Hondt over the 116 seats on national totals, 5% threshold
  mali-1992-fptp.json          plurality where one seat is elected, party block vote elsewhere

Their seat figures (in the descriptions) are worked out here from the round-1 votes of engine.py
by the rules restated in exact arithmetic; a tie that a lot would settle raises instead.

Run: python3 Scenarios/tools/mali_whatifs.py [--check] (writes the nine files; --check only
verifies that the committed files are what this script produces). Takes well under a second.
"""

import argparse
import math
import os
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import engine  # noqa: E402  (the tools folder is not a package)

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIOS = os.path.normpath(os.path.join(HERE, ".."))
BASE = "mali-1992.json"

TURNOUT_45 = 0.45
NORTH = ["Tombouctou", "Gao", "Kidal"]
NORTH_FACTOR = 0.5
DIASPORA_SEATS = 13
TURNOUT_1992_CANDIDATES = (0.20, 0.2231)  # 'about 20%' (Universalis), 22.31% (a draft); chosen: 21.09%

def base_document():
    return engine.load(os.path.join(SCENARIOS, BASE))


def header(slug, title, description):
    return {"format": "hemicycle-scenario/1", "extends": BASE, "id": slug, "title": title,
            "description": description}


def logit(p):
    return math.log(p / (1 - p))


# ------------------------------------------------------------------------------------------------
# 1. Uncertainty.


def uncertain(base):
    chosen = 0.2109
    low, high = (logit(t) - logit(chosen) for t in TURNOUT_1992_CANDIDATES)
    document = header(
        "mali-1992-uncertain", "Mali 1992, with the reconstruction's uncertainty",
        "The reference scenario with an explicit uncertainty block for 'hemicycle simulate'. The seat table "
        "is history, but almost every input behind it is reconstructed, so the noise is set by how little is "
        "known: large on constituency shares and turnout (only Ménaka's result is known), smaller on the "
        "national figures the sources give (PDP 5.1%, RDT about 4%, turnout 20-22.3%), large on transfers "
        "and the boycott (not known at all). The spread of simulated seats shows how much the reconstructed "
        "table depends on these unknowns; it does not say the 1992 result could have been different.")
    document["uncertainty"] = {
        "shares": {"national": 0.20, "nationalByList": {"PDP": 0.05, "RDT": 0.10, "UMADD": 0.05},
                   "regional": 0.10, "constituency": 0.30},
        "turnout": {"round1": {"national": 0.02, "constituency": 0.25},
                    "round2": {"national": 0.05, "constituency": 0.15}},
        "boycottAbstention": 0.50,
        "transfers": {"abstention": 0.50, "preference": 0.50},
        "voterSampling": False,
        "provenance": {"shares": ["uncertainty-shares", "vote-shares-1992"],
                       "turnout": ["uncertainty-turnout", "turnout-1992"],
                       "boycottAbstention": ["uncertainty-boycott"],
                       "transfers": ["uncertainty-transfers"],
                       "voterSampling": ["uncertainty-sampling"]},
    }
    document["sources"] = {
        "uncertainty-shares": {
            "kind": "assumed",
            "method": "Standard deviations on the log-ratio scale (0.10 moves a 40% share by about 2.4 points). "
                      "National 0.20 (a 40% share by about 4.8 points): the national vote by party is unknown "
                      "except PDP's and RDT's; the strengths come from the presidential first round seven weeks "
                      "later, where Konaré took 45.0% against ADEMA's 38.3% in the reconstruction. PDP 0.05 "
                      "(its 5.1% is a published figure, so about ±0.25 points), RDT 0.10 ('about 4%', so about "
                      "±0.4 points), UMADD 0.05 (it stood only in Ménaka, where its 73% is known). Regional 0.10, "
                      "twice the default: the register is split by the 2013 regional register and the strengths "
                      "are the same in every region except the north, so regional patterns are not in the "
                      "reconstruction. Constituency 0.30, twice the default (a 40% share by about 7 points): "
                      "every constituency's shares but Ménaka's are fitted only so that the known national "
                      "totals hold, with a margin of 1.5 points."},
        "uncertainty-turnout": {
            "kind": "assumed",
            "method": "Logit scale. The sources give round-1 turnouts of 21.09%% (French Wikipedia, citing the "
                      "IPU; the scenario's figure), 22.31%% (an unsourced draft) and 'about 20%%' (Universalis); "
                      "on the logit scale 20%% and 22.31%% lie %.3f and +%.3f from 21.09%%. No constituency's "
                      "turnout is known (the scenario gives all the same one, on a proxy register), so most of "
                      "the noise is by constituency: 0.25 (a 21%% turnout by about 4 points). Independent "
                      "constituency noise already spreads the national figure, so the national shock is small, "
                      "0.02: together they give a simulated national round-1 turnout whose 90%% interval is "
                      "about 20.1%%-22.6%% (hemicycle simulate, 4,000 runs, seed 1), close to the range of the "
                      "candidate figures; logit noise also lifts the mean a little (about 21.3%%). Round 2: the "
                      "run-off turnout follows round 1 through the transfers' abstention, tuned to about 20.5%% "
                      "(a draft gives 20.50%%, Universalis 'about 20%%'), so the extra noise on the drop between "
                      "rounds is small: 0.05 national, 0.15 by constituency." % (low, high)},
        "uncertainty-boycott": {
            "kind": "assumed",
            "method": "Logit standard deviation 0.50 on the boycotters' abstention (80% in the scenario moves "
                      "to about 71-87% at one standard deviation): the groups are unnamed and both their 6% of "
                      "support and the 80% abstention are assumptions."},
        "uncertainty-transfers": {
            "kind": "assumed",
            "method": "Run-off transfers are not known at all (the scenario's table is an assumption based on "
                      "the 1997 alliances), so both noises are twice the default: 0.50 on each list's "
                      "abstention (logit) and 0.50 on each preference (log scale, a factor of about 0.6 to "
                      "1.65 at one standard deviation)."},
        "uncertainty-sampling": {
            "kind": "assumed",
            "method": "Voter sampling off: with thousands of voters per constituency, binomial sampling moves "
                      "a share by well under a point, far less than the reconstruction's uncertainty above, "
                      "and leaving it off keeps simulations fast."},
    }
    document["provenance"] = base["provenance"]
    document["notes"] = [
        "Everything but the uncertainty block is the reference scenario: 'hemicycle run' prints the reference "
        "result; 'hemicycle simulate' uses the block.",
    ]
    return document


# ------------------------------------------------------------------------------------------------
# 2. Turnout at 45%.


def turnout_45(base):
    boycott = base["boycotts"][0]
    turnouts = {c["round1"]["turnout"] for c in base["constituencies"]}
    keeps = {1 - boycott["abstention"] * c["round1"]["shares"][boycott["list"]] for c in base["constituencies"]}
    # One turnout and one boycott share everywhere: the one logit shift that `adjust` finds brings
    # every constituency to the same turnout, 45% of the register after the boycotters who abstain.
    assert len(turnouts) == 1 and len(keeps) == 1
    keep = keeps.pop()
    document = header(
        "mali-1992-turnout-45", "Mali 1992 at 45% turnout",
        "What if 45% of the register had voted in round 1, not 21.09%? Every constituency's turnout is moved by "
        "one shift on the logit scale, found so that 45% vote (hemicycle's turnout adjustment, the 'adjust' "
        "block). The extra voters vote like their constituency's 1992 voters, so every list's share is kept: "
        "under the absolute-majority rule, with no threshold on the register, turnout alone moves no seat. "
        "The boycott is unchanged.")
    document["adjust"] = {"turnout": "45%"}
    document["sources"] = {
        "turnout-45-assumed": {
            "kind": "assumed",
            "method": "Round-1 turnout set to 45%% of the register, after the boycott's abstention, by the 'adjust' "
                      "block: every constituency's turnout moves by one shift on the logit scale, found by "
                      "bisection on the deterministic run. As every constituency has the reference's 21.09%% and "
                      "the same boycott share, each lands at 45%% (its 'turnout' field, before the boycott, at "
                      "%.6f). Shares, the boycott and the transfers are the reference's; round 2 follows from the "
                      "transfers as in the reference." % (TURNOUT_45 / keep)},
    }
    document["provenance"] = ["turnout-45-assumed", "votes-reconstructed"]
    restated = engine.merged(base, {"constituencies": [
        {"id": c["id"], "round1": {"turnout": TURNOUT_45 / keep}} for c in base["constituencies"]]})
    figures = engine.run(restated)
    assert abs(figures["turnout1"] - TURNOUT_45) < 0.0005, figures["turnout1"]
    document["notes"] = [
        "Check (engine restated in Python, every constituency's turnout set to 45%% / %.4f): round-1 turnout "
        "%.4f, round-2 turnout %.4f; seats %s." % (keep, figures["turnout1"], figures["turnout2"], seat_line(figures)),
    ]
    return document


# ------------------------------------------------------------------------------------------------
# 3. No boycott.


def no_boycott(base):
    boycott = base["boycotts"][0]
    document = header(
        "mali-1992-no-boycott", "Mali 1992 without the boycott",
        "What if the groups that boycotted had stood? The reference models them as one unnamed list "
        "('Boycott') with an assumed 6% of support in every constituency, 80% of whose supporters abstained. "
        "Here that list is on every ballot and its supporters vote for it, so turnout rises and every other "
        "list's share falls a little. The list stands for several unnamed groups, so any seat it wins is an "
        "artefact of modelling them as one.")
    document["adjust"] = {"noBoycott": True}
    document["sources"] = {
        "no-boycott-assumed": {
            "kind": "assumed",
            "method": "The boycott is lifted (the 'adjust' block's 'noBoycott'): the 'Boycott' list keeps its assumed 6%% of "
                      "support in every constituency and stands everywhere, so the %d%% of its supporters who "
                      "abstained in the reference vote for it. In run-offs its voters follow the default "
                      "transfers (abstention %s, the rest in proportion to the finalists' round-1 votes). "
                      "Nothing else changes." % (round(boycott["abstention"] * 100),
                                                 base["transfers"]["defaultAbstention"])},
    }
    document["provenance"] = ["no-boycott-assumed", "boycott-assumed", "votes-reconstructed"]
    figures = engine.run(engine.merged(base, {"boycotts": []}))  # what the adjust block does
    document["notes"] = [
        "Check (engine restated in Python): round-1 turnout %.4f; the Boycott list stands in %d constituencies "
        "and wins %d seats; seats %s." % (figures["turnout1"], figures["stood"].get("BOYCOTT", 0),
                                        figures["seats"].get("BOYCOTT", 0), seat_line(figures)),
    ]
    return document


# ------------------------------------------------------------------------------------------------
# 4. The diaspora seats contested.


def diaspora(base):
    boycott = base["boycotts"][0]
    result = engine.run(base)
    list_ids = [p["id"] for p in base["parties"]] + [l["id"] for l in base.get("lists", [])]
    national = [(lst, result["votes1"][lst]) for lst in list_ids if result["votes1"].get(lst, 0) > 0]
    total = sum(v for _, v in national)
    b = base["constituencies"][0]["round1"]["shares"][boycott["list"]]
    values = engine.round_shares([(1 - b) * v / total for _, v in national] + [b])
    shares = dict(zip([lst for lst, _ in national] + [boycott["list"]], values))
    domestic_register = sum(c["registered"] for c in base["constituencies"])
    domestic_seats = sum(c["seats"] for c in base["constituencies"])
    registered = round(domestic_register * DIASPORA_SEATS / domestic_seats)
    turnouts = {c["round1"]["turnout"] for c in base["constituencies"]}
    invalid = {c["round1"]["invalidShare"] for c in base["constituencies"]}
    assert len(turnouts) == 1 and len(invalid) == 1  # the reference has one turnout everywhere
    document = header(
        "mali-1992-diaspora", "Mali 1992 with the diaspora seats contested",
        "What if the 13 seats for Malians abroad, never filled in 1992, had been contested as one "
        "constituency under the same rule? The register abroad is an assumed order of magnitude and the "
        "shares are the reference's national round-1 result. Under the all-or-nothing list rule a single "
        "13-seat constituency hands every seat to one list, so it adds 13 seats to one party, not a "
        "proportional share: that is the point of the exercise.")
    document["assembly"] = {"vacancies": []}
    document["constituencies"] = [{
        "id": "abroad", "name": "Malians abroad", "region": "Abroad", "seats": DIASPORA_SEATS,
        "registered": registered,
        "round1": {"turnout": turnouts.pop(), "invalidShare": invalid.pop(), "shares": shares},
        "provenance": {"*": ["diaspora-whatif"], "registered": ["diaspora-register-assumed"],
                       "round1": ["diaspora-shares-derived", "turnout-reconstructed", "invalid-proxy"]},
    }]
    document["sources"] = {
        "diaspora-whatif": {
            "kind": "assumed",
            "method": "The 13 nominal seats for Malians abroad (historical: the assembly's 129 = 116 + 13) are "
                      "contested as a single 13-seat constituency under the reference's rule, with the "
                      "reference's turnout and spoilt-ballot share; the assembly-level vacancy is removed."},
        "diaspora-register-assumed": {
            "kind": "assumed",
            "method": "No register of Malians abroad for 1992 is known. Order of magnitude: the 13 seats are "
                      "given as many registered voters per seat as the 116 domestic ones (the reference's "
                      "proxy register, %s for 116 seats): %s x 13 / 116 = %s. This takes the seat allocation "
                      "as if it had been made in proportion to electors; the real register abroad could have "
                      "been much smaller." % (f"{domestic_register:,}", f"{domestic_register:,}",
                                              f"{registered:,}")},
        "diaspora-shares-derived": {
            "kind": "derived",
            "method": "Each list's share is its share of the reference scenario's national round-1 vote (the "
                      "engine's deterministic result, itself reconstructed), scaled by 0.94 so that the "
                      "unnamed boycotting groups keep their assumed 6%: every list that had votes at home "
                      "stands abroad. Assumed: voters abroad split like the voters at home. Computed by "
                      "Scenarios/tools/mali_whatifs.py."},
    }
    document["provenance"] = ["diaspora-whatif", "diaspora-register-assumed", "diaspora-shares-derived",
                              "votes-reconstructed"]
    figures = engine.run(engine.merged(base, strip(document)))
    abroad = next(r for r in figures["constituencies"] if r["id"] == "abroad")
    document["notes"] = [
        "Check (engine restated in Python): the abroad constituency goes to round %d and %s takes its 13 "
        "seats; seats %s." % (abroad["round"], abroad["winner"], seat_line(figures)),
    ]
    return document


# ------------------------------------------------------------------------------------------------
# 5. A turnout shock in the north.


def north_shock(base):
    document = header(
        "mali-1992-north-shock", "Mali 1992 with turnout halved in the north",
        "The Tuareg rebellion postponed the elections twice. What if, in the northern regions of Tombouctou, "
        "Gao and Kidal, turnout had been half the reconstructed figure in both rounds? A turnout factor scales "
        "every list alike, so no winner changes in the deterministic run: what moves is the national turnout, "
        "which falls to about 20%, the low end of the figures the sources give, and the north's weight in it. "
        "The factor is an assumption, not a measurement.")
    document["turnoutShocks"] = [
        {"region": region, "rounds": [1, 2], "factor": NORTH_FACTOR,
         "provenance": ["north-shock-assumed", "postponed-1992"]} for region in NORTH]
    north = [c for c in base["constituencies"] if c["region"] in NORTH]
    document["sources"] = {
        "postponed-1992": {
            "kind": "historical",
            "citation": "The elections were postponed twice because of the Tuareg rebellion in the north",
            "url": ["http://archive.ipu.org/parline-e/reports/arc/2201_92.htm"]},
        "north-shock-assumed": {
            "kind": "assumed",
            "method": "Turnout in the regions of Tombouctou, Gao and Kidal (%d constituencies, %d seats in "
                      "the reference) is multiplied by %s in both rounds, on top of the reference's uniform "
                      "reconstructed turnout; the factor is illustrative. Round 2's turnout follows round 1 "
                      "through the transfers, so the shock applies to it once." % (
                          len(north), sum(c["seats"] for c in north), NORTH_FACTOR)},
    }
    document["provenance"] = ["north-shock-assumed", "postponed-1992", "votes-reconstructed"]
    figures = engine.run(engine.merged(base, strip(document)))
    north = [r for r in figures["constituencies"] if r["region"] in NORTH]
    document["notes"] = [
        "Check (engine restated in Python): northern round-1 turnout %.4f (%d constituencies); national "
        "round-1 turnout %.4f; seats %s." % (
            sum(r["voters1"] for r in north) / sum(r["registered"] for r in north), len(north),
            figures["turnout1"], seat_line(figures)),
    ]
    return document


# ------------------------------------------------------------------------------------------------
# 6-9. Other single-round rules on the round-1 votes.

SEED = 1992
NATIONAL_THRESHOLD = 5  # percent of the valid (list) votes


def divisor_allocation(seats, votes, step):
    """Highest averages with divisors 1, 1 + step, 1 + 2 step... (D'Hondt: step 1; Sainte-Laguë:
    step 2), exact; raises when equal averages straddle the last seat (the lot would decide)."""
    won = {lst: 0 for lst in votes}
    for _ in range(seats):
        averages = {lst: Fraction(v, 1 + step * won[lst]) for lst, v in votes.items() if v > 0}
        best = max(averages.values())
        tied = [lst for lst, a in averages.items() if a == best]
        if len(tied) > 1:
            raise ValueError("equal averages %s: the tie rule would decide" % tied)
        won[tied[0]] += 1
    return {lst: n for lst, n in won.items() if n}


def block_allocation(seats, votes):
    """The list with the most votes takes every seat; raises on a tie for the lead."""
    top = max(votes.values())
    leaders = [lst for lst, v in votes.items() if v == top]
    if len(leaders) > 1:
        raise ValueError("equal votes %s: the tie rule would decide" % leaders)
    return {leaders[0]: seats}


def magnitudes(base):
    return [c["seats"] for c in base["constituencies"] if c.get("contested", True)]


def rule_figures(base, allocate):
    """Seats by list when `allocate(seats, votes)` runs in every contested constituency."""
    seats = {}
    for row in engine.run(base)["constituencies"]:
        if row["round"] is None:
            continue
        for lst, won in allocate(row["seats"], dict(zip(row["entries"], row["votes1"]))).items():
            seats[lst] = seats.get(lst, 0) + won
    return seats


def national_figures(base):
    """D'Hondt over every contested seat on national totals, among lists with the threshold."""
    result = engine.run(base)
    votes = result["votes1"]
    total = sum(votes.values())
    seats = sum(row["seats"] for row in result["constituencies"] if row["round"] is not None)
    passing = {lst: v for lst, v in votes.items() if 100 * v >= NATIONAL_THRESHOLD * total}
    return divisor_allocation(seats, passing, 1), passing, total


ROUND1_VOTES = {
    "kind": "derived",
    "method": "The votes allocated are each constituency's round-1 votes as the engine counts them from the "
              "reference scenario's reconstructed turnout and shares (sources votes-reconstructed, "
              "turnout-reconstructed, invalid-proxy), the unnamed boycotting groups abstaining or voting as "
              "there (their row of the transfer table): a single-round rule uses round 1 only, and the "
              "run-off, its transfers and its date play no part. Votes are held fixed: under another rule "
              "parties and voters would have behaved otherwise.",
}


def single_round(slug, title, description, rule, rule_source):
    """A what-if that replaces the reference's two-round rule with `rule`."""
    document = header(slug, title, description)
    document["assembly"] = {"round2Date": None}
    # The rule merges member by member with the reference's: its two-round members go (the loader
    # refuses them for a single-round rule), and the tie rule is replaced whole.
    document["rule"] = dict(rule, firstRound=None, runoff=None,
                            tieBreak={"rule": "more-votes-then-lot", "seed": SEED},
                            provenance=[slug + "-rule"])
    document["sources"] = {slug + "-rule": rule_source, "round1-votes": ROUND1_VOTES}
    document["provenance"] = [slug + "-rule", "round1-votes", "votes-reconstructed"]
    return document


def check_note(figures):
    return ("Check (rule restated in Python on engine.py's round-1 votes): seats %s." % seat_line({"seats": figures}))


def dhondt(base):
    figures = rule_figures(base, lambda seats, votes: divisor_allocation(seats, votes, 1))
    document = single_round(
        "mali-1992-dhondt", "Mali 1992 under D'Hondt in each constituency",
        "What if each constituency had shared its seats by list proportional representation, D'Hondt "
        "(divisors 1, 2, 3...), in a single round, instead of giving them all to one list? The votes are the "
        "reference's reconstructed round-1 votes, held fixed, so only the rule changes. With %d to %d seats "
        "per constituency D'Hondt stays close to the largest list in the small ones and shares the larger "
        "ones: %s of the 116 seats, 13 diaspora seats vacant as in the reference."
        % (min(magnitudes(base)), max(magnitudes(base)), seat_line({"seats": figures})),
        {"method": "dhondt", "scope": "district"},
        {"kind": "assumed",
         "method": "Counterfactual rule: D'Hondt (divisors 1, 2, 3...) in each constituency on its round-1 votes, "
                   "one round, no threshold; equal averages go to the list with more votes, then to a lot "
                   "(seed %d). Magnitudes are the reference's." % SEED})
    document["notes"] = [
        check_note(figures),
    ]
    return document


def sainte_lague(base):
    figures = rule_figures(base, lambda seats, votes: divisor_allocation(seats, votes, 2))
    dhondt_figures = rule_figures(base, lambda seats, votes: divisor_allocation(seats, votes, 1))
    document = single_round(
        "mali-1992-sainte-lague", "Mali 1992 under Sainte-Laguë in each constituency",
        "What if each constituency had shared its seats by Sainte-Laguë (divisors 1, 3, 5...) on the round-1 "
        "votes, in a single round? The votes are the reference's reconstructed round-1 votes, held fixed. "
        "Sainte-Laguë does not favour large lists as D'Hondt does, so the largest list takes fewer seats (ADEMA "
        "%d, against %d under D'Hondt in mali-1992-dhondt.json): %s of the 116 seats, 13 diaspora seats vacant "
        "as in the reference." % (figures["ADEMA"], dhondt_figures["ADEMA"], seat_line({"seats": figures})),
        {"method": "sainte-lague", "scope": "district"},
        {"kind": "assumed",
         "method": "Counterfactual rule: Sainte-Laguë (divisors 1, 3, 5...) in each constituency on its round-1 "
                   "votes, one round, no threshold; equal averages go to the list with more votes, then to a "
                   "lot (seed %d). Magnitudes are the reference's." % SEED})
    document["notes"] = [
        check_note(figures),
    ]
    return document


def national_pr(base):
    figures, passing, total = national_figures(base)
    document = single_round(
        "mali-1992-national-pr", "Mali 1992 under national proportional representation",
        "What if the 116 seats had been shared nationally, as one list vote, by D'Hondt among the lists with "
        "at least %d%% of the valid votes? D'Hondt, because it is the rule of mali-1992-dhondt.json, so the "
        "two files differ only in the districting and the threshold, and of the two divisor rules it is the "
        "one that favours large lists, as the real two-round system did; %d%% is a common national "
        "threshold (Germany, New Zealand, Slovakia's single parties) and, on these votes, it keeps %d lists "
        "(%s). The votes are the reference's reconstructed "
        "round-1 votes, held fixed: %s of the 116 seats, 13 diaspora seats vacant as in the reference."
        % (NATIONAL_THRESHOLD, NATIONAL_THRESHOLD, len(passing),
           ", ".join("%s %.1f%%" % (lst, 100 * v / total) for lst, v in sorted(passing.items(), key=lambda i: -i[1])),
           seat_line({"seats": figures})),
        {"method": "dhondt", "scope": "national",
         "threshold": {"percent": NATIONAL_THRESHOLD, "comparison": "at-least", "base": "valid", "scope": "national"}},
        {"kind": "assumed",
         "method": "Counterfactual rule: the 116 contested seats allocated at once by D'Hondt on each list's "
                   "national round-1 votes, among lists with at least %d%% of all votes for lists (blank and "
                   "spoilt ballots excluded); equal averages go to the list with more votes, then to a lot "
                   "(seed %d). Choice of D'Hondt and of %d%%: see the description." % (
                       NATIONAL_THRESHOLD, SEED, NATIONAL_THRESHOLD)})
    document["notes"] = [
        check_note(figures),
    ]
    return document


def fptp(base):
    figures = rule_figures(base, block_allocation)
    single = sum(1 for seats in magnitudes(base) if seats == 1)
    multi = sum(1 for seats in magnitudes(base) if seats > 1)
    document = single_round(
        "mali-1992-fptp", "Mali 1992 under first past the post",
        "What if there had been no run-off: the list with the most round-1 votes wins? In the %d single-seat "
        "constituencies that is plurality, first past the post. The %d multi-seat constituencies cannot be "
        "split into single-member seats, since no votes below the constituency exist, so the leading list "
        "takes every seat in one round (party block vote, rule 'party-block'): the honest single-round "
        "analogue of the two-round list system, without its majority requirement. The votes are the "
        "reference's reconstructed round-1 votes, held fixed: %s of the 116 seats."
        % (single, multi, seat_line({"seats": figures})),
        {"method": "party-block", "scope": "district"},
        {"kind": "assumed",
         "method": "Counterfactual rule: in each constituency the list with the most round-1 votes takes every "
                   "seat (with one seat, plurality; with several, the party block vote), one round, no "
                   "majority required; equal votes are settled by a lot (seed %d)." % SEED})
    document["notes"] = [
        check_note(figures),
    ]
    return document


# ------------------------------------------------------------------------------------------------


def strip(document):
    """The members of a what-if that change the scenario (without `extends`)."""
    return {k: v for k, v in document.items() if k != "extends"}


def seat_line(figures):
    ordered = sorted(figures["seats"].items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{lst} {seats}" for lst, seats in ordered)


FILES = [
    ("mali-1992-uncertain.json", uncertain),
    ("mali-1992-turnout-45.json", turnout_45),
    ("mali-1992-no-boycott.json", no_boycott),
    ("mali-1992-diaspora.json", diaspora),
    ("mali-1992-north-shock.json", north_shock),
    ("mali-1992-dhondt.json", dhondt),
    ("mali-1992-sainte-lague.json", sainte_lague),
    ("mali-1992-national-pr.json", national_pr),
    ("mali-1992-fptp.json", fptp),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="verify the committed files instead of writing")
    args = parser.parse_args()
    base = base_document()
    stale = []
    for name, build in FILES:
        document = build(base)
        document["generator"] = "Scenarios/tools/mali_whatifs.py, from mali-1992.json"
        text = engine.dump(document)
        path = os.path.join(SCENARIOS, name)
        if args.check:
            if not engine.is_current(path, text):
                stale.append(name)
        else:
            engine.write(path, text)
            print("wrote Scenarios/%s" % name, file=sys.stderr)
    if stale:
        raise SystemExit("differ from what Scenarios/tools/mali_whatifs.py produces: " + ", ".join(stale))


if __name__ == "__main__":
    main()
