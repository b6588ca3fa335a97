#include "database/sessionlock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

SessionLock::SessionLock(QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_file(lockPathFor(m_databasePath))
{
    // A window keeps the database for hours: never treat a live holder's
    // lock as stale by age, only a dead process's (Qt checks the pid).
    m_file.setStaleLockTime(0);
}

SessionLock::~SessionLock() = default; // QLockFile unlocks and removes the file

QString SessionLock::lockPathFor(const QString &databasePath)
{
    return databasePath + u".lock"_s;
}

Result<std::unique_ptr<SessionLock>> SessionLock::acquire(const QString &databasePath)
{
    using R = Result<std::unique_ptr<SessionLock>>;
    std::unique_ptr<SessionLock> lock(new SessionLock(databasePath));
    if (lock->m_file.tryLock(0))
        return R(std::move(lock));

    const QString name = QFileInfo(databasePath).fileName();
    const QString lockPath = QDir::toNativeSeparators(lockPathFor(databasePath));
    switch (lock->m_file.error()) {
    case QLockFile::LockFailedError:
        break;
    case QLockFile::PermissionError:
        return R::failure(
            tr("Cannot create the lock file “%1”: the folder cannot be written to.").arg(lockPath));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        return R::failure(tr("Cannot create the lock file “%1”.").arg(lockPath));
    }
    // Only PlanDesk windows make this file; its application line is the
    // executable's name ("plandesk.exe"), so the sentence names PlanDesk.
    qint64 pid = 0;
    QString host;
    if (!lock->m_file.getLockInfo(&pid, &host, nullptr))
        return R::failure(tr("“%1” is already open in another PlanDesk window (its lock file "
                             "“%2” cannot be read).")
                              .arg(name, lockPath));
    const QDateTime since = QFileInfo(lockPathFor(databasePath)).lastModified();
    return R::failure(tr("“%1” is already open in PlanDesk on %2 (process %3) since %4.")
                          .arg(name, host.isEmpty() ? tr("an unknown computer") : host)
                          .arg(pid)
                          .arg(QLocale().toString(since, QLocale::ShortFormat)));
}

} // namespace PlanDesk
