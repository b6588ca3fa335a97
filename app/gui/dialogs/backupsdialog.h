#pragma once

#include <QDialog>
#include <QList>

#include "database/backupstore.h"

class QPushButton;
class QTableWidget;
class QLabel;

namespace PlanDesk {

/// File ▸ Backups: the database's automatic backups, newest first, each with
/// its time, why it was taken, its size and what it holds; a backup can be
/// taken now, or one chosen to be restored (the caller restores it).
class BackupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsDialog)

public:
    BackupsDialog(const QString &databasePath, QWidget *parent = nullptr);

    /// Re-reads the folder (after a backup was taken).
    void reload();
    QTableWidget *table() const { return m_table; }
    const QList<BackupEntry> &entries() const { return m_entries; }

signals:
    void backUpNowRequested();
    void restoreRequested(const BackupEntry &entry);

private:
    void restoreSelected();

    BackupStore m_store;
    QList<BackupEntry> m_entries;
    QLabel *m_folderLabel;
    QTableWidget *m_table;
    QPushButton *m_restoreButton;
};

} // namespace PlanDesk
