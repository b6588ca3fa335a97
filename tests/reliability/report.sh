#!/usr/bin/env bash
# The reliability report: runs every test labelled "reliability", collects
# their RELIABILITY {...} lines and prints one row per suite with totals.
# Fails if a test failed, or anything was broken, half-done or lost.
#
#   tests/reliability/report.sh [BUILD_DIR]    (default: build)
set -uo pipefail

build=${1:-build}
if [[ ! -f $build/CTestTestfile.cmake ]]; then
    echo "report.sh: no CMake build in “$build”; build first, or name the folder." >&2
    exit 2
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT

ctest --test-dir "$build" -L reliability --output-on-failure -V >"$log" 2>&1
ctest_status=$?

# Each line looks like "12: QINFO  : Test::f() RELIABILITY {...}" in ctest -V.
grep -a 'RELIABILITY {' "$log" | grep -av 'Test command:' |
python3 -c '
import json, re, sys
keys = ["runs", "kills", "integrity_failures", "partial_operations",
        "bad_inputs", "rejections", "data_lost"]
heads = ["runs", "kills", "integrity", "partial", "bad inputs", "rejected", "data lost"]
rows = []
seen = set()  # --output-on-failure prints the lines of failed tests twice
for line in sys.stdin:
    found = re.search(r"RELIABILITY (\{[^{}]*\})", line)
    if found and found.group(1) in seen:
        continue
    try:
        rows.append(json.loads(found.group(1)))
        seen.add(found.group(1))
    except (AttributeError, ValueError):
        print("report.sh: unreadable line: " + line.strip(), file=sys.stderr)
        sys.exit(3)
if not rows:
    print("report.sh: no RELIABILITY lines: did any reliability test run?", file=sys.stderr)
    sys.exit(3)
total = {k: sum(int(r.get(k, 0)) for r in rows) for k in keys}
width = max(len("TOTAL"), *(len(str(r.get("suite", "?"))) for r in rows))
line = "%-*s" % (width, "suite") + "".join("%12s" % h for h in heads)
print(line)
print("-" * len(line))
for r in sorted(rows, key=lambda r: str(r.get("suite", ""))):
    print("%-*s" % (width, r.get("suite", "?")) + "".join("%12d" % int(r.get(k, 0)) for k in keys))
print("-" * len(line))
print("%-*s" % (width, "TOTAL") + "".join("%12d" % total[k] for k in keys))
bad = [k for k in ("integrity_failures", "partial_operations", "data_lost") if total[k]]
if total["rejections"] != total["bad_inputs"]:
    bad.append("rejections != bad_inputs")
if bad:
    print("FAILED: " + ", ".join(bad), file=sys.stderr)
    sys.exit(1)
'
table_status=$?

if ((ctest_status != 0)); then
    echo "FAILED: a reliability test failed (ctest exit $ctest_status); its output:" >&2
    grep -a -E '(FAIL!|Failed|\*\*\*)' "$log" >&2
    exit 1
fi
exit $table_status
