#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace PlanDesk {

class Database;

/// One table of a ledger as a copy between SQLite and PostgreSQL sees it:
/// its name, its columns in schema order, and the column that names a row.
struct LedgerTable
{
    QString name;
    QStringList columns;
    QString key; ///< the primary key: "id", or "plan_id" for assessment_weights
};

/// A table's fingerprint: how many rows, and the SHA-256 (hex) of every row
/// rendered canonically in primary-key order.
struct TableChecksum
{
    QString table;
    qint64 rows = 0;
    QByteArray sha256;
};

/// The tables a ledger holds, in foreign-key order (a table comes after every
/// table it refers to), with their columns as schema 5 of both dialects
/// defines them. SQLite's audit_context and PostgreSQL's plandesk_schema are
/// bookkeeping of their dialect and not part of the ledger.
class LedgerTables
{
    Q_DECLARE_TR_FUNCTIONS(LedgerTables)

public:
    static const QList<LedgerTable> &all();

    /// Refuses a database whose tables or columns (names, in order) differ
    /// from all(), naming the table and what differs.
    static Status checkColumns(Database &db);

    /// The table's rows and checksum. The rendering: per row, per column,
    /// NULL as "N;", an integer as "I" and its decimal digits and ";", a text
    /// as "T", its UTF-8 length, ":" and its UTF-8 bytes, then ";"; "\n" ends
    /// a row. So NULL, '' and 0 differ, and the same ledger gives the same
    /// checksum on SQLite and on PostgreSQL.
    static Result<TableChecksum> checksum(Database &db, const LedgerTable &table);

    /// "SELECT columns FROM table ORDER BY key" (tasks: top-level ones first).
    static QString selectAll(const LedgerTable &table, bool parentsFirst);
    /// "INSERT INTO table (columns) VALUES (?, …), (?, …)…" for `rows` rows.
    static QString insertRows(const LedgerTable &table, int rows);
};

} // namespace PlanDesk
