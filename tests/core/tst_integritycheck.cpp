#include <QFile>
#include <QTest>

#include "database/integritycheck.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void shouldPassAHealthyDatabase()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        t.close();
        Result<IntegrityReport> report = IntegrityCheck::run(t.path());
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY(report->ok());
        QVERIFY(report->summary.contains(u"22 task(s)"_s));
    }

    void shouldFindBrokenForeignKeysWithoutTouchingTheFile()
    {
        TestDatabase t;
        t.close();
        // Written behind PlanDesk's back, with foreign keys off.
        QVERIFY(execRaw(t.path(),
                        {u"PRAGMA foreign_keys = OFF"_s,
                         u"UPDATE assignment SET department_id = 9999 WHERE id = 1"_s,
                         u"PRAGMA wal_checkpoint(TRUNCATE)"_s}));
        const QByteArray before = fileBytes(t.path());
        Result<IntegrityReport> report = IntegrityCheck::run(t.path());
        QVERIFY(report);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.constFirst().contains(u"assignment"_s),
                 qPrintable(report->problems.constFirst()));
        QCOMPARE(fileBytes(t.path()), before);
    }

    void shouldReportDamagedFilesAndLeaveThemByteIdentical()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        t.close();
        QVERIFY(execRaw(t.path(),
                        {u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"PRAGMA journal_mode = DELETE"_s}));
        // Overwrite the middle of the file: pages of tables and indexes.
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 16 * 4096);
        file.seek(size / 2);
        file.write(QByteArray(8 * 4096, '\xA5'));
        file.close();
        const QByteArray damaged = fileBytes(t.path());

        Result<IntegrityReport> report = IntegrityCheck::run(t.path());
        QVERIFY(!report || !report->ok());
        QCOMPARE(fileBytes(t.path()), damaged);
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
