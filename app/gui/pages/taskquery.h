#pragma once

#include <optional>

#include <QtGlobal>

#include "rules/pace.h"

namespace PlanDesk {

/// The tasks a drill-down from a chart asks the plan page to list; every
/// other filter of the page is cleared.
struct TaskQuery
{
    qint64 groupId = 0; ///< 0: every group
    std::optional<PaceLight> light;
    bool overdue = false; ///< past due and not done, instead of a light
    std::optional<qint64> leadDepartmentId; ///< only the tasks it leads

    bool operator==(const TaskQuery &other) const
    {
        return groupId == other.groupId && light == other.light && overdue == other.overdue
            && leadDepartmentId == other.leadDepartmentId;
    }
};

} // namespace PlanDesk
