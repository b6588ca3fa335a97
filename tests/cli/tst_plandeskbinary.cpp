#include <QProcess>
#include <QTest>

#include "programrun.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk::Testing;

/// The real executable, as a script or a person runs it.
class TestPlanDeskBinary : public QObject
{
    Q_OBJECT

private:
    using Run = PlanDesk::Testing::ProgramRun;

    Run plandesk(const QStringList &arguments, const QString &language = u"en"_s)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s); // commands must not need a display
        env.remove(u"QT_QPA_PLATFORM"_s);
        if (language.isEmpty())
            env.remove(u"PLANDESK_LANG"_s);
        else
            env.insert(u"PLANDESK_LANG"_s, language);
        return PlanDesk::Testing::runProgram(QString::fromUtf8(PLANDESK_BINARY), arguments, env);
    }

private slots:
    void shouldInitAndExportWithoutADisplay()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"x.sqlite"_s);
        const Run init = plandesk({u"init"_s, u"--db"_s, db});
        QCOMPARE(init.code, 0);
        QVERIFY2(init.err.isEmpty(), qPrintable(init.err));
        const Run out = plandesk(
            {u"export"_s, u"tasks"_s, u"--db"_s, db, u"--format"_s, u"json"_s, u"--out"_s, u"-"_s});
        QCOMPARE(out.code, 0);
        QVERIFY(out.out.startsWith("[\n  {"));
        QCOMPARE(out.out.count("\"kind\": \"safeguard\""), 5);
        QCOMPARE(out.out.count("\"kind\": \"task\""), 17);
    }

    void shouldSpeakChineseByDefault()
    {
        const Run r = plandesk({u"check"_s, u"--db"_s, u"/nonexistent/x.sqlite"_s}, QString());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"不存在"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void shouldExitNonZeroWithOneLineOnEveryFailure()
    {
        const Run r =
            plandesk({u"export"_s, u"nothing"_s, u"--db"_s, u"x"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void shouldWriteTheBriefingWithoutADisplay()
    {
        // Given a demo database (the issue's own acceptance steps)
        QTemporaryDir dir;
        const QString db = dir.filePath(u"x.sqlite"_s);
        QCOMPARE(plandesk({u"init"_s, u"--db"_s, db, u"--demo"_s}).code, 0);
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        // When the briefing is written, with no display
        const QString pdf = dir.filePath(u"b.pdf"_s);
        const Run r =
            plandesk({u"report"_s, u"--db"_s, db, u"--out"_s, pdf, u"--as-of"_s, u"2019-12-31"_s});

        // Then it says how many pages it wrote, and nothing else
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains("as of 2019-12-31") && r.out.contains("page"), r.out.constData());
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        // and the database is untouched.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void shouldWriteTheBriefingToStandardOutput()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"x.sqlite"_s);
        QCOMPARE(plandesk({u"init"_s, u"--db"_s, db}).code, 0);
        const Run r = plandesk({u"report"_s, u"--db"_s, db, u"--out"_s, u"-"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("%PDF-"));
        QVERIFY(r.out.trimmed().endsWith("%%EOF"));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void shouldNeverWriteOverTheDatabase_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("report") << QStringList {u"report"_s};
        QTest::newRow("export") << QStringList {u"export"_s, u"tasks"_s, u"--format"_s, u"csv"_s};
    }

    void shouldNeverWriteOverTheDatabase()
    {
        // Given a database
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"x.sqlite"_s);
        QCOMPARE(plandesk({u"init"_s, u"--db"_s, db}).code, 0);
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        // When a command that only reads is told to write its output over it
        // (by another name for the same file)
        const Run r =
            plandesk(command << u"--db"_s << db << u"--out"_s << dir.filePath(u"./x.sqlite"_s));

        // Then it refuses in one line and the database is as it was.
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(u"database"_s), qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void shouldRefuseABadReportRequestInOneLine_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad date") << QStringList {u"--as-of"_s, u"2019-13-01"_s} << 2
                                  << u"2019-13-01"_s;
        QTest::newRow("bad meeting") << QStringList {u"--meeting"_s, u"first"_s} << 2 << u"first"_s;
        QTest::newRow("unknown meeting") << QStringList {u"--meeting"_s, u"999"_s} << 1 << u"999"_s;
        QTest::newRow("no out") << QStringList {u"--out"_s, u""_s} << 2 << u"--out"_s;
    }

    void shouldRefuseABadReportRequestInOneLine()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString db = dir.filePath(u"x.sqlite"_s);
        QCOMPARE(plandesk({u"init"_s, u"--db"_s, db}).code, 0);
        const QString pdf = dir.filePath(u"b.pdf"_s);
        QStringList arguments = {u"report"_s, u"--db"_s, db, u"--out"_s, pdf};
        arguments << extra;
        const Run r = plandesk(arguments);
        QCOMPARE(r.code, code);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf)); // nothing half-written
    }
};

QTEST_GUILESS_MAIN(TestPlanDeskBinary)
#include "tst_plandeskbinary.moc"
