#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QObject>

#include "database/backupstore.h"
#include "database/database.h"
#include "database/healthcheck.h"
#include "util/result.h"

class QAction;
class QWidget;

namespace PlanDesk {

class Workspace;

/// Keeps the open ledger safe: after opening it checks the file (quick_check)
/// and takes the session's backup on a worker thread, so a big ledger does
/// not hold up the window; a damaged ledger is offered its newest good
/// backup; File ▸ Backups lists, takes and restores backups. A ledger on a
/// server is none of its business: the server's administrator backs it up.
class LedgerSafety final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerSafety)

public:
    LedgerSafety(Workspace &workspace, QWidget *window);
    ~LedgerSafety() override;

    /// Checks the open database and backs it up if it changed since its
    /// newest backup, on a worker thread; reports through checked().
    void checkInBackground();
    void showBackups();
    /// Restores `entry` over the open database, after asking.
    void restore(const BackupEntry &entry);
    /// Why File ▸ Backups is off for a ledger on a server.
    static QString serverBackupNote();

    /// At start, when the database would not open: if it is a damaged
    /// ledger with a good backup, offers to set it aside and open the
    /// backup. Returns the opened database, or the reason there is none.
    static Result<std::unique_ptr<Database>> recoverAtStart(QWidget *parent, const QString &path,
                                                            const QString &openError);
    /// Database::open, then recoverAtStart() when a read-write open fails.
    static Result<std::unique_ptr<Database>> openOrRecover(QWidget *parent, const QString &path,
                                                           Database::Access access);

signals:
    /// The background check is done (also when it found damage).
    void checked(const PlanDesk::Health &health);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

private:
    struct Outcome
    {
        QString path;
        Health health;
        QString backupError;
        int generation = 0;
    };
    static Outcome checkAndBackUp(const QString &path);
    void onChecked();
    /// Waits for a running check and makes its result stale.
    void stopChecking();
    /// Sets the open, damaged database aside and opens its newest backup.
    void recoverOpen(const Health &health);

    Workspace &m_workspace;
    QWidget *m_window;
    QFutureWatcher<Outcome> m_watcher;
    int m_generation = 0; ///< which check's result still counts
};

} // namespace PlanDesk
