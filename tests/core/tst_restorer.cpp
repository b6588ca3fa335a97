#include <QDir>
#include <QFile>
#include <QTest>

#include "database/backupstore.h"
#include "database/integritycheck.h"
#include "database/restorer.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// Departments whose telephone the test changed, or -1 if the file is unreadable.
qint64 renumbered(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadOnly);
    return db ? *(*db)->scalar(u"SELECT count(*) FROM department WHERE contact_phone = '000'"_s)
              : -1;
}

} // namespace

class TestRestorer : public QObject
{
    Q_OBJECT

private slots:
    void shouldPutTheBackupBackAndKeepWhatItReplaced()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Result<BackupEntry> backup = BackupStore(t.path()).take(t.db(), BackupReason::Manual);
        QVERIFY(backup);
        QVERIFY(t.db().exec(u"UPDATE department SET contact_phone = '000'"_s));
        const qint64 all = *t.db().scalar(u"SELECT count(*) FROM department"_s);
        t.close();
        QCOMPARE(renumbered(t.path()), all);

        Result<RestoreOutcome> restored = Restorer::restore(t.path(), backup->path);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(renumbered(t.path()), 0);
        QVERIFY(IntegrityCheck::run(t.path())->ok());
        // What was replaced is a backup of its own, taken first.
        QVERIFY(QFile::exists(restored->safetyBackup));
        QCOMPARE(renumbered(restored->safetyBackup), all);
        QCOMPARE(BackupStore(t.path()).list().first().reason, BackupReason::BeforeRestore);
        QVERIFY(restored->setAside.isEmpty());
        QVERIFY(!QFile::exists(t.path() + u"-wal"_s));
    }

    void shouldRefuseADamagedBackupAndChangeNothing()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Result<BackupEntry> backup = BackupStore(t.path()).take(t.db(), BackupReason::Manual);
        QVERIFY(backup);
        t.close();
        QVERIFY(overwriteBytes(backup->path, 2 * 4096, QByteArray(8 * 4096, '\x5a')));
        const QByteArray before = fileBytes(t.path());
        const qsizetype backupsBefore = BackupStore(t.path()).list().size();

        Result<RestoreOutcome> restored = Restorer::restore(t.path(), backup->path);
        QVERIFY(!restored);
        QVERIFY2(restored.error().contains(QDir::toNativeSeparators(backup->path)),
                 qPrintable(restored.error()));
        QCOMPARE(fileBytes(t.path()), before);
        QCOMPARE(BackupStore(t.path()).list().size(), backupsBefore);
    }

    void shouldSetADamagedDatabaseAsideRatherThanReplaceIt()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Result<BackupEntry> backup = BackupStore(t.path()).take(t.db(), BackupReason::Manual);
        QVERIFY(backup);
        t.close();
        QVERIFY(overwriteBytes(t.path(), 0, QByteArray(100, '\0')));
        const QByteArray damaged = fileBytes(t.path());

        // Backing it up first fails: a damaged ledger is refused, unchanged,
        Result<RestoreOutcome> refused = Restorer::restore(t.path(), backup->path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"backing it up first failed"_s),
                 qPrintable(refused.error()));
        QCOMPARE(fileBytes(t.path()), damaged);
        // unless the caller knows it is damaged.
        Result<RestoreOutcome> restored =
            Restorer::restore(t.path(), backup->path, Restorer::Current::SetAside);
        QVERIFY2(restored, qPrintable(restored.error()));
        QVERIFY(restored->safetyBackup.isEmpty());
        QVERIFY(restored->setAside.contains(u".damaged-"_s));
        QCOMPARE(fileBytes(restored->setAside), damaged);
        QVERIFY(IntegrityCheck::run(t.path())->ok());
    }

    void shouldSetAsideAFileKnownToBeDamagedEvenIfItCouldBeCopied()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlan);
        Result<BackupEntry> backup = BackupStore(t.path()).take(t.db(), BackupReason::Manual);
        QVERIFY(backup);
        t.close();
        const QByteArray before = fileBytes(t.path());
        Result<RestoreOutcome> restored =
            Restorer::restore(t.path(), backup->path, Restorer::Current::SetAside);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(fileBytes(restored->setAside), before);
        QCOMPARE(BackupStore(t.path()).list().size(), 1);
    }

    void shouldRefuseWhileAnotherConnectionHoldsUnsavedPages()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlan);
        Result<BackupEntry> backup = BackupStore(t.path()).take(t.db(), BackupReason::Manual);
        QVERIFY(backup);
        // t's connection stays open with its changes in the -wal.
        QVERIFY(t.db().exec(u"DELETE FROM assignment"_s));
        QVERIFY(QFileInfo(t.path() + u"-wal"_s).size() > 0);

        Result<RestoreOutcome> restored = Restorer::restore(t.path(), backup->path);
        QVERIFY(!restored);
        QVERIFY2(restored.error().contains(u"still open"_s), qPrintable(restored.error()));
        QCOMPARE(*t.db().scalar(u"SELECT count(*) FROM assignment"_s), 0);
    }

    void shouldRestoreAnOldBackupThatPruningWouldRemove()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlan);
        BackupStore store(t.path());
        Result<BackupEntry> oldest = store.take(t.db(), BackupReason::Session);
        QVERIFY(oldest);
        QVERIFY(t.db().exec(u"UPDATE department SET contact_phone = '000'"_s));
        // Nine newer: the oldest is the tenth, kept until the next backup,
        // which is the one the restore takes first.
        for (int i = 0; i < 9; ++i)
            QVERIFY(store.take(t.db(), BackupReason::Session));
        QVERIFY(QFile::exists(oldest->path));
        t.close();

        Result<RestoreOutcome> restored = Restorer::restore(t.path(), oldest->path);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(renumbered(t.path()), 0);
        QVERIFY(!QFile::exists(oldest->path)); // pruned by then, but copied first
    }

    void shouldRefuseWhenTheBackupFirstCannotBeTaken()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlan);
        Result<BackupEntry> backup = BackupStore(t.path()).take(t.db(), BackupReason::Manual);
        QVERIFY(backup);
        t.close();
        // The backup folder cannot take another file: it is now a file.
        const QString elsewhere = t.dir() + u"/elsewhere.sqlite"_s;
        QVERIFY(QFile::rename(backup->path, elsewhere));
        QVERIFY(QDir(BackupStore(t.path()).folder()).removeRecursively());
        QFile blocker(BackupStore(t.path()).folder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QByteArray before = fileBytes(t.path());

        Result<RestoreOutcome> restored = Restorer::restore(t.path(), elsewhere);
        QVERIFY(!restored);
        QVERIFY2(restored.error().contains(u"was not replaced"_s), qPrintable(restored.error()));
        QCOMPARE(fileBytes(t.path()), before);
        QCOMPARE(QDir(t.dir()).entryList({u"*.damaged-*"_s, u".*.restoring-*"_s},
                                         QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void shouldRefuseToRestoreAFileOverItself()
    {
        TestDatabase t;
        QVERIFY(!Restorer::restore(t.path(), t.path()));
    }
};

QTEST_GUILESS_MAIN(TestRestorer)
#include "tst_restorer.moc"
