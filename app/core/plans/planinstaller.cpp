#include "plans/planinstaller.h"

#include <QHash>

#include "database/database.h"
#include "database/transactionguard.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"

namespace PlanDesk {

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
            task.number = t.number;
            task.title = t.title;
            task.text = t.text;
            task.startOn = t.startOn.isValid() ? t.startOn : document.plan.startOn;
            task.dueOn = t.dueOn.isValid() ? t.dueOn : document.defaultDueOn;
            Result<qint64> taskId = tasks.create(task);
            if (!taskId)
                return taskId;
            QList<Assignment> assignments;
            assignments << Assignment {0, *taskId, departmentIds.value(t.lead),
                                       AssignmentRole::Lead, 0};
            for (const QString &name : t.cooperating)
                assignments << Assignment {0, *taskId, departmentIds.value(name),
                                           AssignmentRole::Cooperating, 0};
            if (Status s = tasks.setAssignments(*taskId, assignments); !s)
                return R::failure(s.error());
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
