#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "database/sqldialect.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// Brings a database's schema up to date from the numbered SQL files in
/// :/migrations (001_*.sql, 002_*.sql, ...) for SQLite and
/// :/migrations/postgresql for PostgreSQL. The numbers are one sequence for
/// both: a server ledger starts at a baseline (005_schema.sql: everything up
/// to schema 5 at once) and from then on each change has a file per dialect
/// under the same number. Each file records its own version (PRAGMA
/// user_version; plandesk_schema on a server); all pending files commit in
/// one transaction or not at all (a crash leaves the old schema).
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString resourcePath;
    };

    static const QList<Migration> &migrations(SqlDialect dialect = SqlDialect::Sqlite);
    /// The same for both dialects (a test holds them to it).
    static int latestVersion();
    /// Applies every migration above the database's version up to `target`.
    static Status migrate(Database &db, int target);

private:
    /// Runs one file's statements inside the open transaction.
    static Status apply(Database &db, const Migration &migration);
    static Status migrateServer(Database &db, int target);
    static Status applyOnServer(Database &db, const Migration &migration);
};

} // namespace PlanDesk
