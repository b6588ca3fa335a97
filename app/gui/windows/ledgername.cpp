#include "windows/ledgername.h"

#include <QDir>
#include <QFileInfo>

#include "database/database.h"
#include "database/serveraddress.h"

namespace PlanDesk {

namespace {

QString serverName(const Database &db)
{
    const Result<ServerAddress> address = ServerAddress::parse(db.path());
    return address ? address->displayName() : db.path();
}

} // namespace

QString LedgerName::windowTitle(const Database &db, const QString &planTitle)
{
    // A file's title keeps the words (and translations) the window always had.
    QString title = planTitle.isEmpty()
        ? QCoreApplication::translate("PlanDesk::MainWindow", "PlanDesk")
        : db.isOnServer()
        ? tr("%1 — %2 — PlanDesk").arg(planTitle, serverName(db))
        : QCoreApplication::translate("PlanDesk::MainWindow", "%1 — PlanDesk").arg(planTitle);
    if (!db.mayEdit())
        title = QCoreApplication::translate("PlanDesk::MainWindow", "%1 (read-only)").arg(title);
    if (db.isOnServer() && !db.mayEdit())
        return tr("%1 — login %2").arg(title, db.serverUser());
    return title;
}

QString LedgerName::statusText(const Database &db)
{
    if (!db.isOnServer())
        return QDir::toNativeSeparators(db.path());
    return tr("%1 — login %2").arg(serverName(db), db.serverUser());
}

QString LedgerName::viewerNotice(const Database &db)
{
    if (!db.isOnServer() || db.mayEdit())
        return {};
    return tr("Your login %1 may only view this ledger; ask the office's administrator to add "
              "you to plandesk_editor to make changes.")
        .arg(db.serverUser());
}

QString LedgerName::nearbyFolder(const Database &db)
{
    return db.isOnServer() ? QDir::homePath() : QFileInfo(db.path()).absolutePath();
}

} // namespace PlanDesk
