#include "database/database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include "database/backupstore.h"
#include "database/migrator.h"
#include "database/serveraddress.h"
#include "database/sqlerrors.h"
#include "database/sqliteheader.h"
#include "util/osuser.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint32> counter;
    return u"plandesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString sqliteMessage(const QSqlError &error)
{
    const QString text = error.databaseText();
    // SQLITE_IOERR and SQLITE_FULL (primary codes; extended ones keep them in
    // the low byte): SQLite's bare "disk I/O error" leaves people guessing.
    constexpr int IoError = 10;
    constexpr int Full = 13;
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == IoError || code == Full)
        return Database::tr("the disk may be full or failing (%1)").arg(text);
    return text.isEmpty() ? error.text() : text;
}

QString newerSchemaMessage(const QString &path, int version)
{
    return Database::tr("“%1” was written by a newer version of PlanDesk (schema %2; "
                        "this version knows up to %3). It has been left untouched.")
        .arg(path)
        .arg(version)
        .arg(Migrator::latestVersion());
}

/// A writer that stopped half-way in rollback-journal mode (an old file, or
/// one caught switching to WAL) leaves a journal the read-only probe cannot
/// roll back. The header, read by hand, still says whose file it is: ours, of
/// a version we know, may be opened for writing, which rolls it back.
bool mayRollBackJournal(const QString &path)
{
    if (!hasLeftoverJournal(path))
        return false;
    const std::optional<SqliteHeaderIds> ids = readSqliteHeaderIds(path);
    return ids && ids->applicationId == Database::ApplicationId && ids->userVersion >= 1
        && ids->userVersion <= Migrator::latestVersion();
}

QString unfinishedWriteMessage(const QString &path)
{
    return Database::tr("“%1” holds a change that a program stopped half-way. It is not "
                        "damaged: open it once in PlanDesk, not read-only, to undo that change.")
        .arg(path);
}

/// PostgreSQL's text cannot hold U+0000 (SQLite's can): say so plainly
/// instead of passing on the server's "invalid byte sequence".
QString serverCannotStore(const QVariantList &values)
{
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(u'\0')))
            return Database::tr("a text contains a NUL character (U+0000), which the database "
                                "server cannot store; remove it and save again");
    }
    return {};
}

} // namespace

Database::Database(QString path, Access access, SqlDialect dialect)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
    , m_actor(currentOsUser())
    , m_access(access)
    , m_dialect(dialect)
{
}

Database::~Database()
{
    m_statements.clear(); // statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    using R = Result<std::unique_ptr<Database>>;
    if (ServerAddress::isServerLocation(path))
        return createOnServer(path);
    const QFileInfo info(path);
    if (info.exists())
        return R::failure(tr("“%1” already exists; PlanDesk will not overwrite it.").arg(path));
    if (!info.absoluteDir().exists())
        return R::failure(tr("Folder “%1” does not exist.").arg(info.absolutePath()));

    std::unique_ptr<Database> db(new Database(path, Access::ReadWrite));
    Status status = db->connect(true);
    if (status)
        status = db->configure();
    if (status)
        status = Migrator::migrate(*db, Migrator::latestVersion());
    if (!status) {
        db.reset();
        removeFiles(path); // our own half-made file, never the user's
        return R::failure(tr("Could not create “%1”: %2").arg(path, status.error()));
    }
    return R(std::move(db));
}

Database::Identity Database::identify(const QString &path)
{
    if (ServerAddress::isServerLocation(path)) {
        Database probe(path, Access::ReadOnly, SqlDialect::Postgres);
        (void)probe.connectServer(false);
        return probe.m_identity;
    }
    const QFileInfo info(path);
    if (!info.exists())
        return Identity::Missing;
    if (!info.isFile() || !isSqliteFile(path))
        return Identity::NotPlanDesk;
    // A journal left by a killed writer is rolled back by the next
    // read-write open: nothing is wrong with the file.
    if (hasLeftoverJournal(path))
        return Identity::Inaccessible;
    Database probe(path, Access::ReadOnly);
    (void)probe.connect(false);
    return probe.m_identity;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    using R = Result<std::unique_ptr<Database>>;
    if (ServerAddress::isServerLocation(path))
        return openOnServer(path, access);
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(
            tr("Database “%1” does not exist (use “plandesk init” to create one).").arg(path));
    if (!info.isFile())
        return R::failure(tr("“%1” is not a file.").arg(path));
    // Only a PlanDesk file of a known version is opened read-write: a
    // read-write connection may checkpoint or roll back journals when it
    // closes, which must never happen to a file PlanDesk refuses.
    // So: not a SQLite file at all, refuse without SQLite touching it; else
    // identify it on a connection that cannot write (the header on disk may
    // lag behind changes still in the WAL, so SQLite must read it).
    if (!isSqliteFile(path))
        return R::failure(tr("“%1” is not a PlanDesk database.").arg(path));
    if (access == Access::ReadWrite) {
        Database probe(path, Access::ReadOnly);
        if (Status s = probe.connect(false); !s && !mayRollBackJournal(path))
            return R::failure(s.error());
    }

    std::unique_ptr<Database> db(new Database(path, access));
    Status status = db->connect(false);
    if (!status && access == Access::ReadOnly && hasLeftoverJournal(path))
        status = Status::failure(unfinishedWriteMessage(path)); // not "damaged"
    if (status)
        status = db->configure();
    if (status)
        status = db->migrateIfNeeded();
    if (!status)
        return R::failure(status.error());
    return R(std::move(db));
}

Status Database::connect(bool mayCreate)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid())
        return Status::failure(tr("Qt's SQLite driver (QSQLITE) is not installed."));
    db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
    if (m_access == Access::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    m_identity = Identity::Inaccessible;
    if (!db.open()) {
        const QString error = errorText(db.lastError());
        if (isDamageError(error))
            m_identity = Identity::Unreadable;
        return Status::failure(tr("Cannot open “%1”: %2").arg(m_path, error));
    }

    // The header said PlanDesk; a failure to read now means damage, unless
    // SQLite says it is busy or not allowed. The version is read again
    // because the newest may sit in the WAL.
    const Result<qint64> appId = scalar(u"PRAGMA application_id"_s);
    const Result<qint64> version = scalar(u"PRAGMA user_version"_s);
    const Result<qint64> schema = scalar(u"SELECT count(*) FROM sqlite_master"_s);
    for (const Result<qint64> *read : {&appId, &version, &schema}) {
        if (*read)
            continue;
        if (!isDamageError(read->error()))
            return Status::failure(
                tr("“%1” cannot be read just now: %2").arg(m_path, read->error()));
        m_identity = Identity::Unreadable;
        return Status::failure(tr("“%1” is damaged: %2").arg(m_path, read->error()));
    }
    m_identity = Identity::NotPlanDesk;
    if (!mayCreate && *appId != ApplicationId)
        return Status::failure(tr("“%1” is not a PlanDesk database.").arg(m_path));
    m_schemaVersion = static_cast<int>(*version);
    m_identity = Identity::Newer;
    if (m_schemaVersion > Migrator::latestVersion())
        return Status::failure(newerSchemaMessage(m_path, m_schemaVersion));
    m_identity = Identity::Ok;
    return {};
}

Status Database::configure()
{
    if (auto q = exec(u"PRAGMA foreign_keys = ON"_s); !q)
        return Status::failure(q.error());
    if (m_access == Access::ReadOnly)
        return {};
    // Leaving a rollback journal needs the file to itself; another PlanDesk
    // opening it at the same moment makes SQLite answer "locked" at once
    // rather than wait, so wait here (as long as the busy timeout).
    QElapsedTimer waited;
    waited.start();
    Result<QSqlQuery> mode = exec(u"PRAGMA journal_mode = WAL"_s);
    while (!mode && waited.elapsed() < BusyTimeoutMs) {
        QThread::msleep(20);
        mode = exec(u"PRAGMA journal_mode = WAL"_s);
    }
    if (!mode)
        return Status::failure(tr("Cannot switch “%1” to WAL: %2").arg(m_path, mode.error()));
    if (!mode->next() || mode->value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Status::failure(tr("“%1” cannot use WAL journaling here.").arg(m_path));
    mode->finish();
    // A ledger of record: sync on every commit, not just at checkpoints.
    if (auto q = exec(u"PRAGMA synchronous = FULL"_s); !q)
        return Status::failure(q.error());
    return {};
}

Status Database::migrateIfNeeded()
{
    if (m_schemaVersion == Migrator::latestVersion() || m_access == Access::ReadOnly)
        return {};
    const Result<BackupEntry> backup =
        BackupStore(m_path).take(*this, BackupReason::BeforeMigration);
    if (!backup)
        return Status::failure(
            tr("Not upgrading “%1”, because the backup failed: %2").arg(m_path, backup.error()));
    m_migrationBackupPath = backup->path;
    return Migrator::migrate(*this, Migrator::latestVersion());
}

void Database::removeFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

bool Database::needsUpgrade() const
{
    return m_schemaVersion < Migrator::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // A query without values needs no server-side statement on PostgreSQL,
    // and transaction control there cannot be prepared at all.
    if (m_dialect == SqlDialect::Postgres && values.isEmpty()) {
        if (!query.exec(sql))
            return Result<QSqlQuery>::failure(errorText(query.lastError()));
        return query;
    }
    if (m_dialect == SqlDialect::Postgres) {
        if (const QString refused = serverCannotStore(values); !refused.isEmpty())
            return Result<QSqlQuery>::failure(refused);
    }
    if (!query.prepare(sql))
        return Result<QSqlQuery>::failure(errorText(query.lastError()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Result<QSqlQuery>::failure(errorText(query.lastError()));
    return query;
}

Result<Database::Written> Database::write(const QString &sql, const QVariantList &values)
{
    if (Dialect::mustRunUnprepared(m_dialect, sql)) {
        if (!values.isEmpty())
            return Result<Written>::failure(tr("The statement takes no values."));
        Result<QSqlQuery> q = exec(sql);
        if (!q)
            return Result<Written>::failure(q.error());
        return Written {0, q->numRowsAffected()};
    }
    Prepared &prepared = m_statements[sql];
    if (!prepared.query) {
        prepared.query = std::make_unique<QSqlQuery>(connection());
        prepared.query->setForwardOnly(true);
        prepared.values = sql.count(u'?');
        if (!prepared.query->prepare(Dialect::returningRow(m_dialect, sql))) {
            const QString error = errorText(prepared.query->lastError());
            m_statements.erase(sql);
            return Result<Written>::failure(error);
        }
    }
    if (values.size() != prepared.values)
        return Result<Written>::failure(
            tr("The statement takes %1 values, not %2.").arg(prepared.values).arg(values.size()));
    if (m_dialect == SqlDialect::Postgres) {
        if (const QString refused = serverCannotStore(values); !refused.isEmpty())
            return Result<Written>::failure(refused);
    }
    QSqlQuery *query = prepared.query.get();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(static_cast<int>(i), values.at(i));
    const bool ok = query->exec();
    Written written {0, ok ? query->numRowsAffected() : 0};
    if (ok && m_dialect == SqlDialect::Sqlite) {
        written.lastInsertId = query->lastInsertId().toLongLong();
    } else if (ok && query->isSelect() && query->next()) {
        // PostgreSQL: RETURNING gave the new row (see Dialect::returningRow).
        const int id = query->record().indexOf(u"id"_s);
        written.lastInsertId = id >= 0 ? query->value(id).toLongLong() : 0;
    }
    const QString error = ok ? QString() : errorText(query->lastError());
    query->finish(); // reset, so it holds no lock and can run again
    if (!ok)
        return Result<Written>::failure(error);
    return written;
}

QString Database::errorText(const QSqlError &error) const
{
    return m_dialect == SqlDialect::Sqlite ? sqliteMessage(error) : serverMessage(error);
}

Status Database::setBusyTimeout(int milliseconds)
{
    if (m_dialect == SqlDialect::Postgres)
        return Status::fromResult(exec(u"SELECT set_config('lock_timeout', ?, false)"_s,
                                       {QString::number(qMax(0, milliseconds))}));
    // sql-from-parts: PRAGMA takes no bound values; the number is an int from code
    return Status::fromResult(exec(u"PRAGMA busy_timeout = %1"_s.arg(qMax(0, milliseconds))));
}

Result<qint64> Database::scalar(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> query = exec(sql, values);
    if (!query)
        return Result<qint64>::failure(query.error());
    if (!query->next()) {
        if (query->lastError().isValid())
            return Result<qint64>::failure(errorText(query->lastError()));
        return Result<qint64>::failure(tr("The query returned no row."));
    }
    return query->value(0).toLongLong();
}

} // namespace PlanDesk
