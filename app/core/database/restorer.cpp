#include "database/restorer.h"

#include <filesystem>
#include <system_error>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include "database/backupstore.h"
#include "database/database.h"
#include "database/durablefile.h"
#include "database/integritycheck.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// The files SQLite keeps beside a database, which must move with it.
const QStringList Companions = {u"-wal"_s, u"-shm"_s, u"-journal"_s};

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
    // The main file last: a -wal or -journal left behind alone is harmless,
    // a main file without them is not. Any rename that fails undoes the
    // ones before it, so the file and its companions always stay together.
    QStringList moved;
    const auto undo = [&] {
        for (const QString &suffix : std::as_const(moved))
            QFile::rename(aside + suffix, databasePath + suffix);
    };
    for (const QString &suffix : Companions + QStringList {QString()}) {
        if (!QFileInfo::exists(databasePath + suffix))
            continue;
        if (!QFile::rename(databasePath + suffix, aside + suffix)) {
            undo();
            return Result<QString>::failure(
                tr("Could not move “%1” aside; is it open in another program? Nothing was "
                   "changed.")
                    .arg(native(databasePath + suffix)));
        }
        moved << suffix;
    }
    syncFolderToDisk(info.absolutePath());
    return aside;
}

namespace {

/// Copies the backup beside the database under a temporary name, synced:
/// first of all, so pruning after the safety backup cannot take it away.
Result<QString> stageCopy(const QString &databasePath, const QString &backupPath)
{
    const QFileInfo target(databasePath);
    const QString staged = u"%1/.%2.restoring-%3"_s.arg(target.absolutePath(), target.fileName())
                               .arg(QCoreApplication::applicationPid());
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged) || !syncFileToDisk(staged)) {
        QFile::remove(staged);
        return Result<QString>::failure(
            Restorer::tr("Could not copy the backup next to “%1”; is the disk full? Nothing "
                         "was changed.")
                .arg(native(databasePath)));
    }
    QFile(staged).setPermissions(QFile(staged).permissions() | QFileDevice::WriteOwner);
    return staged;
}

} // namespace

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
    const Result<QString> staged = stageCopy(databasePath, backupPath);
    if (!staged)
        return R::failure(staged.error());
    const auto fail = [&](const QString &error) {
        QFile::remove(*staged);
        return R::failure(error);
    };

    RestoreOutcome outcome;
    if (QFileInfo::exists(databasePath) && current == Current::BackUp) {
        // A healthy ledger is replaced only once a copy of it is safe.
        const Result<BackupEntry> safety =
            BackupStore(databasePath).take(databasePath, BackupReason::BeforeRestore);
        if (!safety)
            return fail(tr("“%1” was not replaced, because backing it up first failed: %2")
                            .arg(native(databasePath), safety.error()));
        outcome.safetyBackup = safety->path;
        // Closing the last connection folds the -wal into the file; a -wal
        // that stays belongs to a program that still has it open, and would
        // be replayed onto the restored file.
        if (walBytes(databasePath) > 0)
            (void)Database::open(databasePath, Database::Access::ReadWrite);
        if (walBytes(databasePath) > 0)
            return fail(tr("“%1” is still open in another program; close it and try again. "
                           "Nothing was changed.")
                            .arg(native(databasePath)));
    } else if (QFileInfo::exists(databasePath)) {
        Result<QString> aside = setAside(databasePath);
        if (!aside)
            return fail(aside.error());
        outcome.setAside = *aside;
    }

    if (!replaceFile(*staged, databasePath)) {
        for (const QString &suffix : QStringList {QString()} + Companions) {
            if (!outcome.setAside.isEmpty() && QFileInfo::exists(outcome.setAside + suffix))
                QFile::rename(outcome.setAside + suffix, databasePath + suffix);
        }
        return fail(tr("Could not put the backup in place of “%1”; it was left as it was.")
                        .arg(native(databasePath)));
    }
    syncFolderToDisk(QFileInfo(databasePath).absolutePath());
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
