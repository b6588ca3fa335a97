#include "rules/decisiontext.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

QString decisionText(const QString &minutesText)
{
    static const QRegularExpression numbering(
        u"^\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d+[、.．])\\s*"_s);
    return minutesText.trimmed().remove(numbering).trimmed();
}

std::optional<qint64> departmentNamedIn(const QString &text, const QList<Department> &departments)
{
    std::optional<qint64> found;
    qsizetype foundAt = -1;
    qsizetype foundLength = 0;
    for (const Department &d : departments) {
        for (const QString &name : {d.name, d.shortName}) {
            if (name.trimmed().isEmpty())
                continue;
            const qsizetype at = text.indexOf(name);
            if (at < 0)
                continue;
            if (!found || at < foundAt || (at == foundAt && name.size() > foundLength)) {
                found = d.id;
                foundAt = at;
                foundLength = name.size();
            }
        }
    }
    return found;
}

} // namespace PlanDesk
