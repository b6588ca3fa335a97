#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>

#include "database/database.h"
#include "util/result.h"

class QWidget;

namespace PlanDesk {

/// Opens a ledger on a server for a window, asking for the password when
/// the server wants one. The password is kept in memory until PlanDesk
/// closes (Database::rememberPassword), never on disk; a wrong one is said
/// so and asked for again, until it opens or the user cancels.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    using Opener = std::function<Result<std::unique_ptr<Database>>()>;

    /// Calls `opener` until it opens or fails for a reason other than a
    /// password. A failure with an empty message means the user cancelled.
    static Result<std::unique_ptr<Database>> open(QWidget *parent, const QString &location,
                                                  const Opener &opener);
    /// open() with Database::open.
    static Result<std::unique_ptr<Database>> open(QWidget *parent, const QString &location);

    /// The question's window, named for tests that answer it.
    static QString passwordDialogName() { return QStringLiteral("serverPasswordDialog"); }

private:
    /// False when the user cancelled.
    static bool askPassword(QWidget *parent, const QString &location, bool refusedBefore,
                            QString *password);
};

} // namespace PlanDesk
