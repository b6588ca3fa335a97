#include "pages/taskquery.h"

namespace PlanDesk {

bool TaskQuery::operator==(const TaskQuery &other) const
{
    return groupId == other.groupId && pace == other.pace
        && leadDepartmentId == other.leadDepartmentId && topLevelOnly == other.topLevelOnly;
}

} // namespace PlanDesk
