#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets into tests/fuzz/corpus/ from the
test fixtures and a few hand-written values. Run it again after changing the
fixtures; inputs the fuzzers once crashed on are kept in corpus/*/crash-*
by hand and never rewritten.

Usage: make_corpus.py   (needs python3-openpyxl for the good .xlsx files)
"""
import hashlib
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures")
CORPUS = os.path.join(HERE, "corpus")
SEPARATOR = b"\n--part--\n"  # fuzz_xlsx.cpp's partSeparator
PARTS = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
         "xl/sharedStrings.xml", "xl/styles.xml"]


def write(target, name, data):
    os.makedirs(os.path.join(CORPUS, target), exist_ok=True)
    with open(os.path.join(CORPUS, target, name), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def csv_seeds():
    folder = os.path.join(FIXTURES, "csv")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".py"):
            write("fuzz_csv", name, read(os.path.join(folder, name)))


def xml_parts(book):
    """The parts fuzz_xlsx packs itself, every sheet pointing at sheet1.xml."""
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        names = {n.lower(): n for n in z.namelist()}
        rels = z.read(names["xl/_rels/workbook.xml.rels"])
        rels = re.sub(rb'Target="(/xl/)?worksheets/[^"]+"', b'Target="worksheets/sheet1.xml"', rels)
        first = sorted(n for n in z.namelist() if n.lower().startswith("xl/worksheets/"))[0]
        parts = [z.read(names["xl/workbook.xml"]), rels, z.read(first)]
        for name in PARTS[3:]:
            parts.append(z.read(names[name.lower()]) if name.lower() in names else b"")
    return SEPARATOR.join(parts)


def xlsx_seeds():
    with tempfile.TemporaryDirectory() as good:
        subprocess.run([sys.executable, os.path.join(FIXTURES, "xlsx", "make_good_files.py"), good],
                       check=True)
        for name in sorted(os.listdir(good)):
            if name.endswith(".xlsx"):
                book = read(os.path.join(good, name))
                write("fuzz_xlsx", name, book)
                write("fuzz_xlsx", name.replace(".xlsx", ".parts"), xml_parts(book))
    bad = os.path.join(FIXTURES, "xlsx", "bad")
    for name in sorted(os.listdir(bad)):
        data = read(os.path.join(bad, name))
        if 0 < len(data) <= 4096:  # the bombs and floods are too big to mutate usefully
            write("fuzz_xlsx", "bad-" + name, data)


def plan_seeds():
    write("fuzz_planjson", "small-plan.json", read(os.path.join(FIXTURES, "plans", "small-plan.json")))
    bad = os.path.join(FIXTURES, "plans", "bad")
    for name in ["misspelt-key.json", "not-json.json", "several-problems.json", "target-nan.json",
                 "us-date.json", "duplicate-item-number.json"]:
        write("fuzz_planjson", "bad-" + name, read(os.path.join(bad, name)))


DATES = ["2020年", "2018-Q2", "2018-H1", "2019-06", "2019", " 2019-12 ", "2019-06-30", "2018/7/5",
         "2018.7.5", "2018年7月5日", "２０１８年７月５日", "20180705", "5/3/24", "2018-02-29",
         "2020-02-29", "45292", "45292.75", "59", "60", "61", "0", "-1", "2958465", "1e3",
         "yyyy-mm-dd", "[$-409]mmm d, yyyy", "h:mm:ss", "0.00%", "\"d\"0", "[Red]0.00"]
NUMBERS = ["4.2", "-4.2", "37500.0000", "１２.５", "1,234.5", "１，２３４．５", "-0", "+0.0001",
           "12%", "６０％", "60", "0.6", "100", "140", "60.5", "4.2000000000000002", "1E-3",
           "1e300", "NaN", "inf", "#DIV/0!", "922337203685476", "922337203685477", "0.00001",
           " 7 ", "是", "TRUE", "1,23,456", ".5", "5."]


def value_seeds(target, values):
    for value in values:
        data = value.encode("utf-8")
        write(target, hashlib.sha1(data).hexdigest()[:12], data)


def main():
    csv_seeds()
    xlsx_seeds()
    plan_seeds()
    value_seeds("fuzz_dates", DATES)
    value_seeds("fuzz_numbers", NUMBERS)


if __name__ == "__main__":
    main()
