#pragma once

#include <optional>

#include <QtGlobal>

#include "models/pacefilter.h"

namespace PlanDesk {

/// The tasks a drill-down from a chart asks the plan page to list; every
/// other filter of the page is cleared.
struct TaskQuery
{
    qint64 groupId = 0; ///< 0: every group
    PaceFilter pace; ///< the segment's lights, overdue or not
    std::optional<qint64> leadDepartmentId; ///< only the tasks it leads
    /// Only key tasks and safeguard measures, each on its own standing, as
    /// the charts count them: no work items, and no task listed for the
    /// sake of a work item that matches.
    bool topLevelOnly = false;

    bool operator==(const TaskQuery &other) const;
};

} // namespace PlanDesk
