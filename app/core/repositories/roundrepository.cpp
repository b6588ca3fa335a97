#include "repositories/roundrepository.h"

#include "repositories/repositorysupport.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

#define ROUND_COLUMNS u"id, plan_id, period, title, opens_on, due_on, note, is_sample, row_version"

ReportingRound readRound(const QSqlQuery &q)
{
    ReportingRound r;
    r.id = q.value(0).toLongLong();
    r.planId = q.value(1).toLongLong();
    r.period = q.value(2).toString();
    r.title = q.value(3).toString();
    r.opensOn = Sql::toDate(q.value(4));
    r.dueOn = Sql::toDate(q.value(5));
    r.note = q.value(6).toString();
    r.sample = q.value(7).toBool();
    r.rowVersion = q.value(8).toLongLong();
    return r;
}

QVariantList roundValues(const ReportingRound &r)
{
    return {r.planId,           Sql::text(r.period), Sql::text(r.title), Sql::date(r.opensOn),
            Sql::date(r.dueOn), Sql::text(r.note),   r.sample ? 1 : 0};
}

} // namespace

Result<qint64> RoundRepository::create(const ReportingRound &round)
{
    return RS::insert(m_db,
                      u"INSERT INTO reporting_round (id, plan_id, period, title, opens_on, due_on,"
                      " note, is_sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      RS::withId(round.id, roundValues(round)),
                      tr("Saving the reporting round “%1”").arg(round.title));
}

Result<ReportingRound> RoundRepository::round(qint64 id)
{
    return RS::one<ReportingRound>(m_db,
                                   u"SELECT " ROUND_COLUMNS u" FROM reporting_round WHERE id = ?"_s,
                                   {id}, readRound, tr("Reading reporting round %1").arg(id));
}

Result<QList<ReportingRound>> RoundRepository::rounds(qint64 planId)
{
    return RS::list<ReportingRound>(
        m_db,
        u"SELECT"
        u" " ROUND_COLUMNS u" FROM reporting_round WHERE plan_id = ? ORDER BY due_on, period, id"_s,
        {planId}, readRound, tr("Reading the reporting rounds of plan %1").arg(planId));
}

Saved<ReportingRound> RoundRepository::update(const ReportingRound &round)
{
    return RS::updateVersioned<ReportingRound>(
        m_db, u"reporting_round"_s,
        u"UPDATE reporting_round SET plan_id = ?, period = ?, title = ?, opens_on = ?,"
        " due_on = ?, note = ?, is_sample = ?, row_version = row_version + 1"
        " WHERE id = ? AND row_version = ?"_s,
        roundValues(round), round.id, round.rowVersion,
        [this](qint64 id) {
            return RS::find<ReportingRound>(
                m_db, u"SELECT " ROUND_COLUMNS u" FROM reporting_round WHERE id = ?"_s, {id},
                readRound);
        },
        tr("Saving the reporting round “%1”").arg(round.title));
}

Status RoundRepository::remove(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM reporting_round WHERE id = ?"_s, {id},
                         tr("Deleting reporting round %1").arg(id));
}

} // namespace PlanDesk
