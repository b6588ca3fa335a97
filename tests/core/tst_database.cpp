#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "database/database.h"
#include "database/healthcheck.h"
#include "database/migrator.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestDatabaseConnection : public QObject
{
    Q_OBJECT

private slots:
    void shouldConfigureEveryConnection()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        Database &db = t.reopen();
        QCOMPARE(*db.scalar(u"PRAGMA foreign_keys"_s), 1);
        QCOMPARE(*db.scalar(u"PRAGMA synchronous"_s), 2); // FULL
        Result<QSqlQuery> mode = db.exec(u"PRAGMA journal_mode"_s);
        QVERIFY(mode && mode->next());
        QCOMPARE(mode->value(0).toString(), u"wal"_s);
        mode->finish();
        QCOMPARE(*db.scalar(u"PRAGMA busy_timeout"_s), Database::BusyTimeoutMs);
        QCOMPARE(*db.scalar(u"PRAGMA application_id"_s), Database::ApplicationId);
    }

    void shouldReuseAPreparedWriteAndRecoverFromItsFailure()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        Database &db = t.reopen();
        QVERIFY(db.write(u"CREATE TEMP TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)"_s));
        const QString insert = u"INSERT INTO t (k, v) VALUES (?, ?)"_s;
        for (int k = 1; k <= 3; ++k) {
            const Result<Database::Written> w = db.write(insert, {k, u"v%1"_s.arg(k)});
            QVERIFY2(w, qPrintable(w.error()));
            QCOMPARE(w->lastInsertId, k);
            QCOMPARE(w->rowsAffected, 1);
        }
        // A failing run (duplicate key) says why and leaves the statement usable.
        const Result<Database::Written> duplicate = db.write(insert, {2, u"again"_s});
        QVERIFY(!duplicate);
        QVERIFY2(duplicate.error().contains(u"UNIQUE"_s), qPrintable(duplicate.error()));
        QVERIFY(db.write(insert, {4, u"v4"_s}));
        Result<QSqlQuery> rows =
            db.exec(u"SELECT group_concat(v, ',') FROM (SELECT v FROM t ORDER BY k)"_s);
        QVERIFY(rows && rows->next());
        QCOMPARE(rows->value(0).toString(), u"v1,v2,v3,v4"_s);
        // Too few values is refused, never filled from the previous run's.
        const Result<Database::Written> short_ = db.write(insert, {5});
        QVERIFY(!short_);
        QVERIFY2(short_.error().contains(u"2"_s), qPrintable(short_.error()));
        QCOMPARE(*db.scalar(u"SELECT count(*) FROM t"_s), 4);
        // Bad SQL fails cleanly and is not kept.
        QVERIFY(!db.write(u"INSERT INTO nowhere VALUES (1)"_s));
    }

    void shouldNeverCreateAFileWhenOpening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing.sqlite"_s);
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"missing.sqlite"_s), qPrintable(db.error()));
        QVERIFY(!QFile::exists(path));
    }

    void shouldRefuseToCreateOverAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"taken.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        QVERIFY(!Database::create(path));
        QCOMPARE(fileBytes(path), QByteArray("precious"));
    }

    void shouldRefuseFilesThatAreNotPlanDeskDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("name,phone\n张三,123\n");
        QTest::newRow("random bytes") << QByteArray(8192, '\x5a');
        QTest::newRow("empty file") << QByteArray();
    }
    void shouldRefuseFilesThatAreNotPlanDeskDatabases()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"not a PlanDesk database"_s), qPrintable(db.error()));
        QCOMPARE(fileBytes(path), content);
    }

    void shouldRefuseAnotherApplicationsSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        QVERIFY(execRaw(
            path,
            {u"CREATE TABLE contacts (name TEXT)"_s, u"INSERT INTO contacts VALUES ('x')"_s}));
        const QByteArray before = fileBytes(path);
        QVERIFY(!Database::open(path));
        QCOMPARE(fileBytes(path), before);
    }

    void shouldLeaveAnotherApplicationsCrashedWalFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        QVERIFY(writeUncheckpointedWal(
            path,
            {u"CREATE TABLE notes (t TEXT)"_s, u"INSERT INTO notes VALUES ('only in the WAL')"_s}));
        const QByteArray main = fileBytes(path);
        const QByteArray wal = fileBytes(path + u"-wal"_s);
        QVERIFY(!wal.isEmpty());

        QVERIFY(!Database::open(path));
        QCOMPARE(fileBytes(path), main);
        QCOMPARE(fileBytes(path + u"-wal"_s), wal);
    }

    void shouldRefuseANewerSchemaThatIsOnlyInTheWal()
    {
        TestDatabase t;
        t.close();
        QVERIFY(writeUncheckpointedWal(t.path(), {u"PRAGMA user_version = 99"_s}));
        const QByteArray main = fileBytes(t.path());
        const QByteArray wal = fileBytes(t.path() + u"-wal"_s);

        Result<std::unique_ptr<Database>> db = Database::open(t.path());
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"newer version"_s), qPrintable(db.error()));
        QCOMPARE(fileBytes(t.path()), main);
        QCOMPARE(fileBytes(t.path() + u"-wal"_s), wal);
    }

    void shouldOpenWhileAnotherConnectionHoldsChangesInTheWal()
    {
        TestDatabase t; // open: its latest changes are not checkpointed
        Result<std::unique_ptr<Database>> second = Database::open(t.path());
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(*(*second)->scalar(u"SELECT count(*) FROM task"_s), 22);
    }

    void shouldRollBackAWriteThatStoppedHalfWay()
    {
        // Given a schema 1 file (rollback journal) as a writer that died
        // mid-transaction left it: pages half-changed, its journal beside it
        QTemporaryDir dir;
        const QString live = dir.filePath(u"live.sqlite"_s);
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        QVERIFY(writeDatabaseFromSql(fixture(u"schema-v1.sql"_s), live));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            raw.setDatabaseName(live);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
            QVERIFY(q.exec(u"PRAGMA cache_size = 2"_s)); // spill into the file before commit
            QVERIFY(q.exec(u"BEGIN"_s));
            QVERIFY(q.exec(
                u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000) "
                "INSERT INTO indicator_value (indicator_id, period, value, as_of, note) "
                "SELECT 1, printf('%d-%02d', 1000 + x / 12, x % 12 + 1), 1, '2018-03-31', "
                "hex(randomblob(400)) FROM n"_s));
            QVERIFY(QFile::copy(live, path));
            QVERIFY(QFile::copy(live + u"-journal"_s, path + u"-journal"_s));
            QVERIFY(q.exec(u"ROLLBACK"_s));
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);

        // When PlanDesk looks at it, it is not called damaged (nor set aside)
        QCOMPARE(Database::identify(path), Database::Identity::Inaccessible);
        const Health health = HealthCheck::quick(path);
        QCOMPARE(health.verdict, Health::Verdict::Refused);
        QVERIFY2(health.message.contains(u"not damaged"_s), qPrintable(health.message));
        Result<std::unique_ptr<Database>> readOnly =
            Database::open(path, Database::Access::ReadOnly);
        QVERIFY(!readOnly);
        QVERIFY2(readOnly.error().contains(u"not damaged"_s), qPrintable(readOnly.error()));

        // When it opens it for writing, the half change is undone and it upgrades
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        QCOMPARE(*(*db)->scalar(u"SELECT count(*) FROM indicator_value"_s), 1);
        QCOMPARE(*(*db)->scalar(u"SELECT count(*) FROM pragma_integrity_check"_s), 1);
    }

    void shouldCallADamagedPlanDeskFileDamaged()
    {
        TestDatabase t;
        t.close();
        QVERIFY(execRaw(t.path(), {u"PRAGMA journal_mode = DELETE"_s}));
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100); // keep the header, break the schema page
        file.write(QByteArray(3900, '\x7f'));
        file.close();
        Result<std::unique_ptr<Database>> db = Database::open(t.path(), Database::Access::ReadOnly);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"damaged"_s), qPrintable(db.error()));
    }

    void shouldNotWriteThroughAReadOnlyConnection()
    {
        TestDatabase t;
        t.close();
        Result<std::unique_ptr<Database>> db = Database::open(t.path(), Database::Access::ReadOnly);
        QVERIFY(db);
        QVERIFY((*db)->isReadOnly());
        QVERIFY(!(*db)->exec(u"DELETE FROM department"_s));
        QCOMPARE(*(*db)->scalar(u"SELECT count(*) FROM department"_s), 34);
    }

    void shouldReportSqlErrorsWithSqlitesMessage()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        Result<QSqlQuery> q = t.db().exec(u"SELECT * FROM no_such_table"_s);
        QVERIFY(!q);
        QVERIFY2(q.error().contains(u"no_such_table"_s), qPrintable(q.error()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseConnection)
#include "tst_database.moc"
