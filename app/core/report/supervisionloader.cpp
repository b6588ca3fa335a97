#include "report/supervisionloader.h"

#include "database/readtransaction.h"
#include "repositories/assessmentrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/planrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/roundrepository.h"
#include "repositories/taskrepository.h"
#include "rules/taskstanding.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

Result<SupervisionData> SupervisionLoader::load(qint64 planId)
{
    using R = Result<SupervisionData>;
    ReadTransaction snapshot(m_db);
    MeetingRepository meetings(m_db);

    const Result<Plan> plan = PlanRepository(m_db).plan(planId);
    const Result<QList<TaskOverview>> overview = TaskRepository(m_db).overview(planId);
    const Result<QList<Department>> departments = DepartmentRepository(m_db).departments();
    const Result<QList<ProgressReport>> reports = ProgressRepository(m_db).reportsForPlan(planId);
    const Result<QList<Meeting>> meetingList = meetings.meetings(planId);
    const Result<QList<ActionItem>> actions = meetings.actionItemsForPlan(planId);
    for (const QString *error : {&plan.error(), &overview.error(), &departments.error(),
                                 &reports.error(), &meetingList.error(), &actions.error()}) {
        if (!error->isEmpty())
            return R::failure(failure(planId, *error));
    }

    SupervisionData data;
    data.plan = *plan;
    data.tasks = *overview;
    data.departments = *departments;
    data.reportsByTask = reportsByTask(*reports);
    data.meetings = *meetingList;
    data.actionItems = *actions;
    if (Status s = complete(data); !s)
        return R::failure(s.error());
    return data;
}

Status SupervisionLoader::complete(SupervisionData &data)
{
    const qint64 planId = data.plan.id;
    const Result<QList<Assignment>> assignments = TaskRepository(m_db).assignmentsForPlan(planId);
    const Result<QList<ReportingRound>> rounds = RoundRepository(m_db).rounds(planId);
    const Result<AssessmentWeights> weights = AssessmentRepository(m_db).weights(planId);
    for (const QString *error : {&assignments.error(), &rounds.error(), &weights.error()}) {
        if (!error->isEmpty())
            return Status::failure(failure(planId, *error));
    }
    data.assignments = *assignments;
    data.rounds = *rounds;
    data.weights = *weights;
    data.reindex();
    return {};
}

QString SupervisionLoader::failure(qint64 planId, const QString &error)
{
    return tr("Reading the supervision records of plan %1: %2").arg(planId).arg(error);
}

} // namespace PlanDesk
