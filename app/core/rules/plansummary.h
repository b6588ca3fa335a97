#pragma once

#include <QDate>
#include <QMap>

#include "domain/entities.h"
#include "rules/pace.h"

namespace PlanDesk {

/// The key numbers of a plan on a date: the tasks by pace light, overdue
/// tasks, each indicator's latest value against its target, and the open and
/// overdue action items. What the dashboard and the briefing lead with.
struct PlanSummary
{
    struct IndicatorStanding
    {
        Indicator indicator;
        std::optional<IndicatorValue> latest; ///< the last period known on the date
        bool targetMet = false; ///< latest value satisfies the comparison
    };

    int tasks = 0; ///< top-level tasks and safeguard measures (not work items)
    QMap<PaceLight, int> byLight;
    int overdue = 0;
    QList<IndicatorStanding> indicators;
    int openActions = 0;
    int overdueActions = 0;
};

/// Counts only top-level tasks (work items are parts of them), as given: pass
/// them through taskAsOf() for a past date. Values count from their as-of
/// date (isKnownOn()); an action item is open until the day it was closed.
/// Leave out the action items of meetings held after `asOf`.
PlanSummary summarize(const QList<Task> &tasks, const QList<Indicator> &indicators,
                      const QList<IndicatorValue> &values, const QList<ActionItem> &actions,
                      const QDate &asOf);

/// Whether `value` meets `target` under `comparison` (exact decimals).
bool meetsTarget(Decimal value, Comparison comparison, Decimal target);

} // namespace PlanDesk
