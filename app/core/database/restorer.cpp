#include "database/restorer.h"

#include <filesystem>
#include <system_error>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "database/backupstore.h"
#include "database/database.h"
#include "database/durablefile.h"
#include "database/integritycheck.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

const QString Companions[] = {u"-wal"_s, u"-shm"_s, u"-journal"_s};

qint64 walBytes(const QString &databasePath)
{
    const QFileInfo wal(databasePath + u"-wal"_s);
    return wal.exists() ? wal.size() : 0;
}

/// Replaces `target` with `source` in one step (rename(2), MoveFileEx):
/// a crash leaves the old file or the new one, never a mixture.
bool replaceFile(const QString &source, const QString &target)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(source.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    return !error;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<QString> Restorer::setAside(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString aside =
        u"%1/%2.damaged-%3.sqlite"_s.arg(info.absolutePath(), info.completeBaseName(), stamp);
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside =
            u"%1/%2.damaged-%3-%4.sqlite"_s.arg(info.absolutePath(), info.completeBaseName(), stamp)
                .arg(n);
    // Companions first: a crash in between leaves the main file where it
    // was, and SQLite treats a missing -wal as empty, not as damage.
    for (const QString &suffix : Companions) {
        if (QFileInfo::exists(databasePath + suffix)
            && !QFile::rename(databasePath + suffix, aside + suffix))
            return Result<QString>::failure(
                tr("Could not move “%1” aside; is it open in another program?")
                    .arg(native(databasePath + suffix)));
    }
    if (!QFile::rename(databasePath, aside))
        return Result<QString>::failure(
            tr("Could not move “%1” aside; is it open in another program?")
                .arg(native(databasePath)));
    syncFolderToDisk(info.absolutePath());
    return aside;
}

Result<RestoreOutcome> Restorer::restore(const QString &databasePath, const QString &backupPath,
                                         Current current)
{
    using R = Result<RestoreOutcome>;
    if (QFileInfo(databasePath).absoluteFilePath() == QFileInfo(backupPath).absoluteFilePath())
        return R::failure(tr("A database cannot be restored from itself."));
    const Result<IntegrityReport> checked = IntegrityCheck::run(backupPath);
    if (!checked)
        return R::failure(
            tr("The backup “%1” cannot be restored: %2").arg(native(backupPath), checked.error()));
    if (!checked->ok())
        return R::failure(tr("The backup “%1” is damaged and was not restored: %2")
                              .arg(native(backupPath), checked->problems.constFirst()));

    RestoreOutcome outcome;
    if (QFileInfo::exists(databasePath)) {
        const Result<BackupEntry> safety = current == Current::BackUp
            ? BackupStore(databasePath).take(databasePath, BackupReason::BeforeRestore)
            : Result<BackupEntry>::failure(QString());
        if (safety) {
            outcome.safetyBackup = safety->path;
            // Closing the last connection folds the -wal into the file; a
            // -wal that stays belongs to a program that still has it open,
            // and would be replayed onto the restored file.
            if (walBytes(databasePath) > 0)
                (void)Database::open(databasePath, Database::Access::ReadWrite);
            if (walBytes(databasePath) > 0)
                return R::failure(tr("“%1” is still open in another program; close it and "
                                     "try again. Nothing was changed.")
                                      .arg(native(databasePath)));
        } else {
            Result<QString> aside = setAside(databasePath);
            if (!aside)
                return R::failure(aside.error());
            outcome.setAside = *aside;
        }
    }

    const QFileInfo target(databasePath);
    const QString partial = u"%1/.%2.restoring-%3"_s.arg(target.absolutePath(), target.fileName())
                                .arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial) || !syncFileToDisk(partial)) {
        QFile::remove(partial);
        return R::failure(tr("Could not copy the backup next to “%1”; is the disk full? "
                             "Nothing was changed.")
                              .arg(native(databasePath)));
    }
    QFile(partial).setPermissions(QFile(partial).permissions() | QFileDevice::WriteOwner);
    if (!replaceFile(partial, databasePath)) {
        QFile::remove(partial);
        return R::failure(
            tr("Could not put the backup in place of “%1”.").arg(native(databasePath)));
    }
    syncFolderToDisk(target.absolutePath());
    // An empty -wal or a stale -shm of the old file would only confuse.
    if (walBytes(databasePath) == 0) {
        QFile::remove(databasePath + u"-wal"_s);
        QFile::remove(databasePath + u"-shm"_s);
    }
    const Result<IntegrityReport> restored = IntegrityCheck::run(databasePath);
    if (!restored || !restored->ok())
        return R::failure(tr("The restored “%1” did not pass the check; the previous file is "
                             "kept as “%2”.")
                              .arg(native(databasePath),
                                   native(outcome.safetyBackup.isEmpty() ? outcome.setAside
                                                                         : outcome.safetyBackup)));
    return outcome;
}

} // namespace PlanDesk
