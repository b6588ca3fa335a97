#pragma once

#include <QCoreApplication>

#include "plans/plandocument.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// Writes a PlanDocument into a database as one transaction: departments
/// (reusing those that exist by name), the plan, its groups, tasks and their
/// work items with their lead and cooperating departments in document order,
/// and its indicators.
class PlanInstaller
{
    Q_DECLARE_TR_FUNCTIONS(PlanInstaller)

public:
    /// Returns the new plan's id; on failure nothing is written.
    static Result<qint64> install(Database &db, const PlanDocument &document);
};

} // namespace PlanDesk
