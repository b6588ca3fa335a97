#include <QDir>
#include <QTest>

#include "database/backupwriter.h"
#include "database/integritycheck.h"
#include "repositories/departmentrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestBackupWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteACompleteConsistentCopy()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const QString target = QDir(t.dir()).filePath(u"备份 2018.sqlite"_s);
        QVERIFY(BackupWriter::write(t.db(), target));

        Result<std::unique_ptr<Database>> copy = Database::open(target, Database::Access::ReadOnly);
        QVERIFY2(copy, qPrintable(copy.error()));
        for (const QString &sql :
             {u"SELECT count(*) FROM task"_s, u"SELECT count(*) FROM progress_report"_s,
              u"SELECT count(*) FROM audit_log"_s})
            QCOMPARE(*(*copy)->scalar(sql), *t.db().scalar(sql));
        QVERIFY(IntegrityCheck::run(target)->ok());
        QCOMPARE(QDir(t.dir()).entryList({u"*partial*"_s}), QStringList());
    }

    void shouldCopyOnlyCommittedDataWhileAWriteIsOpen()
    {
        TestDatabase t;
        Result<std::unique_ptr<Database>> reader = Database::open(t.path());
        QVERIFY(reader);
        {
            // Another connection is mid-transaction: its change must not leak.
            Database &writer = t.db();
            QVERIFY(writer.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(writer.exec(u"UPDATE department SET contact_phone = 'uncommitted'"_s));
            const QString target = QDir(t.dir()).filePath(u"during.sqlite"_s);
            QVERIFY(BackupWriter::write(**reader, target));
            QVERIFY(writer.exec(u"ROLLBACK"_s));
            Result<std::unique_ptr<Database>> copy =
                Database::open(target, Database::Access::ReadOnly);
            QCOMPARE(*(*copy)->scalar(
                         u"SELECT count(*) FROM department WHERE contact_phone = 'uncommitted'"_s),
                     0);
        }
    }

    void shouldNeverOverwrite()
    {
        TestDatabase t;
        const QString target = QDir(t.dir()).filePath(u"existing.sqlite"_s);
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        Status s = BackupWriter::write(t.db(), target);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"already exists"_s), qPrintable(s.error()));
        QCOMPARE(fileBytes(target), QByteArray("keep me"));
        QVERIFY(!BackupWriter::write(t.db(), t.path()));
    }

    void shouldFailCleanlyIntoAMissingFolder()
    {
        TestDatabase t;
        Status s =
            BackupWriter::write(t.db(), QDir(t.dir()).filePath(u"no/such/folder/b.sqlite"_s));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"does not exist"_s), qPrintable(s.error()));
    }
};

QTEST_GUILESS_MAIN(TestBackupWriter)
#include "tst_backupwriter.moc"
