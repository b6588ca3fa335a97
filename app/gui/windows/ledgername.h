#pragma once

#include <QCoreApplication>
#include <QString>

namespace PlanDesk {

class Database;

/// How the window names the open ledger: a file by its path, a ledger on a
/// server as "DATABASE on host:port" with the login, never as a URL.
class LedgerName
{
    Q_DECLARE_TR_FUNCTIONS(LedgerName)

public:
    /// "PLAN — PlanDesk", with the server and "(read-only)" where they apply.
    static QString windowTitle(const Database &db, const QString &planTitle);
    /// The status bar's name for the ledger.
    static QString statusText(const Database &db);
    /// What a login the server lets only view is told; empty for everyone else.
    static QString viewerNotice(const Database &db);
    /// Where file dialogs start: the open file's folder, or home for a server.
    static QString nearbyFolder(const Database &db);
};

} // namespace PlanDesk
