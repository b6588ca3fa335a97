#include "domain/period.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

std::optional<Period> Period::parse(QStringView text)
{
    static const QRegularExpression pattern(u"^([12]\\d{3})(?:-(?:([HQ])(\\d)|(\\d{2})))?$"_s);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (m.capturedLength(2) > 0) {
        const int index = m.captured(3).toInt();
        const bool half = m.captured(2) == u"H";
        if (index < 1 || index > (half ? 2 : 4))
            return std::nullopt;
        return Period(half ? Kind::Half : Kind::Quarter, year, index);
    }
    if (m.capturedLength(4) > 0) {
        const int month = m.captured(4).toInt();
        if (month < 1 || month > 12)
            return std::nullopt;
        return Period(Kind::Month, year, month);
    }
    return Period(Kind::Year, year, 1);
}

int Period::monthsLong() const
{
    switch (m_kind) {
    case Kind::Year:
        return 12;
    case Kind::Half:
        return 6;
    case Kind::Quarter:
        return 3;
    case Kind::Month:
        return 1;
    }
    return 12;
}

QDate Period::firstDay() const
{
    return QDate(m_year, (m_index - 1) * monthsLong() + 1, 1);
}

QDate Period::lastDay() const
{
    return firstDay().addMonths(monthsLong()).addDays(-1);
}

Period Period::following() const
{
    return containing(m_kind, lastDay().addDays(1));
}

Period Period::containing(Kind kind, const QDate &date)
{
    Period p(kind, date.year(), 1);
    p.m_index = (date.month() - 1) / p.monthsLong() + 1;
    return p;
}

QString Period::toString() const
{
    switch (m_kind) {
    case Kind::Year:
        return QString::number(m_year);
    case Kind::Half:
        return u"%1-H%2"_s.arg(m_year).arg(m_index);
    case Kind::Quarter:
        return u"%1-Q%2"_s.arg(m_year).arg(m_index);
    case Kind::Month:
        return u"%1-%2"_s.arg(m_year).arg(m_index, 2, 10, QChar(u'0'));
    }
    return {};
}

} // namespace PlanDesk
