#pragma once

#include <QString>

namespace PlanDesk::Testing {

/// Writes a values CSV of `rows` new values for the first plan's indicators
/// in `databasePath`, in periods of the years 1000 onwards that no demo value
/// uses, each as of its period's last day. False if it could not.
bool writeValuesFile(const QString &databasePath, const QString &csvPath, int rows);

} // namespace PlanDesk::Testing
