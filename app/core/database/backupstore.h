#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "util/result.h"

namespace PlanDesk {

class Database;

/// Why a backup was taken; part of its file name, shown in the list.
enum class BackupReason { Session, Manual, BeforeMigration, BeforeImport, BeforeRestore };

struct BackupEntry
{
    QString path;
    QDateTime taken;
    BackupReason reason = BackupReason::Session;
    qint64 bytes = 0;
};

/// The automatic backups of one database, kept in a folder beside it
/// ("plandesk.sqlite.backups"), so they travel with the file to a USB stick
/// and survive reinstalling PlanDesk. Each backup is a consistent snapshot
/// written by BackupWriter (temporary name, synced, renamed). After each new
/// one the folder is pruned by BackupRetention, never below the newest few.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    explicit BackupStore(const QString &databasePath);

    QString folder() const { return m_folder; }
    /// Newest first. Files that do not follow the naming are ignored.
    QList<BackupEntry> list() const;
    /// Takes a backup of an open database, then prunes old ones.
    Result<BackupEntry> take(Database &db, BackupReason reason);
    /// Opens the database read-only for the copy (for a worker thread, or
    /// before replacing a file no one has open).
    Result<BackupEntry> take(const QString &databasePath, BackupReason reason);
    /// The newest backup that passes SQLite's integrity check.
    std::optional<BackupEntry> newestGood() const;
    /// True when the database changed after the newest backup was taken:
    /// its audit log has rows the backup's lacks (file times would not do:
    /// a checkpoint rewrites the file without changing what it holds).
    bool changedSinceNewest() const;

    static QString describe(BackupReason reason);

private:
    Status prune(const QDateTime &now);
    QString nextPath(BackupReason reason, const QDateTime &now) const;

    QString m_databasePath;
    QString m_folder;
};

/// Takes the backup every import starts with; an import inside a larger
/// transaction was covered by that transaction's own backup.
Status backUpBeforeImport(Database &db);

} // namespace PlanDesk
