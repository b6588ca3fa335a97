#!/usr/bin/python3
"""Checks that resources/migrations/postgresql/005_schema.sql makes the same
ledger as SQLite's 001..005: tables, columns in order, NOT NULL, defaults,
constraint and index names, the audit log's JSON, the rules (a list of bad
rows both must reject with the same name), the date and period checks, and
on PostgreSQL the viewer and editor roles.

    check_schema_parity.py --url postgresql://postgres@127.0.0.1:PORT/postgres REPO_ROOT

Creates a database of its own on that server and drops it at the end. Exits
1 and prints every difference when the two disagree.
Standard library only: sqlite3 and the psql program.
"""
import argparse
import datetime
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import urllib.parse

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from parity_cases import (BAD_ROWS, CASCADE, DATES, FIXTURE, GLOB_PERIOD, PERIODS,
                          STRICTER_ON_PG)

# Differences by design (see the comments in postgresql/005_schema.sql).
ONLY_SQLITE_TABLES = {"audit_context"}  # the actor is a transaction setting
ONLY_PG_TABLES = {"plandesk_schema"}  # PRAGMA user_version's counterpart
DYNAMIC_DEFAULTS = {("audit_log", "changed_at"), ("audit_log", "db_user")}

problems = []


def problem(text):
    problems.append(text)
    print("DIFF: " + text)


class Postgres:
    """One database on the server, spoken to through psql."""

    def __init__(self, url):
        self.url = url

    def run(self, *commands, stdin=None):
        args = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-d", self.url]
        for c in commands:
            args += ["-c", c]
        if stdin is not None:
            args += ["-1", "-f", "-"]
        return subprocess.run(args, input=stdin, capture_output=True, text=True)

    def must(self, *commands, stdin=None):
        r = self.run(*commands, stdin=stdin)
        if r.returncode != 0:
            raise RuntimeError("psql failed: " + r.stderr.strip())
        return r.stdout

    def rows(self, sql):
        """The rows of a query as dicts, keys in column order."""
        out = self.must(f"SELECT coalesce(json_agg(q), '[]') FROM ({sql}) q")
        return json.loads(out, object_pairs_hook=dict)

    def error_of(self, statement):
        """The server's error for a statement run in a transaction rolled back, or None."""
        r = self.run("BEGIN", statement, "ROLLBACK")
        return r.stderr.strip() if r.returncode != 0 else None


def with_database(url, name):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


# --- the SQLite ledger ------------------------------------------------------

def sqlite_ledger(root):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    folder = os.path.join(root, "resources", "migrations")
    for name in sorted(f for f in os.listdir(folder) if re.match(r"00[1-5]_.*\.sql$", f)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            db.executescript(f.read())
    return db


def sqlite_tables(db):
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]


def sqlite_columns(db, table):
    out = []
    for _cid, name, ctype, notnull, default, pk in db.execute(f"PRAGMA table_info({table})"):
        out.append((name, ctype.upper(), bool(notnull or pk), default))
    return out


def sqlite_constraints(db, table):
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    return set(re.findall(r"CONSTRAINT\s+(\w+)", sql))


def sqlite_indexes(db, table):
    return {r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,))}


# --- the PostgreSQL ledger ----------------------------------------------------

def pg_tables(pg):
    return sorted(r["relname"] for r in pg.rows(
        "SELECT relname FROM pg_class WHERE relkind = 'r'"
        " AND relnamespace = 'public'::regnamespace"))


def pg_columns(pg, table):
    return [(r["attname"], r["type"], r["attnotnull"], r["dflt"], r["attidentity"])
            for r in pg.rows(
                "SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,"
                " pg_get_expr(d.adbin, d.adrelid) AS dflt, a.attidentity"
                " FROM pg_attribute a LEFT JOIN pg_attrdef d"
                "   ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                f" WHERE a.attrelid = 'public.{table}'::regclass AND a.attnum > 0"
                " AND NOT a.attisdropped ORDER BY a.attnum")]


def pg_constraints(pg, table):
    return {r["conname"] for r in pg.rows(
        "SELECT conname FROM pg_constraint WHERE contype IN ('c', 'u', 'x')"
        f" AND conrelid = 'public.{table}'::regclass")}


def pg_indexes(pg, table):
    return {r["indexname"] for r in pg.rows(
        "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
        f" AND tablename = '{table}'"
        " AND indexname NOT IN (SELECT conname FROM pg_constraint)")}


def rule_triggers(db, pg):
    """Trigger names per table; SQLite's audit triggers are one per table on PostgreSQL.
    <table>_assign_id does on PostgreSQL what SQLite's rowid does by itself."""
    lite = {(r[0], re.sub(r"_audit_(insert|update|delete)$", "_audit", r[1])) for r in db.execute(
        "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")}
    post = {(r["table"], r["tgname"]) for r in pg.rows(
        "SELECT tgrelid::regclass::text AS table, tgname FROM pg_trigger WHERE NOT tgisinternal"
        " AND tgname NOT LIKE '%\\_assign\\_id'")}
    return lite, post


def same_default(lite, pg):
    if lite is None or pg is None:
        return lite is None and pg is None
    return re.sub(r"::(text|bigint)$", "", pg) == lite


# --- structure ----------------------------------------------------------------

def compare_structure(db, pg):
    lite_tables, pg_tables_ = set(sqlite_tables(db)), set(pg_tables(pg))
    for t in sorted(lite_tables - pg_tables_ - ONLY_SQLITE_TABLES):
        problem(f"table {t} is missing on PostgreSQL")
    for t in sorted(pg_tables_ - lite_tables - ONLY_PG_TABLES):
        problem(f"table {t} exists only on PostgreSQL")
    tables = sorted(lite_tables & pg_tables_)
    columns = constraints = indexes = 0
    for t in tables:
        lite_cols, pg_cols = sqlite_columns(db, t), pg_columns(pg, t)
        if [c[0] for c in lite_cols] != [c[0] for c in pg_cols]:
            problem(f"{t}: columns {[c[0] for c in lite_cols]} on SQLite,"
                    f" {[c[0] for c in pg_cols]} on PostgreSQL")
        for (name, ltype, lnotnull, ldefault), (_, ptype, pnotnull, pdefault, ident) in zip(
                lite_cols, pg_cols):
            columns += 1
            want = {"INTEGER": "bigint", "TEXT": "text"}.get(ltype)
            if ptype != want:
                problem(f"{t}.{name}: {ltype} on SQLite, {ptype} on PostgreSQL (want {want})")
            if lnotnull != pnotnull:
                problem(f"{t}.{name}: NOT NULL is {lnotnull} on SQLite, {pnotnull} on PostgreSQL")
            if (t, name) not in DYNAMIC_DEFAULTS and not same_default(ldefault, pdefault):
                problem(f"{t}.{name}: default {ldefault!r} on SQLite, {pdefault!r} on PostgreSQL")
            is_id = name == "id" and ltype == "INTEGER" and lnotnull
            if is_id != (ident == "d"):
                problem(f"{t}.{name}: identity BY DEFAULT expected only for the id columns")
        lcons, pcons = sqlite_constraints(db, t), pg_constraints(pg, t)
        constraints += len(lcons & pcons)
        for c in sorted(lcons ^ pcons):
            problem(f"{t}: constraint {c} only on {'SQLite' if c in lcons else 'PostgreSQL'}")
        lidx, pidx = sqlite_indexes(db, t), pg_indexes(pg, t)
        indexes += len(lidx & pidx)
        for i in sorted(lidx ^ pidx):
            problem(f"{t}: index {i} only on {'SQLite' if i in lidx else 'PostgreSQL'}")
    lite_trig, pg_trig = rule_triggers(db, pg)
    for table, trigger in sorted(lite_trig ^ pg_trig):
        if (table, trigger) != ("audit_log", "audit_log_no_truncate"):  # TRUNCATE skips rows
            problem(f"{table}: trigger {trigger} only on"
                    f" {'SQLite' if (table, trigger) in lite_trig else 'PostgreSQL'}")
    return tables, columns, constraints, indexes


# --- the same rows in both: the audit log -------------------------------------

def write_both(db, pg, script):
    """Runs the same statements on both, as the actor 'parity'; on PostgreSQL
    with no more rights than plandesk_editor's."""
    db.execute("UPDATE audit_context SET actor = 'parity'")
    db.executescript(script)
    db.execute("UPDATE audit_context SET actor = ''")
    pg.must(stdin="SET LOCAL ROLE plandesk_editor;\n"
            "SELECT set_config('plandesk.actor', 'parity', true);\n" + script)


def resync_ids(pg, tables):
    """After rows with explicit ids, as a copy from SQLite does: the next id follows them."""
    pg.must(stdin="".join(
        f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), coalesce(max(id), 0) + 1, false)"
        f" FROM {t};\n" for t in tables if t != "assessment_weights"))


def audit_rows(db, pg, after=(0, 0)):
    cols = "actor, table_name, row_id, action, before, after"
    lite = [tuple(r) for r in db.execute(
        f"SELECT {cols} FROM audit_log WHERE id > ? ORDER BY id", (after[0],))]
    post = [tuple(r.values()) for r in pg.rows(
        f"SELECT {cols} FROM audit_log WHERE id > {after[1]} ORDER BY id")]
    return lite, post


def last_audit_ids(db, pg):
    return (db.execute("SELECT max(id) FROM audit_log").fetchone()[0],
            pg.rows("SELECT max(id) AS id FROM audit_log")[0]["id"])


def compare_audit(db, pg, tables):
    """The log of the same changes is the same text in both, row for row."""
    lite, post = audit_rows(db, pg)
    keys = lambda text: [k for k, _ in json.loads(text, object_pairs_hook=lambda p: p)]
    for t in tables:
        if t == "audit_log":
            continue
        first = lambda rows: next((r for r in rows if r[1] == t and r[3] == "insert"), None)
        a, b = first(lite), first(post)
        if a is None or b is None:
            problem(f"{t}: no insert logged (SQLite {a is not None}, PostgreSQL {b is not None})")
        elif keys(a[5]) != keys(b[5]):
            problem(f"{t}: audit JSON keys {keys(a[5])} on SQLite, {keys(b[5])} on PostgreSQL")
    for r in sorted(set(lite) ^ set(post), key=repr):
        problem(f"audit row only on {'SQLite' if r in lite else 'PostgreSQL'}: {r}")
    stamp = r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"
    for (when,) in db.execute("SELECT changed_at FROM audit_log"):
        if not re.match(stamp, when):
            problem(f"SQLite audit_log changed_at looks wrong: {when}")
    for r in pg.rows("SELECT changed_at, db_user FROM audit_log"):
        if not re.match(stamp, r["changed_at"]) or r["db_user"] != "postgres":
            problem(f"PostgreSQL audit_log changed_at/db_user look wrong: {r}")
    return len(lite)


def compare_cascade_audit(db, pg, since):
    """Deleting a plan removes and logs the same rows. The order in which a
    cascade reaches the tables is each engine's own: PostgreSQL may unlink an
    action item from a task (ON DELETE SET NULL, an 'update') before the
    meeting's cascade deletes the item; SQLite got there first."""
    lite, post = audit_rows(db, pg, since)
    deleted = lambda rows: sorted((r[1], r[2]) for r in rows if r[3] == "delete")
    if deleted(lite) != deleted(post):
        problem(f"the cascade deleted {deleted(lite)} on SQLite, {deleted(post)} on PostgreSQL")
    for engine, rows in [("SQLite", lite), ("PostgreSQL", post)]:
        for r in rows:
            if r[3] == "update" and not (r[1] == "action_item" and '"task_id":null' in r[5]):
                problem(f"{engine}: the cascade logged an unexpected update {r}")
            elif r[3] == "update":
                print(f"note: {engine} unlinked action item {r[2]} before deleting it")
    return len(deleted(lite))


# --- rules ---------------------------------------------------------------------

def check_bad_rows(db, pg):
    rejected = 0
    for case in BAD_ROWS:
        what, sql, lite_name = case[:3]
        pg_name = case[3] if len(case) > 3 else lite_name
        db.execute("BEGIN")
        try:
            db.execute(sql)
            lite_error = None
        except sqlite3.Error as e:
            lite_error = str(e)
        db.execute("ROLLBACK")
        pg_error = pg.error_of(sql)
        ok_lite = lite_error is not None and re.search(rf"\b{re.escape(lite_name)}\b", lite_error)
        ok_pg = pg_error is not None and re.search(rf"\b{re.escape(pg_name)}\b", pg_error)
        if ok_lite and ok_pg:
            rejected += 1
        else:
            problem(f"bad row '{what}': SQLite said {lite_error!r}, PostgreSQL said {pg_error!r},"
                    f" both should name {lite_name}")
    for what, sql, name in STRICTER_ON_PG:
        pg_error = pg.error_of(sql)
        if pg_error is None or name not in pg_error:
            problem(f"'{what}': PostgreSQL said {pg_error!r}, should name {name}")
        else:
            print(f"note: {what}: SQLite takes it, PostgreSQL rejects it ({name})")
    return rejected


def real_date(text):
    """SQLite's date() takes any day up to 31 ('2019-02-29', '2020-04-31')."""
    try:
        datetime.date.fromisoformat(text)
        return True
    except ValueError:
        return False


def sql_literal(text):
    return "'" + text.replace("'", "''") + "'"


def check_dates_and_periods(db, pg):
    for kind, samples, lite_sql, pg_fn in [
            ("date", DATES, "SELECT date(?1) IS ?1", "plandesk_is_date"),
            ("period", PERIODS, "SELECT " + GLOB_PERIOD.replace("?", "?1"), "plandesk_is_period")]:
        pg_values = pg.rows(" UNION ALL ".join(
            f"SELECT {i} AS i, {pg_fn}({sql_literal(s)}) AS ok" for i, s in enumerate(samples)))
        pg_ok = {r["i"]: r["ok"] for r in pg_values}
        for i, s in enumerate(samples):
            lite = bool(db.execute(lite_sql, (s,)).fetchone()[0])
            want = lite and (kind != "date" or real_date(s))
            if lite != want:
                print(f"note: SQLite's date() takes {s!r}; PostgreSQL rejects it")
            if pg_ok[i] != want:
                problem(f"{kind} {s!r}: SQLite says {lite}, PostgreSQL says {pg_ok[i]}")
    return len(DATES) + len(PERIODS)


# --- PostgreSQL only: what the server enforces -----------------------------------

def check_roles(pg):
    expect = [
        ("an editor changes the log", "SET ROLE plandesk_editor; UPDATE audit_log SET actor = 'x'",
         "permission denied"),
        ("an editor changes the schema version",
         "SET ROLE plandesk_editor; UPDATE plandesk_schema SET version = 6", "permission denied"),
        ("a viewer adds a department",
         "SET ROLE plandesk_viewer; INSERT INTO department (name, kind) VALUES ('v', 'party')",
         "permission denied"),
        ("a viewer reads the log", "SET ROLE plandesk_viewer; SELECT count(*) FROM audit_log", None),
        ("the owner truncates the log", "TRUNCATE audit_log", "audit_log_is_append_only"),
    ]
    for what, sql, error in expect:
        got = pg.error_of(sql)
        if (got is None) != (error is None) or (error and error not in got):
            problem(f"PostgreSQL: {what}: expected {error or 'success'}, got {got or 'success'}")
    # An editor's change is logged through the triggers, under the actor the
    # transaction set and the login (not the role) as db_user.
    r = pg.run("SET ROLE plandesk_editor; SELECT set_config('plandesk.actor', 'ed', true);"
               " INSERT INTO department (name, kind) VALUES ('By editor', 'party')")
    if r.returncode != 0:
        problem("PostgreSQL: an editor cannot add a department: " + r.stderr.strip())
    logged = pg.rows("SELECT actor, action, db_user FROM audit_log WHERE table_name = 'department'"
                     " AND after LIKE '%By editor%'")
    if logged != [{"actor": "ed", "action": "insert", "db_user": "postgres"}]:
        problem(f"PostgreSQL: the editor's insert was logged as {logged}")
    version = pg.rows("SELECT application, version FROM plandesk_schema")
    if version != [{"application": "PlanDesk", "version": 5}]:
        problem(f"plandesk_schema holds {version}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="postgresql://user@host:port/database")
    parser.add_argument("root", help="the repository root")
    args = parser.parse_args()

    db = sqlite_ledger(args.root)
    name = f"plandesk_parity_{os.getpid()}_{int(time.time())}"
    admin = Postgres(args.url)
    admin.must(f"CREATE DATABASE {name}")
    tables, columns, constraints, indexes = [], 0, 0, 0
    rejected = audit = cascaded = samples = 0
    try:
        pg = Postgres(with_database(args.url, name))
        schema = os.path.join(args.root, "resources", "migrations", "postgresql", "005_schema.sql")
        with open(schema, encoding="utf-8") as f:
            pg.must(stdin=f.read())
        tables, columns, constraints, indexes = compare_structure(db, pg)
        write_both(db, pg, FIXTURE)
        resync_ids(pg, tables)
        rejected = check_bad_rows(db, pg)
        samples = check_dates_and_periods(db, pg)
        # Moving task 1 took its work item along.
        for where, group in [("SQLite", db.execute("SELECT group_id FROM task WHERE id = 2")
                              .fetchone()[0]),
                             ("PostgreSQL", pg.rows("SELECT group_id FROM task WHERE id = 2")[0]
                              ["group_id"])]:
            if group != 2:
                problem(f"{where}: the work item stayed in group {group}")
        audit = compare_audit(db, pg, tables)
        since = last_audit_ids(db, pg)
        write_both(db, pg, CASCADE)  # approved minutes go with their plan, in both
        cascaded = compare_cascade_audit(db, pg, since)
        for t in (t for t in tables if t != "audit_log"):  # the log: compared above
            a = db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            b = pg.rows(f"SELECT count(*) AS n FROM {t}")[0]["n"]
            if a != b:
                problem(f"{t}: {a} rows on SQLite, {b} on PostgreSQL after the same changes")
        check_roles(pg)
    except (RuntimeError, sqlite3.Error) as e:
        problem(f"stopped: {e}")
    finally:
        admin.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    print(f"parity: {len(tables)} tables, {columns} columns, {constraints} constraints,"
          f" {rejected} bad rows rejected by both")
    print(f"        {indexes} indexes, {audit} audit rows alike, {cascaded} rows deleted alike"
          f" by a cascade, {samples} dates and periods judged alike")
    if problems:
        print(f"{len(problems)} difference(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
