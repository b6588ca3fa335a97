#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"
#include "util/saved.h"

namespace PlanDesk {

class Workspace;

/// The undoable edits of tasks, work items and progress reports. Each runs
/// through Workspace::perform: committed at once, undone exactly (rows come
/// back with their own ids, with what hung on them).
class TaskEdits
{
    Q_DECLARE_TR_FUNCTIONS(TaskEdits)

public:
    /// Adds a work item (分解责任) under its parent with one lead department.
    /// Returns the new item's id.
    static Result<qint64> addWorkItem(Workspace &workspace, const Task &item,
                                      qint64 leadDepartmentId);
    /// Saves changed dates, status, percent (and, for work items, number and
    /// title) over after.rowVersion; a conflict when someone else saved it.
    static Saved<Task> updateTask(Workspace &workspace, const Task &before, const Task &after);
    /// Replaces a task's lead and cooperating departments.
    static Status setAssignments(Workspace &workspace, qint64 taskId,
                                 const QList<Assignment> &before, const QList<Assignment> &after);
    /// Deletes a work item with its departments and reports; undo restores
    /// them and re-links the action items that named it.
    static Status removeWorkItem(Workspace &workspace, qint64 itemId);
    /// Records a department's report; a report by the task's lead also sets
    /// the task's percent and status.
    static Result<qint64> recordProgress(Workspace &workspace, const ProgressReport &report);
    /// Deletes one report (the task's own percent stays as it is).
    static Status removeReport(Workspace &workspace, qint64 reportId);
};

} // namespace PlanDesk
