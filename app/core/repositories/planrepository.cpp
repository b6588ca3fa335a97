#include "repositories/planrepository.h"

#include "database/database.h"
#include "repositories/repositorysupport.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

// Column lists joined to the statements at compile time (adjacent literals).
#define PLAN_COLUMNS                                                                               \
    u"id, title, issuer, document_number, signed_on, published_on, start_on, target_year,"         \
    u" row_version"
#define GROUP_COLUMNS u"id, plan_id, kind, position, numbering, title, row_version"

Plan readPlan(const QSqlQuery &q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.issuer = q.value(2).toString();
    p.documentNumber = q.value(3).toString();
    p.signedOn = Sql::toDate(q.value(4));
    p.publishedOn = Sql::toDate(q.value(5));
    p.startOn = Sql::toDate(q.value(6));
    p.targetYear = q.value(7).toInt();
    p.rowVersion = q.value(8).toLongLong();
    return p;
}

QVariantList planValues(const Plan &p)
{
    return {Sql::text(p.title),    Sql::text(p.issuer),      Sql::text(p.documentNumber),
            Sql::date(p.signedOn), Sql::date(p.publishedOn), Sql::date(p.startOn),
            p.targetYear};
}

TaskGroup readGroup(const QSqlQuery &q)
{
    TaskGroup g;
    g.id = q.value(0).toLongLong();
    g.planId = q.value(1).toLongLong();
    g.kind = fromCode<GroupKind>(q.value(2).toString()).value_or(GroupKind::KeyTask);
    g.position = q.value(3).toInt();
    g.numbering = q.value(4).toString();
    g.title = q.value(5).toString();
    g.rowVersion = q.value(6).toLongLong();
    return g;
}

QVariantList groupValues(const TaskGroup &g)
{
    return {g.planId, toCode(g.kind), g.position, Sql::text(g.numbering), Sql::text(g.title)};
}

} // namespace

Result<qint64> PlanRepository::create(const Plan &plan)
{
    return RS::insert(
        m_db,
        u"INSERT INTO plan (id, title, issuer, document_number, signed_on, published_on,"
        " start_on, target_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        RS::withId(plan.id, planValues(plan)), tr("Saving plan “%1”").arg(plan.title));
}

Result<Plan> PlanRepository::plan(qint64 id)
{
    return RS::one<Plan>(m_db, u"SELECT " PLAN_COLUMNS u" FROM plan WHERE id = ?"_s, {id}, readPlan,
                         tr("Reading plan %1").arg(id));
}

Result<QList<Plan>> PlanRepository::plans()
{
    return RS::list<Plan>(m_db, u"SELECT " PLAN_COLUMNS u" FROM plan ORDER BY id"_s, {}, readPlan,
                          tr("Reading plans"));
}

Saved<Plan> PlanRepository::update(const Plan &plan)
{
    return RS::updateVersioned<Plan>(
        m_db, u"plan"_s,
        u"UPDATE plan SET title = ?, issuer = ?, document_number = ?, signed_on = ?,"
        " published_on = ?, start_on = ?, target_year = ?, row_version = row_version + 1"
        " WHERE id = ? AND row_version = ?"_s,
        planValues(plan), plan.id, plan.rowVersion,
        [this](qint64 id) {
            return RS::find<Plan>(m_db, u"SELECT " PLAN_COLUMNS u" FROM plan WHERE id = ?"_s, {id},
                                  readPlan);
        },
        tr("Saving plan “%1”").arg(plan.title));
}

Status PlanRepository::remove(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM plan WHERE id = ?"_s, {id},
                         tr("Deleting plan %1").arg(id));
}

Result<bool> PlanRepository::hasSampleData()
{
    Result<qint64> n =
        m_db.scalar(u"SELECT EXISTS (SELECT 1 FROM progress_report WHERE is_sample = 1)"
                    " OR EXISTS (SELECT 1 FROM indicator_value WHERE is_sample = 1)"
                    " OR EXISTS (SELECT 1 FROM indicator WHERE baseline_is_sample = 1)"
                    " OR EXISTS (SELECT 1 FROM meeting WHERE is_sample = 1)"
                    " OR EXISTS (SELECT 1 FROM action_item WHERE is_sample = 1)"_s);
    if (!n)
        return Result<bool>::failure(RS::failure(tr("Looking for sample data"), n.error()));
    return *n != 0;
}

Result<qint64> PlanRepository::createGroup(const TaskGroup &group)
{
    return RS::insert(m_db,
                      u"INSERT INTO task_group (id, plan_id, kind, position, numbering, title)"
                      " VALUES (?, ?, ?, ?, ?, ?)"_s,
                      RS::withId(group.id, groupValues(group)),
                      tr("Saving group “%1”").arg(group.title));
}

Result<TaskGroup> PlanRepository::group(qint64 id)
{
    return RS::one<TaskGroup>(m_db, u"SELECT " GROUP_COLUMNS u" FROM task_group WHERE id = ?"_s,
                              {id}, readGroup, tr("Reading group %1").arg(id));
}

Result<QList<TaskGroup>> PlanRepository::groups(qint64 planId)
{
    return RS::list<TaskGroup>(
        m_db, u"SELECT " GROUP_COLUMNS u" FROM task_group WHERE plan_id = ? ORDER BY position"_s,
        {planId}, readGroup, tr("Reading the groups of plan %1").arg(planId));
}

Saved<TaskGroup> PlanRepository::updateGroup(const TaskGroup &group)
{
    return RS::updateVersioned<TaskGroup>(
        m_db, u"task_group"_s,
        u"UPDATE task_group SET plan_id = ?, kind = ?, position = ?, numbering = ?, title = ?,"
        " row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        groupValues(group), group.id, group.rowVersion,
        [this](qint64 id) {
            return RS::find<TaskGroup>(
                m_db, u"SELECT " GROUP_COLUMNS u" FROM task_group WHERE id = ?"_s, {id}, readGroup);
        },
        tr("Saving group “%1”").arg(group.title));
}

Status PlanRepository::removeGroup(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM task_group WHERE id = ?"_s, {id},
                         tr("Deleting group %1").arg(id));
}

} // namespace PlanDesk
