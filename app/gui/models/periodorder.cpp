#include "models/periodorder.h"

#include <algorithm>
#include <tuple>

#include "domain/period.h"

namespace PlanDesk {

bool periodLess(const QString &a, const QString &b)
{
    const std::optional<Period> pa = Period::parse(a);
    const std::optional<Period> pb = Period::parse(b);
    if (!pa || !pb)
        return pa ? true : (pb ? false : a < b);
    // Same last day: the shorter period (later first day) comes first.
    const auto key = [](const Period &p) {
        return std::make_tuple(p.lastDay().toJulianDay(), -p.firstDay().toJulianDay());
    };
    return key(*pa) < key(*pb);
}

QList<IndicatorValue> sortedByPeriod(QList<IndicatorValue> values)
{
    std::stable_sort(values.begin(), values.end(),
                     [](const IndicatorValue &a, const IndicatorValue &b) {
                         return periodLess(a.period, b.period);
                     });
    return values;
}

} // namespace PlanDesk
