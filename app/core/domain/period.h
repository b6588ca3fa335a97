#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringView>

namespace PlanDesk {

/// A reporting period as the office writes it: a year "2018", a half "2018-H1",
/// a quarter "2018-Q2" or a month "2018-05".
class Period
{
public:
    enum class Kind { Year, Half, Quarter, Month };

    static std::optional<Period> parse(QStringView text);

    Kind kind() const { return m_kind; }
    int year() const { return m_year; }
    /// 1 for a year; 1–2 halves; 1–4 quarters; 1–12 months.
    int index() const { return m_index; }
    QDate firstDay() const;
    QDate lastDay() const;
    /// The period of the same kind that starts the day after this one ends.
    Period following() const;
    /// The period of `kind` that holds `date`.
    static Period containing(Kind kind, const QDate &date);
    QString toString() const;

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.m_kind == b.m_kind && a.m_year == b.m_year && a.m_index == b.m_index;
    }

private:
    Period(Kind kind, int year, int index)
        : m_kind(kind)
        , m_year(year)
        , m_index(index)
    {
    }
    int monthsLong() const;

    Kind m_kind;
    int m_year;
    int m_index;
};

} // namespace PlanDesk
