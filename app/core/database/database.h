#pragma once

#include <memory>
#include <unordered_map>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include "database/serveraddress.h"
#include "database/sqldialect.h"
#include "util/result.h"

namespace PlanDesk {

/// One connection to a PlanDesk ledger: a SQLite file, or a database on a
/// PostgreSQL server shared by the office (a `postgresql://` location).
///
/// Contract: every SQLite connection has foreign keys on, a busy timeout and
/// (when writable) WAL journaling with full sync. open() never creates a file;
/// only create() does, and it refuses to touch an existing one. A file that is
/// not a PlanDesk database, or that a newer PlanDesk wrote, is refused before
/// anything is written to it. An older schema is backed up, then migrated.
/// On a server, create() sets up only an empty database, and the server's
/// own roles decide who may write (see serverdatabase.cpp).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    /// "PlDk": marks a SQLite file as ours (PRAGMA application_id).
    static constexpr int ApplicationId = 0x506C446B;
    static constexpr int BusyTimeoutMs = 5000;

    /// Why a file could not be opened, for deciding what to offer: a damaged
    /// ledger can be set aside for a backup; a newer or foreign file is left be.
    enum class Identity {
        Ok,
        Missing,
        NotPlanDesk,
        Newer,
        Unreadable, ///< SQLite says it is malformed or not a database: damage
        Inaccessible, ///< busy, locked, not permitted, a journal to roll back: not damage
    };
    /// Looks at a file on a read-only connection, without changing it.
    static Identity identify(const QString &path);

    /// `location` is a file path or a server address (postgresql://…).
    static Result<std::unique_ptr<Database>> create(const QString &location);
    static Result<std::unique_ptr<Database>> open(const QString &location,
                                                  Access access = Access::ReadWrite);
    /// Keeps a server password in memory for this run only (never on disk),
    /// for the connections that follow to `location`.
    static void rememberPassword(const QString &location, const QString &password);
    /// The server refused because it wants a password none was given for.
    static bool isPasswordRequest(const QString &error);
    ~Database();

    /// Deletes a database file with its -wal, -shm and -journal companions.
    /// Only for files PlanDesk itself has just made and abandons.
    static void removeFiles(const QString &path);

    /// The file's path, or the server address (without any password).
    QString path() const { return m_path; }
    SqlDialect dialect() const { return m_dialect; }
    /// A ledger on a server: no file, so no backups, locks or file checks.
    bool isOnServer() const { return m_dialect == SqlDialect::Postgres; }
    /// False when the server's roles let this login only view the ledger
    /// (a plandesk_viewer): the window says so up front; the server refuses
    /// any write regardless. Always true for a file opened read-write.
    bool mayEdit() const { return !isReadOnly() && m_serverAllowsEditing; }
    /// Where a server ledger lives (empty for a file).
    const ServerAddress &server() const { return m_server; }
    /// The login the server knows this connection by (empty for a file).
    QString serverUser() const { return m_serverUser; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    /// An older schema, left as it is because the file was opened read-only.
    bool needsUpgrade() const;
    /// A TransactionGuard is open on this connection.
    bool inTransaction() const { return m_transactionDepth > 0; }
    /// Where the copy taken before the last migration went, or empty.
    QString migrationBackupPath() const { return m_migrationBackupPath; }

    /// Who changes are attributed to in the audit log (the OS user by default).
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    /// Prepares `sql`, binds `values` positionally and executes it. On failure
    /// the error is SQLite's own message; callers add what they were doing.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    /// Runs a query that returns one integer (a count, a pragma, an id).
    Result<qint64> scalar(const QString &sql, const QVariantList &values = {});

    /// What a statement that returns no rows did.
    struct Written
    {
        qint64 lastInsertId = 0;
        int rowsAffected = 0;
    };
    /// Runs a statement that returns no rows (INSERT, UPDATE, DELETE,
    /// SAVEPOINT …), prepared once per connection and reused: an import of
    /// 100,000 rows prepares each statement once, not 100,000 times.
    Result<Written> write(const QString &sql, const QVariantList &values = {});
    QSqlDatabase connection() const;

    /// How long a write waits for another connection's lock before failing
    /// with "database is busy" (BusyTimeoutMs unless changed; tests shorten it).
    Status setBusyTimeout(int milliseconds);

private:
    friend class TransactionGuard;
    friend class Migrator;

    Database(QString path, Access access, SqlDialect dialect = SqlDialect::Sqlite);
    Status connect(bool mayCreate);
    Status configure();
    Status migrateIfNeeded();

    // The PostgreSQL half (serverdatabase.cpp).
    static Result<std::unique_ptr<Database>> createOnServer(const QString &location);
    static Result<std::unique_ptr<Database>> openOnServer(const QString &location, Access access);
    Status connectServer(bool mayCreate);
    Status configureServer();
    /// What the driver said, in words: the server's own message, or one of ours.
    QString errorText(const QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    QString m_actor;
    QString m_migrationBackupPath;
    Access m_access;
    SqlDialect m_dialect;
    ServerAddress m_server; ///< where a server ledger lives; empty for a file
    QString m_serverUser;
    bool m_serverAllowsEditing = true;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    Identity m_identity = Identity::Ok; ///< what connect() found
    struct Prepared
    {
        std::unique_ptr<QSqlQuery> query;
        qsizetype values = 0; ///< how many values it takes: Qt would reuse stale ones
    };
    /// write()'s prepared statements, by their SQL; emptied before closing.
    std::unordered_map<QString, Prepared> m_statements;
};

} // namespace PlanDesk
