#include "rules/plansummary.h"

#include "domain/period.h"

namespace PlanDesk {

bool meetsTarget(Decimal value, Comparison comparison, Decimal target)
{
    switch (comparison) {
    case Comparison::Greater:
        return target < value;
    case Comparison::GreaterOrEqual:
        return !(value < target);
    case Comparison::LessOrEqual:
        return !(target < value);
    case Comparison::Less:
        return value < target;
    }
    return false;
}

PlanSummary summarize(const QList<Task> &tasks, const QList<Indicator> &indicators,
                      const QList<IndicatorValue> &values, const QList<ActionItem> &actions,
                      const QDate &asOf)
{
    PlanSummary summary;
    for (const Task &task : tasks) {
        if (task.parentId)
            continue;
        ++summary.tasks;
        const PaceAssessment pace = assessPace(task, asOf);
        ++summary.byLight[pace.light];
        if (pace.overdue)
            ++summary.overdue;
    }
    for (const Indicator &indicator : indicators) {
        PlanSummary::IndicatorStanding standing {indicator, std::nullopt, false};
        QDate latestEnd;
        for (const IndicatorValue &v : values) {
            const std::optional<Period> period = Period::parse(v.period);
            if (v.indicatorId != indicator.id || !period || period->firstDay() > asOf)
                continue;
            if (!latestEnd.isValid() || period->lastDay() > latestEnd) {
                latestEnd = period->lastDay();
                standing.latest = v;
            }
        }
        standing.targetMet = standing.latest
            && meetsTarget(standing.latest->value, indicator.comparison, indicator.targetValue);
        summary.indicators << standing;
    }
    for (const ActionItem &a : actions) {
        const bool open = a.status == ActionStatus::Open || a.status == ActionStatus::InProgress;
        if (!open)
            continue;
        ++summary.openActions;
        if (a.dueOn < asOf)
            ++summary.overdueActions;
    }
    return summary;
}

} // namespace PlanDesk
