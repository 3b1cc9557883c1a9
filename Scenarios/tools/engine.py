#!/usr/bin/env python3
"""The deterministic two-round engine, restated in Python for the scenario generators.

A development aid, never part of the product: the generators use it to check that the files they
write produce the figures they were designed for (national turnout, seat tables, vote totals)
without building the Swift package. It follows Sources/Hemicycle/TwoRound (ContestEvaluator,
VoteCounting, Contest) and Sources/Hemicycle/Scenario (JSONValue+Merge, the modelled rounds,
boycotts, turnout shocks) operation for operation, so that the floating-point results match,
and it covers only what the Mali scenarios use: modelled rounds, an absolute majority of the
votes cast in round 1, the top two in round 2. It refuses (raises) where the Swift engine would
need its lot to settle a tie, rather than imitate the lot.

    import engine
    result = engine.run(engine.load("Scenarios/mali-1992.json"))
    result["turnout1"], result["seats"]["ADEMA"]
"""

import json
import math
import os


def count(value, limit):
    """VoteCounting.count: ⌊value + ½⌋ in floating point, as Swift computes it (so 0.49999999999999994
    gives 1, the sum rounding up), clamped to 0...limit."""
    if not math.isfinite(value) or value <= 0:
        return 0
    rounded = math.floor(value + 0.5)
    return limit if rounded >= limit else int(rounded)


def apportion(total, weights):
    """VoteCounting.apportion: largest remainders, the earlier entry first on equal remainders."""
    n = len(weights)
    if n == 0:
        return []
    positive = 0.0
    for w in weights:
        if w > 0:
            positive += w
    parts, rema = [0] * n, [0.0] * n
    assigned = 0
    if positive > 0:
        scale = total / positive
        for i, w in enumerate(weights):
            if w > 0:
                exact = w * scale
                whole = min(int(exact), total)
                parts[i], rema[i] = whole, exact - whole
                assigned += whole
            else:
                parts[i], rema[i] = 0, -1.0
    else:
        for i in range(n):
            parts[i] = total // n
            assigned += total // n
    while assigned > total:
        smallest = -1
        for i in range(n):
            if parts[i] > 0 and (smallest < 0 or rema[i] < rema[smallest]):
                smallest = i
        if smallest < 0:
            break
        parts[smallest] -= 1
        rema[smallest] = 2.0
        assigned -= 1
    while assigned < total:
        largest = -1
        for i in range(n):
            if 0 <= rema[i] <= 1 and (largest < 0 or rema[i] > rema[largest]):
                largest = i
        largest = max(largest, 0)
        parts[largest] += 1
        rema[largest] = -2.0
        assigned += 1
    return parts


# ------------------------------------------------------------------------------------------------
# Loading: `extends` and the merge rules of JSONValue+Merge.swift.


def merged(base, override):
    if isinstance(base, dict) and isinstance(override, dict):
        result = dict(base)
        for key, value in override.items():
            if key in result:
                if value is None:
                    del result[key]
                else:
                    result[key] = merged(result[key], value)
            elif value is not None:
                result[key] = value
        return result
    if isinstance(base, list) and isinstance(override, list):
        key = identity_key(base + override)
        if not override or key is None:
            return override
        elements = list(base)
        for change in override:
            index = next((i for i, e in enumerate(elements) if e.get(key) == change.get(key)), None)
            removes = change.get("remove") is True
            if index is not None:
                if removes:
                    del elements[index]
                else:
                    elements[index] = merged(elements[index], change)
            elif not removes:
                elements.append(change)
        return elements
    return override


def identity_key(elements):
    if not elements:
        return None
    for key in ("id", "list"):
        if all(isinstance(e, dict) and key in e for e in elements):
            return key
    return None


def load(path, _depth=0):
    """The scenario at `path` with every `extends` merged in."""
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    reference = document.pop("extends", None)
    if reference is None:
        return document
    if _depth >= 32:
        raise ValueError("extends chain too deep")
    base = load(os.path.join(os.path.dirname(path), reference), _depth + 1)
    return merged(base, document)


# ------------------------------------------------------------------------------------------------
# The engine.


def run(doc):
    rule = doc["rule"]
    first = rule.get("firstRound", {})
    assert first.get("majority", 0.5) == 0.5 and first.get("of", "cast") == "cast", "only Mali's rule"
    assert rule.get("runoff", {}).get("qualify", "top-two") == "top-two", "only Mali's rule"
    list_ids = [p["id"] for p in doc["parties"]] + [l["id"] for l in doc.get("lists", [])]
    index = {lid: i for i, lid in enumerate(list_ids)}
    transfers = doc.get("transfers", {})
    default_abstention = transfers.get("defaultAbstention", 0.0)
    rows = transfers.get("from", {})

    def abstention(lid):
        return rows[lid].get("abstain", 0.0) if lid in rows else default_abstention

    def preference(source, target):
        if source == target or source not in rows:
            return 0.0
        return rows[source].get("to", {}).get(target, 0.0)

    boycotting = {b["list"]: b["abstention"] for b in doc.get("boycotts", [])}
    regions = []
    for c in doc["constituencies"]:
        region = c.get("region", c.get("name", c["id"]))
        if region not in regions:
            regions.append(region)
    shocks = doc.get("turnoutShocks", [])

    def factor(region, round_, implied=False):
        value = 1.0
        for shock in shocks:
            rounds = shock.get("rounds", [1, 2])
            if round_ not in rounds or (implied and 1 in rounds):
                continue
            if "region" not in shock or shock["region"] == region:
                value *= shock["factor"]
        return value

    totals = {"registered1": 0, "voters1": 0, "invalid1": 0, "registered2": 0, "voters2": 0}
    seats, votes_by_list, contested = {}, {}, {}
    results = []
    for c in doc["constituencies"]:
        if c.get("contested", True) is False:
            results.append({"id": c["id"], "round": None})
            continue
        region = c.get("region", c.get("name", c["id"]))
        r1, r2 = c["round1"], c.get("round2", {})
        assert "turnout" in r1, "only modelled rounds"
        lines = sorted(((index[lid], lid, share) for lid, share in r1["shares"].items()))
        standing = [(lid, share) for _, lid, share in lines if lid not in boycotting]
        boycotters = [(lid, share) for _, lid, share in lines if lid in boycotting]
        entries = [lid for lid, _ in standing]
        support = [share for _, share in standing]
        weights = list(support)
        abstaining = 0.0
        for lid, share in boycotters:
            abstaining += boycotting[lid] * share
        for lid, share in boycotters:
            moving = (1 - boycotting[lid]) * share
            prefs = [preference(lid, e) for e in entries]
            if sum_in_order(prefs) <= 0:
                prefs = list(support)
            if sum_in_order(prefs) <= 0:
                prefs = [1.0] * len(entries)
            total = sum_in_order(prefs)
            transfer = [p / total for p in prefs]
            for e in range(len(entries)):
                weights[e] += moving * transfer[e]
        registered = c["registered"]
        turnout1 = min(1.0, r1["turnout"] * factor(region, 1))
        voters1 = count(registered * (turnout1 * max(0.0, 1 - abstaining)), registered)
        invalid_share1 = r1.get("invalidShare", 0.0)
        blank_share1 = r1.get("blankShare", 0.0)
        invalid1 = count(voters1 * invalid_share1, voters1)
        blank1 = count(voters1 * blank_share1, voters1 - invalid1)
        votes1 = apportion(voters1 - invalid1 - blank1, weights)
        n = len(entries)
        leader = 0
        for e in range(1, n):
            if votes1[e] > votes1[leader]:
                leader = e
        if sum(1 for e in range(n) if votes1[e] == votes1[leader]) > 1:
            raise ValueError(f"{c['id']}: a tie for the round-1 lead needs the lot")
        row = {"id": c["id"], "name": c.get("name", c["id"]), "region": region, "seats": c["seats"],
               "entries": entries, "votes1": votes1, "voters1": voters1, "invalid1": invalid1,
               "registered": registered, "reversal": False, "voters2": None, "votes2": None}
        totals["registered1"] += registered
        totals["voters1"] += voters1
        totals["invalid1"] += invalid1
        for lid, v in zip(entries, votes1):
            votes_by_list[lid] = votes_by_list.get(lid, 0) + v
            contested[lid] = contested.get(lid, 0) + 1
        if 2 * votes1[leader] > voters1:
            row.update(round=1, winner=entries[leader])
        else:
            order = sorted(range(n), key=lambda e: -votes1[e])
            if n > 2 and votes1[order[1]] == votes1[order[2]]:
                raise ValueError(f"{c['id']}: a tie for the second run-off place needs the lot")
            finalist = [e in order[:2] for e in range(n)]
            finalist_votes = sum(votes1[e] for e in range(n) if finalist[e])
            w2 = [float(votes1[e]) if finalist[e] else 0.0 for e in range(n)]
            for src in range(n):
                if finalist[src] or votes1[src] <= 0:
                    continue
                moving = votes1[src] * (1 - abstention(entries[src]))
                if moving <= 0:
                    continue
                preferred = 0.0
                for to in range(n):
                    if finalist[to]:
                        preferred += preference(entries[src], entries[to])
                for to in range(n):
                    if not finalist[to]:
                        continue
                    if preferred > 0:
                        share = preference(entries[src], entries[to]) / preferred
                    elif finalist_votes > 0:
                        share = votes1[to] / finalist_votes
                    else:
                        share = 1 / 2
                    w2[to] += moving * share
            if "turnout" in r2:
                voters2 = count(registered * min(1.0, r2["turnout"] * factor(region, 2)), registered)
            else:
                list_votes = sum(votes1)
                staying = 0.0
                for w in w2:
                    staying += w
                ratio = staying / list_votes if list_votes > 0 else 0
                voters2 = count(voters1 * ratio * factor(region, 2, implied=True), registered)
            invalid2 = count(voters2 * r2.get("invalidShare", invalid_share1), voters2)
            blank2 = count(voters2 * r2.get("blankShare", blank_share1), voters2 - invalid2)
            votes2 = apportion(voters2 - invalid2 - blank2, w2)
            a, b = [e for e in range(n) if finalist[e]]
            if votes2[a] == votes2[b]:
                raise ValueError(f"{c['id']}: a run-off tie needs the lot")
            winner = a if votes2[a] > votes2[b] else b
            other = b if winner == a else a
            row.update(round=2, winner=entries[winner], voters2=voters2, votes2=votes2,
                       finalists=[entries[a], entries[b]], reversal=votes1[other] > votes1[winner])
            totals["registered2"] += registered
            totals["voters2"] += voters2
        seats[row["winner"]] = seats.get(row["winner"], 0) + c["seats"]
        results.append(row)
    list_votes = sum(votes_by_list.values())
    contested_rows = [r for r in results if r.get("round")]
    return {
        "constituencies": results,
        "seats": seats,
        "votes1": votes_by_list,
        "shares1": {k: v / list_votes for k, v in votes_by_list.items()},
        "stood": contested,
        "turnout1": totals["voters1"] / totals["registered1"],
        "turnout2": totals["voters2"] / totals["registered2"] if totals["registered2"] else 0.0,
        "r1_constituencies": sum(1 for r in contested_rows if r["round"] == 1),
        "r1_seats": sum(r["seats"] for r in contested_rows if r["round"] == 1),
        "runoffs": sum(1 for r in contested_rows if r["round"] == 2),
        "reversals": sum(1 for r in contested_rows if r["reversal"]),
        **totals,
    }


def sum_in_order(values):
    """Left-to-right sum, as Swift's reduce(0, +) adds."""
    total = 0.0
    for v in values:
        total += v
    return total


def round_shares(values, digits=6):
    """Rounds shares to `digits` decimals, the largest absorbing the rounding so they sum to one."""
    rounded = [round(v, digits) for v in values]
    largest = max(range(len(values)), key=lambda i: values[i])
    rounded[largest] = round(1 - sum(r for i, r in enumerate(rounded) if i != largest), digits)
    return rounded


def is_current(path, text):
    """Whether the committed file at `path` holds exactly `text` (False when it is missing)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read() == text
    except FileNotFoundError:
        return False


def write(path, text):
    """Writes a generated file (its folder made if needed)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def dump(document):
    """The text the generators write: two-space JSON, UTF-8, a final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# Pages that the team's shared notes cite through copies of Wikipedia on other domains, or with
# their address cut short: a scenario cites the publisher's own page, once.
PRIMARY_URLS = {
    "https://aceproject.org/ace-sw/topics/es/esy/esy_ml/mobile_browsing/onePag":
        "https://aceproject.org/ace-sw/topics/es/esy/esy_ml/mobile_browsing/onePage",
    "https://de.wikial.top/wiki/Party_for_Democracy_and_Progress_(Mali)":
        "https://en.wikipedia.org/wiki/Party_for_Democracy_and_Progress_(Mali)",
    "https://pinocchiopedia.com/wiki/Malian_Union_for_Democracy_and_Development":
        "https://en.wikipedia.org/wiki/Malian_Union_for_Democracy_and_Development",
    "https://talk.dob.jp/enwiki/wiki/1992_Malian_presidential_election":
        "https://en.wikipedia.org/wiki/1992_Malian_presidential_election",
    "https://rightwiki.org/index.php?title=July_1997_Malian_parliamentary_election":
        "https://en.wikipedia.org/wiki/July_1997_Malian_parliamentary_election",
    "https://wikiclassic.com/wiki/July_1997_Malian_parliamentary_election":
        "https://en.wikipedia.org/wiki/July_1997_Malian_parliamentary_election",
    "https://wikiclassic.com/wiki/Malian_parliamentary_election,_April_1997":
        "https://en.wikipedia.org/wiki/April_1997_Malian_parliamentary_election",
    "https://wikimili.com/en/June_2023_Greek_legislative_election":
        "https://en.wikipedia.org/wiki/June_2023_Greek_legislative_election",
}


def cite_primary(sources):
    """`sources` with each entry's URLs replaced by the publisher's own and each given once."""
    for source in sources.values():
        if "url" in source:
            urls = []
            for url in source["url"]:
                url = PRIMARY_URLS.get(url, url)
                if url not in urls:
                    urls.append(url)
            source["url"] = urls
    return sources


# Remarks in the team's shared notes that speak of the team's own workspace, not of the election:
# a published scenario (and so a report page) says what they mean to a reader, or nothing.
WORKSPACE_REMARKS = [
    ("; not reachable here)", ")"),
    (" (not reachable here)", ""),
    ("The verbatim text of the GPR was not reachable from this workspace; rule above is stated from",
     "The GPR's verbatim text is not quoted here; the rule above is stated from"),
    ("a byte-for-byte copy of the team's shared data set", "Hemicycle's copy of the compiled data set"),
]


def publishable(value):
    """`value` (a scenario document or part of one) with the workspace remarks rewritten."""
    if isinstance(value, str):
        for remark, replacement in WORKSPACE_REMARKS:
            value = value.replace(remark, replacement)
        return value
    if isinstance(value, list):
        return [publishable(item) for item in value]
    if isinstance(value, dict):
        return {key: publishable(item) for key, item in value.items()}
    return value
