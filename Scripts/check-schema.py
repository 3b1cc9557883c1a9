#!/usr/bin/env python3
"""Checks `hemicycle schema` against the shipped scenarios and the broken fixtures.

Every shipped scenario (Scenarios/**/*.json, not tools/) must validate. Of the broken fixtures
(Tests/HemicycleTests/Fixtures/broken/), those whose problem is a shape (expected code
wrong-type, missing-field, unknown-field or malformed-json) must be rejected; the others are
problems only `hemicycle validate` can see (sums, references, ranges), and the script prints
how many of those the schema rejects anyway.

Run: python3 Scripts/check-schema.py SCHEMA.json   (needs the jsonschema package)
"""
import glob
import json
import os
import sys

import jsonschema

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SHAPE_CODES = {"wrong-type", "missing-field", "unknown-field", "malformed-json"}


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: check-schema.py SCHEMA.json")
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    shipped = sorted(p for p in glob.glob(os.path.join(ROOT, "Scenarios", "**", "*.json"), recursive=True)
                     if os.sep + "tools" + os.sep not in p)
    for path in shipped:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        for error in errors[:3]:
            failures.append("%s: %s: %s" % (os.path.relpath(path, ROOT), "/".join(map(str, error.path)), error.message))
    folder = os.path.join(ROOT, "Tests", "HemicycleTests", "Fixtures", "broken")
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as handle:
        expected = json.load(handle)
    shape_rejected = shape_total = other_rejected = other_total = 0
    for name, problem in sorted(expected.items()):
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                document = json.load(handle)
            rejected = not validator.is_valid(document)
        except (ValueError, UnicodeDecodeError, RecursionError):
            rejected = True  # not JSON at all
        if problem["code"] in SHAPE_CODES:
            shape_total += 1
            shape_rejected += rejected
            if not rejected:
                failures.append("broken fixture %s (%s at %s) passes the schema" % (name, problem["code"], problem["path"]))
        else:
            other_total += 1
            other_rejected += rejected
    print("schema: %d shipped scenarios valid; broken fixtures rejected: %d of %d shape problems, %d of %d others "
          "(sums, references, ranges: validate's)" % (len(shipped) - len({f.split(":")[0] for f in failures if not f.startswith("broken")}),
                                                      shape_rejected, shape_total, other_rejected, other_total))
    if failures:
        raise SystemExit("\n".join(failures))


if __name__ == "__main__":
    main()
