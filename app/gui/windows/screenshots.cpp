#include "windows/screenshots.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QTabWidget>

#include "database/database.h"
#include "dialogs/backupsdialog.h"
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
    // File ▸ Backups, listing whatever backups the database has.
    BackupsDialog backups(window.workspace().database().path(), &window);
    backups.show();
    QApplication::processEvents();
    ok = backups.grab().save(QDir(folder).filePath(u"%1-backups.png"_s.arg(pages->count() + 2)))
        && ok;
    return ok;
}

} // namespace PlanDesk
