#!/usr/bin/python3
"""Fails when SQL text is assembled at run time, or SQL appears outside the
layers allowed to hold it.

Usage: check_sql_strings.py ROOT [--allow DIR ...] [FILE_OR_DIR ...]

Rules (each finding prints file:line, the rule and the offending text):
  built     a string literal holding SQL joined with a non-literal: operator +,
            +=, %, .arg(), .append()/.prepend()/.replace()/.insert(), asprintf,
            sprintf; or a variable first set from such a literal and changed later.
  argument  the SQL argument of an SQL call (Database::exec/scalar/write,
            QSqlQuery::prepare/exec, sqlite3_exec/sqlite3_prepare*, and any
            function with a parameter named `sql`) that is not made only of
            literals, literal-only macros and literal-only named constants.
  outside   a literal holding SQL outside the allowed folders.
  marker    a marker with no reason, or one that excuses nothing.

A line may be excused with `// sql-from-parts: <why it is safe>` on the line
itself or alone on the line above; every accepted marker is listed.
"""
import os
import re
import sys

SQL_WORDS = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|PRAGMA|VACUUM|ATTACH|WHERE)\b")
MARKER = re.compile(r"sql-from-parts:(.*)")
BUILDERS = {"arg", "append", "prepend", "replace", "insert", "asprintf", "vasprintf",
            "sprintf", "snprintf", "format", "fromStdString", "number", "join"}
# Calls that only re-type a constant string; they do not build anything.
WRAPPERS = {"QStringView", "QString", "QStringLiteral", "QLatin1String", "QLatin1StringView",
            "QByteArray", "QByteArrayLiteral", "toString", "fromUtf8", "fromLatin1",
            "fromUtf16", "toUtf8", "constData", "data", "c_str", "toStdString", "std",
            "string", "u16string", "QUtf8StringView", "at", "first", "last", "constFirst"}
SQL_METHODS = {"exec", "prepare", "scalar", "write"}
SQL_RECEIVER = re.compile(r"(?i)^(m_)?(\w*db|\w*database|\w*query|q|connection)$")
C_API = {"sqlite3_exec": 1, "sqlite3_prepare": 1, "sqlite3_prepare_v2": 1,
         "sqlite3_prepare_v3": 1, "sqlite3_prepare16_v2": 1}

TOKEN = re.compile(
    r"""(?P<comment>//[^\n]*|/\*.*?\*/)
      | (?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^(\s]*)\((?:.|\n)*?\)(?P=delim)")
      | (?P<str>(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*"(?:_s|_L1|_ba|_qs)?)
      | (?P<chr>(?:u8|u|U|L)?'(?:\\.|[^'\\\n])*')
      | (?P<pp>^[ \t]*\#(?:[^\n\\]|\\.)*)
      | (?P<id>[A-Za-z_]\w*)
      | (?P<num>\d[\w.']*)
      | (?P<op>->|::|\+=|\+\+|<<|==|!=|<=|>=|&&|\|\||.)
    """, re.S | re.M | re.X)


class Tok:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line

    def value(self):
        """The characters a string literal holds."""
        t = self.text
        start = t.index('"')
        if self.kind == "raw":
            delim = t[start + 1:t.index("(", start)]
            return t[t.index("(", start) + 1:len(t) - len(delim) - 2]
        return t[start + 1:t.rindex('"')]


def lex(text):
    toks, markers, line = [], {}, 1
    for m in TOKEN.finditer(text):
        kind = m.lastgroup if m.lastgroup != "delim" else "raw"
        for name in ("comment", "raw", "str", "chr", "pp", "id", "num", "op"):
            if m.group(name) is not None:
                kind = name
                break
        s = m.group(0)
        if kind == "comment":
            mk = MARKER.search(s)
            if mk:
                alone = text.rfind("\n", 0, m.start()) + 1
                own_line = text[alone:m.start()].strip() == ""
                markers[line + 1 if own_line else line] = (line, mk.group(1).strip())
        elif kind == "pp":
            pm = re.match(r"\s*#\s*define\s+(\w+)(.*)", s, re.S)
            if pm:
                toks.append(Tok("define", pm.group(1), line))
                body = [t for t in lex(pm.group(2).replace("\\\n", " \n"))[0]]
                for t in body:
                    t.line += line - 1
                toks.append(body)
        elif not s.isspace():
            toks.append(Tok(kind, s, line))
        line += s.count("\n")
    return toks, markers


def is_lit(t):
    return isinstance(t, Tok) and t.kind in ("str", "raw")


def is_sql(t):
    return is_lit(t) and SQL_WORDS.search(t.value()) is not None


class File:
    def __init__(self, path, shown, allowed):
        self.path, self.shown, self.allowed = path, shown, allowed
        with open(path, encoding="utf-8", errors="replace") as f:
            raw, self.markers = lex(f.read())
        self.lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
        self.macros = {}
        self.toks = []
        i = 0
        while i < len(raw):
            t = raw[i]
            if isinstance(t, Tok) and t.kind == "define":
                self.macros[t.text] = raw[i + 1]
                i += 2
                continue
            self.toks.append(t)
            i += 1
        self.findings = []
        self.used = set()

    def text_at(self, line):
        return self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""

    def report(self, line, rule, why):
        if line in self.markers and self.markers[line][1]:
            self.used.add(line)
            return
        if not any(l == line and r == rule for l, r, _ in self.findings):
            self.findings.append((line, rule, why))


def literal_macro(body, macros):
    return bool(body) and all(
        is_lit(t) or (t.kind == "id" and t.text in macros and literal_macro(macros[t.text], macros))
        for t in body)


def split_args(toks, open_index):
    """The top-level arguments of the call whose '(' is at open_index."""
    depth, args, cur = 0, [], []
    for j in range(open_index + 1, len(toks)):
        t = toks[j]
        if t.kind == "op" and t.text in "([{":
            depth += 1
        elif t.kind == "op" and t.text in ")]}":
            if depth == 0:
                args.append(cur)
                return args, j
            depth -= 1
        elif t.kind == "op" and t.text == "," and depth == 0:
            args.append(cur)
            cur = []
            continue
        cur.append(t)
    return args, len(toks)


def skip_lambdas(toks):
    """Drops lambda bodies: `[...](...) {...}` holds code, not data."""
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "op" and t.text == "[" and (not out or out[-1].text in "{,(="):
            depth, j = 0, i
            seen_body = False
            while j < len(toks):
                x = toks[j]
                if x.kind == "op" and x.text in "([{":
                    depth += 1
                elif x.kind == "op" and x.text in ")]}":
                    depth -= 1
                    if depth == 0 and x.text == "}":
                        seen_body = True
                        break
                j += 1
            if seen_body:
                i = j + 1
                continue
        out.append(t)
        i += 1
    return out


class Checker:
    def __init__(self, files):
        self.files = files
        self.sql_functions = {}  # name -> index of its `sql` parameter
        for f in files:
            self.find_sql_functions(f)

    def find_sql_functions(self, f):
        toks = f.toks
        for i, t in enumerate(toks):
            if t.kind == "id" and i + 1 < len(toks) and toks[i + 1].text == "(":
                args, _ = split_args(toks, i + 1)
                for n, a in enumerate(args):
                    names = [x.text for x in a if x.kind == "id"]
                    if len(names) >= 2 and names[-1] == "sql" and (
                            {"QString", "char", "QStringView", "QLatin1String"} & set(names)) \
                            and t.text not in SQL_METHODS:
                        self.sql_functions[t.text] = (n, len(args))

    def constants(self, f):
        """Names bound only to literals: constants, tables of them, loop variables over them."""
        toks, names = f.toks, {m for m, b in f.macros.items() if literal_macro(b, f.macros)}
        changed = True
        while changed:
            changed = False
            for i, t in enumerate(toks):
                if t.kind != "id" or t.text in names or i + 1 >= len(toks):
                    continue
                # const NAME = ...; / const T NAME[] = {...}; / const T NAME{...};
                j = i + 1
                if toks[j].text == "[":
                    while j < len(toks) and toks[j].text != "]":
                        j += 1
                    j += 1
                if j >= len(toks) or toks[j].text not in ("=", "{"):
                    continue
                h = i - 1
                while h >= 0 and i - h < 24 and toks[h].text not in (";", "{", "}", "("):
                    h -= 1
                head = [x.text for x in toks[h + 1:i]]
                if "const" not in head and "constexpr" not in head:
                    continue
                k, depth, init = j + (1 if toks[j].text == "=" else 0), 0, []
                while k < len(toks) and not (depth == 0 and toks[k].text in (";", ")")):
                    if toks[k].text in "([{":
                        depth += 1
                    elif toks[k].text in ")]}":
                        depth -= 1
                    init.append(toks[k])
                    k += 1
                if self.literal_only(init, names, allow_structs=True):
                    names.add(t.text)
                    changed = True
            # for (const auto &x : TABLE) / for (const auto &[a, b] : {...})
            for i, t in enumerate(toks):
                if t.text == "for" and i + 1 < len(toks) and toks[i + 1].text == "(":
                    args, close = split_args(toks, i + 1)
                    inner = toks[i + 2:close]
                    colon = [n for n, x in enumerate(inner) if x.text == ":"]
                    if not colon:
                        continue
                    bound = [x.text for x in inner[:colon[0]] if x.kind == "id"]
                    if self.literal_only(inner[colon[0] + 1:], names, allow_structs=True):
                        fresh = {b for b in bound[-2:] if b not in ("const", "auto")} - names
                        if "[" in [x.text for x in inner[:colon[0]]]:
                            start = [x.text for x in inner].index("[")
                            fresh = {x.text for x in inner[start:colon[0]] if x.kind == "id"}
                        else:
                            fresh = {bound[-1]}
                        if fresh - names:
                            names |= fresh
                            changed = True
        return names

    def literal_only(self, expr, names, allow_structs=False):
        expr = skip_lambdas(expr)
        if not expr:
            return False
        has_text = False
        for n, x in enumerate(expr):
            if is_lit(x):
                has_text = True
            elif x.kind == "id":
                prev = expr[n - 1].text if n else ""
                nxt = expr[n + 1].text if n + 1 < len(expr) else ""
                if x.text in names:
                    has_text = True
                elif x.text in BUILDERS and nxt == "(":
                    return False
                elif prev in (".", "->", "::") or x.text in WRAPPERS:
                    continue
                elif x.text in ("nullptr", "true", "false", "const", "auto"):
                    continue
                elif self.inside_index(expr, n):
                    continue
                else:
                    return False
            elif x.kind == "num" or x.kind == "chr":
                continue
            elif x.kind == "op" and x.text in ("+", "%", "+=", "<<"):
                if not self.inside_index(expr, n):
                    return False
            elif x.kind == "op" and x.text in ("{", "}", ",") and not allow_structs:
                return False
        return has_text

    @staticmethod
    def inside_index(expr, n):
        depth = 0
        for x in expr[:n]:
            if x.text == "[":
                depth += 1
            elif x.text == "]":
                depth -= 1
        return depth > 0

    def check(self, f):
        toks = f.toks
        consts = self.constants(f)
        # Trusted pass-through: the file takes a parameter named `sql` and never assigns one.
        assigns_sql = any(t.text == "sql" and i + 1 < len(toks) and toks[i + 1].text in ("=", "+=")
                          for i, t in enumerate(toks))
        sql_vars = {}
        for i, t in enumerate(toks):
            if is_sql(t):
                self.check_built(f, toks, i, sql_vars)
                if not f.allowed:
                    f.report(t.line, "outside", "SQL outside the repositories: " + t.text[:70])
            elif t.kind == "id" and t.text in sql_vars and i + 1 < len(toks):
                nxt = toks[i + 1].text
                if nxt == "+=" or (nxt == "." and i + 2 < len(toks) and toks[i + 2].text in BUILDERS):
                    f.report(t.line, "built",
                             "SQL variable '%s' changed at run time: %s" % (t.text, f.text_at(t.line)))
            if t.kind == "id" and i + 1 < len(toks) and toks[i + 1].text == "(":
                index = self.sql_argument_index(toks, i)
                if index is None:
                    continue
                args, _ = split_args(toks, i + 1)
                if index >= len(args) or not args[index]:
                    continue
                arg = args[index]
                names = [x.text for x in arg if x.kind == "id"]
                if len(names) >= 2 and names[-1] == "sql":
                    continue  # the declaration itself
                if [x.text for x in arg] == ["sql"] and "sql" not in consts:
                    if not assigns_sql and self.takes_sql_parameter(f):
                        continue
                if self.literal_only(arg, consts):
                    continue
                f.report(arg[0].line, "argument", "SQL argument of %s() is not a literal: %s"
                         % (t.text, " ".join(x.text for x in arg)[:90]))
        for line, (at, why) in f.markers.items():
            if not why:
                f.findings.append((at, "marker", "sql-from-parts marker without a reason"))
            elif line not in f.used:
                f.findings.append((at, "marker", "sql-from-parts marker excuses nothing here"))

    def takes_sql_parameter(self, f):
        toks = f.toks
        for i, t in enumerate(toks):
            if t.text == "sql" and i > 0 and toks[i - 1].text in ("&", "*") and i >= 2 and \
                    toks[i - 2].text in ("QString", "char", "QStringView", "QLatin1String"):
                return True
        return False

    def sql_argument_index(self, toks, i):
        name = toks[i].text
        if name in C_API:
            return C_API[name]
        prev = toks[i - 1].text if i else ""
        if name in SQL_METHODS and prev in (".", "->"):
            j = i - 2
            if j >= 0 and toks[j].text == ")":  # database().exec(
                depth = 0
                while j >= 0:
                    if toks[j].text == ")":
                        depth += 1
                    elif toks[j].text == "(":
                        depth -= 1
                        if depth == 0:
                            break
                    j -= 1
                j -= 1
            if j >= 0 and toks[j].kind == "id" and SQL_RECEIVER.match(toks[j].text):
                return 0
            return None
        if name in self.sql_functions and prev not in (".", "->"):
            index, count = self.sql_functions[name]
            args, _ = split_args(toks, i + 1)
            if len(args) == count:  # not an unrelated overload (QHash::insert)
                return index
        return None

    def check_built(self, f, toks, i, sql_vars):
        t = toks[i]
        # Forward over adjacent literals, literal macros, closing wrappers.
        j = i + 1
        while j < len(toks) and (is_lit(toks[j]) or toks[j].text == ")" or (
                toks[j].kind == "id" and toks[j].text in f.macros)):
            j += 1
        if j < len(toks):
            x = toks[j]
            if x.text in ("+", "%", "+=") and not self.literal_operand(toks, j + 1, f):
                f.report(x.line, "built", "SQL joined with '%s': %s" % (x.text, f.text_at(x.line)))
            elif x.text == "." and j + 1 < len(toks) and toks[j + 1].text in BUILDERS:
                f.report(toks[j + 1].line, "built",
                         "SQL built with .%s(): %s" % (toks[j + 1].text, f.text_at(toks[j + 1].line)))
        # Backward over opening wrappers and adjacent literals.
        k = i - 1
        while k >= 0 and (is_lit(toks[k]) or toks[k].text == "(" and k > 0 and toks[k - 1].text in WRAPPERS
                          or toks[k].text in WRAPPERS or toks[k].text == "::"
                          or (toks[k].kind == "id" and toks[k].text in f.macros)):
            k -= 1
        if k >= 0:
            x = toks[k]
            if x.text in ("+", "%", "+=") and not self.literal_before(toks, k - 1):
                f.report(x.line, "built", "SQL joined with '%s': %s" % (x.text, f.text_at(x.line)))
            elif x.text in ("(", ",") and k > 0 and toks[k - 1].text in BUILDERS:
                f.report(x.line, "built",
                         "SQL built with %s(): %s" % (toks[k - 1].text, f.text_at(x.line)))
            elif x.text == "(" and k > 0 and toks[k - 1].text in BUILDERS:
                pass
            elif x.text == "=" and k > 0 and toks[k - 1].kind == "id":
                sql_vars[toks[k - 1].text] = t.line
        # An SQL literal passed anywhere inside a printf-style call.
        depth, m = 0, i - 1
        while m >= 0 and toks[m].text not in (";", "{", "}"):
            if toks[m].text == ")":
                depth += 1
            elif toks[m].text == "(":
                if depth == 0 and m > 0 and toks[m - 1].text in ("asprintf", "sprintf", "snprintf",
                                                                 "vasprintf", "format"):
                    f.report(t.line, "built", "SQL formatted with %s(): %s"
                             % (toks[m - 1].text, f.text_at(t.line)))
                    break
                depth = max(0, depth - 1)
            m -= 1

    @staticmethod
    def literal_operand(toks, j, f):
        while j < len(toks) and (toks[j].text in WRAPPERS or toks[j].text in ("(", "::")):
            j += 1
        if j >= len(toks) or not is_lit(toks[j]):
            return False
        while j < len(toks) and (is_lit(toks[j]) or toks[j].text == ")"):
            j += 1
        return j >= len(toks) or toks[j].text not in (".", "+", "%")

    @staticmethod
    def literal_before(toks, k):
        while k >= 0 and toks[k].text in (")",):
            k -= 1
        return k >= 0 and is_lit(toks[k]) and not (k > 0 and toks[k - 1].text in ("+", "%"))


def collect(root, targets):
    out = []
    for target in targets:
        path = os.path.join(root, target) if not os.path.isabs(target) else target
        if os.path.isfile(path):
            out.append(path)
            continue
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith((".cpp", ".h")):
                    out.append(os.path.join(dirpath, name))
    return out


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    root, allow, targets, rest = os.path.abspath(argv[1]), [], [], argv[2:]
    while rest:
        if rest[0] == "--allow":
            allow.append(os.path.normpath(rest[1]))
            rest = rest[2:]
        else:
            targets.append(rest[0])
            rest = rest[1:]
    if not allow:
        allow = ["app/core/repositories", "app/core/database", "app/bench"]
    if not targets:
        targets = ["app"]
    files = []
    for path in collect(root, targets):
        shown = os.path.relpath(path, root)
        allowed = any(shown == a or shown.startswith(a + os.sep) for a in allow)
        files.append(File(path, shown, allowed))
    checker = Checker(files)
    findings = accepted = 0
    for f in files:
        checker.check(f)
        for line in sorted(f.used):
            at, why = f.markers[line]
            print("accepted %s:%d: sql-from-parts: %s" % (f.shown, at, why))
            accepted += 1
        for line, rule, why in sorted(f.findings):
            print("%s:%d: [%s] %s" % (f.shown, line, rule, why))
            findings += 1
    print("%d file(s) checked, %d finding(s), %d marker(s) accepted"
          % (len(files), findings, accepted))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
