#include "openpyxlreader.h"

#include <QJsonDocument>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

namespace {

const char script[] = R"(
import datetime, json, sys, zipfile
try:
    import openpyxl
except ImportError as e:
    sys.stderr.write("python3 has no openpyxl (apt-get install python3-openpyxl): %s" % e)
    sys.exit(3)  # NoOpenpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
def cell(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return ["b", "true" if v else "false", c.number_format]
    if isinstance(v, (int, float)):
        return ["n", repr(v), c.number_format]
    if isinstance(v, (datetime.datetime, datetime.date)):
        d = v.date() if isinstance(v, datetime.datetime) else v
        return ["d", d.isoformat(), c.number_format]
    return ["s", v, c.number_format]
rows = list(ws.iter_rows())
with zipfile.ZipFile(path) as z:
    xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
json.dump({
    "sheets": wb.sheetnames,
    "title": ws.title,
    "freeze": ws.freeze_panes,
    "filter": ws.auto_filter.ref,
    "bold": [bool(c.font.b) for c in rows[0]] if rows else [],
    "wrap": [[bool(c.alignment.wrap_text) for c in r] for r in rows],
    "widths": {k: d.width for k, d in ws.column_dimensions.items()},
    "rows": [[cell(c) for c in r] for r in rows],
    "xml": xml,
}, sys.stdout, ensure_ascii=False)
)";

} // namespace

namespace {

/// Exit code 3: this python3 has no openpyxl; another one may.
constexpr int NoOpenpyxl = 3;

OpenpyxlSheet runPython(const QString &python, const QString &path, int &exitCode)
{
    OpenpyxlSheet sheet;
    QProcess process;
    process.start(python, {u"-c"_s, QString::fromUtf8(script), path});
    exitCode = -1;
    if (!process.waitForStarted(30000)) {
        sheet.error = u"cannot run %1 to read %2 with openpyxl: %3"_s.arg(python, path,
                                                                          process.errorString());
        return sheet;
    }
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120000);
    exitCode = process.exitCode();
    if (!finished || process.exitStatus() != QProcess::NormalExit || exitCode != 0) {
        sheet.error = u"%1 with openpyxl could not read %2 (exit %3): %4"_s.arg(python, path)
                          .arg(exitCode)
                          .arg(QString::fromUtf8(process.readAllStandardError()));
        return sheet;
    }
    QJsonParseError parseError;
    sheet.data = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        sheet.error =
            u"openpyxl's reading of %1 is not JSON: %2"_s.arg(path, parseError.errorString());
    return sheet;
}

} // namespace

OpenpyxlSheet readWithOpenpyxl(const QString &path)
{
    // The first python3 on PATH may be a private one (pyenv, a venv)
    // without the distribution's python3-openpyxl; then try the system's.
    QStringList pythons {u"python3"_s, u"/usr/bin/python3"_s};
    if (const QString chosen = qEnvironmentVariable("PLANDESK_PYTHON"); !chosen.isEmpty())
        pythons.prepend(chosen);
    QStringList errors;
    for (const QString &python : pythons) {
        int exitCode = -1;
        OpenpyxlSheet sheet = runPython(python, path, exitCode);
        if (sheet.ok() || exitCode != NoOpenpyxl)
            return sheet;
        errors << sheet.error;
    }
    return {errors.join(u"; "_s), {}};
}

} // namespace PlanDesk::Testing
