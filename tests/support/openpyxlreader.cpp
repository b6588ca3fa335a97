#include "openpyxlreader.h"

#include <QJsonDocument>

#include "openpyxlpython.h"

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

} // namespace

OpenpyxlSheet readWithOpenpyxl(const QString &path)
{
    OpenpyxlSheet sheet;
    QByteArray out;
    if (!runOpenpyxl({u"-c"_s, QString::fromUtf8(script), path}, out, sheet.error))
        return sheet;
    QJsonParseError parseError;
    sheet.data = QJsonDocument::fromJson(out, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        sheet.error =
            u"openpyxl's reading of %1 is not JSON: %2"_s.arg(path, parseError.errorString());
    return sheet;
}

} // namespace PlanDesk::Testing
