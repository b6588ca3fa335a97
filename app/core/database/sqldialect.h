#pragma once

#include <QString>

namespace PlanDesk {

/// Which SQL the connection speaks. The repositories write SQL both accept;
/// the few statements that differ live here, in one place.
enum class SqlDialect { Sqlite, Postgres };

namespace Dialect {

/// Starts a write transaction. SQLite takes the write lock at once, so a busy
/// file fails here rather than half-way through; PostgreSQL locks per row.
QString beginWrite(SqlDialect dialect);
/// Starts a read transaction that sees one snapshot for all its queries.
QString beginRead(SqlDialect dialect);

/// An INSERT that also gives back its row: PostgreSQL's lastval() would name
/// the audit log's row that the table's trigger inserted, not the new one.
QString returningRow(SqlDialect dialect, const QString &insert);
/// Transaction control, SET and the like cannot be prepared on PostgreSQL.
bool mustRunUnprepared(SqlDialect dialect, const QString &statement);

/// Where the migration scripts of this dialect are compiled in.
QString migrationsFolder(SqlDialect dialect);

/// Names the person a write is attributed to in the audit log, for the open
/// write transaction only; takes the actor as its one value.
QString setActor(SqlDialect dialect);
/// Clears the actor before commit (SQLite's is a row every connection sees;
/// PostgreSQL's ends with the transaction, so nothing is needed: empty).
QString clearActor(SqlDialect dialect);

/// The schema version the database records.
QString readSchemaVersion(SqlDialect dialect);

} // namespace Dialect
} // namespace PlanDesk
