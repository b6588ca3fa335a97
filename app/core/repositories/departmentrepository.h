#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"
#include "util/saved.h"

namespace PlanDesk {

class Database;

/// What still refers to a department, counted over all plans: while any
/// count is above zero the department cannot be deleted.
struct DepartmentDependents
{
    int tasksLed = 0;
    int tasksCooperating = 0;
    int progressReports = 0;
    int actionItems = 0;
    int meetingsAttended = 0;
    int indicators = 0;

    bool isEmpty() const;
};

/// A department with what it carries in one plan, as the department list
/// shows it. Open action items are those neither done nor cancelled.
struct DepartmentSummary
{
    Department department;
    int tasksLed = 0;
    int tasksCooperating = 0;
    int openActionItems = 0;
};

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
    /// The departments a plan's tasks, work items and indicators name, in
    /// the order they were added (a plan file's own order, once installed).
    Result<QList<Department>> departmentsOfPlan(qint64 planId);
    /// Saves it if still at department.rowVersion; returns the new version.
    Saved<Department> update(const Department &department);
    /// Refused while the department is assigned to tasks or owns reports or items.
    Status remove(qint64 id);

    /// Everything that refers to the department, in one query.
    Result<DepartmentDependents> dependents(qint64 id);
    /// All departments (in the order of departments()) with their task and
    /// open action item counts in the plan.
    Result<QList<DepartmentSummary>> summaries(qint64 planId);

private:
    Database &m_db;
};

} // namespace PlanDesk
