#include "rules/pace.h"

#include <algorithm>

namespace PlanDesk {

PaceAssessment assessPace(const Task &task, const QDate &asOf)
{
    PaceAssessment result;
    const bool done = task.status == TaskStatus::Done || task.percent >= 100;
    result.overdue = !done && asOf > task.dueOn;

    // Expected share = elapsed / span. All comparisons stay in integers scaled
    // by the span, so 9.9 points behind is green, not rounded up to 10.
    const qint64 span = std::max<qint64>(task.startOn.daysTo(task.dueOn), 0);
    const qint64 scale = std::max<qint64>(span, 1);
    const qint64 elapsed = span > 0 ? std::clamp<qint64>(task.startOn.daysTo(asOf), 0, span)
                                    : (asOf >= task.startOn ? 1 : 0); // a one-day task
    const qint64 expectedScaled = elapsed * 100; // percent × scale
    const qint64 shortfall = expectedScaled - qint64(task.percent) * scale;
    result.expectedPercent = static_cast<int>((expectedScaled + scale / 2) / scale);
    result.behindBy = result.expectedPercent - task.percent;

    if (done)
        result.light = PaceLight::Done;
    else if (asOf < task.startOn)
        result.light = PaceLight::NotStarted;
    else if (result.overdue || shortfall > 30 * scale)
        result.light = PaceLight::Red;
    else if (shortfall >= 10 * scale)
        result.light = PaceLight::Yellow;
    else
        result.light = PaceLight::Green;
    return result;
}

} // namespace PlanDesk
