#include <QDir>
#include <QTest>
#include <QThread>

#include "database/backupstore.h"
#include "database/database.h"
#include "database/migrator.h"
#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void shouldNumberBothDialectsAlike()
    {
        // One version sequence: a server ledger starts at its baseline and
        // then takes a file per change under the same number as SQLite's.
        const QList<Migrator::Migration> &files = Migrator::migrations(SqlDialect::Sqlite);
        const QList<Migrator::Migration> &server = Migrator::migrations(SqlDialect::Postgres);
        QVERIFY(!server.isEmpty());
        QCOMPARE(files.constLast().version, Migrator::latestVersion());
        QCOMPARE(server.constLast().version, Migrator::latestVersion());
        QVERIFY(server.constFirst().version >= 1);
        for (qsizetype i = 1; i < server.size(); ++i)
            QCOMPARE(server.at(i).version, server.at(i - 1).version + 1);
        QVERIFY(server.constFirst().resourcePath.startsWith(u":/migrations/postgresql/"_s));
    }

    void shouldCreateFreshDatabasesAtTheLatestVersion()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        QVERIFY(Migrator::latestVersion() >= 2);
        QCOMPARE(t.db().schemaVersion(), Migrator::latestVersion());
        QCOMPARE(*t.db().scalar(u"PRAGMA user_version"_s), Migrator::latestVersion());
        QCOMPARE(*t.db().scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'"_s),
                 1);
        QVERIFY(t.db().migrationBackupPath().isEmpty());
    }

    void shouldUpgradeAnOlderDatabaseKeepingEveryRow()
    {
        // Given a database written by schema 1, before the audit log existed
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        QVERIFY(writeDatabaseFromSql(fixture(u"schema-v1.sql"_s), path));

        // When PlanDesk opens it
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &db = **opened;

        // Then it is at the latest schema and nothing was lost
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
        Result<Task> task = TaskRepository(db).task(1);
        QVERIFY(task);
        QCOMPARE(task->title, u"推进知识产权管理体制改革"_s);
        QCOMPARE(task->percent, 40);
        Result<QList<Assignment>> assignments = TaskRepository(db).assignments(1);
        QCOMPARE(assignments->size(), 2);
        Result<Indicator> indicator = IndicatorRepository(db).indicator(1);
        QCOMPARE(indicator->targetValue.toString(), u"200"_s);
        QCOMPARE(IndicatorRepository(db).values(1)->constFirst().value.toString(), u"78"_s);
        QCOMPARE(*db.scalar(u"SELECT count(*) FROM action_item"_s), 1);

        // And a copy of the old file was kept beside it
        QVERIFY(!db.migrationBackupPath().isEmpty());
        QVERIFY(QFile::exists(db.migrationBackupPath()));
        const QList<BackupEntry> backups = BackupStore(db.path()).list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().path, db.migrationBackupPath());
        QCOMPARE(backups.first().reason, BackupReason::BeforeMigration);

        // And changes are audited from now on
        Department d = *DepartmentRepository(db).department(1);
        d.contactPhone = u"0537-7654321"_s;
        QVERIFY(DepartmentRepository(db).update(d));
        QCOMPARE(AuditRepository(db).history(u"department"_s, 1)->size(), 1);
    }

    void shouldBackUpTheOldSchemaBeforeMigrating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        QVERIFY(writeDatabaseFromSql(fixture(u"schema-v1.sql"_s), path));
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(opened);
        const QString backup = (*opened)->migrationBackupPath();
        opened.value().reset();

        // The backup is still schema 1, and a full copy.
        QVERIFY(execRaw(backup, {u"SELECT 1"_s}));
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        raw.setDatabaseName(backup);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM progress_report"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"backup"_s);
    }

    void shouldMigrateOnceWhenSeveralOpenTogether()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        QVERIFY(writeDatabaseFromSql(fixture(u"schema-v1.sql"_s), path));
        QList<QString> errors(4);
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads << QThread::create([&errors, path, i] {
                Result<std::unique_ptr<Database>> db = Database::open(path);
                if (!db)
                    errors[i] = db.error();
            });
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        for (const QString &error : errors)
            QVERIFY2(error.isEmpty(), qPrintable(error));
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QCOMPARE((*db)->schemaVersion(), Migrator::latestVersion());
        QCOMPARE(*(*db)->scalar(u"SELECT count(*) FROM audit_context"_s), 1);
        QCOMPARE(*(*db)->scalar(u"SELECT count(*) FROM task"_s), 1);
    }

    void shouldRefuseANewerSchemaAndLeaveItUntouched()
    {
        TestDatabase t;
        t.close();
        QVERIFY(execRaw(t.path(),
                        {u"PRAGMA journal_mode = DELETE"_s,
                         u"PRAGMA user_version = %1"_s.arg(Migrator::latestVersion() + 1)}));
        const QByteArray before = fileBytes(t.path());

        Result<std::unique_ptr<Database>> db = Database::open(t.path());
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"newer version"_s), qPrintable(db.error()));
        QCOMPARE(fileBytes(t.path()), before);
        QVERIFY(!QFileInfo::exists(BackupStore(t.path()).folder()));
    }

    void shouldRollBackAFailedMigrationWhole()
    {
        // A schema 1 file that already has a table the next migration creates
        // makes that migration fail half-way.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        QVERIFY(writeDatabaseFromSql(fixture(u"schema-v1.sql"_s), path));
        QVERIFY(execRaw(path, {u"CREATE TABLE audit_log (x)"_s}));

        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"version 2"_s), qPrintable(db.error()));
        // Still schema 1, nothing of migration 2 left behind.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'audit_context'"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
