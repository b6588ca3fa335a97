#include "rules/pace.h"

#include <algorithm>

namespace PlanDesk {

namespace {

int expectedPercent(const QDate &start, const QDate &due, const QDate &asOf)
{
    const qint64 span = start.daysTo(due);
    const qint64 elapsed = std::clamp<qint64>(start.daysTo(asOf), 0, span);
    if (span <= 0)
        return asOf >= start ? 100 : 0;
    return static_cast<int>((elapsed * 100 + span / 2) / span); // rounded, in integers
}

} // namespace

PaceAssessment assessPace(const Task &task, const QDate &asOf)
{
    PaceAssessment result;
    result.expectedPercent = expectedPercent(task.startOn, task.dueOn, asOf);
    result.behindBy = result.expectedPercent - task.percent;
    const bool done = task.status == TaskStatus::Done || task.percent >= 100;
    result.overdue = !done && asOf > task.dueOn;
    if (done)
        result.light = PaceLight::Done;
    else if (asOf < task.startOn)
        result.light = PaceLight::NotStarted;
    else if (result.overdue || result.behindBy > 30)
        result.light = PaceLight::Red;
    else if (result.behindBy >= 10)
        result.light = PaceLight::Yellow;
    else
        result.light = PaceLight::Green;
    return result;
}

} // namespace PlanDesk
