#include "rules/plansummary.h"

#include "rules/indicatorpace.h"

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
    for (const IndicatorPace &pace : assessIndicators(indicators, values, asOf)) {
        summary.indicators << PlanSummary::IndicatorStanding {pace.indicator, pace.latest,
                                                              pace.targetMet};
    }
    for (const ActionItem &a : actions) {
        if (a.closedOn.isValid() && a.closedOn <= asOf)
            continue;
        ++summary.openActions;
        if (a.dueOn < asOf)
            ++summary.overdueActions;
    }
    return summary;
}

} // namespace PlanDesk
