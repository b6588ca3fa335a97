#include "xlsxreadback.h"

#include <QJsonDocument>

#include "openpyxlpython.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

QJsonObject readXlsxBack(const QString &path, QString &error)
{
    QByteArray out;
    if (!runOpenpyxl({QString::fromUtf8(PLANDESK_FIXTURES_DIR) + u"/xlsx/read_template.py"_s, path},
                     out, error))
        return {};
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parse);
    if (parse.error != QJsonParseError::NoError)
        error = u"read_template.py printed no JSON: "_s + parse.errorString();
    return doc.object();
}

} // namespace PlanDesk::Testing
