#include "repositories/departmentrepository.h"

#include "repositories/repositorysupport.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

#define DEPARTMENT_COLUMNS u"id, name, short_name, kind, contact_person, contact_phone, active"

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
    return d;
}

QVariantList departmentValues(const Department &d)
{
    return {Sql::text(d.name),          Sql::text(d.shortName),    toCode(d.kind),
            Sql::text(d.contactPerson), Sql::text(d.contactPhone), d.active ? 1 : 0};
}

} // namespace

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

Status DepartmentRepository::update(const Department &department)
{
    QVariantList values = departmentValues(department);
    values << department.id;
    return RS::changeOne(m_db,
                         u"UPDATE department SET name = ?, short_name = ?, kind = ?,"
                         " contact_person = ?, contact_phone = ?, active = ? WHERE id = ?"_s,
                         values, tr("Saving department “%1”").arg(department.name));
}

Status DepartmentRepository::remove(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM department WHERE id = ?"_s, {id},
                         tr("Deleting department %1").arg(id));
}

} // namespace PlanDesk
