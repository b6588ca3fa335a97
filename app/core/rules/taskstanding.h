#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>

#include "domain/entities.h"

namespace PlanDesk {

/// The task as it stood on `asOf`: its percent and status rewound to what
/// its lead department had reported by then.
///
/// The lead's report with the latest period is a task's standing (see
/// TaskEdits::recordProgress), so when the lead reported nothing after
/// `asOf` the task's present percent and status are returned unchanged;
/// otherwise those of the lead's latest-period report dated on or before
/// `asOf`, or not started at 0 % when there is none. `reports` may hold any
/// department's reports on the task; the others are ignored.
Task taskAsOf(const Task &task, std::optional<qint64> leadDepartmentId,
              const QList<ProgressReport> &reports, const QDate &asOf);

/// A plan's reports by the task they are on, for taskAsOf().
QHash<qint64, QList<ProgressReport>> reportsByTask(const QList<ProgressReport> &reports);

} // namespace PlanDesk
