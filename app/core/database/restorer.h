#pragma once

#include <QCoreApplication>
#include <QString>

#include "util/result.h"

namespace PlanDesk {

/// What a restore did besides replacing the database.
struct RestoreOutcome
{
    /// The backup of the replaced database, taken first.
    QString safetyBackup;
    /// Where a database too damaged to back up was moved instead.
    QString setAside;
};

/// Puts a backup back in place of a database that no one has open. Nothing
/// is ever lost: the database being replaced is first backed up into its
/// BackupStore, or, when known to be damaged, renamed aside with its -wal
/// and -shm; the backup is checked before and the result after, and copied
/// beside the database before anything else happens.
class Restorer
{
    Q_DECLARE_TR_FUNCTIONS(Restorer)

public:
    /// What to do with the database being replaced.
    enum class Current {
        BackUp, ///< copy it into the backup folder first; refuse if that fails
        SetAside, ///< known to be damaged: keep the very file, renamed
    };
    static Result<RestoreOutcome> restore(const QString &databasePath, const QString &backupPath,
                                          Current current = Current::BackUp);
    /// Renames a database and its companions to
    /// "name.damaged-20261129-031500.sqlite" (-wal, -shm alike, so SQLite
    /// still reads them together) and returns the new name.
    static Result<QString> setAside(const QString &databasePath);
};

} // namespace PlanDesk
