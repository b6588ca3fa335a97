#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>

#include "domain/entities.h"
#include "rules/supervisiondata.h"

namespace PlanDesk {

/// Where one owed report stands on a date.
enum class ReportState {
    Pending, ///< not handed in yet, the due date not passed (未报)
    OnTime, ///< handed in by the due date (按时)
    Late, ///< handed in after the due date (迟报)
    Missing, ///< not handed in and the due date passed (逾期未报)
};

/// One report a department owes for one task in a round.
struct Obligation
{
    qint64 taskId = 0;
    qint64 departmentId = 0;
    AssignmentRole role = AssignmentRole::Cooperating;
    ReportState state = ReportState::Pending;
    std::optional<ProgressReport> report; ///< the report counted, if any
};

struct ReportTally
{
    int owed = 0;
    int onTime = 0;
    int late = 0;
    int missing = 0;
    int pending = 0;
    int handedIn() const { return onTime + late; }
};

/// Who owes which report in a round, and who has handed it in, on a date.
///
/// A department owes a report for every task and work item it leads or
/// cooperates on that has started by the round's due date and was not
/// already done the day before the round opened (by its lead's reports),
/// unless it is inactive or the collective of all member units. A report
/// counts toward the round of its period once its date is on or before the
/// as-of date; it is late when dated after the round's due date.
struct RoundStatus
{
    ReportingRound round;
    QDate asOf;
    /// By task in document order, then the task's departments in order.
    QList<Obligation> obligations;
    QList<qint64> taskIds; ///< the tasks anybody owes a report on, document order
    QList<qint64> departmentIds; ///< the departments owing anything, by name

    const Obligation *find(qint64 taskId, qint64 departmentId) const;
    ReportTally tally() const;
    ReportTally tallyOf(qint64 departmentId) const;
    /// Pending and missing obligations: who still owes (催报).
    QList<Obligation> outstanding() const;

private:
    friend RoundStatus roundStatus(const ReportingRound &, const SupervisionData &, const QDate &);
    QHash<QPair<qint64, qint64>, qsizetype> m_index;
};

RoundStatus roundStatus(const ReportingRound &round, const SupervisionData &data,
                        const QDate &asOf);

/// The round the office is collecting on a date: the latest-due of those
/// opened by then, if any.
std::optional<ReportingRound> currentRound(const QList<ReportingRound> &rounds, const QDate &asOf);

/// The state a report on `reportedOn` gets in a round on `asOf`; no date
/// means none handed in.
ReportState reportState(const QDate &reportedOn, const QDate &dueOn, const QDate &asOf);

} // namespace PlanDesk
