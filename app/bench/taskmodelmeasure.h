#pragma once

#include "benchrun.h"

namespace PlanDesk::Bench {

/// Figure 3: the plan page's task tree model loaded from the L database as
/// PlanPage::reload() loads it (groups, tasks with their departments,
/// progress reports, each task rewound to the date, TaskTreeModel::setPlan),
/// beside FloorRepository reading the same rows with SQLite's C API.
class TaskModelMeasure
{
    Q_DECLARE_TR_FUNCTIONS(TaskModelMeasure)

public:
    explicit TaskModelMeasure(const RunOptions &options);
    Status measure(Figures &figures);

private:
    const RunOptions &m_options;
};

} // namespace PlanDesk::Bench
