#pragma once

#include <QList>
#include <QString>

#include "domain/entities.h"

namespace PlanDesk {

/// Chronological order of reporting periods as the office writes them
/// ("2019", "2019-H1", "2019-Q3", "2019-05"): by the period's last day, a
/// longer period after a shorter one ending the same day (2019-Q4, then
/// 2019). Text that is not a period sorts last, by its text.
bool periodLess(const QString &a, const QString &b);

/// `values` in periodLess() order. The database returns them in text order,
/// where the year "2019" comes before its own first quarter "2019-Q1".
QList<IndicatorValue> sortedByPeriod(QList<IndicatorValue> values);

} // namespace PlanDesk
