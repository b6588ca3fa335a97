#include "windows/screenshots.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QTabWidget>

#include "database/database.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/serverledgerdialog.h"
#include "editing/workspace.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

bool saveScreenshots(MainWindow &window, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    window.resize(1366, 768);
    window.show();
    auto *pages = window.findChild<QTabWidget *>(u"pages"_s);
    if (!pages)
        return false;
    bool ok = true;
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QApplication::processEvents();
        const QString name = pages->widget(i)->objectName().toLower().remove(u"page"_s);
        const QString file = QDir(folder).filePath(u"%1-%2.png"_s.arg(i + 1).arg(name));
        ok = window.grab().save(file) && ok;
    }
    // The reminders panel, which opens over the window at start.
    window.showReminders();
    QApplication::processEvents();
    if (auto *reminders = window.findChild<QDialog *>(u"RemindersDialog"_s)) {
        const QString file = QDir(folder).filePath(u"%1-reminders.png"_s.arg(pages->count() + 1));
        ok = reminders->grab().save(file) && ok;
        reminders->close();
    } else {
        ok = false;
    }
    const Database &db = window.workspace().database();
    // File ▸ Backups, listing whatever backups the database has; a ledger
    // on a server has none.
    if (!db.isOnServer()) {
        BackupsDialog backups(db.path(), &window);
        backups.show();
        QApplication::processEvents();
        ok = backups.grab().save(QDir(folder).filePath(u"%1-backups.png"_s.arg(pages->count() + 2)))
            && ok;
    }
    // File ▸ Open Shared Ledger, filled in from the ledger on show when it
    // is on a server.
    ServerLedgerDialog shared(&window);
    if (const Result<ServerAddress> address = ServerAddress::parse(db.path()))
        shared.setAddress(*address);
    shared.show();
    QApplication::processEvents();
    ok = shared.grab().save(QDir(folder).filePath(u"%1-sharedledger.png"_s.arg(pages->count() + 3)))
        && ok;
    return ok;
}

} // namespace PlanDesk
