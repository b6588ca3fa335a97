#include "repositories/taskrepository.h"

#include <algorithm>

#include <QHash>

#include "database/transactionguard.h"
#include "repositories/repositorysupport.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

#define TASK_COLUMNS                                                                               \
    u"t.id, t.plan_id, t.group_id, t.parent_id, t.number, t.title, t.text, t.start_on,"            \
    u" t.due_on, t.status, t.percent, t.row_version"
// What readTask() reads; a query's own columns follow.
constexpr int TaskColumnCount = 12;
// Document order: groups, then tasks by number, each followed by its items.
#define TASK_ORDER                                                                                 \
    u" ORDER BY g.position, coalesce(p.number, t.number), t.parent_id IS NOT NULL, t.number"

Task readTask(const QSqlQuery &q, int at = 0)
{
    Task t;
    t.id = q.value(at + 0).toLongLong();
    t.planId = q.value(at + 1).toLongLong();
    t.groupId = q.value(at + 2).toLongLong();
    t.parentId = Sql::toOptionalId(q.value(at + 3));
    t.number = q.value(at + 4).toInt();
    t.title = q.value(at + 5).toString();
    t.text = q.value(at + 6).toString();
    t.startOn = Sql::toDate(q.value(at + 7));
    t.dueOn = Sql::toDate(q.value(at + 8));
    t.status = fromCode<TaskStatus>(q.value(at + 9).toString()).value_or(TaskStatus::NotStarted);
    t.percent = q.value(at + 10).toInt();
    t.rowVersion = q.value(at + 11).toLongLong();
    return t;
}

QVariantList taskValues(const Task &t)
{
    return {t.planId,           t.groupId,         Sql::optional(t.parentId), t.number,
            Sql::text(t.title), Sql::text(t.text), Sql::date(t.startOn),      Sql::date(t.dueOn),
            toCode(t.status),   t.percent};
}

Assignment readAssignment(const QSqlQuery &q)
{
    Assignment a;
    a.id = q.value(0).toLongLong();
    a.taskId = q.value(1).toLongLong();
    a.departmentId = q.value(2).toLongLong();
    a.role = fromCode<AssignmentRole>(q.value(3).toString()).value_or(AssignmentRole::Cooperating);
    a.position = q.value(4).toInt();
    return a;
}

} // namespace

Result<qint64> TaskRepository::create(const Task &task)
{
    return RS::insert(
        m_db,
        u"INSERT INTO task (id, plan_id, group_id, parent_id, number, title, text,"
        " start_on, due_on, status, percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        RS::withId(task.id, taskValues(task)),
        tr("Saving task %1 “%2”").arg(task.number).arg(task.title));
}

Result<Task> TaskRepository::task(qint64 id)
{
    return RS::one<Task>(
        m_db, u"SELECT " TASK_COLUMNS u" FROM task t WHERE t.id = ?"_s, {id},
        [](const QSqlQuery &q) { return readTask(q); }, tr("Reading task %1").arg(id));
}

Result<QList<Task>> TaskRepository::tasks(qint64 planId)
{
    return RS::list<Task>(
        m_db,
        u"SELECT " TASK_COLUMNS u" FROM task t"
        u" JOIN task_group g ON g.id = t.group_id"
        u" LEFT JOIN task p ON p.id = t.parent_id"
        u" WHERE t.plan_id = ?" TASK_ORDER ""_s,
        {planId}, [](const QSqlQuery &q) { return readTask(q); },
        tr("Reading the tasks of plan %1").arg(planId));
}

Saved<Task> TaskRepository::update(const Task &task)
{
    return RS::updateVersioned<Task>(
        m_db, u"task"_s,
        u"UPDATE task SET plan_id = ?, group_id = ?, parent_id = ?, number = ?,"
        " title = ?, text = ?, start_on = ?, due_on = ?, status = ?, percent = ?,"
        " row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        taskValues(task), task.id, task.rowVersion,
        [this](qint64 id) {
            return RS::find<Task>(m_db, u"SELECT " TASK_COLUMNS u" FROM task t WHERE t.id = ?"_s,
                                  {id}, [](const QSqlQuery &q) { return readTask(q); });
        },
        tr("Saving task %1 “%2”").arg(task.number).arg(task.title));
}

Status TaskRepository::remove(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM task WHERE id = ?"_s, {id},
                         tr("Deleting task %1").arg(id));
}

Status TaskRepository::setAssignments(qint64 taskId, const QList<Assignment> &assignments)
{
    const QString context = tr("Saving the departments of task %1").arg(taskId);
    const auto leads = std::count_if(assignments.cbegin(), assignments.cend(),
                                     [](const auto &a) { return a.role == AssignmentRole::Lead; });
    if (leads != 1)
        return Status::failure(RS::failure(context, tr("a task has exactly one lead department")));

    TransactionGuard tx(m_db);
    if (!tx.ok())
        return Status::failure(RS::failure(context, tx.error()));
    if (auto q = m_db.exec(u"DELETE FROM assignment WHERE task_id = ?"_s, {taskId}); !q)
        return Status::failure(RS::failure(context, q.error()));
    int position = 0;
    for (const Assignment &a : assignments) {
        auto q = m_db.exec(u"INSERT INTO assignment (task_id, department_id, role, position)"
                           " VALUES (?, ?, ?, ?)"_s,
                           {taskId, a.departmentId, toCode(a.role), ++position});
        if (!q)
            return Status::failure(RS::failure(context, q.error()));
    }
    if (Status s = tx.commit(); !s)
        return Status::failure(RS::failure(context, s.error()));
    return {};
}

Result<QList<Assignment>> TaskRepository::assignments(qint64 taskId)
{
    return RS::list<Assignment>(m_db,
                                u"SELECT id, task_id, department_id, role, position"
                                " FROM assignment WHERE task_id = ? ORDER BY position"_s,
                                {taskId}, readAssignment,
                                tr("Reading the departments of task %1").arg(taskId));
}

Result<QList<Assignment>> TaskRepository::assignmentsForPlan(qint64 planId)
{
    return RS::list<Assignment>(
        m_db,
        u"SELECT a.id, a.task_id, a.department_id, a.role, a.position FROM assignment a"
        " JOIN task t ON t.id = a.task_id WHERE t.plan_id = ? ORDER BY a.task_id, a.position"_s,
        {planId}, readAssignment, tr("Reading the departments of plan %1's tasks").arg(planId));
}

Result<QList<TaskOverview>> TaskRepository::overview(qint64 planId)
{
    using R = Result<QList<TaskOverview>>;
    const QString context = tr("Reading the tasks of plan %1").arg(planId);

    // Two queries for the whole plan, not one per task.
    Result<QSqlQuery> names = m_db.exec(
        u"SELECT a.task_id, a.role, d.name, d.id FROM assignment a"
        " JOIN department d ON d.id = a.department_id"
        " JOIN task t ON t.id = a.task_id WHERE t.plan_id = ? ORDER BY a.task_id, a.position"_s,
        {planId});
    if (!names)
        return R::failure(RS::failure(context, names.error()));
    struct Names
    {
        QString lead;
        std::optional<qint64> leadId;
        QStringList cooperating;
    };
    QHash<qint64, Names> departmentsByTask;
    while (names->next()) {
        Names &entry = departmentsByTask[names->value(0).toLongLong()];
        if (names->value(1).toString() == toCode(AssignmentRole::Lead)) {
            entry.lead = names->value(2).toString();
            entry.leadId = names->value(3).toLongLong();
        } else {
            entry.cooperating << names->value(2).toString();
        }
    }

    Result<QSqlQuery> rows = m_db.exec(
        u"SELECT " TASK_COLUMNS u", g.id, g.plan_id, g.kind, g.position, g.numbering, g.title,"
        u" EXISTS (SELECT 1 FROM progress_report r WHERE r.task_id = t.id AND r.is_sample = 1),"
        u" g.row_version FROM task t JOIN task_group g ON g.id = t.group_id"
        u" LEFT JOIN task p ON p.id = t.parent_id"
        u" WHERE t.plan_id = ?" TASK_ORDER ""_s,
        {planId});
    if (!rows)
        return R::failure(RS::failure(context, rows.error()));
    QList<TaskOverview> result;
    while (rows->next()) {
        TaskOverview o;
        o.task = readTask(*rows);
        constexpr int next = TaskColumnCount;
        o.group.id = rows->value(next).toLongLong();
        o.group.planId = rows->value(next + 1).toLongLong();
        o.group.kind =
            fromCode<GroupKind>(rows->value(next + 2).toString()).value_or(GroupKind::KeyTask);
        o.group.position = rows->value(next + 3).toInt();
        o.group.numbering = rows->value(next + 4).toString();
        o.group.title = rows->value(next + 5).toString();
        o.group.rowVersion = rows->value(next + 7).toLongLong();
        o.sampleProgress = rows->value(next + 6).toBool();
        const Names departments = departmentsByTask.value(o.task.id);
        o.lead = departments.lead;
        o.leadId = departments.leadId;
        o.cooperating = departments.cooperating;
        result.append(o);
    }
    return result;
}

Result<QList<DepartmentTask>> TaskRepository::tasksOfDepartment(qint64 planId, qint64 departmentId)
{
    return RS::list<DepartmentTask>(
        m_db,
        u"SELECT " TASK_COLUMNS u", g.kind, p.number, a.role FROM assignment a"
        u" JOIN task t ON t.id = a.task_id"
        u" JOIN task_group g ON g.id = t.group_id"
        u" LEFT JOIN task p ON p.id = t.parent_id"
        u" WHERE t.plan_id = ? AND a.department_id = ?" TASK_ORDER ""_s,
        {planId, departmentId},
        [](const QSqlQuery &q) {
            DepartmentTask d;
            d.task = readTask(q);
            constexpr int next = TaskColumnCount;
            d.groupKind =
                fromCode<GroupKind>(q.value(next).toString()).value_or(GroupKind::KeyTask);
            d.parentNumber = Sql::toOptionalInt(q.value(next + 1));
            d.role = fromCode<AssignmentRole>(q.value(next + 2).toString())
                         .value_or(AssignmentRole::Cooperating);
            return d;
        },
        tr("Reading the tasks of department %1").arg(departmentId));
}

} // namespace PlanDesk
