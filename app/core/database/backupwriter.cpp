#include "database/backupwriter.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "database/database.h"
#include "database/durablefile.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Tells apart copies made at the same millisecond by the same process.
int uniqueNumber()
{
    static QAtomicInt counter;
    return counter.fetchAndAddRelaxed(1);
}

} // namespace

Status BackupWriter::write(Database &db, const QString &target)
{
    const QFileInfo info(target);
    if (info.exists())
        return Status::failure(tr("“%1” already exists; choose another name.").arg(target));
    if (!info.absoluteDir().exists())
        return Status::failure(tr("Folder “%1” does not exist.").arg(info.absolutePath()));
    if (info.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Status::failure(tr("A backup cannot replace the database itself."));

    const QString partial = u"%1.partial-%2-%3"_s.arg(info.absoluteFilePath())
                                .arg(QCoreApplication::applicationPid())
                                .arg(uniqueNumber());
    QFile::remove(partial);
    if (auto q = db.exec(u"VACUUM INTO ?"_s, {partial}); !q) {
        QFile::remove(partial);
        return Status::failure(tr("Writing the backup “%1” failed; nothing was written under "
                                  "that name and “%2” is unchanged: %3")
                                   .arg(target, db.path(), q.error()));
    }
    {
        QFile written(partial);
        if (!written.open(QIODevice::ReadOnly) || written.size() == 0) {
            QFile::remove(partial);
            return Status::failure(tr("The backup “%1” came out empty.").arg(target));
        }
    }
    if (!syncFileToDisk(partial)) {
        QFile::remove(partial);
        return Status::failure(
            tr("The backup “%1” could not be written to the disk; is it full?").arg(target));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Status::failure(tr("Could not move the backup into place as “%1”.").arg(target));
    }
    syncFolderToDisk(info.absolutePath());
    return {};
}

} // namespace PlanDesk
