#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// 进展报送: the progress departments report on their tasks, one per task,
/// department and period.
class ProgressRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProgressRepository)

public:
    explicit ProgressRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> create(const ProgressReport &report);
    Result<ProgressReport> report(qint64 id);
    Result<QList<ProgressReport>> reportsForTask(qint64 taskId);
    /// All reports of a plan, oldest period first.
    Result<QList<ProgressReport>> reportsForPlan(qint64 planId);
    Status update(const ProgressReport &report);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace PlanDesk
