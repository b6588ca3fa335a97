#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include "domain/entities.h"
#include "exchange/columnmap.h"
#include "exchange/importpreview.h"
#include "util/result.h"

namespace PlanDesk {

class Database;
class RowCheck;

/// Checks rows of indicator values (指标数值) against a plan's indicators: the
/// indicator by code (or name), the period, the value — exact, in the
/// indicator's unit, not negative, a percentage no more than 100, and not
/// wildly out of scale with the target — the source and the as-of date.
class ValueRows
{
    Q_DECLARE_TR_FUNCTIONS(ValueRows)

public:
    /// A value more than this many times the target is taken for a slip of
    /// unit (万 typed as 个) and refused.
    static constexpr int ScaleLimit = 1000;

    static Result<ValueRows> read(Database &db, qint64 planId, const QDate &today);
    void check(const ColumnMap &file, ImportPreview &preview);

private:
    void checkRow(const ColumnMap &file, const SheetRow &row, ImportPreview &preview);
    std::optional<Decimal> value(RowCheck &check, const Indicator &indicator) const;

    QDate m_today;
    QHash<QString, Indicator> m_indicators; ///< by code, and by name
    QHash<QPair<qint64, QString>, IndicatorValue> m_existing; ///< (indicator, period)
    QHash<QPair<qint64, QString>, QString> m_seen;
};

} // namespace PlanDesk
