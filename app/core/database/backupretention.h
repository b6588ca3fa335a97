#pragma once

#include <QDateTime>
#include <QList>

#include "database/backupstore.h"

namespace PlanDesk {

/// Which automatic backups to keep, like Anki's and Time Machine's: the
/// newest sessions, one a day for a week, one a week for a month and one a
/// month for a year, and the last two taken before a schema upgrade (the only
/// copies in the old format). Everything else may go.
struct BackupRetention
{
    static constexpr int Newest = 10;
    static constexpr int Days = 7;
    static constexpr int Weeks = 5;
    static constexpr int Months = 12;
    static constexpr int BeforeMigration = 2;

    /// The entries (newest first) to delete at `now`.
    static QList<BackupEntry> toRemove(const QList<BackupEntry> &newestFirst, const QDateTime &now);
};

} // namespace PlanDesk
