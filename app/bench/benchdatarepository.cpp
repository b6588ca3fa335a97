#include "benchdatarepository.h"

#include <array>

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "database/database.h"
#include "database/sqlerrors.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

enum Statement {
    InsertPlan,
    InsertGroup,
    InsertDepartment,
    InsertTask,
    InsertAssignment,
    InsertRound,
    InsertReport,
    UpdateTaskStanding,
    CorrectReport,
    InsertIndicator,
    InsertValue,
    ReviseValue,
    InsertMeeting,
    ApproveMeeting,
    InsertAttendee,
    InsertActionItem,
    UpdateActionItem,
    InsertReview,
    InsertAmendment,
    SetActor,
    StatementCount
};

struct StatementText
{
    const char16_t *table;
    const char16_t *sql;
};

const std::array<StatementText, StatementCount> statementTexts = {{
    {u"plan",
     u"INSERT INTO plan (id, title, issuer, document_number, signed_on, published_on,"
     u" start_on, target_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
    {u"task_group",
     u"INSERT INTO task_group (id, plan_id, kind, position, numbering, title)"
     u" VALUES (?, ?, ?, ?, ?, ?)"},
    {u"department",
     u"INSERT INTO department (id, name, short_name, kind, contact_person,"
     u" contact_phone, active) VALUES (?, ?, ?, ?, ?, ?, ?)"},
    {u"task",
     u"INSERT INTO task (id, plan_id, group_id, parent_id, number, title, text, start_on,"
     u" due_on, status, percent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {u"assignment",
     u"INSERT INTO assignment (id, task_id, department_id, role, position)"
     u" VALUES (?, ?, ?, ?, ?)"},
    {u"reporting_round",
     u"INSERT INTO reporting_round (id, plan_id, period, title, opens_on,"
     u" due_on, note, is_sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
    {u"progress_report",
     u"INSERT INTO progress_report (id, task_id, department_id, period, reported_on, percent,"
     u" status, text, is_sample, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {u"task", u"UPDATE task SET status = ?, percent = ? WHERE id = ?"},
    {u"progress_report", u"UPDATE progress_report SET text = ?, evidence = ? WHERE id = ?"},
    {u"indicator",
     u"INSERT INTO indicator (id, plan_id, position, code, name, unit, comparison,"
     u" baseline_value, baseline_year, baseline_source, baseline_is_sample, target_value,"
     u" target_year, department_id, ratio_numerator, ratio_denominator, ratio_scale)"
     u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {u"indicator_value",
     u"INSERT INTO indicator_value (id, indicator_id, period, value, source,"
     u" as_of, note, is_sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
    {u"indicator_value", u"UPDATE indicator_value SET value = ?, as_of = ?, note = ? WHERE id = ?"},
    {u"meeting",
     u"INSERT INTO meeting (id, plan_id, kind, title, held_on, place, chair, agenda,"
     u" minutes, approval, approved_on, is_sample)"
     u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {u"meeting", u"UPDATE meeting SET approval = 'approved', approved_on = ? WHERE id = ?"},
    {u"meeting_attendee",
     u"INSERT INTO meeting_attendee (id, meeting_id, department_id, person)"
     u" VALUES (?, ?, ?, ?)"},
    {u"action_item",
     u"INSERT INTO action_item (id, meeting_id, owner_department_id, task_id, description,"
     u" due_on, status, follow_up, closed_on, is_sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
    {u"action_item",
     u"UPDATE action_item SET status = ?, follow_up = ?, closed_on = ?"
     u" WHERE id = ?"},
    {u"action_review",
     u"INSERT INTO action_review (id, action_item_id, meeting_id, status, note)"
     u" VALUES (?, ?, ?, ?, ?)"},
    {u"meeting_amendment",
     u"INSERT INTO meeting_amendment (id, meeting_id, made_on, text,"
     u" reason, actor) VALUES (?, ?, ?, ?, ?, ?)"},
    {u"audit_context", u"UPDATE audit_context SET actor = ? WHERE id = 1"},
}};

// Every table of the schema (004), read whole in primary-key order for the
// digest. The audit log without changed_at, which the triggers take from
// the clock.
const char16_t *const digestQueries[] = {
    u"SELECT * FROM plan ORDER BY id",
    u"SELECT * FROM task_group ORDER BY id",
    u"SELECT * FROM department ORDER BY id",
    u"SELECT * FROM task ORDER BY id",
    u"SELECT * FROM assignment ORDER BY id",
    u"SELECT * FROM progress_report ORDER BY id",
    u"SELECT * FROM indicator ORDER BY id",
    u"SELECT * FROM indicator_value ORDER BY id",
    u"SELECT * FROM meeting ORDER BY id",
    u"SELECT * FROM meeting_attendee ORDER BY id",
    u"SELECT * FROM action_item ORDER BY id",
    u"SELECT * FROM reporting_round ORDER BY id",
    u"SELECT * FROM action_review ORDER BY id",
    u"SELECT * FROM meeting_amendment ORDER BY id",
    u"SELECT * FROM assessment_weights ORDER BY plan_id",
    u"SELECT * FROM audit_context ORDER BY id",
    u"SELECT id, actor, table_name, row_id, action, before, after FROM audit_log ORDER BY id",
};

const char16_t *const countedTables[] = {
    u"plan",          u"task_group",        u"department",         u"task",
    u"assignment",    u"progress_report",   u"indicator",          u"indicator_value",
    u"meeting",       u"meeting_attendee",  u"action_item",        u"reporting_round",
    u"action_review", u"meeting_amendment", u"assessment_weights", u"audit_log"};
// One row holding the count of each table above, in the same order.
const char16_t countsQuery[] =
    u"SELECT (SELECT count(*) FROM plan), (SELECT count(*) FROM task_group),"
    u" (SELECT count(*) FROM department), (SELECT count(*) FROM task),"
    u" (SELECT count(*) FROM assignment), (SELECT count(*) FROM progress_report),"
    u" (SELECT count(*) FROM indicator), (SELECT count(*) FROM indicator_value),"
    u" (SELECT count(*) FROM meeting), (SELECT count(*) FROM meeting_attendee),"
    u" (SELECT count(*) FROM action_item), (SELECT count(*) FROM reporting_round),"
    u" (SELECT count(*) FROM action_review), (SELECT count(*) FROM meeting_amendment),"
    u" (SELECT count(*) FROM assessment_weights), (SELECT count(*) FROM audit_log)";

QString sqliteMessage(const QSqlError &error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

QVariant optionalId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

struct BenchDataRepository::Statements
{
    std::array<std::optional<QSqlQuery>, StatementCount> queries;
};

BenchDataRepository::BenchDataRepository(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>())
{
}

BenchDataRepository::~BenchDataRepository() = default;

Status BenchDataRepository::run(int statement, const QVariantList &values, qint64 rowId)
{
    std::optional<QSqlQuery> &query = m_statements->queries[statement];
    if (!query) {
        query.emplace(m_db.connection());
        if (!query->prepare(QStringView(statementTexts[statement].sql).toString())) {
            const QString error = sqliteMessage(query->lastError());
            query.reset();
            return Status::failure(tr("Preparing the writes to %1 failed: %2")
                                       .arg(QStringView(statementTexts[statement].table), error));
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(static_cast<int>(i), values.at(i));
    if (!query->exec())
        return Status::failure(tr("Writing row %1 of %2 failed: %3")
                                   .arg(rowId)
                                   .arg(QStringView(statementTexts[statement].table),
                                        describeSqlError(sqliteMessage(query->lastError()))));
    return {};
}

Status BenchDataRepository::beginBulkLoad()
{
    // The file is new and deleted if anything fails, so nothing needs to
    // survive a crash until the end; the journal stays for ROLLBACK.
    for (const QString &pragma :
         {u"PRAGMA journal_mode = MEMORY"_s, u"PRAGMA synchronous = OFF"_s,
          u"PRAGMA cache_size = -262144"_s, u"PRAGMA temp_store = MEMORY"_s}) {
        if (auto q = m_db.exec(pragma); !q)
            return Status::failure(
                tr("Preparing “%1” for writing failed: %2").arg(m_db.path(), q.error()));
    }
    return {};
}

Status BenchDataRepository::endBulkLoad()
{
    m_statements = std::make_unique<Statements>(); // no statement may hold the file open
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA cache_size = -2000"_s}) {
        if (auto q = m_db.exec(pragma); !q)
            return Status::failure(tr("Finishing “%1” failed: %2").arg(m_db.path(), q.error()));
    }
    return {};
}

Status BenchDataRepository::setActor(const QString &actor)
{
    return run(SetActor, {actor}, 1);
}

Status BenchDataRepository::insertPlan(const Plan &p)
{
    return run(InsertPlan,
               {p.id, p.title, Sql::text(p.issuer), Sql::text(p.documentNumber),
                Sql::date(p.signedOn), Sql::date(p.publishedOn), Sql::date(p.startOn),
                p.targetYear},
               p.id);
}

Status BenchDataRepository::insertGroup(const TaskGroup &g)
{
    return run(InsertGroup,
               {g.id, g.planId, toCode(g.kind), g.position, Sql::text(g.numbering), g.title}, g.id);
}

Status BenchDataRepository::insertDepartment(const Department &d)
{
    return run(InsertDepartment,
               {d.id, d.name, Sql::text(d.shortName), toCode(d.kind), Sql::text(d.contactPerson),
                Sql::text(d.contactPhone), d.active ? 1 : 0},
               d.id);
}

Status BenchDataRepository::insertTask(const Task &t)
{
    return run(InsertTask,
               {t.id, t.planId, t.groupId, optionalId(t.parentId.value_or(0)), t.number, t.title,
                Sql::text(t.text), Sql::date(t.startOn), Sql::date(t.dueOn), toCode(t.status),
                t.percent},
               t.id);
}

Status BenchDataRepository::insertAssignment(const Assignment &a)
{
    return run(InsertAssignment, {a.id, a.taskId, a.departmentId, toCode(a.role), a.position},
               a.id);
}

Status BenchDataRepository::insertRound(const ReportingRound &r)
{
    return run(InsertRound,
               {r.id, r.planId, r.period, r.title, Sql::date(r.opensOn), Sql::date(r.dueOn),
                Sql::text(r.note), r.sample ? 1 : 0},
               r.id);
}

Status BenchDataRepository::insertReport(const ProgressReport &r)
{
    return run(InsertReport,
               {r.id, r.taskId, r.departmentId, r.period, Sql::date(r.reportedOn), r.percent,
                toCode(r.status), Sql::text(r.text), r.sample ? 1 : 0, Sql::text(r.evidence)},
               r.id);
}

Status BenchDataRepository::updateTaskStanding(qint64 taskId, TaskStatus status, int percent)
{
    return run(UpdateTaskStanding, {toCode(status), percent, taskId}, taskId);
}

Status BenchDataRepository::correctReport(qint64 reportId, const QString &text,
                                          const QString &evidence)
{
    return run(CorrectReport, {Sql::text(text), Sql::text(evidence), reportId}, reportId);
}

Status BenchDataRepository::insertIndicator(const Indicator &i)
{
    return run(InsertIndicator,
               {i.id, i.planId, i.position, i.code, i.name, Sql::text(i.unit), toCode(i.comparison),
                Sql::decimal(i.baselineValue), Sql::optional(i.baselineYear),
                Sql::text(i.baselineSource), i.baselineSample ? 1 : 0, Sql::decimal(i.targetValue),
                i.targetYear, Sql::optional(i.departmentId),
                i.ratio ? QVariant(i.ratio->numerator) : QVariant(QMetaType::fromType<QString>()),
                i.ratio ? QVariant(i.ratio->denominator) : QVariant(QMetaType::fromType<QString>()),
                i.ratio ? QVariant(i.ratio->scale) : QVariant(QMetaType::fromType<qint64>())},
               i.id);
}

Status BenchDataRepository::insertValue(const IndicatorValue &v)
{
    return run(InsertValue,
               {v.id, v.indicatorId, v.period, Sql::decimal(v.value), Sql::text(v.source),
                Sql::date(v.asOf), Sql::text(v.note), v.sample ? 1 : 0},
               v.id);
}

Status BenchDataRepository::reviseValue(qint64 valueId, Decimal value, const QDate &asOf,
                                        const QString &note)
{
    return run(ReviseValue, {Sql::decimal(value), Sql::date(asOf), Sql::text(note), valueId},
               valueId);
}

Status BenchDataRepository::insertMeeting(const Meeting &m)
{
    return run(InsertMeeting,
               {m.id, m.planId, toCode(m.kind), Sql::text(m.title), Sql::date(m.heldOn),
                Sql::text(m.place), Sql::text(m.chair), Sql::text(m.agenda), Sql::text(m.minutes),
                toCode(m.approval), Sql::date(m.approvedOn), m.sample ? 1 : 0},
               m.id);
}

Status BenchDataRepository::approveMeeting(qint64 meetingId, const QDate &approvedOn)
{
    return run(ApproveMeeting, {Sql::date(approvedOn), meetingId}, meetingId);
}

Status BenchDataRepository::insertAttendee(const MeetingAttendee &a)
{
    return run(InsertAttendee,
               {a.id, a.meetingId, Sql::optional(a.departmentId), Sql::text(a.person)}, a.id);
}

Status BenchDataRepository::insertActionItem(const ActionItem &a)
{
    return run(InsertActionItem,
               {a.id, a.meetingId, a.ownerDepartmentId, Sql::optional(a.taskId), a.description,
                Sql::date(a.dueOn), toCode(a.status), Sql::text(a.followUp), Sql::date(a.closedOn),
                a.sample ? 1 : 0},
               a.id);
}

Status BenchDataRepository::updateActionItem(qint64 itemId, ActionStatus status,
                                             const QString &followUp, const QDate &closedOn)
{
    return run(UpdateActionItem, {toCode(status), Sql::text(followUp), Sql::date(closedOn), itemId},
               itemId);
}

Status BenchDataRepository::insertReview(const ActionReview &r)
{
    return run(InsertReview,
               {r.id, r.actionItemId, r.meetingId, toCode(r.status), Sql::text(r.note)}, r.id);
}

Status BenchDataRepository::insertAmendment(const MeetingAmendment &a)
{
    return run(InsertAmendment,
               {a.id, a.meetingId, Sql::date(a.madeOn), a.text, a.reason, Sql::text(a.actor)},
               a.id);
}

Result<qint64> BenchDataRepository::auditRowCount()
{
    return m_db.scalar(u"SELECT count(*) FROM audit_log"_s);
}

Result<QList<TableCount>> BenchDataRepository::tableCounts()
{
    Result<QSqlQuery> q = m_db.exec(QStringView(countsQuery).toString());
    if (!q || !q->next())
        return Result<QList<TableCount>>::failure(
            tr("Counting the rows of “%1” failed: %2")
                .arg(m_db.path(), q ? sqliteMessage(q->lastError()) : q.error()));
    QList<TableCount> counts;
    for (int i = 0; i < static_cast<int>(std::size(countedTables)); ++i)
        counts << TableCount {QStringView(countedTables[i]).toString(), q->value(i).toLongLong()};
    return counts;
}

Result<QByteArray> BenchDataRepository::contentDigest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char16_t *sql : digestQueries) {
        Result<QSqlQuery> q = m_db.exec(QStringView(sql).toString());
        if (!q)
            return Result<QByteArray>::failure(
                tr("Reading “%1” for its digest failed: %2").arg(m_db.path(), q.error()));
        hash.addData(QByteArrayView(QStringView(sql).toString().toUtf8()));
        const int columns = q->record().count();
        while (q->next()) {
            for (int c = 0; c < columns; ++c) {
                const QVariant v = q->value(c);
                // Type and value, so NULL, '' and 0 hash differently.
                const QByteArray cell = v.isNull()
                    ? QByteArray("\x01N")
                    : QByteArray("\x01") + QByteArray(v.typeName()) + '=' + v.toString().toUtf8();
                hash.addData(cell);
            }
            hash.addData(QByteArrayView("\x02"));
        }
    }
    return hash.result().toHex();
}

} // namespace PlanDesk::Bench
