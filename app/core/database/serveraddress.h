#pragma once

#include <QCoreApplication>
#include <QString>

#include "util/result.h"

namespace PlanDesk {

/// Where a shared ledger lives on a PostgreSQL server, parsed from
/// `postgresql://[user@]host[:port]/database[?sslmode=…&service=…]`.
///
/// A password is never part of it: PlanDesk never stores one in plain text.
/// libpq finds it in the user's password file (~/.pgpass, pgpass.conf in
/// %APPDATA%/postgresql, or PGPASSFILE) or a service file; the window asks for it
/// when the server wants one and keeps it only for the session.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static constexpr int DefaultPort = 5432;

    QString host;
    int port = DefaultPort;
    QString database;
    QString user; ///< empty: libpq's default (the OS user, or PGUSER)
    QString sslMode; ///< empty: libpq's default ("prefer")
    QString service; ///< a pg_service.conf entry, empty for none

    /// Does `location` name a server rather than a file?
    static bool isServerLocation(const QString &location);
    /// Refuses, naming the part that is wrong, anything it cannot use.
    static Result<ServerAddress> parse(const QString &location);

    /// The canonical URL, without a password (for titles, messages, settings).
    QString toString() const;
    /// What people see: "ledger on server:5432".
    QString displayName() const;
};

} // namespace PlanDesk
