#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "database/backupstore.h"
#include "database/healthcheck.h"
#include "database/migrator.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestHealthCheck : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindTheDemoHealthy()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Health health = HealthCheck::quick(t.path());
        QCOMPARE(health.verdict, Health::Verdict::Healthy);
        QVERIFY(health.message.isEmpty());
    }

    void shouldCallAFileWithGarbledPagesDamagedAndLeaveItAlone()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        t.close();
        // Pages 3 to 10 of a few hundred: table and index pages.
        QVERIFY(overwriteBytes(t.path(), 2 * 4096, QByteArray(8 * 4096, '\x5a')));
        const QByteArray damaged = fileBytes(t.path());

        const Health health = HealthCheck::quick(t.path());
        QCOMPARE(health.verdict, Health::Verdict::Damaged);
        QVERIFY2(health.message.contains(t.path()), qPrintable(health.message));
        QVERIFY2(health.message.contains(u"damaged place"_s), qPrintable(health.message));
        QVERIFY2(health.details.contains(u"Page"_s), qPrintable(health.details));
        QCOMPARE(fileBytes(t.path()), damaged);
    }

    void shouldCallALedgerWithAnOverwrittenHeaderDamagedWhenItHasBackups()
    {
        TestDatabase t;
        QVERIFY(BackupStore(t.path()).take(t.db(), BackupReason::Session));
        t.close();
        QVERIFY(overwriteBytes(t.path(), 0, QByteArray(100, '\0')));
        QCOMPARE(HealthCheck::quick(t.path()).verdict, Health::Verdict::Damaged);
    }

    void shouldRefuseAForeignFileUntouched()
    {
        TestDatabase t;
        t.close();
        QVERIFY(overwriteBytes(t.path(), 0, QByteArray(100, '\0')));
        const QByteArray before = fileBytes(t.path());
        // No backups: nothing says this was ever a PlanDesk ledger.
        const Health health = HealthCheck::quick(t.path());
        QCOMPARE(health.verdict, Health::Verdict::Refused);
        QVERIFY2(health.message.contains(u"not a PlanDesk database"_s), qPrintable(health.message));
        QCOMPARE(fileBytes(t.path()), before);
    }

    void shouldRefuseAFileFromANewerPlanDeskUntouched()
    {
        TestDatabase t;
        t.close();
        QVERIFY(execRaw(t.path(),
                        {u"PRAGMA journal_mode = DELETE"_s,
                         u"PRAGMA user_version = %1"_s.arg(Migrator::latestVersion() + 1)}));
        const QByteArray before = fileBytes(t.path());
        const Health health = HealthCheck::quick(t.path());
        QCOMPARE(health.verdict, Health::Verdict::Refused);
        QVERIFY2(health.message.contains(u"newer version"_s), qPrintable(health.message));
        QCOMPARE(fileBytes(t.path()), before);
    }

    void shouldNotCallABusyFileDamaged()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlan);
        t.close();
        // Another program holds an exclusive lock in rollback-journal mode:
        // readers get "database is locked", which is not damage.
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(t.path());
        QVERIFY(holder.open());
        {
            QSqlQuery q(holder);
            QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
            QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
            QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
            QVERIFY(q.exec(u"UPDATE department SET contact_phone = '1'"_s));
            const Health health = HealthCheck::quick(t.path());
            QVERIFY2(health.verdict == Health::Verdict::Refused, qPrintable(health.message));
            QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"holder"_s);
    }

    void shouldRefuseAMissingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"没有.sqlite"_s);
        QCOMPARE(HealthCheck::quick(path).verdict, Health::Verdict::Refused);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
