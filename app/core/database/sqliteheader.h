#pragma once

#include <optional>

#include <QString>

namespace PlanDesk {

/// True when the file starts with SQLite's header ("SQLite format 3").
/// Read with plain file I/O, so a file that is not a database at all is
/// refused without SQLite ever opening it.
bool isSqliteFile(const QString &path);

/// The ids the header of a SQLite file holds (PRAGMA user_version and
/// application_id), read with plain file I/O; nullopt if it is not one.
struct SqliteHeaderIds
{
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};
std::optional<SqliteHeaderIds> readSqliteHeaderIds(const QString &path);

/// A rollback journal beside the file that a writer stopped half-way left
/// ("hot"): only a read-write connection can roll it back.
bool hasLeftoverJournal(const QString &path);

} // namespace PlanDesk
