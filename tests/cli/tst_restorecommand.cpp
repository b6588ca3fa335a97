#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "database/backupstore.h"
#include "database/integritycheck.h"
#include "database/sessionlock.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

QString csvOf(const QStringList &lines)
{
    return lines.join(u'\n') + u'\n';
}

} // namespace

class TestRestoreCommand : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"台账.sqlite"_s);
        QFile::remove(m_path);
        QDir(m_path + u".backups"_s).removeRecursively();
        QCOMPARE(plandesk({u"init"_s, u"--db"_s, m_path, u"--demo"_s}).code, 0);
    }

    void shouldBackUpIntoTheFolderAndListWhatEachBackupHolds()
    {
        const CliRun backup = plandesk({u"backup"_s, u"--db"_s, m_path});
        QVERIFY2(backup.code == 0, qPrintable(backup.err));
        const QList<BackupEntry> entries = BackupStore(m_path).list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().reason, BackupReason::Manual);

        const CliRun listed = plandesk({u"backups"_s, u"--db"_s, m_path});
        QCOMPARE(listed.code, 0);
        const QString text = QString::fromUtf8(listed.out);
        QVERIFY2(text.contains(QDir::toNativeSeparators(entries.first().path)), qPrintable(text));
        QVERIFY2(text.contains(u"by hand"_s), qPrintable(text));
        QVERIFY2(text.contains(u"22 task(s)"_s), qPrintable(text));
    }

    void shouldBackUpBeforeAnImport()
    {
        const QString csv = m_dir.filePath(u"departments.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csvOf({u"id,name,short_name,kind,contact_person,contact_phone,active"_s,
                          u",市档案馆,档案馆,government,王五,0537-1111111,true"_s})
                       .toUtf8());
        file.close();
        const CliRun imported = plandesk({u"import"_s, u"departments"_s, csv, u"--db"_s, m_path});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QList<BackupEntry> entries = BackupStore(m_path).list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().reason, BackupReason::BeforeImport);
    }

    void shouldRestoreTheNewestGoodBackupAndKeepTheReplacedFile()
    {
        QCOMPARE(plandesk({u"backup"_s, u"--db"_s, m_path}).code, 0);
        {
            Result<std::unique_ptr<Database>> db = Database::open(m_path);
            QVERIFY(db);
            QVERIFY((*db)->exec(u"UPDATE department SET contact_phone = '000'"_s));
        }
        const CliRun restored = plandesk({u"restore"_s, u"--db"_s, m_path, u"--latest"_s});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY(QString::fromUtf8(restored.out).contains(u"backed up to"_s));
        Result<std::unique_ptr<Database>> db = Database::open(m_path, Database::Access::ReadOnly);
        QVERIFY(db);
        QCOMPARE(*(*db)->scalar(u"SELECT count(*) FROM department WHERE contact_phone = '000'"_s),
                 0);
        QCOMPARE(BackupStore(m_path).list().first().reason, BackupReason::BeforeRestore);
    }

    void shouldSetADamagedLedgerAsideAndRestoreTheNewestBackup()
    {
        QCOMPARE(plandesk({u"backup"_s, u"--db"_s, m_path}).code, 0);
        QVERIFY(overwriteBytes(m_path, 2 * 4096, QByteArray(8 * 4096, '\x5a')));
        const QByteArray damaged = fileBytes(m_path);
        const CliRun restored = plandesk({u"restore"_s, u"--db"_s, m_path, u"--latest"_s});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY(QString::fromUtf8(restored.out).contains(u"set aside"_s));
        QVERIFY(IntegrityCheck::run(m_path)->ok());
        const QStringList aside = QDir(m_dir.path()).entryList({u"*.damaged-*.sqlite"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileBytes(m_dir.filePath(aside.first())), damaged);
        QFile::remove(m_dir.filePath(aside.first()));
    }

    void shouldRefuseWhenThereIsNoGoodBackup()
    {
        const QByteArray before = fileBytes(m_path);
        const CliRun restored = plandesk({u"restore"_s, u"--db"_s, m_path, u"--latest"_s});
        QCOMPARE(restored.code, 1);
        QVERIFY2(restored.err.contains(u"No good backup"_s), qPrintable(restored.err));
        QCOMPARE(fileBytes(m_path), before);
    }

    void shouldRefuseWhileAWindowHasTheDatabaseOpen()
    {
        QCOMPARE(plandesk({u"backup"_s, u"--db"_s, m_path}).code, 0);
        Result<std::unique_ptr<SessionLock>> window = SessionLock::acquire(m_path);
        QVERIFY(window);
        const QByteArray before = fileBytes(m_path);
        const CliRun restored = plandesk({u"restore"_s, u"--db"_s, m_path, u"--latest"_s});
        QCOMPARE(restored.code, 1);
        QVERIFY2(restored.err.contains(u"already open"_s), qPrintable(restored.err));
        QCOMPARE(fileBytes(m_path), before);
    }

    void shouldAskForExactlyOneSource()
    {
        QCOMPARE(plandesk({u"restore"_s, u"--db"_s, m_path}).code, 2);
        QCOMPARE(
            plandesk({u"restore"_s, u"--db"_s, m_path, u"--latest"_s, u"--from"_s, m_path}).code,
            2);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestRestoreCommand)
#include "tst_restorecommand.moc"
