#pragma once

#include <QHash>
#include <QList>

#include "domain/entities.h"
#include "repositories/taskrepository.h"

namespace PlanDesk {

/// Everything the supervision rules (rounds, assessment, reminders) read of
/// one plan, loaded at once by SupervisionLoader so the rules stay pure.
struct SupervisionData
{
    Plan plan;
    QList<TaskOverview> tasks; ///< document order, work items after their task
    QList<Assignment> assignments;
    QList<Department> departments; ///< all of them, by name
    QHash<qint64, QList<ProgressReport>> reportsByTask;
    QList<ReportingRound> rounds; ///< earliest due first
    QList<Meeting> meetings; ///< earliest first
    QList<ActionItem> actionItems; ///< by meeting date, then id
    AssessmentWeights weights;

    /// Builds the lookups below; call after filling or changing the lists.
    void reindex();
    const Department *department(qint64 id) const;
    QString departmentName(qint64 id) const;
    const TaskOverview *task(qint64 id) const;
    QDate meetingDate(qint64 meetingId) const;

private:
    QHash<qint64, qsizetype> m_departmentAt;
    QHash<qint64, qsizetype> m_taskAt;
    QHash<qint64, QDate> m_meetingDate;
};

/// Departments that answer for their own work: active ones, and never the
/// collective "all member units", which is not one body and owes no report.
bool answersForItself(const Department &department);

} // namespace PlanDesk
