#pragma once

#include <QDateTime>
#include <QList>

#include "database/backupstore.h"

namespace PlanDesk {

/// Which automatic backups to keep, like Anki's and Time Machine's: the
/// newest ten, one a day for a week, one a week for a month and one a month
/// for a year; and, whatever their age, the last three taken by hand, before
/// an import and before a restore (the ones to go back to after a mistake),
/// and the last two before a schema upgrade (the only copies in the old
/// format). Everything else may go.
struct BackupRetention
{
    static constexpr int Newest = 10;
    static constexpr int Days = 7;
    static constexpr int Weeks = 5;
    static constexpr int Months = 12;
    static constexpr int BeforeMigration = 2;
    static constexpr int PerReason = 3; ///< by hand, before import, before restore

    /// The entries (newest first) to delete at `now`.
    static QList<BackupEntry> toRemove(const QList<BackupEntry> &newestFirst, const QDateTime &now);
};

} // namespace PlanDesk
