#include "taskmodelmeasure.h"

#include <QElapsedTimer>

#include "database/database.h"
#include "datasetspec.h"
#include "floorrepository.h"
#include "models/tasktreemodel.h"
#include "report/briefing.h"
#include "repositories/planrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "rules/taskstanding.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

/// What PlanPage::reload() does to fill its model; the count of rows shown.
Result<int> loadModel(Database &db, qint64 planId, const QDate &asOf)
{
    Result<QList<TaskGroup>> groups = PlanRepository(db).groups(planId);
    Result<QList<TaskOverview>> tasks = TaskRepository(db).overview(planId);
    Result<QList<ProgressReport>> reports = ProgressRepository(db).reportsForPlan(planId);
    if (!groups || !tasks || !reports)
        return Result<int>::failure(!groups      ? groups.error()
                                        : !tasks ? tasks.error()
                                                 : reports.error());
    TaskTreeModel model;
    model.setPlan(*groups, *tasks, asOf, tasksAsOf(*tasks, reportsByTask(*reports), asOf));
    return model.rowCount();
}

} // namespace

TaskModelMeasure::TaskModelMeasure(const RunOptions &options)
    : m_options(options)
{
}

Status TaskModelMeasure::measure(Figures &figures)
{
    // Only reads: the L file itself, opened read-only by both.
    const Result<OpenedPlan> opened = openFirstPlan(m_options.large);
    if (!opened)
        return Status::failure(opened.error());
    const qint64 planId = opened->planId;
    Result<std::unique_ptr<FloorRepository>> floorDb = FloorRepository::open(m_options.floorLarge);
    if (!floorDb)
        return Status::failure(floorDb.error());

    Figure figure {tr("Loading the plan page's task tree model on L: groups, tasks, departments "
                      "and progress reports read, tasks rewound to today, "
                      "TaskTreeModel::setPlan()"),
                   u"ms"_s,
                   {},
                   tr("The same rows read with SQLite's C API into plain strings and numbers"),
                   {},
                   {2.0, std::nullopt, tr("task model load ≤ 2× bare SQLite loop")}};
    const QDate asOf = datasetHorizon();
    // One untimed pass each, so both start from a warm page cache.
    if (const Result<int> warm = loadModel(*opened->db, planId, asOf); !warm)
        return Status::failure(warm.error());
    if (const Result<qint64> warm = (*floorDb)->readTaskTreeRows(planId); !warm)
        return Status::failure(warm.error());
    for (int i = 0; i < m_options.repeat; ++i) {
        note(tr("task model %1/%2").arg(i + 1).arg(m_options.repeat));
        QElapsedTimer clock;
        clock.start();
        const Result<int> rows = loadModel(*opened->db, planId, asOf);
        figure.figure.add(elapsedMs(clock));
        if (!rows)
            return Status::failure(rows.error());
        clock.restart();
        const Result<qint64> floorRows = (*floorDb)->readTaskTreeRows(planId);
        figure.floor.add(elapsedMs(clock));
        if (!floorRows)
            return Status::failure(floorRows.error());
    }
    figures.append({u"task_model_load_l"_s, figure});
    return {};
}

} // namespace PlanDesk::Bench
