#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk {
class Database;
}

namespace PlanDesk::Bench {

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

/// The generator's SQL, and the only SQL of plandesk-bench's data side:
/// one prepared statement per kind of row, reused for every row, values
/// always bound. Rows are written with the ids the generator chose, so the
/// same seed makes the same ids. The triggers of the schema run as for any
/// other write, so every insert and update leaves its audit row.
class BenchDataRepository
{
    Q_DECLARE_TR_FUNCTIONS(BenchDataRepository)

public:
    explicit BenchDataRepository(Database &db);
    ~BenchDataRepository();

    /// For a file being made: no syncing, an in-memory journal, a big cache.
    /// Outside a transaction only.
    Status beginBulkLoad();
    /// Back to WAL with full sync, as Database::create left it, then ANALYZE.
    Status endBulkLoad();
    /// Who the audit rows written from now on are credited to.
    Status setActor(const QString &actor);

    Status insertPlan(const Plan &plan);
    Status insertGroup(const TaskGroup &group);
    Status insertDepartment(const Department &department);
    Status insertTask(const Task &task);
    Status insertAssignment(const Assignment &assignment);
    Status insertRound(const ReportingRound &round);
    Status insertReport(const ProgressReport &report);
    /// A task's standing after its lead's report, as the app records it.
    Status updateTaskStanding(qint64 taskId, TaskStatus status, int percent);
    Status correctReport(qint64 reportId, const QString &text, const QString &evidence);
    Status insertIndicator(const Indicator &indicator);
    Status insertValue(const IndicatorValue &value);
    Status reviseValue(qint64 valueId, Decimal value, const QDate &asOf, const QString &note);
    Status insertMeeting(const Meeting &meeting);
    Status approveMeeting(qint64 meetingId, const QDate &approvedOn);
    Status insertAttendee(const MeetingAttendee &attendee);
    Status insertActionItem(const ActionItem &item);
    Status updateActionItem(qint64 itemId, ActionStatus status, const QString &followUp,
                            const QDate &closedOn);
    Status insertReview(const ActionReview &review);
    Status insertAmendment(const MeetingAmendment &amendment);

    Result<qint64> auditRowCount();
    /// Rows of every table of the schema, in schema order.
    Result<QList<TableCount>> tableCounts();
    /// SHA-256 over every table's rows in primary-key order, leaving out the
    /// audit log's changed_at (the triggers stamp it with the clock).
    Result<QByteArray> contentDigest();

private:
    struct Statements;
    Status run(int statement, const QVariantList &values, qint64 rowId);

    Database &m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace PlanDesk::Bench
