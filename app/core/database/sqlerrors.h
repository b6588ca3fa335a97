#pragma once

#include <QString>

class QSqlError;

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

/// What the PostgreSQL server said, in one line a person can read: the
/// server's primary message, or ours when a viewer tried to change something
/// (insufficient privilege) or the connection dropped. describeSqlError()
/// then understands it like SQLite's.
QString serverMessage(const QSqlError &error);

} // namespace PlanDesk
