#pragma once

#include <QCoreApplication>

#include "util/result.h"

namespace PlanDesk {

class Database;

/// RAII write transaction. The outermost guard runs BEGIN IMMEDIATE and names
/// the actor for the audit triggers; nested guards use savepoints, so
/// repositories compose into larger all-or-nothing operations. Whatever is not
/// committed is rolled back when the guard goes out of scope.
class TransactionGuard
{
    Q_DECLARE_TR_FUNCTIONS(TransactionGuard)
    Q_DISABLE_COPY_MOVE(TransactionGuard)

public:
    explicit TransactionGuard(Database &db);
    ~TransactionGuard();

    /// False when the transaction could not start (read-only file, locked, ...).
    bool ok() const { return m_active; }
    const QString &error() const { return m_error; }

    Status commit();
    void rollback();

private:
    Database &m_db;
    QString m_error;
    bool m_active = false;
    bool m_nested = false;
};

/// Runs `steps` (returning Status) in one transaction: committed when they
/// succeed, rolled back as a whole when any fails.
template<typename Steps> Status atomically(Database &db, Steps steps)
{
    TransactionGuard tx(db);
    if (!tx.ok())
        return Status::failure(tx.error());
    if (Status s = steps(); !s)
        return s;
    return tx.commit();
}

} // namespace PlanDesk
