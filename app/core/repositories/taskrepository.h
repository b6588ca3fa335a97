#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "domain/entities.h"
#include "util/result.h"
#include "util/saved.h"

namespace PlanDesk {

class Database;

/// A task as the lists show it: the task with its group and the names of
/// its departments in document order, read for a whole plan at once.
struct TaskOverview
{
    Task task;
    TaskGroup group;
    QString lead;
    std::optional<qint64> leadId;
    QStringList cooperating;
    /// Sample progress reports exist for it, so its percent and status are
    /// sample data too (`plandesk init --demo`).
    bool sampleProgress = false;
};

/// A task one department answers for, with its role and what a list needs to
/// number it: its group's kind (key task or safeguard) and, for a work item,
/// its parent's number.
struct DepartmentTask
{
    Task task;
    GroupKind groupKind = GroupKind::KeyTask;
    std::optional<int> parentNumber;
    AssignmentRole role = AssignmentRole::Cooperating;
};

/// Tasks, safeguard measures and work items, with their lead and cooperating
/// departments.
class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> create(const Task &task);
    Result<Task> task(qint64 id);
    /// A plan's tasks in document order: by group, number, then work items.
    Result<QList<Task>> tasks(qint64 planId);
    /// Saves the task if it is still at task.rowVersion; returns the new version.
    Saved<Task> update(const Task &task);
    /// Removes the task with its work items, assignments and reports.
    Status remove(qint64 id);

    /// Replaces all of a task's departments at once. The list must hold exactly
    /// one lead; positions follow the list's order.
    Status setAssignments(qint64 taskId, const QList<Assignment> &assignments);
    Result<QList<Assignment>> assignments(qint64 taskId);
    /// Every assignment of a plan's tasks and work items, by task then position.
    Result<QList<Assignment>> assignmentsForPlan(qint64 planId);

    Result<QList<TaskOverview>> overview(qint64 planId);
    /// The tasks and work items of a plan that a department leads or
    /// cooperates on, in document order.
    Result<QList<DepartmentTask>> tasksOfDepartment(qint64 planId, qint64 departmentId);

private:
    Database &m_db;
};

} // namespace PlanDesk
