#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include "domain/decimal.h"

namespace PlanDesk {

/// One cell of an export. Numbers keep their exact decimal text, so 4.2
/// stays 4.2 and 100000 never turns into 1e+05 on the way to CSV or JSON.
/// Dates are ISO 8601 text that CSV and JSON write as any text; the kind
/// lets .xlsx store them as real dates.
class ExportValue
{
public:
    enum class Kind { Null, Text, Number, Boolean, List, Date };

    ExportValue() = default;
    ExportValue(const QString &text)
        : m_kind(Kind::Text)
        , m_text(text)
    {
    }
    static ExportValue number(qint64 value);
    static ExportValue number(Decimal value);
    static ExportValue number(const std::optional<Decimal> &value);
    static ExportValue number(const std::optional<int> &value);
    static ExportValue boolean(bool value);
    static ExportValue list(const QStringList &items);
    /// ISO 8601 text of kind Date, or null for an invalid date.
    static ExportValue date(const QDate &date);

    Kind kind() const { return m_kind; }
    /// The text, the number's decimal digits, "true"/"false" or the ISO date.
    const QString &text() const { return m_text; }
    const QStringList &items() const { return m_items; }

private:
    ExportValue(Kind kind, QString text)
        : m_kind(kind)
        , m_text(std::move(text))
    {
    }

    Kind m_kind = Kind::Null;
    QString m_text;
    QStringList m_items;
};

using ExportRow = QHash<QString, ExportValue>;

/// Rows ready to be written as CSV or JSON, with the column order.
struct ExportTable
{
    QStringList columns;
    QList<ExportRow> rows;
};

} // namespace PlanDesk
