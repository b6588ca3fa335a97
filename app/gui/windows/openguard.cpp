#include "windows/openguard.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include "database/filelocation.h"
#include "database/serveraddress.h"
#include "windows/serverlogin.h"

namespace PlanDesk {

Result<WindowDatabase> OpenGuard::open(QWidget *parent, const QString &path)
{
    return open(parent, path,
                [&path](Database::Access access) { return Database::open(path, access); });
}

Result<WindowDatabase> OpenGuard::open(QWidget *parent, const QString &path, const Opener &opener)
{
    using R = Result<WindowDatabase>;
    // A server has no file to lock, check or warn about: its own locking
    // and roles keep the ledger safe. It may want a password.
    if (ServerAddress::isServerLocation(path)) {
        Result<std::unique_ptr<Database>> db = ServerLogin::open(
            parent, path, [&opener] { return opener(Database::Access::ReadWrite); });
        if (!db)
            return R::failure(db.error());
        WindowDatabase opened;
        opened.database = std::move(db.value());
        return R(std::move(opened));
    }
    if (QString reason;
        FileLocation::isOnNetworkShare(path, &reason) && !confirmNetworkShare(parent, reason))
        return R::failure({});

    WindowDatabase opened;
    Database::Access access = Database::Access::ReadWrite;
    // Locked before opening, so a second window never migrates or writes
    // under the first. The default database's folder may be still to make.
    const bool folderExists = QFileInfo(path).absoluteDir().exists();
    if (folderExists) {
        Result<std::unique_ptr<SessionLock>> lock = SessionLock::acquire(path);
        if (lock)
            opened.lock = std::move(lock.value());
        else if (chooseReadOnly(parent, lock.error()))
            access = Database::Access::ReadOnly;
        else
            return R::failure({});
    }
    Result<std::unique_ptr<Database>> db = opener(access);
    if (!db)
        return R::failure(db.error());
    opened.database = std::move(db.value());
    if (!folderExists) {
        // The file is brand new: nobody else can have it open.
        if (Result<std::unique_ptr<SessionLock>> lock = SessionLock::acquire(path))
            opened.lock = std::move(lock.value());
    }
    return R(std::move(opened));
}

bool OpenGuard::confirmNetworkShare(QWidget *parent, const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Database on a network share"),
                    reason + u'\n' + u'\n'
                        + tr("SQLite database files are not safe on network shares: when two "
                             "computers write to one at the same time it can be damaged. Keep "
                             "the database on this computer's own disk and share it with others "
                             "by backups (File ▸ Save a Copy) and exports. A mode for a shared "
                             "database is planned."),
                    QMessageBox::NoButton, parent);
    QPushButton *go = box.addButton(tr("Continue"), QMessageBox::AcceptRole);
    go->setObjectName(continueButtonName());
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

bool OpenGuard::chooseReadOnly(QWidget *parent, const QString &holder)
{
    QMessageBox box(QMessageBox::Question, tr("Database already open"),
                    holder + u'\n' + u'\n'
                        + tr("Two windows editing the same ledger would overwrite each other's "
                             "work. Open it read-only to look things up, or cancel."),
                    QMessageBox::NoButton, parent);
    QPushButton *readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(readOnlyButtonName());
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
}

} // namespace PlanDesk
