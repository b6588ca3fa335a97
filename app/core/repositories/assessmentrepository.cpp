#include "repositories/assessmentrepository.h"

#include "repositories/repositorysupport.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

Result<AssessmentWeights> AssessmentRepository::weights(qint64 planId)
{
    const QString context = tr("Reading the assessment weights of plan %1").arg(planId);
    const Result<QList<AssessmentWeights>> rows = RS::list<AssessmentWeights>(
        m_db, u"SELECT reporting, pace, actions FROM assessment_weights WHERE plan_id = ?"_s,
        {planId},
        [](const QSqlQuery &q) {
            return AssessmentWeights {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
        },
        context);
    if (!rows)
        return Result<AssessmentWeights>::failure(rows.error());
    return rows->isEmpty() ? AssessmentWeights() : rows->constFirst();
}

Status AssessmentRepository::setWeights(qint64 planId, const AssessmentWeights &weights)
{
    return RS::execute(m_db,
                       u"INSERT INTO assessment_weights (plan_id, reporting, pace, actions)"
                       " VALUES (?, ?, ?, ?) ON CONFLICT (plan_id) DO UPDATE SET"
                       " reporting = excluded.reporting, pace = excluded.pace,"
                       " actions = excluded.actions"_s,
                       {planId, weights.reporting, weights.pace, weights.actions},
                       tr("Saving the assessment weights of plan %1").arg(planId));
}

} // namespace PlanDesk
