#include <QFile>
#include <QProcess>
#include <QTest>

#include "plans/plandocument.h"
#include "programrun.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

/// `plandesk export plan`, run as the real executable.
class TestExportPlan : public QObject
{
    Q_OBJECT

private:
    using Run = PlanDesk::Testing::ProgramRun;

    Run plandesk(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.insert(u"PLANDESK_LANG"_s, u"en"_s);
        return PlanDesk::Testing::runProgram(QString::fromUtf8(PLANDESK_BINARY), arguments, env);
    }

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"ledger.sqlite"_s);
        QCOMPARE(plandesk({u"init"_s, u"--db"_s, m_db}).code, 0);
    }

    void shouldWriteThePlanAsThePlanFileItCameFrom()
    {
        const QString file = m_dir.filePath(u"plan.json"_s);
        const Run r = plandesk(
            {u"export"_s, u"plan"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s, u"--out"_s, file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QFile shipped(QString::fromLatin1(PlanFile::BuiltInResource));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QCOMPARE(fileBytes(file), shipped.readAll() + '\n');
        QVERIFY2(PlanFile::load(file), "the written file reads back");
    }

    void shouldWriteThePlanToStandardOutput()
    {
        const Run r = plandesk({u"export"_s, u"plan"_s, u"--db"_s, m_db, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("{\n  \"format\": \"plandesk-plan\",\n"));
        QVERIFY(r.out.contains("\"document_number\": \"济政字〔2017〕27号\""));
    }

    void shouldRefuseOtherFormatsInOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList plan {u"export"_s, u"plan"_s, u"--db"_s, m_db};
        const QString jsonOnly =
            u"A plan is written as a JSON plan file only; use --format json."_s;
        QTest::newRow("csv") << plan + QStringList {u"--format"_s, u"csv"_s} << jsonOnly;
        QTest::newRow("xlsx") << plan + QStringList {u"--format"_s, u"xlsx"_s} << jsonOnly;
        QTest::newRow("no format") << plan << jsonOnly;
        QTest::newRow("no such plan")
            << plan + QStringList {u"--format"_s, u"json"_s, u"--plan"_s, u"7"_s}
            << u"holds no plan with the id “7”"_s;
        QTest::newRow("--plan elsewhere")
            << QStringList {u"export"_s,   u"tasks"_s, u"--db"_s,   m_db,
                            u"--format"_s, u"csv"_s,   u"--plan"_s, u"1"_s}
            << u"--plan applies to the plan only."_s;
    }
    void shouldRefuseOtherFormatsInOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = plandesk(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void shouldAskWhichPlanWhenThereAreSeveral()
    {
        // Given a database holding a second plan
        QTemporaryDir dir;
        const QString db = dir.filePath(u"two.sqlite"_s);
        QCOMPARE(plandesk({u"init"_s, u"--db"_s, db}).code, 0);
        QVERIFY(execRaw(db,
                        {u"INSERT INTO plan (title, start_on, target_year)"
                         u" VALUES ('第二个方案', '2024-01-01', 2025)"_s}));
        // When no plan is named, the choices are listed
        const Run r = plandesk({u"export"_s, u"plan"_s, u"--db"_s, db, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"choose one with --plan: 1 济宁市"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u", 2 第二个方案."_s), qPrintable(r.err));
        // and naming one writes it.
        const Run second = plandesk(
            {u"export"_s, u"plan"_s, u"--db"_s, db, u"--format"_s, u"json"_s, u"--plan"_s, u"2"_s});
        QCOMPARE(second.code, 0);
        QVERIFY(second.out.contains("\"title\": \"第二个方案\""));
        QVERIFY(second.out.contains("\"groups\": []"));
    }
};

QTEST_GUILESS_MAIN(TestExportPlan)
#include "tst_exportplan.moc"
