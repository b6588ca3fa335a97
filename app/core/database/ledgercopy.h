#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "database/ledgertables.h"
#include "util/result.h"

namespace PlanDesk {

/// What a finished copy found: every table's rows and checksum, read back
/// from the server on a fresh connection and equal to the file's.
struct LedgerCopyReport
{
    QList<TableChecksum> tables;
    qint64 rows = 0;
    qint64 copyMs = 0; ///< reading the file and writing the server, up to commit
    qint64 verifyMs = 0; ///< reading the server back
};

/// Moves a ledger from a SQLite file to a database on a PostgreSQL server
/// (`plandesk migrate`).
///
/// Contract: the file is opened read-only and never changed; it must have the
/// latest schema. The target is set up with Database::create(), which refuses
/// a database that already holds a ledger or any other tables. Every row of
/// every table goes in with its own id in one transaction, with PlanDesk's
/// triggers off (the audit log is copied as it is, not written again; rules
/// about approved minutes were checked when the rows were first written);
/// foreign keys and CHECKs stay on. A row the server refuses undoes the whole
/// copy, naming the table, the row and the rule. After commit every table is
/// read back and compared, row count and checksum, with the file.
class LedgerCopy
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCopy)

public:
    /// Called as rows go in: the table, rows done and rows it holds.
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    static Result<LedgerCopyReport> copy(const QString &sourceFile, const QString &target,
                                         const Progress &progress = {});
};

} // namespace PlanDesk
