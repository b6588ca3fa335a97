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
    TaskRepository tasks(m_db);
    MeetingRepository meetings(m_db);

    const Result<Plan> plan = PlanRepository(m_db).plan(planId);
    const Result<QList<TaskOverview>> overview = tasks.overview(planId);
    const Result<QList<Assignment>> assignments = tasks.assignmentsForPlan(planId);
    const Result<QList<Department>> departments = DepartmentRepository(m_db).departments();
    const Result<QList<ProgressReport>> reports = ProgressRepository(m_db).reportsForPlan(planId);
    const Result<QList<ReportingRound>> rounds = RoundRepository(m_db).rounds(planId);
    const Result<QList<Meeting>> meetingList = meetings.meetings(planId);
    const Result<QList<ActionItem>> actions = meetings.actionItemsForPlan(planId);
    const Result<AssessmentWeights> weights = AssessmentRepository(m_db).weights(planId);
    for (const QString *error : {&plan.error(), &overview.error(), &assignments.error(),
                                 &departments.error(), &reports.error(), &rounds.error(),
                                 &meetingList.error(), &actions.error(), &weights.error()}) {
        if (!error->isEmpty())
            return R::failure(
                tr("Reading the supervision records of plan %1: %2").arg(planId).arg(*error));
    }

    SupervisionData data;
    data.plan = *plan;
    data.tasks = *overview;
    data.assignments = *assignments;
    data.departments = *departments;
    data.reportsByTask = reportsByTask(*reports);
    data.rounds = *rounds;
    data.meetings = *meetingList;
    data.actionItems = *actions;
    data.weights = *weights;
    data.reindex();
    return data;
}

} // namespace PlanDesk
