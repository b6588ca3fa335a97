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

/// SQLite found the file damaged (SQLITE_CORRUPT: "database disk image is
/// malformed", SQLITE_NOTADB: "file is not a database"), as opposed to busy,
/// locked, read-only or cannot-open, which are not damage.
bool isDamageError(const QString &sqliteMessage);

} // namespace PlanDesk
