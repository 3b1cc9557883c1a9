#!/usr/bin/env python3
"""Writes the broken scenarios of this folder and expected.json (the code and JSON path of the
problem each must report). Each case is a small valid scenario with one thing broken.
Run: python3 Tests/HemicycleTests/Fixtures/broken/make-broken.py"""
import copy, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = {
    "format": "hemicycle-scenario/1",
    "assembly": {"name": "Test", "size": 4},
    "parties": [{"id": "A", "name": "A"}, {"id": "B", "name": "B"}, {"id": "C", "name": "C"}],
    "rule": {"method": "two-round"},
    "constituencies": [
        {"id": "one", "region": "North", "seats": 3, "registered": 1000,
         "round1": {"turnout": 0.5, "shares": {"A": 0.5, "B": 0.3, "C": 0.2}}},
        {"id": "two", "region": "South", "seats": 1, "registered": 500,
         "round1": {"voters": 300, "votes": {"A": 100, "B": 150, "C": 50}}},
    ],
    "sources": {"s": {"kind": "historical", "citation": "test"}},
}
cases = []


def case(name, code, path, change=None, text=None, raw=None):
    cases.append((name, code, path, change, text, raw))


def edit(f):
    def apply(d):
        f(d)
        return d
    return apply


case("malformed-trailing-comma", "malformed-json", "$", text='{"assembly": {"name": "x",}}')
case("malformed-unterminated-string", "malformed-json", "$", text='{"assembly": {"name": "x}}')
case("malformed-not-json", "malformed-json", "$", text="hello, world")
case("malformed-empty", "malformed-json", "$", text="")
case("malformed-deep-nesting", "malformed-json", "$", text="[" * 400 + "]" * 400)
case("malformed-duplicate-member", "malformed-json", "$", text='{"id": "a", "id": "b"}')
case("malformed-number-out-of-range", "malformed-json", "$", text='{"assembly": {"size": 1e999}}')
case("malformed-invalid-utf8", "malformed-json", "$", raw=b'{"assembly": {"name": "\xff\xfe"}}')
case("malformed-control-character", "malformed-json", "$", text='{"id": "a\u0001b"}')
case("root-is-an-array", "wrong-type", "$", text="[1, 2, 3]")
case("missing-assembly", "missing-field", "assembly", edit(lambda d: d.pop("assembly")))
case("missing-parties", "missing-field", "parties", edit(lambda d: d.pop("parties")))
case("missing-rule", "missing-field", "rule", edit(lambda d: d.pop("rule")))
case("missing-constituencies", "missing-field", "constituencies", edit(lambda d: d.pop("constituencies")))
case("wrong-format-tag", "unsupported", "format", edit(lambda d: d.update(format="hemicycle-scenario/9")))
case("unknown-top-level-field", "unknown-field", "asembly", edit(lambda d: d.update(asembly={})))
case("assembly-size-string", "wrong-type", "assembly.size", edit(lambda d: d["assembly"].update(size="four")))
case("assembly-size-zero", "out-of-range", "assembly.size", edit(lambda d: d["assembly"].update(size=0)))
case("assembly-size-absurd", "out-of-range", "assembly.size", edit(lambda d: d["assembly"].update(size=10**12)))
case("vacancy-without-reason", "missing-field", "assembly.vacancies[0].reason",
     edit(lambda d: d["assembly"].update(size=5, vacancies=[{"seats": 1}])))
case("party-without-id", "missing-field", "parties[0].id", edit(lambda d: d["parties"][0].pop("id")))
case("duplicate-party-id", "duplicate-identifier", "parties[1].id", edit(lambda d: d["parties"][1].update(id="A")))
# Found by the scenario fuzzer: a duplicate id ahead of a boycotting party once sized the
# transfer table by distinct ids and indexed past its end.
case("duplicate-id-before-boycotter", "duplicate-identifier", "parties[2].id", edit(lambda d: (
    d["parties"][2].update(id="B"),
    d["parties"].append({"id": "D", "name": "D"}),
    d["constituencies"][0]["round1"]["shares"].update(D=0.0, C=0.2),
    d.update(boycotts=[{"list": "D", "abstention": 0.5}],
             transfers={"from": {"D": {"abstain": 0.5, "to": {"A": 0.5}}}}))))
case("bad-colour", "wrong-type", "parties[0].colour", edit(lambda d: d["parties"][0].update(colour="green")))
case("joint-list-unknown-party", "unknown-reference", "lists[0].parties[1]",
     edit(lambda d: d.update(lists=[{"id": "AZ", "parties": ["A", "Z"]}])))
case("joint-list-of-one", "out-of-range", "lists[0].parties", edit(lambda d: d.update(lists=[{"id": "AA", "parties": ["A"]}])))
case("unknown-rule", "unsupported", "rule.method", edit(lambda d: d["rule"].update(method="approval")))
case("majority-above-one", "out-of-range", "rule.firstRound.majority",
     edit(lambda d: d["rule"].update(firstRound={"majority": 1.5})))
case("runoff-threshold-without-share", "missing-field", "rule.runoff.share",
     edit(lambda d: d["rule"].update(runoff={"qualify": "threshold"})))
case("unknown-tie-rule", "out-of-range", "rule.tieBreak.rule", edit(lambda d: d["rule"].update(tieBreak={"rule": "coin"})))
case("single-round-with-run-off", "unsupported", "rule.firstRound",
     edit(lambda d: d.update(rule={"method": "dhondt", "firstRound": {"majority": 0.5}})))
case("threshold-above-100", "out-of-range", "rule.threshold.percent",
     edit(lambda d: d.update(rule={"method": "dhondt", "threshold": {"percent": 150}})))
case("mixed-member-by-district", "unsupported", "rule.scope",
     edit(lambda d: d.update(rule={"method": "sainte-lague", "mixedMember": {"electorateSeats": {"A": 1}}})))
# Found by a hostile review: a first divisor just below 3 was checked before it was rounded to the
# millionth, became 3 and trapped in the divisor sequence; just above 0 it became 0 silently.
case("first-divisor-rounds-to-three", "out-of-range", "rule.firstDivisor",
     edit(lambda d: d.update(rule={"method": "modified-sainte-lague", "firstDivisor": 2.9999999})))
case("first-divisor-rounds-to-zero", "out-of-range", "rule.firstDivisor",
     edit(lambda d: d.update(rule={"method": "modified-sainte-lague", "firstDivisor": 0.0000001})))
case("leveling-first-divisor-rounds-to-three", "out-of-range", "rule.leveling.firstDivisor",
     edit(lambda d: d.update(rule={"method": "dhondt", "leveling": {"percent": 4, "method": "modified-sainte-lague",
                                                                     "firstDivisor": 2.9999995}})
          or d["constituencies"][0].update(levelingSeats=1)))
case("leveling-seats-without-tier", "unsupported", "rule", edit(lambda d: d["constituencies"][0].update(levelingSeats=1)))
case("leveling-seats-all-seats", "out-of-range", "constituencies[0].levelingSeats",
     edit(lambda d: d.update(rule={"method": "dhondt", "leveling": {"percent": 4}}) or d["constituencies"][0].update(levelingSeats=3)))
case("seats-zero", "out-of-range", "constituencies[0].seats", edit(lambda d: d["constituencies"][0].update(seats=0)))
case("seats-negative", "out-of-range", "constituencies[0].seats", edit(lambda d: d["constituencies"][0].update(seats=-2)))
case("seats-fractional", "wrong-type", "constituencies[0].seats", edit(lambda d: d["constituencies"][0].update(seats=2.5)))
case("registered-negative", "out-of-range", "constituencies[0].registered",
     edit(lambda d: d["constituencies"][0].update(registered=-1)))
case("registered-absurd", "out-of-range", "constituencies[0].registered",
     edit(lambda d: d["constituencies"][0].update(registered=10**13)))
case("turnout-above-one", "out-of-range", "constituencies[0].round1.turnout",
     edit(lambda d: d["constituencies"][0]["round1"].update(turnout=1.5)))
case("shares-do-not-sum", "shares-do-not-sum-to-one", "constituencies[0].round1.shares",
     edit(lambda d: d["constituencies"][0]["round1"]["shares"].update(C=0.1)))
case("share-negative", "out-of-range", "constituencies[0].round1.shares.C",
     edit(lambda d: d["constituencies"][0]["round1"]["shares"].update(C=-0.2)))
case("unknown-list-in-shares", "unknown-reference", "constituencies[0].round1.shares.Z",
     edit(lambda d: d["constituencies"][0]["round1"]["shares"].update(Z=0.0)))
case("empty-shares", "out-of-range", "constituencies[0].round1.shares",
     edit(lambda d: d["constituencies"][0]["round1"].update(shares={})))
case("modelled-and-observed", "inconsistent-counts", "constituencies[0].round1",
     edit(lambda d: d["constituencies"][0]["round1"].update(voters=400)))
case("votes-exceed-voters", "inconsistent-counts", "constituencies[1].round1.voters",
     edit(lambda d: d["constituencies"][1]["round1"].update(voters=250)))
case("voters-exceed-registered", "inconsistent-counts", "constituencies[1].round1.voters",
     edit(lambda d: d["constituencies"][1].update(registered=200)))
case("negative-votes", "out-of-range", "constituencies[1].round1.votes.C",
     edit(lambda d: d["constituencies"][1]["round1"]["votes"].update(C=-5)))
case("run-off-candidate-did-not-stand", "unknown-reference", "constituencies[1].round2.votes[0]",
     edit(lambda d: d["constituencies"][1].update(round2={"votes": [{"list": "A", "candidate": "Nobody", "votes": 10}]})))
case("uncontested-with-rounds", "inconsistent-counts", "constituencies[1]",
     edit(lambda d: d["constituencies"][1].update(contested=False)))
case("missing-round1", "missing-field", "constituencies[0].round1", edit(lambda d: d["constituencies"][0].pop("round1")))
case("duplicate-constituency-id", "duplicate-identifier", "constituencies[1].id",
     edit(lambda d: d["constituencies"][1].update(id="one")))
case("seats-do-not-add-up", "seats-do-not-add-up", "assembly.size", edit(lambda d: d["assembly"].update(size=7)))
case("transfer-row-does-not-sum", "shares-do-not-sum-to-one", "transfers.from.C",
     edit(lambda d: d.update(transfers={"from": {"C": {"abstain": 0.5, "to": {"A": 0.2}}}})))
case("transfer-to-unknown-list", "unknown-reference", "transfers.from.C.to.Z",
     edit(lambda d: d.update(transfers={"from": {"C": {"abstain": 0.5, "to": {"Z": 0.5}}}})))
case("transfer-to-itself", "out-of-range", "transfers.from.C.to.C",
     edit(lambda d: d.update(transfers={"from": {"C": {"abstain": 0.5, "to": {"C": 0.5}}}})))
case("boycott-unknown-list", "unknown-reference", "boycotts[0].list",
     edit(lambda d: d.update(boycotts=[{"list": "Z", "abstention": 0.5}])))
case("boycott-without-abstention", "missing-field", "boycotts[0].abstention", edit(lambda d: d.update(boycotts=[{"list": "C"}])))
case("boycotting-list-with-votes", "inconsistent-counts", "constituencies[1].round1.votes.C",
     edit(lambda d: d.update(boycotts=[{"list": "C", "abstention": 0.5}])))
case("shock-unknown-region", "unknown-reference", "turnoutShocks[0].region",
     edit(lambda d: d.update(turnoutShocks=[{"region": "Atlantis", "factor": 0.5}])))
case("shock-bad-round", "out-of-range", "turnoutShocks[0].rounds",
     edit(lambda d: d.update(turnoutShocks=[{"rounds": [3], "factor": 0.5}])))
case("unknown-source", "unknown-reference", "provenance", edit(lambda d: d.update(provenance="nowhere")))
case("unknown-source-kind", "out-of-range", "sources.s.kind", edit(lambda d: d["sources"]["s"].update(kind="rumour")))
case("reconstruction-without-method", "missing-field", "sources.s",
     edit(lambda d: d["sources"].update(s={"kind": "reconstructed"})))
case("negative-uncertainty", "out-of-range", "uncertainty.shares.national",
     edit(lambda d: d.update(uncertainty={"shares": {"national": -0.1}})))
case("unknown-rule-to-compare", "unsupported", "compare[0]", edit(lambda d: d.update(compare=["approval"])))
case("extends-itself", "extends-cycle", "extends", edit(lambda d: d.update(extends="extends-itself.json")))
case("extends-a-missing-file", "unreadable-file", "$", edit(lambda d: d.update(extends="no-such-file.json")))

expected = {}
for name, code, path, change, text, raw in cases:
    filename = name + ".json"
    with open(os.path.join(HERE, filename), "wb") as handle:
        if raw is not None:
            handle.write(raw)
        elif text is not None:
            handle.write(text.encode("utf-8"))
        else:
            handle.write((json.dumps(change(copy.deepcopy(BASE)), ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    expected[filename] = {"code": code, "path": path}
with open(os.path.join(HERE, "expected.json"), "w") as handle:
    json.dump(expected, handle, indent=1, sort_keys=True)
    handle.write("\n")
print(len(cases), "broken scenarios")
