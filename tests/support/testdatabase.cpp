#include "testdatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include "database/ledgertables.h"
#include "database/serveraddress.h"
#include "database/sqlscript.h"
#include "plans/demodata.h"
#include "plans/planinstaller.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

namespace {

/// Tests never read or write the person's real settings, and each run starts
/// from none (window layout, column widths, recent files, language).
void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(isolateSettings)

QString TestDatabase::serverUrl()
{
    return qEnvironmentVariable("PLANDESK_TEST_POSTGRES");
}

namespace {

/// A private connection to a database on the test server.
template<typename Work> bool onServerDatabase(const QString &location, Work work)
{
    const QUrl url(location);
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        ok = db.open() && work(db);
        if (!ok)
            qWarning("test server: %s", qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// The test server's maintenance database, for CREATE and DROP DATABASE
/// (which cannot run inside the ledger itself).
template<typename Work> bool onMaintenanceDatabase(Work work)
{
    return onServerDatabase(TestDatabase::serverUrl(), work);
}

} // namespace

QString TestDatabase::createServerDatabase()
{
    const QString name = u"plandesk_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const bool ok = onMaintenanceDatabase([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        // C collation: text sorts by code point, as it does in SQLite.
        return q.exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                      "LC_COLLATE 'C' LC_CTYPE 'C'"_s.arg(name));
    });
    if (!ok)
        qFatal("cannot create a database on %s", qPrintable(serverUrl()));
    QUrl url(serverUrl());
    url.setPath(u'/' + name);
    return url.toString();
}

void TestDatabase::dropServerDatabase(const QString &location)
{
    const QString name = QUrl(location).path().mid(1);
    (void)onMaintenanceDatabase([&](QSqlDatabase &db) {
        QSqlQuery q(db);
        return q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
    });
}

TestDatabase::TestDatabase(Content content)
    : m_path(serverUrl().isEmpty() ? m_dir.filePath(u"test.sqlite"_s) : createServerDatabase())
{
    Result<std::unique_ptr<Database>> created = Database::create(m_path);
    if (!created)
        qFatal("cannot create test database: %s", qPrintable(created.error()));
    m_db = std::move(created.value());
    if (content == Content::Empty)
        return;
    Result<PlanDocument> plan = PlanFile::builtIn();
    if (!plan)
        qFatal("built-in plan: %s", qPrintable(plan.error()));
    Result<qint64> id = PlanInstaller::install(*m_db, *plan);
    if (!id)
        qFatal("install: %s", qPrintable(id.error()));
    m_planId = *id;
    if (content == Content::BuiltInPlanWithDemo) {
        if (Status s = DemoData::add(*m_db, m_planId); !s)
            qFatal("demo: %s", qPrintable(s.error()));
    }
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (onServer())
        dropServerDatabase(m_path);
}

std::unique_ptr<Database> TestDatabase::handOver()
{
    close();
    Result<std::unique_ptr<Database>> db = Database::open(m_path);
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(m_path), qPrintable(db.error()));
    return std::move(db.value());
}

Database &TestDatabase::reopen()
{
    m_db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened)
        qFatal("reopen: %s", qPrintable(opened.error()));
    m_db = std::move(opened.value());
    return *m_db;
}

namespace {

bool runOn(const QString &databasePath, const QStringList &statements)
{
    if (ServerAddress::isServerLocation(databasePath)) {
        return onServerDatabase(databasePath, [&](QSqlDatabase &db) {
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement.left(80)),
                             qPrintable(q.lastError().text()));
                    return false;
                }
            }
            return true;
        });
    }
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        ok = db.open();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                qWarning("%s: %s", qPrintable(statement.left(80)),
                         qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool writeDatabaseFromSql(const QString &sqlPath, const QString &databasePath)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return runOn(databasePath, splitSqlStatements(QString::fromUtf8(file.readAll())));
}

bool execRaw(const QString &databasePath, const QStringList &statements)
{
    return runOn(databasePath, statements);
}

bool writeUncheckpointedWal(const QString &databasePath, const QStringList &statements)
{
    const QString wal = databasePath + u"-wal"_s;
    const QString savedMain = databasePath + u".saved"_s;
    const QString savedWal = wal + u".saved"_s;
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(u"PRAGMA journal_mode = WAL"_s)
            && q.exec(u"PRAGMA wal_autocheckpoint = 0"_s);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        q = QSqlQuery();
        // Copy the pair while the WAL still holds the changes ("the crash").
        QFile::remove(savedMain);
        QFile::remove(savedWal);
        ok = ok && QFile::copy(databasePath, savedMain) && QFile::copy(wal, savedWal);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QFile::remove(databasePath);
    QFile::remove(wal);
    QFile::remove(databasePath + u"-shm"_s);
    return ok && QFile::rename(savedMain, databasePath) && QFile::rename(savedWal, wal);
}

QByteArray ledgerHash(const QString &location)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!ServerAddress::isServerLocation(location)) {
        hash.addData(fileBytes(location));
        return hash.result().toHex();
    }
    // A database holding no ledger (yet) holds nothing to fingerprint.
    if (Database::identify(location) == Database::Identity::NotPlanDesk)
        return hash.result().toHex();
    // The same per-table checksums `plandesk migrate` verifies with, which
    // tell NULL from '' and 0.
    Result<std::unique_ptr<Database>> db = Database::open(location, Database::Access::ReadOnly);
    if (!db)
        qFatal("cannot read %s: %s", qPrintable(location), qPrintable(db.error()));
    for (const LedgerTable &table : LedgerTables::all()) {
        const Result<TableChecksum> sum = LedgerTables::checksum(**db, table);
        if (!sum)
            qFatal("cannot read %s: %s", qPrintable(location), qPrintable(sum.error()));
        hash.addData(sum->table.toUtf8() + ' ' + QByteArray::number(sum->rows) + ' ' + sum->sha256
                     + '\n');
    }
    return hash.result().toHex();
}

bool overwriteBytes(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset)
        && file.write(bytes) == bytes.size();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString fixture(const QString &name)
{
    return QString::fromUtf8(PLANDESK_FIXTURES_DIR) + u'/' + name;
}

} // namespace PlanDesk::Testing
