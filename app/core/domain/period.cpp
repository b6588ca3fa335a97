#include "domain/period.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// 0–9 for an ASCII digit, else -1.
int digit(QChar c)
{
    return c >= u'0' && c <= u'9' ? c.unicode() - u'0' : -1;
}

} // namespace

std::optional<Period> Period::parse(QStringView text)
{
    // "2019", "2019-H1", "2019-Q4", "2019-07", read by hand: the briefing
    // reads a period for every report and value (a regular expression was a
    // fifth of start-up on a plan with 100,000 reports).
    const QStringView t = text.trimmed();
    if ((t.size() != 4 && t.size() != 7) || (t[0] != u'1' && t[0] != u'2'))
        return std::nullopt;
    int year = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        const int d = digit(t[i]);
        if (d < 0)
            return std::nullopt;
        year = year * 10 + d;
    }
    if (t.size() == 4)
        return Period(Kind::Year, year, 1);
    if (t[4] != u'-')
        return std::nullopt;
    if (t[5] == u'H' || t[5] == u'Q') {
        const bool half = t[5] == u'H';
        const int index = digit(t[6]);
        if (index < 1 || index > (half ? 2 : 4))
            return std::nullopt;
        return Period(half ? Kind::Half : Kind::Quarter, year, index);
    }
    const int tens = digit(t[5]);
    const int ones = digit(t[6]);
    if (tens < 0 || ones < 0 || tens * 10 + ones < 1 || tens * 10 + ones > 12)
        return std::nullopt;
    return Period(Kind::Month, year, tens * 10 + ones);
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
