#include "windows/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

#include "database/serveraddress.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {
const QString settingsKey = u"files/recent"_s;
}

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    // A server address is kept as it is: it is no file to resolve.
    const QString absolute =
        ServerAddress::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaximumCount)
        list.removeLast();
    QSettings().setValue(settingsKey, list);
    rebuildMenu();
}

QString RecentFiles::describe(const ServerAddress &server)
{
    return server.user.isEmpty() ? server.displayName()
                                 : tr("%1 (login %2)").arg(server.displayName(), server.user);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        const Result<ServerAddress> server = ServerAddress::isServerLocation(path)
            ? ServerAddress::parse(path)
            : Result<ServerAddress>::failure({});
        // &1 … &8: the keyboard picks a file by its number.
        QAction *action = m_menu->addAction(u"&%1 %2"_s.arg(i + 1).arg(
            server ? describe(*server) : QDir::toNativeSeparators(path)));
        // Whether a server is there shows only on connecting.
        action->setEnabled(server || QFileInfo::exists(path));
        if (server)
            action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace PlanDesk
