#include "plans/planinstaller.h"

#include <QHash>

#include "database/database.h"
#include "database/transactionguard.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"

namespace PlanDesk {

namespace {

/// Stores a task or work item (plan, group, parent and dates already set in
/// `task`) with its lead and cooperating departments in the file's order.
Result<qint64> createTask(TaskRepository &tasks, Task task, const PlanDocument::WorkEntry &entry,
                          const QHash<QString, qint64> &departmentIds)
{
    task.number = entry.number;
    task.title = entry.title;
    task.text = entry.text;
    Result<qint64> taskId = tasks.create(task);
    if (!taskId)
        return taskId;
    QList<Assignment> assignments;
    assignments << Assignment {0, *taskId, departmentIds.value(entry.lead), AssignmentRole::Lead,
                               0};
    for (const QString &name : entry.cooperating)
        assignments << Assignment {0, *taskId, departmentIds.value(name),
                                   AssignmentRole::Cooperating, 0};
    if (Status s = tasks.setAssignments(*taskId, assignments); !s)
        return Result<qint64>::failure(s.error());
    return taskId;
}

} // namespace

Result<qint64> PlanInstaller::install(Database &db, const PlanDocument &document)
{
    using R = Result<qint64>;
    TransactionGuard tx(db);
    if (!tx.ok())
        return R::failure(tx.error());

    DepartmentRepository departments(db);
    QHash<QString, qint64> departmentIds;
    Result<QList<Department>> existing = departments.departments();
    if (!existing)
        return R::failure(existing.error());
    for (const Department &d : *existing)
        departmentIds.insert(d.name, d.id);
    for (const Department &d : document.departments) {
        if (departmentIds.contains(d.name))
            continue;
        Result<qint64> id = departments.create(d);
        if (!id)
            return R::failure(id.error());
        departmentIds.insert(d.name, *id);
    }

    PlanRepository plans(db);
    Result<qint64> planId = plans.create(document.plan);
    if (!planId)
        return planId;

    TaskRepository tasks(db);
    int groupPosition = 0;
    for (const PlanDocument::GroupEntry &entry : document.groups) {
        TaskGroup group;
        group.planId = *planId;
        group.kind = entry.kind;
        group.position = ++groupPosition;
        group.numbering = entry.numbering;
        group.title = entry.title;
        Result<qint64> groupId = plans.createGroup(group);
        if (!groupId)
            return groupId;
        for (const PlanDocument::TaskEntry &t : entry.tasks) {
            Task task;
            task.planId = *planId;
            task.groupId = *groupId;
            task.startOn = t.startOn.isValid() ? t.startOn : document.plan.startOn;
            task.dueOn = t.dueOn.isValid() ? t.dueOn : document.defaultDueOn;
            Result<qint64> taskId = createTask(tasks, task, t, departmentIds);
            if (!taskId)
                return taskId;
            for (const PlanDocument::WorkEntry &i : t.items) {
                Task item = task;
                item.parentId = *taskId;
                item.startOn = i.startOn.isValid() ? i.startOn : task.startOn;
                item.dueOn = i.dueOn.isValid() ? i.dueOn : task.dueOn;
                if (Result<qint64> itemId = createTask(tasks, item, i, departmentIds); !itemId)
                    return itemId;
            }
        }
    }

    IndicatorRepository indicators(db);
    for (const PlanDocument::IndicatorEntry &entry : document.indicators) {
        Indicator indicator = entry.indicator;
        indicator.planId = *planId;
        if (!entry.department.isEmpty())
            indicator.departmentId = departmentIds.value(entry.department);
        if (Result<qint64> id = indicators.create(indicator); !id)
            return id;
    }

    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return planId;
}

} // namespace PlanDesk
