// Database's PostgreSQL half: a ledger the office shares on a server.
// No files, so no backups, locks or health checks here: the server does
// those (pg_dump, its own locking); the server's roles decide who may write.

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include "database/database.h"
#include "database/migrator.h"
#include "database/sqlerrors.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Passwords typed into the window, for this run only: never written anywhere.
struct PasswordMemory
{
    QMutex mutex;
    QHash<QString, QString> byLocation;
};

PasswordMemory &passwords()
{
    static PasswordMemory memory;
    return memory;
}

QString rememberedPassword(const QString &location)
{
    PasswordMemory &memory = passwords();
    const QMutexLocker lock(&memory.mutex);
    return memory.byLocation.value(location);
}

} // namespace

void Database::rememberPassword(const QString &location, const QString &password)
{
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return;
    PasswordMemory &memory = passwords();
    const QMutexLocker lock(&memory.mutex);
    memory.byLocation.insert(address->toString(), password);
}

bool Database::isPasswordRequest(const QString &error)
{
    // Connection errors carry no SQLSTATE, so the words decide; a server
    // set up in Chinese says "口令"/"密码" where English says "password".
    // (zh_CN: 用户 "x" Password 认证失败).
    return error.contains(u"fe_sendauth"_s)
        || error.contains(u"password authentication failed"_s, Qt::CaseInsensitive)
        || (error.contains(u"认证失败"_s)
            && (error.contains(u"password"_s, Qt::CaseInsensitive) || error.contains(u"口令"_s)
                || error.contains(u"密码"_s)));
}

Result<std::unique_ptr<Database>> Database::createOnServer(const QString &location)
{
    using R = Result<std::unique_ptr<Database>>;
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return R::failure(address.error());
    std::unique_ptr<Database> db(
        new Database(address->toString(), Access::ReadWrite, SqlDialect::Postgres));
    db->m_server = *address;
    Status status = db->connectServer(true);
    if (status)
        status = db->configureServer();
    // One transaction: a failure leaves the database as empty as it was.
    if (status)
        status = Migrator::migrate(*db, Migrator::latestVersion());
    if (!status)
        return R::failure(
            tr("Could not set up a ledger in “%1”: %2").arg(db->m_path, status.error()));
    return R(std::move(db));
}

Result<std::unique_ptr<Database>> Database::openOnServer(const QString &location, Access access)
{
    using R = Result<std::unique_ptr<Database>>;
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address)
        return R::failure(address.error());
    std::unique_ptr<Database> db(new Database(address->toString(), access, SqlDialect::Postgres));
    db->m_server = *address;
    Status status = db->connectServer(false);
    if (status)
        status = db->configureServer();
    // An upgrade is one transaction on the server: all of it or none.
    if (status && access == Access::ReadWrite && db->needsUpgrade())
        status = Migrator::migrate(*db, Migrator::latestVersion());
    if (!status)
        return R::failure(status.error());
    return R(std::move(db));
}

Status Database::connectServer(bool mayCreate)
{
    if (m_server.host.isEmpty()) {
        const Result<ServerAddress> address = ServerAddress::parse(m_path);
        if (!address)
            return Status::failure(address.error());
        m_server = *address;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!db.isValid())
        return Status::failure(tr("Qt's PostgreSQL driver (QPSQL) is not installed "
                                  "(on Debian: apt-get install libqt6sql6-psql)."));
    db.setHostName(m_server.host);
    db.setPort(m_server.port);
    db.setDatabaseName(m_server.database);
    db.setUserName(m_server.user);
    db.setPassword(rememberedPassword(m_path));
    QStringList options = {u"connect_timeout=10"_s, u"application_name=PlanDesk"_s};
    if (!m_server.sslMode.isEmpty())
        options << u"sslmode="_s + m_server.sslMode;
    if (!m_server.service.isEmpty())
        options << u"service="_s + m_server.service;
    db.setConnectOptions(options.join(u';'));
    m_identity = Identity::Inaccessible;
    if (!db.open())
        return Status::failure(
            tr("Cannot connect to “%1”: %2").arg(m_path, errorText(db.lastError())));

    // The catalog, not information_schema: that hides tables a login may not
    // read, and a login without rights must hear so, not "no ledger here".
    const Result<qint64> marked =
        scalar(u"SELECT count(*) FROM pg_catalog.pg_tables"
               " WHERE schemaname = current_schema() AND tablename = 'plandesk_schema'"_s);
    if (!marked)
        return Status::failure(tr("“%1” cannot be read: %2").arg(m_path, marked.error()));
    m_identity = Identity::NotPlanDesk;
    if (*marked == 0) {
        if (!mayCreate)
            return Status::failure(
                tr("“%1” holds no PlanDesk ledger. To set one up there: plandesk init --db %1")
                    .arg(m_path));
        const Result<qint64> tables = scalar(u"SELECT count(*) FROM pg_catalog.pg_tables"
                                             " WHERE schemaname = current_schema()"_s);
        if (!tables)
            return Status::failure(tables.error());
        if (*tables > 0)
            return Status::failure(tr("“%1” already holds other tables; PlanDesk sets up a "
                                      "ledger only in an empty database.")
                                       .arg(m_path));
        m_schemaVersion = 0;
        m_identity = Identity::Ok;
        return {};
    }
    if (mayCreate)
        return Status::failure(
            tr("“%1” already holds a PlanDesk ledger; PlanDesk will not overwrite it.")
                .arg(m_path));
    const Result<qint64> version = scalar(Dialect::readSchemaVersion(m_dialect));
    if (!version)
        return Status::failure(tr("“%1” cannot be read: %2").arg(m_path, version.error()));
    m_schemaVersion = static_cast<int>(*version);
    m_identity = Identity::Newer;
    if (m_schemaVersion > Migrator::latestVersion())
        return Status::failure(tr("“%1” was set up by a newer version of PlanDesk (schema %2; "
                                  "this version knows up to %3). It has been left untouched.")
                                   .arg(m_path)
                                   .arg(m_schemaVersion)
                                   .arg(Migrator::latestVersion()));
    // What the server's roles allow this login (GRANTs to plandesk_editor).
    Result<QSqlQuery> rights =
        exec(u"SELECT session_user, has_table_privilege('task', 'UPDATE')"_s);
    if (!rights || !rights->next())
        return Status::failure(tr("“%1” cannot be read: %2").arg(m_path, rights.error()));
    m_serverUser = rights->value(0).toString();
    m_serverAllowsEditing = rights->value(1).toBool();
    m_identity = Identity::Ok;
    return {};
}

Status Database::configureServer()
{
    // Notices ("relation exists, skipping") are not for the people using it.
    for (const QString &statement :
         {u"SET client_min_messages = warning"_s, u"SET TIME ZONE 'UTC'"_s}) {
        if (auto q = exec(statement); !q)
            return Status::failure(q.error());
    }
    if (Status s = setBusyTimeout(BusyTimeoutMs); !s)
        return s;
    // A read-only window cannot write even by mistake; the server enforces it.
    if (m_access == Access::ReadOnly) {
        if (auto q = exec(u"SET default_transaction_read_only = on"_s); !q)
            return Status::failure(q.error());
    }
    return {};
}

} // namespace PlanDesk
