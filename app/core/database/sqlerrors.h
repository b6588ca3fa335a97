#pragma once

#include <QString>

namespace PlanDesk {

/// Turns SQLite's message for a broken rule ("CHECK constraint failed:
/// task_percent_0_100") into a sentence a person understands. Messages it does
/// not know are returned unchanged.
QString describeSqlError(const QString &sqliteMessage);

/// SQLite gave up waiting for another connection's write lock (SQLITE_BUSY:
/// "database is locked") after the busy timeout.
bool isBusyError(const QString &sqliteMessage);

} // namespace PlanDesk
