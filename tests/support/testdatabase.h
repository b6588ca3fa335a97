#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include "database/database.h"

namespace PlanDesk::Testing {

/// A fresh ledger, removed afterwards: a SQLite file in its own temporary
/// folder, or, when PLANDESK_TEST_POSTGRES names a server
/// (postgresql://postgres@127.0.0.1:PORT/postgres), a new database there.
/// ctest runs the core suites both ways (tests/CMakeLists.txt).
class TestDatabase
{
public:
    enum class Content { Empty, BuiltInPlan, BuiltInPlanWithDemo };

    explicit TestDatabase(Content content = Content::BuiltInPlan);
    ~TestDatabase();

    /// The server the suites run against, or empty for SQLite files.
    static QString serverUrl();
    /// Creates an empty database on that server and returns its location
    /// (postgresql://…/NAME); dropDatabase() removes it.
    static QString createServerDatabase();
    static void dropServerDatabase(const QString &location);

    Database &db() { return *m_db; }
    /// The file's path, or the server location.
    QString path() const { return m_path; }
    bool onServer() const { return !serverUrl().isEmpty(); }
    QString dir() const { return m_dir.path(); }
    qint64 planId() const { return m_planId; }
    /// Closes the connection (e.g. to compare or damage the file).
    void close() { m_db.reset(); }
    /// Opens the file again; QVERIFYs that it opens.
    Database &reopen();
    /// Closes this connection and opens the file anew for the code under test
    /// (a window, a workspace) to own.
    std::unique_ptr<Database> handOver();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_planId = 0;
};

/// Builds a SQLite file from an SQL dump (tests/fixtures), without PlanDesk's
/// migrations: for databases "written by another version".
bool writeDatabaseFromSql(const QString &sqlPath, const QString &databasePath);
/// Runs raw statements on a file (or a server location) through a private
/// connection (to damage it, to set a pragma, to act as another program),
/// outside PlanDesk's own Database class.
bool execRaw(const QString &databasePath, const QStringList &statements);
QByteArray fileBytes(const QString &path);
/// A fingerprint of everything a ledger holds, to prove it unchanged: the
/// SHA-256 of a (closed) SQLite file's bytes, or of every row of every table
/// on a server.
QByteArray ledgerHash(const QString &location);
/// Overwrites part of a file in place, as a failing disk or a stray program
/// would: for damaged-database tests.
bool overwriteBytes(const QString &path, qint64 offset, const QByteArray &bytes);
/// Leaves `databasePath` as a process that crashed in WAL mode would: the
/// statements' changes only in a leftover -wal file, the main file behind.
bool writeUncheckpointedWal(const QString &databasePath, const QStringList &statements);
QString fixture(const QString &name);

} // namespace PlanDesk::Testing
