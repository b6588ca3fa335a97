#include <QDir>
#include <QFile>
#include <QTest>

#include "database/backupretention.h"
#include "database/backupstore.h"
#include "database/integritycheck.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

BackupEntry at(const QString &when, BackupReason reason = BackupReason::Session)
{
    return BackupEntry {when, QDateTime::fromString(when, Qt::ISODate), reason, 1};
}

QStringList pathsOf(const QList<BackupEntry> &entries)
{
    QStringList paths;
    for (const BackupEntry &e : entries)
        paths << e.path;
    return paths;
}

} // namespace

class TestBackupStore : public QObject
{
    Q_OBJECT

private slots:
    void shouldTakeAConsistentBackupIntoTheFolderBesideTheDatabase()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        BackupStore store(t.path());
        QCOMPARE(store.folder(), t.path() + u".backups"_s);

        Result<BackupEntry> taken = store.take(t.db(), BackupReason::BeforeImport);
        QVERIFY2(taken, qPrintable(taken.error()));
        QVERIFY(taken->path.startsWith(store.folder() + u'/'));
        QVERIFY(taken->path.endsWith(u"-import.sqlite"_s));
        QVERIFY(IntegrityCheck::run(taken->path)->ok());
        QCOMPARE(IntegrityCheck::run(taken->path)->summary, IntegrityCheck::run(t.path())->summary);

        const QList<BackupEntry> listed = store.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().path, taken->path);
        QCOMPARE(listed.first().reason, BackupReason::BeforeImport);
        QCOMPARE(listed.first().bytes, QFileInfo(taken->path).size());
        QCOMPARE(listed.first().taken.toString(Qt::ISODateWithMs),
                 taken->taken.toString(Qt::ISODateWithMs));
    }

    void shouldListNewestFirstAndIgnoreForeignFiles()
    {
        TestDatabase t;
        BackupStore store(t.path());
        QVERIFY(store.take(t.db(), BackupReason::Session));
        QTest::qWait(5);
        QVERIFY(store.take(t.db(), BackupReason::Manual));
        QFile stray(store.folder() + u"/notes.sqlite"_s);
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        const QList<BackupEntry> listed = store.list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).reason, BackupReason::Manual);
        QCOMPARE(listed.at(1).reason, BackupReason::Session);
    }

    void shouldSkipADamagedBackupWhenLookingForTheNewestGoodOne()
    {
        TestDatabase t;
        BackupStore store(t.path());
        Result<BackupEntry> older = store.take(t.db(), BackupReason::Session);
        QVERIFY(older);
        QTest::qWait(5);
        Result<BackupEntry> newer = store.take(t.db(), BackupReason::Session);
        QVERIFY(newer);
        QFile file(newer->path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096));
        QVERIFY(file.write(QByteArray(8192, '\x5a')) == 8192);
        file.close();

        const std::optional<BackupEntry> good = store.newestGood();
        QVERIFY(good);
        QCOMPARE(good->path, older->path);
    }

    void shouldNoticeAChangeAfterTheNewestBackup()
    {
        TestDatabase t;
        BackupStore store(t.path());
        QVERIFY(store.changedSinceNewest()); // no backup yet
        QVERIFY(store.take(t.db(), BackupReason::Session));
        QVERIFY(!store.changedSinceNewest());
        // Opening and closing it again changes nothing,
        t.close();
        t.reopen();
        t.close();
        QVERIFY(!store.changedSinceNewest());
        // an edit does.
        t.reopen();
        QVERIFY(t.db().exec(u"UPDATE department SET contact_phone = '1' WHERE id = 1"_s));
        QVERIFY(store.changedSinceNewest());
    }

    void shouldKeepTheNewestTenAndOnePerDayWeekAndMonth_data()
    {
        QTest::addColumn<QList<BackupEntry>>("newestFirst");
        QTest::addColumn<QStringList>("removed");

        QList<BackupEntry> sameDay;
        for (int i = 0; i < 14; ++i)
            sameDay << at(u"2026-11-29T10:%1:00"_s.arg(59 - i, 2, 10, QChar(u'0')));
        QTest::newRow("fourteen today: the four oldest go")
            << sameDay
            << QStringList {u"2026-11-29T10:49:00"_s, u"2026-11-29T10:48:00"_s,
                            u"2026-11-29T10:47:00"_s, u"2026-11-29T10:46:00"_s};

        QList<BackupEntry> spread = sameDay.mid(0, 10);
        spread << at(u"2026-11-28T09:00:00"_s) << at(u"2026-11-28T08:00:00"_s) // day 1
               << at(u"2026-11-20T08:00:00"_s) // week 1
               << at(u"2026-11-19T08:00:00"_s) // same week: goes
               << at(u"2026-09-15T08:00:00"_s) // month 2
               << at(u"2026-09-14T08:00:00"_s) // same month: goes
               << at(u"2025-10-01T08:00:00"_s) // 13 months back: goes
               << at(u"2024-01-01T08:00:00"_s, BackupReason::BeforeMigration); // kept
        QTest::newRow("spread over time")
            << spread
            << QStringList {u"2026-11-28T08:00:00"_s, u"2026-11-19T08:00:00"_s,
                            u"2026-09-14T08:00:00"_s, u"2025-10-01T08:00:00"_s};

        QList<BackupEntry> upgrades = sameDay.mid(0, 10);
        for (int year = 2023; year >= 2020; --year)
            upgrades << at(u"%1-01-01T08:00:00"_s.arg(year), BackupReason::BeforeMigration);
        QTest::newRow("the last two upgrade backups stay")
            << upgrades << QStringList {u"2021-01-01T08:00:00"_s, u"2020-01-01T08:00:00"_s};

        QList<BackupEntry> imports = sameDay.mid(0, 10);
        for (int minute = 5; minute >= 0; --minute)
            imports << at(u"2026-11-29T09:0%1:00"_s.arg(minute), BackupReason::BeforeImport);
        QTest::newRow("the last three before an import stay, however many sessions since")
            << imports
            << QStringList {u"2026-11-29T09:02:00"_s, u"2026-11-29T09:01:00"_s,
                            u"2026-11-29T09:00:00"_s};
    }

    void shouldKeepTheNewestTenAndOnePerDayWeekAndMonth()
    {
        QFETCH(QList<BackupEntry>, newestFirst);
        QFETCH(QStringList, removed);
        const QDateTime now = QDateTime::fromString(u"2026-11-29T11:00:00"_s, Qt::ISODate);
        QCOMPARE(pathsOf(BackupRetention::toRemove(newestFirst, now)), removed);
    }

    void shouldPruneTheFolderAfterEachBackup()
    {
        TestDatabase t;
        BackupStore store(t.path());
        for (int i = 0; i < BackupRetention::Newest + 3; ++i)
            QVERIFY(store.take(t.db(), BackupReason::Session));
        // All taken today: the newest ten stay, the rest went.
        QCOMPARE(store.list().size(), BackupRetention::Newest);
        QCOMPARE(QDir(store.folder()).entryList(QDir::Files).size(), BackupRetention::Newest);
    }
};

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
