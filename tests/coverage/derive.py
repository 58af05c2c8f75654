#!/usr/bin/env python3
"""Derive tests/coverage/checklist.tsv from shared/reference/inventory.md.

Usage (from the workspace root):

    python3 tests/coverage/derive.py [INVENTORY] [OUTPUT]

Defaults: INVENTORY = ../shared/reference/inventory.md (i.e. /work/shared/...),
OUTPUT = tests/coverage/checklist.tsv next to this script.

What is taken from the inventory:

* every `### METHOD /path` heading -> one `endpoint` row;
* every row of every `**Response fields...**` table inside that endpoint's
  section (any title suffix: "(with secret)", "(instant_search)", ...) -> one
  `field` row;
* `**Response fields:** uses schema `X`` inside an endpoint section -> the rows
  of the table under `#### Schema X` are added to that endpoint.

The script cross-checks itself against the inventory. It exits non-zero when
the file cannot be read as expected:

* the endpoint headings must equal the "Endpoint index" table (116 rows);
* the "(n + Schema m)" notation in the index must agree with the endpoint's
  "uses schema" text;
* every `| Field |` table must belong to a "Response fields" heading, every
  "Response fields" heading must be understood (a table, "uses schema X",
  "none ...", "presumably X (not counted)" or "same as ... (not counted)"),
  and every field cell must be a readable path.

Count disagreements (per-endpoint counts in the index, the "Totals" section)
are not fatal: the tables are taken as the truth and each disagreement is
written as a `#` comment at the top of the TSV (and printed on stderr).
Responses the inventory describes as "presumably X" or "same as ..." and does
not count are not expanded either; they are listed in `#` comments too.

Field rows that repeat within one endpoint (the /search instant and full
tables both list e.g. `products_total`) are written once: the checklist is a
set of (endpoint, path) items. The number of rows collapsed is stated in a
`#` comment at the top of the TSV.
"""

import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INVENTORY = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "shared", "reference", "inventory.md"))
DEFAULT_OUTPUT = os.path.join(HERE, "checklist.tsv")

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
ENDPOINT_RE = re.compile(r"^### (%s) (/\S*)\s*$" % "|".join(METHODS))
SCHEMA_RE = re.compile(r"^#### Schema (\w+)\s*$")
HEADING_RE = re.compile(r"^#{1,6} ")
RESPONSE_RE = re.compile(r"^\*\*Response fields")
USES_RE = re.compile(r"^\*\*Response fields:\*\* uses schema `(\w+)`\s*$")
NONE_RE = re.compile(r"^\*\*Response fields:\*\* (none|presumably|same as `[A-Z]+ /\S*` \(not repeated; not counted\))")
INDEX_ROW_RE = re.compile(
    r"^\| (\d+) \| `(%s) (/\S*)` \|[^|]*\|[^|]*\| (.*?) \|\s*$" % "|".join(METHODS))
INDEX_COUNT_RE = re.compile(r"^(\d+)(?: \((\d+) \+ (\w+) (\d+)\))?$")
TOTAL_DISTINCT_RE = re.compile(r"each documented field counted once.*\*\*(\d+)\*\*")
TOTAL_PER_ENDPOINT_RE = re.compile(r"summed per endpoint.*\*\*(\d+)\*\*")
TOTAL_ENDPOINTS_RE = re.compile(r"^- Endpoints \(distinct .*\*\*(\d+)\*\*")
FIELD_PATH_RE = re.compile(r"^(\(body\)|\[\]|\*|[A-Za-z0-9_\-]+(\[\])*)"
                           r"(\.(\[\]|\*|[A-Za-z0-9_\-]+(\[\])*))*$")


def cells(line):
    parts = line.strip().split("|")
    return [c.strip() for c in parts[1:-1]]


def parse(lines):
    errors = []
    index = OrderedDict()      # (method, path) -> (total, own, schema, schema_n)
    endpoints = OrderedDict()  # (method, path) -> {"own": [...], "schemas": [...]}
    schemas = OrderedDict()    # name -> [field, ...]
    totals = {}
    notes = []                 # things worth a comment line

    section = None             # ("endpoint", key) | ("schema", name) | None
    pending = None             # line number of a "Response fields" heading awaiting a table
    in_table = None            # list being filled, or None
    in_index = False
    in_fence = False

    for no, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")

        if line.startswith("```"):
            in_fence = not in_fence
            in_table = None
            continue
        if in_fence:
            continue

        # ---- headings ------------------------------------------------------
        if HEADING_RE.match(line):
            if pending is not None:
                errors.append("line %d: 'Response fields' heading with no table" % pending)
            pending = None
            in_table = None
            in_index = line.strip() == "## Endpoint index"
            m = ENDPOINT_RE.match(line)
            s = SCHEMA_RE.match(line)
            if m:
                key = (m.group(1), m.group(2))
                if key in endpoints:
                    errors.append("line %d: duplicate endpoint heading %s %s" % (no, *key))
                endpoints[key] = {"own": [], "schemas": [], "line": no}
                section = ("endpoint", key)
            elif s:
                schemas[s.group(1)] = []
                section = ("schema", s.group(1))
            else:
                section = None
            continue

        # ---- endpoint index ---------------------------------------------------
        if in_index and line.startswith("| "):
            m = INDEX_ROW_RE.match(line)
            if m:
                c = INDEX_COUNT_RE.match(m.group(4))
                if not c:
                    errors.append("line %d: cannot read index count %r" % (no, m.group(4)))
                    continue
                total = int(c.group(1))
                if c.group(3):
                    index[(m.group(2), m.group(3))] = (
                        total, int(c.group(2)), c.group(3), int(c.group(4)))
                else:
                    index[(m.group(2), m.group(3))] = (total, total, None, 0)
            elif not line.startswith("| #") and not line.startswith("|---"):
                errors.append("line %d: unreadable index row %r" % (no, line))
            continue

        # ---- totals -------------------------------------------------------------
        for name, rx in (("distinct", TOTAL_DISTINCT_RE),
                         ("per_endpoint", TOTAL_PER_ENDPOINT_RE),
                         ("endpoints", TOTAL_ENDPOINTS_RE)):
            m = rx.search(line)
            if m:
                totals[name] = int(m.group(1))

        # ---- response field headings -----------------------------------------------
        if RESPONSE_RE.match(line):
            if pending is not None:
                errors.append("line %d: 'Response fields' heading with no table" % pending)
            pending = None
            in_table = None
            if section is None:
                errors.append("line %d: 'Response fields' outside an endpoint/schema" % no)
                continue
            u = USES_RE.match(line)
            if u:
                if section[0] != "endpoint":
                    errors.append("line %d: 'uses schema' outside an endpoint" % no)
                else:
                    endpoints[section[1]]["schemas"].append(u.group(1))
                continue
            if NONE_RE.match(line):
                if not line.startswith("**Response fields:** none"):
                    notes.append("%s %s: %s" % (section[1][0], section[1][1],
                                                line.replace("**", "").strip()))
                continue
            pending = no
            continue

        # ---- tables -------------------------------------------------------------------
        if line.startswith("|"):
            c = cells(line)
            if in_table is not None:
                if c and set(c[0]) <= set("-:"):
                    continue
                path = c[0].strip("`")
                if not FIELD_PATH_RE.match(path):
                    errors.append("line %d: unreadable field path %r" % (no, path))
                    continue
                in_table.append(path)
                continue
            if c and c[0] == "Field":
                if pending is None:
                    errors.append("line %d: Field table without a 'Response fields' heading" % no)
                    continue
                if section[0] == "endpoint":
                    in_table = endpoints[section[1]]["own"]
                else:
                    in_table = schemas[section[1]]
                pending = None
                continue
            # another kind of table (parameters, status codes ...)
            continue

        in_table = None

    if pending is not None:
        errors.append("line %d: 'Response fields' heading with no table" % pending)
    return index, endpoints, schemas, totals, notes, errors


def main():
    inventory = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_INVENTORY
    output = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUTPUT
    with open(inventory, encoding="utf-8") as f:
        lines = f.readlines()

    index, endpoints, schemas, totals, notes, errors = parse(lines)

    # ---- cross-checks against the inventory's own statements ----------------------------
    if list(index) != list(endpoints):
        missing = [k for k in index if k not in endpoints]
        extra = [k for k in endpoints if k not in index]
        errors.append("endpoint headings differ from the index: missing %r, extra %r"
                      % (missing, extra))
    if totals.get("endpoints") != len(endpoints):
        errors.append("Totals says %r endpoints, found %d headings"
                      % (totals.get("endpoints"), len(endpoints)))

    # Count disagreements are not fatal: the tables are the source of truth and
    # every disagreement is written as a '#' comment at the top of the TSV.
    discrepancies = []
    per_endpoint_rows = 0
    for key, ep in endpoints.items():
        for s in ep["schemas"]:
            if s not in schemas:
                errors.append("%s %s uses unknown schema %s" % (*key, s))
        n = len(ep["own"]) + sum(len(schemas.get(s, [])) for s in ep["schemas"])
        per_endpoint_rows += n
        if key in index:
            total, own, sname, sn = index[key]
            if n != total:
                discrepancies.append("%s %s: its tables have %d rows, the index says %d"
                                     % (*key, n, total))
            if sname is not None and (ep["schemas"] != [sname] or own != len(ep["own"])
                                      or sn != len(schemas.get(sname, []))):
                errors.append("%s %s: index says %d + %s %d, section says %d + %r"
                              % (*key, own, sname, sn, len(ep["own"]), ep["schemas"]))
            if sname is None and ep["schemas"]:
                errors.append("%s %s: section uses %r, index names no schema"
                              % (*key, ep["schemas"]))

    distinct_rows = sum(len(ep["own"]) for ep in endpoints.values()) + \
        sum(len(v) for v in schemas.values())
    if totals.get("distinct") != distinct_rows:
        discrepancies.append("Totals says %r fields counted once, the tables have %d rows"
                             % (totals.get("distinct"), distinct_rows))
    if totals.get("per_endpoint") != per_endpoint_rows:
        discrepancies.append("Totals says %r fields summed per endpoint, the tables give %d"
                             % (totals.get("per_endpoint"), per_endpoint_rows))
    if "per_endpoint" not in totals or "distinct" not in totals:
        errors.append("could not read the Totals section")

    if errors:
        for e in errors:
            print("derive.py: " + e, file=sys.stderr)
        sys.exit(1)

    # ---- write ----------------------------------------------------------------------------
    rows = []
    dups = []
    for (method, path), ep in endpoints.items():
        rows.append(("endpoint", method, path))
        seen = set()
        for field in ep["own"] + [f for s in ep["schemas"] for f in schemas[s]]:
            if field in seen:
                dups.append("%s %s %s" % (method, path, field))
                continue
            seen.add(field)
            rows.append(("field", method, path, field))
    n_fields = sum(1 for r in rows if r[0] == "field")

    expansions = []
    for name, fields in schemas.items():
        users = [k for k, ep in endpoints.items() if name in ep["schemas"]]
        expansions.append("%s (%d rows) x %d endpoints" % (name, len(fields), len(users)))

    with open(output, "w", encoding="utf-8", newline="\n") as f:
        f.write("# derived from shared/reference/inventory.md by tests/coverage/derive.py\n")
        f.write("# do not edit by hand: re-run `python3 tests/coverage/derive.py`\n")
        f.write("# %d endpoints; %d field rows = inventory 'summed per endpoint' %d"
                " minus %d repeated (endpoint, path) pairs written once; inventory"
                " 'counted once' total is %d\n"
                % (len(endpoints), n_fields, per_endpoint_rows, len(dups), distinct_rows))
        f.write("# shared schemas expanded where the endpoint section says"
                " 'uses schema X' (index: 'n + X m'): %s\n" % "; ".join(expansions))
        for d in discrepancies:
            f.write("# inventory count disagrees with its own tables (tables used): %s\n" % d)
        by_ep = OrderedDict()
        for d in dups:
            m, p, fld = d.split(" ", 2)
            by_ep.setdefault((m, p), []).append(fld)
        for (m, p), flds in by_ep.items():
            f.write("# %d rows repeated in several tables of %s %s, written once: %s\n"
                    % (len(flds), m, p, ", ".join(flds)))
        for n in notes:
            f.write("# not expanded (inventory does not count it): %s\n" % n)
        f.write("kind\tmethod\tpath\tfield\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    for d in discrepancies:
        print("derive.py: note: " + d, file=sys.stderr)
    print("wrote %s: %d endpoints, %d field rows (%d per endpoint in inventory, %d repeats)"
          % (output, len(endpoints), n_fields, per_endpoint_rows, len(dups)))


if __name__ == "__main__":
    main()
