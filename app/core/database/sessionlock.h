#pragma once

#include <memory>

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include "util/result.h"

namespace PlanDesk {

/// Marks a database as open for editing in a PlanDesk window: a lock file
/// "<database>.lock" beside it, held for as long as the window keeps the
/// database open and removed when the lock is destroyed.
///
/// Contract: only windows take it. Commands (export, check, backup, import)
/// never look at it: SQLite's own locking keeps a single write safe, and the
/// lock is about two people editing the same ledger for hours. A lock left by
/// a process that died is taken over (QLockFile checks the process id); a
/// live holder's lock never goes stale by age.
class SessionLock
{
    Q_DECLARE_TR_FUNCTIONS(SessionLock)
    Q_DISABLE_COPY_MOVE(SessionLock)

public:
    /// "<database>.lock".
    static QString lockPathFor(const QString &databasePath);
    /// Takes the lock, or says who holds it: "“台账.sqlite” is already open in
    /// PlanDesk on WORKSTATION-3 (process 1234) since …".
    static Result<std::unique_ptr<SessionLock>> acquire(const QString &databasePath);
    ~SessionLock();

    QString databasePath() const { return m_databasePath; }

private:
    explicit SessionLock(QString databasePath);

    QString m_databasePath;
    QLockFile m_file;
};

} // namespace PlanDesk
