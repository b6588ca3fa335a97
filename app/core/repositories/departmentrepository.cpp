#include "repositories/departmentrepository.h"

#include "repositories/repositorysupport.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

#define DEPARTMENT_COLUMNS                                                                         \
    u"id, name, short_name, kind, contact_person, contact_phone, active, row_version"

Department readDepartment(const QSqlQuery &q)
{
    Department d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.shortName = q.value(2).toString();
    d.kind = fromCode<DepartmentKind>(q.value(3).toString()).value_or(DepartmentKind::Government);
    d.contactPerson = q.value(4).toString();
    d.contactPhone = q.value(5).toString();
    d.active = q.value(6).toBool();
    d.rowVersion = q.value(7).toLongLong();
    return d;
}

QVariantList departmentValues(const Department &d)
{
    return {Sql::text(d.name),          Sql::text(d.shortName),    toCode(d.kind),
            Sql::text(d.contactPerson), Sql::text(d.contactPhone), d.active ? 1 : 0};
}

} // namespace

bool DepartmentDependents::isEmpty() const
{
    return tasksLed == 0 && tasksCooperating == 0 && progressReports == 0 && actionItems == 0
        && meetingsAttended == 0 && indicators == 0;
}

Result<qint64> DepartmentRepository::create(const Department &department)
{
    return RS::insert(m_db,
                      u"INSERT INTO department (id, name, short_name, kind, contact_person,"
                      " contact_phone, active) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                      RS::withId(department.id, departmentValues(department)),
                      tr("Saving department “%1”").arg(department.name));
}

Result<Department> DepartmentRepository::department(qint64 id)
{
    return RS::one<Department>(m_db,
                               u"SELECT " DEPARTMENT_COLUMNS u" FROM department WHERE id = ?"_s,
                               {id}, readDepartment, tr("Reading department %1").arg(id));
}

Result<Department> DepartmentRepository::byName(const QString &name)
{
    return RS::one<Department>(m_db,
                               u"SELECT " DEPARTMENT_COLUMNS u" FROM department WHERE name = ?"_s,
                               {name}, readDepartment, tr("Finding department “%1”").arg(name));
}

Result<QList<Department>> DepartmentRepository::departments(bool activeOnly)
{
    return RS::list<Department>(m_db,
                                u"SELECT " DEPARTMENT_COLUMNS u" FROM department"
                                u" WHERE active = 1 OR ? = 0 ORDER BY id"_s,
                                {activeOnly ? 1 : 0}, readDepartment, tr("Reading departments"));
}

Result<QList<Department>> DepartmentRepository::departmentsOfPlan(qint64 planId)
{
    return RS::list<Department>(
        m_db,
        u"SELECT " DEPARTMENT_COLUMNS u" FROM department WHERE id IN"
        u" (SELECT a.department_id FROM assignment a JOIN task t ON t.id = a.task_id"
        u" WHERE t.plan_id = ?) OR id IN (SELECT department_id FROM indicator WHERE plan_id = ?)"
        u" ORDER BY id"_s,
        {planId, planId}, readDepartment, tr("Reading the departments of plan %1").arg(planId));
}

Saved<Department> DepartmentRepository::update(const Department &department)
{
    return RS::updateVersioned<Department>(
        m_db, u"department"_s,
        u"UPDATE department SET name = ?, short_name = ?, kind = ?, contact_person = ?,"
        " contact_phone = ?, active = ?, row_version = row_version + 1"
        " WHERE id = ? AND row_version = ?"_s,
        departmentValues(department), department.id, department.rowVersion,
        [this](qint64 id) {
            return RS::find<Department>(
                m_db, u"SELECT " DEPARTMENT_COLUMNS u" FROM department WHERE id = ?"_s, {id},
                readDepartment);
        },
        tr("Saving department “%1”").arg(department.name));
}

Status DepartmentRepository::remove(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM department WHERE id = ?"_s, {id},
                         tr("Deleting department %1").arg(id));
}

Result<DepartmentDependents> DepartmentRepository::dependents(qint64 id)
{
    return RS::one<DepartmentDependents>(
        m_db,
        u"SELECT"
        " (SELECT count(*) FROM assignment WHERE department_id = ? AND role = ?),"
        " (SELECT count(*) FROM assignment WHERE department_id = ? AND role = ?),"
        " (SELECT count(*) FROM progress_report WHERE department_id = ?),"
        " (SELECT count(*) FROM action_item WHERE owner_department_id = ?),"
        " (SELECT count(DISTINCT meeting_id) FROM meeting_attendee WHERE department_id = ?),"
        " (SELECT count(*) FROM indicator WHERE department_id = ?)"_s,
        {id, toCode(AssignmentRole::Lead), id, toCode(AssignmentRole::Cooperating), id, id, id, id},
        [](const QSqlQuery &q) {
            DepartmentDependents d;
            d.tasksLed = q.value(0).toInt();
            d.tasksCooperating = q.value(1).toInt();
            d.progressReports = q.value(2).toInt();
            d.actionItems = q.value(3).toInt();
            d.meetingsAttended = q.value(4).toInt();
            d.indicators = q.value(5).toInt();
            return d;
        },
        tr("Finding what refers to department %1").arg(id));
}

Result<QList<DepartmentSummary>> DepartmentRepository::summaries(qint64 planId)
{
    return RS::list<DepartmentSummary>(
        m_db,
        u"SELECT d.id, d.name, d.short_name, d.kind, d.contact_person, d.contact_phone, d.active,"
        " d.row_version,"
        " (SELECT count(*) FROM assignment a JOIN task t ON t.id = a.task_id"
        "   WHERE a.department_id = d.id AND a.role = ? AND t.plan_id = ?),"
        " (SELECT count(*) FROM assignment a JOIN task t ON t.id = a.task_id"
        "   WHERE a.department_id = d.id AND a.role = ? AND t.plan_id = ?),"
        " (SELECT count(*) FROM action_item i JOIN meeting m ON m.id = i.meeting_id"
        "   WHERE i.owner_department_id = d.id AND i.status IN (?, ?) AND m.plan_id = ?)"
        " FROM department d ORDER BY d.id"_s,
        {toCode(AssignmentRole::Lead), planId, toCode(AssignmentRole::Cooperating), planId,
         toCode(ActionStatus::Open), toCode(ActionStatus::InProgress), planId},
        [](const QSqlQuery &q) {
            DepartmentSummary s;
            s.department = readDepartment(q);
            s.tasksLed = q.value(8).toInt();
            s.tasksCooperating = q.value(9).toInt();
            s.openActionItems = q.value(10).toInt();
            return s;
        },
        tr("Reading the departments of plan %1").arg(planId));
}

} // namespace PlanDesk
