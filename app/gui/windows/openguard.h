#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>

#include "database/database.h"
#include "database/sessionlock.h"

class QWidget;

namespace PlanDesk {

/// A database as a window holds it: the connection, and while it is open
/// for editing the session lock that tells a second PlanDesk so.
struct WindowDatabase
{
    std::unique_ptr<Database> database;
    std::unique_ptr<SessionLock> lock; ///< empty when opened read-only or on a server
};

/// Opens a database for a window, asking the user where it matters: a file
/// on a network share is warned about once per opening (Continue / Cancel);
/// a file another PlanDesk window has open is offered read-only (the
/// default) or not at all. Commands never come here: only windows lock.
/// A ledger on a server is none of that: no lock, no share warning; only
/// its password is asked for when the server wants one (ServerLogin).
class OpenGuard
{
    Q_DECLARE_TR_FUNCTIONS(OpenGuard)

public:
    /// Opens the file with the access asked for (Database::open, or the
    /// default database's open-or-create).
    using Opener = std::function<Result<std::unique_ptr<Database>>(Database::Access)>;

    /// A failure with an empty message means the user cancelled: nothing to show.
    static Result<WindowDatabase> open(QWidget *parent, const QString &path, const Opener &opener);
    /// open() with Database::open.
    static Result<WindowDatabase> open(QWidget *parent, const QString &path);

    /// The question's buttons, named for tests that answer it.
    static QString readOnlyButtonName() { return QStringLiteral("openReadOnlyButton"); }
    static QString continueButtonName() { return QStringLiteral("continueOnShareButton"); }

private:
    static bool confirmNetworkShare(QWidget *parent, const QString &reason);
    static bool chooseReadOnly(QWidget *parent, const QString &holder);
};

} // namespace PlanDesk
