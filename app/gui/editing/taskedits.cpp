#include "editing/taskedits.h"

#include <memory>

#include "database/database.h"
#include "database/transactionguard.h"
#include "domain/period.h"
#include "editing/versionededit.h"
#include "editing/workspace.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Everything that goes when a work item is deleted, to put back on undo.
struct WorkItemSnapshot
{
    Task item;
    QList<Assignment> assignments;
    QList<ProgressReport> reports;
    QList<ActionItem> linkedActions;
};

Result<WorkItemSnapshot> snapshot(Database &db, qint64 itemId)
{
    WorkItemSnapshot s;
    Result<Task> item = TaskRepository(db).task(itemId);
    if (!item)
        return Result<WorkItemSnapshot>::failure(item.error());
    s.item = *item;
    Result<QList<Assignment>> assignments = TaskRepository(db).assignments(itemId);
    Result<QList<ProgressReport>> reports = ProgressRepository(db).reportsForTask(itemId);
    Result<QList<ActionItem>> actions = MeetingRepository(db).actionItemsForPlan(item->planId);
    if (!assignments || !reports || !actions)
        return Result<WorkItemSnapshot>::failure(!assignments   ? assignments.error()
                                                     : !reports ? reports.error()
                                                                : actions.error());
    s.assignments = *assignments;
    s.reports = *reports;
    for (const ActionItem &a : *actions) {
        if (a.taskId == itemId)
            s.linkedActions << a;
    }
    return s;
}

/// Puts a deleted work item back. The action items it re-links are saved
/// under their versions, which `s` then holds anew for the next undo.
Status restore(Database &db, WorkItemSnapshot &s)
{
    QList<qint64> versions;
    const Status restored = atomically(db, [&]() -> Status {
        if (Result<qint64> id = TaskRepository(db).create(s.item); !id)
            return Status::fromResult(id);
        if (!s.assignments.isEmpty()) {
            if (Status st = TaskRepository(db).setAssignments(s.item.id, s.assignments); !st)
                return st;
        }
        for (const ProgressReport &r : s.reports) {
            if (Result<qint64> id = ProgressRepository(db).create(r); !id)
                return Status::fromResult(id);
        }
        for (const ActionItem &a : s.linkedActions) {
            const Saved<ActionItem> saved = MeetingRepository(db).updateActionItem(a);
            if (!saved)
                return saved.status();
            versions << saved.version();
        }
        return {};
    });
    if (restored) {
        for (qsizetype i = 0; i < versions.size(); ++i)
            s.linkedActions[i].rowVersion = versions.at(i);
    }
    return restored;
}

} // namespace

Result<qint64> TaskEdits::addWorkItem(Workspace &workspace, const Task &item,
                                      qint64 leadDepartmentId)
{
    Database &db = workspace.database();
    // The first run picks the id; redo re-creates the item under the same id.
    auto created = std::make_shared<Task>(item);
    const Status s = workspace.perform(
        tr("Add work item “%1”").arg(item.title),
        [&db, created, leadDepartmentId]() -> Status {
            return atomically(db, [&]() -> Status {
                Result<qint64> id = TaskRepository(db).create(*created);
                if (!id)
                    return Status::fromResult(id);
                created->id = *id;
                return TaskRepository(db).setAssignments(
                    *id, {Assignment {0, *id, leadDepartmentId, AssignmentRole::Lead, 1}});
            });
        },
        [&db, created]() { return TaskRepository(db).remove(created->id); });
    if (!s)
        return Result<qint64>::failure(s.error());
    return created->id;
}

Saved<Task> TaskEdits::updateTask(Workspace &workspace, const Task &before, const Task &after)
{
    return performVersioned(
        workspace, tr("Edit task %1").arg(after.number), before, after,
        [](Database &db, const Task &t) { return TaskRepository(db).update(t); });
}

Status TaskEdits::setAssignments(Workspace &workspace, qint64 taskId,
                                 const QList<Assignment> &before, const QList<Assignment> &after)
{
    Database &db = workspace.database();
    return workspace.perform(
        tr("Change the departments of a task"),
        [&db, taskId, after] { return TaskRepository(db).setAssignments(taskId, after); },
        [&db, taskId, before] { return TaskRepository(db).setAssignments(taskId, before); });
}

Status TaskEdits::removeWorkItem(Workspace &workspace, qint64 itemId)
{
    Database &db = workspace.database();
    Result<WorkItemSnapshot> before = snapshot(db, itemId);
    if (!before)
        return Status::failure(before.error());
    if (!before->item.parentId)
        return Status::failure(
            tr("Tasks of the plan document cannot be deleted; only work items can."));
    return workspace.perform(
        tr("Delete work item “%1”").arg(before->item.title),
        [&db, itemId] { return TaskRepository(db).remove(itemId); },
        [&db, saved = std::make_shared<WorkItemSnapshot>(*before)] { return restore(db, *saved); });
}

Result<qint64> TaskEdits::recordProgress(Workspace &workspace, const ProgressReport &report)
{
    Database &db = workspace.database();
    Result<Task> task = TaskRepository(db).task(report.taskId);
    Result<QList<Assignment>> assignments = TaskRepository(db).assignments(report.taskId);
    if (!task || !assignments)
        return Result<qint64>::failure(!task ? task.error() : assignments.error());
    // The lead's report is the task's standing; cooperating units' are their part.
    bool byLead = false;
    for (const Assignment &a : *assignments)
        byLead =
            byLead || (a.role == AssignmentRole::Lead && a.departmentId == report.departmentId);
    // A report back-filled for an earlier period is history, not the standing.
    const Result<QList<ProgressReport>> earlier =
        ProgressRepository(db).reportsForTask(report.taskId);
    const std::optional<Period> period = Period::parse(report.period);
    if (byLead && earlier && period) {
        for (const ProgressReport &r : *earlier) {
            const std::optional<Period> other = Period::parse(r.period);
            if (r.departmentId == report.departmentId && other
                && other->lastDay() > period->lastDay())
                byLead = false;
        }
    }
    const Task before = *task;
    Task after = before;
    if (byLead) {
        after.percent = report.percent;
        after.status = report.status;
    }
    auto created = std::make_shared<ProgressReport>(report);
    // Redo and undo each name the task's version the other left.
    auto version = std::make_shared<qint64>(before.rowVersion);
    auto saveTask = [&db, version](Task t) -> Status {
        t.rowVersion = *version;
        const Saved<Task> saved = TaskRepository(db).update(t);
        if (saved)
            *version = saved.version();
        return saved.status();
    };
    const Status s = workspace.perform(
        tr("Record progress of task %1 for %2").arg(before.number).arg(report.period),
        [&db, created, after, byLead, saveTask]() -> Status {
            return atomically(db, [&]() -> Status {
                Result<qint64> id = ProgressRepository(db).create(*created);
                if (!id)
                    return Status::fromResult(id);
                created->id = *id;
                return byLead ? saveTask(after) : Status();
            });
        },
        [&db, created, before, byLead, saveTask]() -> Status {
            return atomically(db, [&]() -> Status {
                if (Status st = ProgressRepository(db).remove(created->id); !st)
                    return st;
                return byLead ? saveTask(before) : Status();
            });
        });
    if (!s)
        return Result<qint64>::failure(s.error());
    return created->id;
}

Status TaskEdits::removeReport(Workspace &workspace, qint64 reportId)
{
    Database &db = workspace.database();
    const Result<ProgressReport> report = ProgressRepository(db).report(reportId);
    if (!report)
        return Status::failure(report.error());
    return workspace.perform(
        tr("Delete the report for %1").arg(report->period),
        [&db, reportId] { return ProgressRepository(db).remove(reportId); },
        [&db, saved = *report] {
            return Status::fromResult(ProgressRepository(db).create(saved));
        });
}

} // namespace PlanDesk
