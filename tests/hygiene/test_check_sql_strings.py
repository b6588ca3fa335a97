#!/usr/bin/python3
"""Proves check_sql_strings.py can fail: on samples/bad it must exit 1 and
report exactly the file:line and rule each sample announces in an
`expect: RULE...` (or `expect@-1:` for the line above) comment; on samples/good
it must exit 0, report nothing and list the one marker it accepted."""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "samples")
CHECKER = os.path.join(HERE, "check_sql_strings.py")
FINDING = re.compile(r"^(\S+):(\d+): \[(\w+)\] ")


def run(folder):
    out = subprocess.run(
        [sys.executable, CHECKER, SAMPLES, "--allow", "bad/repositories", "--allow",
         "good/repositories", folder], capture_output=True, text=True)
    print(out.stdout, end="")
    found = set()
    for line in out.stdout.splitlines():
        m = FINDING.match(line)
        if m:
            found.add((m.group(1), int(m.group(2)), m.group(3)))
    return out.returncode, found, out.stdout


def expected(folder):
    wanted = set()
    for dirpath, _, names in os.walk(os.path.join(SAMPLES, folder)):
        for name in names:
            path = os.path.join(dirpath, name)
            shown = os.path.relpath(path, SAMPLES)
            for n, text in enumerate(open(path, encoding="utf-8"), start=1):
                for m in re.finditer(r"expect(@-1)?: ((?:\w+ ?)+)", text):
                    at = n - 1 if m.group(1) else n
                    for rule in m.group(2).split():
                        wanted.add((shown, at, rule))
    return wanted


def main():
    failures = []
    code, found, _ = run("bad")
    want = expected("bad")
    if code != 1:
        failures.append("bad samples: exit code %d, expected 1" % code)
    if len(want) < 20:
        failures.append("bad samples announce only %d findings" % len(want))
    for miss in sorted(want - found):
        failures.append("not reported: %s:%d [%s]" % miss)
    for extra in sorted(found - want):
        failures.append("reported but not expected: %s:%d [%s]" % extra)

    code, found, text = run("good")
    if code != 0:
        failures.append("good samples: exit code %d, expected 0" % code)
    for extra in sorted(found):
        failures.append("false positive: %s:%d [%s]" % extra)
    if "accepted good/repositories/literals.cpp:" not in text:
        failures.append("the good sample's marker was not listed as accepted")

    for f in failures:
        print("FAIL:", f)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
