#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"
#include "util/saved.h"

namespace PlanDesk {

class Database;

/// Plans and their groups (the document's chapters of tasks).
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    explicit PlanRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> create(const Plan &plan);
    Result<Plan> plan(qint64 id);
    Result<QList<Plan>> plans();
    /// Saves it if still at plan.rowVersion; returns the new version.
    Saved<Plan> update(const Plan &plan);
    /// Removes the plan with its groups, tasks, indicators and meetings.
    Status remove(qint64 id);

    /// True when any progress report, value, baseline, meeting or action item
    /// is sample data from `plandesk init --demo`.
    Result<bool> hasSampleData();

    Result<qint64> createGroup(const TaskGroup &group);
    Result<TaskGroup> group(qint64 id);
    Result<QList<TaskGroup>> groups(qint64 planId);
    /// Saves it if still at group.rowVersion; returns the new version.
    Saved<TaskGroup> updateGroup(const TaskGroup &group);
    Status removeGroup(qint64 id);

private:
    Database &m_db;
};

} // namespace PlanDesk
