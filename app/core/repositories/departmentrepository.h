#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// The departments (单位) that lead and cooperate on tasks, shared by all plans.
class DepartmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentRepository)

public:
    explicit DepartmentRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> create(const Department &department);
    Result<Department> department(qint64 id);
    Result<Department> byName(const QString &name);
    /// All departments by name order, or only the active ones.
    Result<QList<Department>> departments(bool activeOnly = false);
    Status update(const Department &department);
    /// Refused while the department is assigned to tasks or owns reports or items.
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace PlanDesk
