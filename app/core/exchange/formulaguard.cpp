#include "exchange/formulaguard.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Whether the first character after the leading apostrophes starts a formula.
bool formulaAfterApostrophes(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i < text.size() && QStringView(u"=+-@\t\r").contains(text.at(i));
}

} // namespace

QString guardedCell(const QString &text)
{
    return formulaAfterApostrophes(text) ? u'\'' + text : text;
}

QString unguardedCell(const QString &text)
{
    if (text.startsWith(u'\'') && formulaAfterApostrophes(text))
        return text.mid(1);
    return text;
}

} // namespace PlanDesk
