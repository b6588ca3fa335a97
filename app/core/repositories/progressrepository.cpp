#include "repositories/progressrepository.h"

#include "repositories/repositorysupport.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

#define REPORT_COLUMNS                                                                             \
    u"r.id, r.task_id, r.department_id, r.period, r.reported_on, r.percent, r.status, r.text,"     \
    u" r.is_sample, r.evidence, r.row_version"
// What readReport() reads; a query's own columns follow.
constexpr int ReportColumnCount = 11;

ProgressReport readReport(const QSqlQuery &q)
{
    ProgressReport r;
    r.id = q.value(0).toLongLong();
    r.taskId = q.value(1).toLongLong();
    r.departmentId = q.value(2).toLongLong();
    r.period = q.value(3).toString();
    r.reportedOn = Sql::toDate(q.value(4));
    r.percent = q.value(5).toInt();
    r.status = fromCode<TaskStatus>(q.value(6).toString()).value_or(TaskStatus::InProgress);
    r.text = q.value(7).toString();
    r.sample = q.value(8).toBool();
    r.evidence = q.value(9).toString();
    r.rowVersion = q.value(10).toLongLong();
    return r;
}

QVariantList reportValues(const ProgressReport &r)
{
    return {r.taskId,
            r.departmentId,
            Sql::text(r.period),
            Sql::date(r.reportedOn),
            r.percent,
            toCode(r.status),
            Sql::text(r.text),
            r.sample ? 1 : 0,
            Sql::text(r.evidence)};
}

} // namespace

Result<qint64> ProgressRepository::create(const ProgressReport &report)
{
    return RS::insert(
        m_db,
        u"INSERT INTO progress_report (id, task_id, department_id, period, reported_on,"
        " percent, status, text, is_sample, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        RS::withId(report.id, reportValues(report)),
        tr("Saving the report on task %1 for %2").arg(report.taskId).arg(report.period));
}

Result<ProgressReport> ProgressRepository::report(qint64 id)
{
    return RS::one<ProgressReport>(
        m_db, u"SELECT " REPORT_COLUMNS u" FROM progress_report r WHERE r.id = ?"_s, {id},
        readReport, tr("Reading progress report %1").arg(id));
}

Result<QList<ProgressReport>> ProgressRepository::reportsForTask(qint64 taskId)
{
    return RS::list<ProgressReport>(
        m_db,
        u"SELECT " REPORT_COLUMNS u" FROM progress_report r WHERE r.task_id = ?"
        u" ORDER BY r.reported_on, r.id"_s,
        {taskId}, readReport, tr("Reading the reports on task %1").arg(taskId));
}

Result<QList<ProgressReport>> ProgressRepository::reportsForPlan(qint64 planId)
{
    return RS::list<ProgressReport>(
        m_db,
        u"SELECT " REPORT_COLUMNS u" FROM progress_report r JOIN task t ON t.id = r.task_id"
        u" WHERE t.plan_id = ? ORDER BY r.reported_on, r.task_id, r.id"_s,
        {planId}, readReport, tr("Reading the reports of plan %1").arg(planId));
}

Saved<ProgressReport> ProgressRepository::update(const ProgressReport &report)
{
    return RS::updateVersioned<ProgressReport>(
        m_db, u"progress_report"_s,
        u"UPDATE progress_report SET task_id = ?, department_id = ?, period = ?,"
        " reported_on = ?, percent = ?, status = ?, text = ?, is_sample = ?, evidence = ?,"
        " row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        reportValues(report), report.id, report.rowVersion,
        [this](qint64 id) {
            return RS::find<ProgressReport>(
                m_db, u"SELECT " REPORT_COLUMNS u" FROM progress_report r WHERE r.id = ?"_s, {id},
                readReport);
        },
        tr("Saving progress report %1").arg(report.id));
}

Status ProgressRepository::remove(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM progress_report WHERE id = ?"_s, {id},
                         tr("Deleting progress report %1").arg(id));
}

Result<QList<ReportOnTask>> ProgressRepository::latestReportsOf(qint64 planId, qint64 departmentId,
                                                                int limit)
{
    return RS::list<ReportOnTask>(
        m_db,
        u"SELECT " REPORT_COLUMNS u", t.number, p.number, g.kind, t.title"
        u" FROM progress_report r JOIN task t ON t.id = r.task_id"
        u" JOIN task_group g ON g.id = t.group_id"
        u" LEFT JOIN task p ON p.id = t.parent_id"
        u" WHERE t.plan_id = ? AND r.department_id = ?"
        u" ORDER BY r.reported_on DESC, r.period DESC, g.position,"
        u" coalesce(p.number, t.number), t.parent_id IS NOT NULL, t.number"
        u" LIMIT ?"_s,
        {planId, departmentId, limit},
        [](const QSqlQuery &q) {
            ReportOnTask r;
            r.report = readReport(q);
            constexpr int next = ReportColumnCount;
            r.taskNumber = q.value(next).toInt();
            r.parentNumber = Sql::toOptionalInt(q.value(next + 1));
            r.groupKind =
                fromCode<GroupKind>(q.value(next + 2).toString()).value_or(GroupKind::KeyTask);
            r.taskTitle = q.value(next + 3).toString();
            return r;
        },
        tr("Reading the latest reports of department %1").arg(departmentId));
}

} // namespace PlanDesk
