#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"
#include "util/saved.h"

namespace PlanDesk {

class Database;

/// A report with what a list needs to name its task: number, title, the
/// group's kind (key task or safeguard) and, for a work item, its parent's
/// number.
struct ReportOnTask
{
    ProgressReport report;
    int taskNumber = 0;
    std::optional<int> parentNumber;
    GroupKind groupKind = GroupKind::KeyTask;
    QString taskTitle;
};

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
    /// A department's most recent reports on a plan's tasks, newest first
    /// (then in document order), at most `limit` of them.
    Result<QList<ReportOnTask>> latestReportsOf(qint64 planId, qint64 departmentId, int limit);
    /// Saves it if still at report.rowVersion; returns the new version.
    Saved<ProgressReport> update(const ProgressReport &report);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace PlanDesk
