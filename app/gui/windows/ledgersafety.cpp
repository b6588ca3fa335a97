#include "windows/ledgersafety.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include "database/database.h"
#include "database/restorer.h"
#include "dialogs/backupsdialog.h"
#include "editing/workspace.h"
#include "widgets/waitcursor.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString describeBackup(const BackupEntry &entry)
{
    return LedgerSafety::tr("the backup taken %1 (%2)")
        .arg(QLocale().toString(entry.taken, QLocale::ShortFormat),
             BackupStore::describe(entry.reason));
}

/// Asks whether to set a damaged ledger aside for its newest good backup.
bool askToRecover(QWidget *parent, const Health &problem, const BackupEntry &backup)
{
    QMessageBox box(QMessageBox::Warning, LedgerSafety::tr("Damaged database"),
                    LedgerSafety::tr("%1\n\nPlanDesk can move the damaged file aside (nothing is "
                                     "deleted) and open %2 in its place. Changes made after "
                                     "that backup are not in it.")
                        .arg(problem.message, describeBackup(backup)),
                    QMessageBox::Cancel, parent);
    box.setDetailedText(problem.details);
    QPushButton *recover =
        box.addButton(LedgerSafety::tr("Set Aside and &Restore"), QMessageBox::AcceptRole);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == recover;
}

} // namespace

LedgerSafety::LedgerSafety(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LedgerSafety::onChecked);
}

LedgerSafety::~LedgerSafety()
{
    m_watcher.waitForFinished();
}

LedgerSafety::Outcome LedgerSafety::checkAndBackUp(const QString &path)
{
    Outcome outcome {path, HealthCheck::quick(path), {}};
    // Never back up a damaged file: rotation could push the good copies out.
    if (outcome.health.verdict != Health::Verdict::Healthy)
        return outcome;
    BackupStore store(path);
    if (store.changedSinceNewest()) {
        const Result<BackupEntry> taken = store.take(path, BackupReason::Session);
        if (!taken)
            outcome.backupError = taken.error();
    }
    return outcome;
}

void LedgerSafety::checkInBackground()
{
    stopChecking();
    // The server checks and its administrator backs up (pg_dump): no file here.
    if (m_workspace.database().isOnServer())
        return;
    const QString path = m_workspace.database().path();
    const int generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([path, generation] {
        Outcome outcome = checkAndBackUp(path);
        outcome.generation = generation;
        return outcome;
    }));
}

void LedgerSafety::onChecked()
{
    const Outcome outcome = m_watcher.result();
    // Another file was opened or restored meanwhile: this result is not about it.
    if (outcome.generation != m_generation || outcome.path != m_workspace.database().path())
        return;
    if (!outcome.backupError.isEmpty())
        emit statusMessage(tr("The automatic backup failed: %1").arg(outcome.backupError));
    if (outcome.health.verdict == Health::Verdict::Damaged)
        recoverOpen(outcome.health);
    emit checked(outcome.health);
}

void LedgerSafety::stopChecking()
{
    // The worker's own connection must be closed before the file is
    // replaced, and what it found no longer counts.
    m_watcher.waitForFinished();
    ++m_generation;
}

void LedgerSafety::recoverOpen(const Health &health)
{
    const QString path = m_workspace.database().path();
    // Without the session lock another window may be editing the file:
    // only that window may move it.
    if (m_workspace.database().isReadOnly())
        return emit errorOccurred(tr("%1\n\nIt is open read-only here; restore it from a "
                                     "backup in the window that edits it.")
                                      .arg(health.message));
    const std::optional<BackupEntry> backup = BackupStore(path).newestGood();
    if (!backup) {
        emit errorOccurred(tr("%1\n\nNo good backup of it was found in “%2”. Save a copy of "
                              "what you still see (File ▸ Export) and ask for help.")
                               .arg(health.message, native(BackupStore(path).folder())));
        return;
    }
    if (!askToRecover(m_window, health, *backup))
        return;
    stopChecking();
    const WaitCursor wait;
    QString aside;
    const Status replaced = m_workspace.replaceFile([&](const QString &file) -> Result<QString> {
        Result<RestoreOutcome> restored =
            Restorer::restore(file, backup->path, Restorer::Current::SetAside);
        if (!restored)
            return Result<QString>::failure(restored.error());
        aside = restored->setAside;
        return aside;
    });
    if (!replaced)
        return emit errorOccurred(replaced.error());
    emit statusMessage(tr("Restored %1; the damaged file is kept as %2.")
                           .arg(describeBackup(*backup), native(aside)));
}

void LedgerSafety::showBackups()
{
    if (m_workspace.database().isOnServer())
        return emit errorOccurred(serverBackupNote());
    BackupsDialog dialog(m_workspace.database().path(), m_window);
    connect(&dialog, &BackupsDialog::backUpNowRequested, this, [this, &dialog] {
        const WaitCursor wait;
        const Result<BackupEntry> taken = BackupStore(m_workspace.database().path())
                                              .take(m_workspace.database(), BackupReason::Manual);
        if (!taken)
            return emit errorOccurred(taken.error());
        dialog.reload();
        emit statusMessage(tr("Backed up to %1").arg(native(taken->path)));
    });
    connect(&dialog, &BackupsDialog::restoreRequested, this,
            [this, &dialog](const BackupEntry &entry) {
                restore(entry);
                dialog.reload();
            });
    dialog.exec();
}

QString LedgerSafety::serverBackupNote()
{
    return tr("A ledger on a server has no backup files on this computer: the server's "
              "administrator backs it up with pg_dump (see the README).");
}

void LedgerSafety::restore(const BackupEntry &entry)
{
    if (m_workspace.database().isOnServer())
        return emit errorOccurred(serverBackupNote());
    if (m_workspace.database().isReadOnly())
        return emit errorOccurred(tr("This database is open read-only; it cannot be restored."));
    const QMessageBox::StandardButton answer = QMessageBox::question(
        m_window, tr("Restore Backup"),
        tr("Replace the open database with %1?\n\nThe database as it is now is backed up "
           "first, so this can be undone by restoring that backup.")
            .arg(describeBackup(entry)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    stopChecking();
    const WaitCursor wait;
    QString safety;
    const Status replaced = m_workspace.replaceFile([&](const QString &file) -> Result<QString> {
        Result<RestoreOutcome> restored = Restorer::restore(file, entry.path);
        if (!restored)
            return Result<QString>::failure(restored.error());
        safety = restored->safetyBackup.isEmpty() ? restored->setAside : restored->safetyBackup;
        return safety;
    });
    if (!replaced)
        return emit errorOccurred(replaced.error());
    emit statusMessage(tr("Restored %1; the replaced database is kept as %2.")
                           .arg(describeBackup(entry), native(safety)));
}

Result<std::unique_ptr<Database>> LedgerSafety::recoverAtStart(QWidget *parent, const QString &path,
                                                               const QString &openError)
{
    using R = Result<std::unique_ptr<Database>>;
    const Health health = HealthCheck::quick(path);
    if (health.verdict != Health::Verdict::Damaged)
        return R::failure(openError);
    const std::optional<BackupEntry> backup = BackupStore(path).newestGood();
    if (!backup)
        return R::failure(tr("%1\n\nNo good backup of it was found in “%2”; the file was left as "
                             "it is.")
                              .arg(health.message, native(BackupStore(path).folder())));
    if (!askToRecover(parent, health, *backup))
        return R::failure(tr("%1\n\nThe file was left as it is.").arg(health.message));
    const Result<RestoreOutcome> restored =
        Restorer::restore(path, backup->path, Restorer::Current::SetAside);
    if (!restored)
        return R::failure(restored.error());
    return Database::open(path);
}

Result<std::unique_ptr<Database>> LedgerSafety::openOrRecover(QWidget *parent, const QString &path,
                                                              Database::Access access)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, access);
    // A server ledger has no file to check or set aside.
    if (!db && access == Database::Access::ReadWrite && !ServerAddress::isServerLocation(path))
        return recoverAtStart(parent, path, db.error());
    return db;
}

} // namespace PlanDesk
