#include "rules/taskstanding.h"

#include <utility>

#include "domain/period.h"

namespace PlanDesk {

Task taskAsOf(const Task &task, std::optional<qint64> leadDepartmentId,
              const QList<ProgressReport> &reports, const QDate &asOf)
{
    if (!leadDepartmentId)
        return task;
    bool reportedLater = false;
    const ProgressReport *standing = nullptr;
    QDate standingEnd;
    for (const ProgressReport &r : reports) {
        if (r.taskId != task.id || r.departmentId != *leadDepartmentId)
            continue;
        if (r.reportedOn > asOf) {
            reportedLater = true;
            continue;
        }
        const std::optional<Period> period = Period::parse(r.period);
        const QDate end = period ? period->lastDay() : r.reportedOn;
        // A month and its quarter end on the same day: the later report
        // stands, as TaskEdits::recordProgress decides.
        const bool later = standing
            && (end > standingEnd
                || (end == standingEnd
                    && std::pair(r.reportedOn, r.id)
                        > std::pair(standing->reportedOn, standing->id)));
        if (!standing || later) {
            standing = &r;
            standingEnd = end;
        }
    }
    if (!reportedLater)
        return task;
    Task past = task;
    past.percent = standing ? standing->percent : 0;
    past.status = standing ? standing->status : TaskStatus::NotStarted;
    return past;
}

QHash<qint64, QList<ProgressReport>> reportsByTask(const QList<ProgressReport> &reports)
{
    QHash<qint64, QList<ProgressReport>> byTask;
    for (const ProgressReport &r : reports)
        byTask[r.taskId] << r;
    return byTask;
}

} // namespace PlanDesk
