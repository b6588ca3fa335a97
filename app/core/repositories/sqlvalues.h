#pragma once

// Conversions between domain values and what SQLite stores; used by the
// repositories only.

#include <optional>

#include <QDate>
#include <QVariant>

#include "domain/decimal.h"

namespace PlanDesk::Sql {

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}
inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline QVariant decimal(Decimal d)
{
    return QVariant(d.units());
}
inline QVariant decimal(const std::optional<Decimal> &d)
{
    return d ? QVariant(d->units()) : QVariant(QMetaType::fromType<qint64>());
}
inline std::optional<Decimal> toOptionalDecimal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(Decimal::fromUnits(v.toLongLong()));
}
template<typename T> QVariant optional(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}
inline std::optional<qint64> toOptionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}
inline std::optional<int> toOptionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toInt());
}
inline QVariant text(const QString &s)
{
    // A null QString would bind as SQL NULL and trip NOT NULL columns.
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace PlanDesk::Sql
