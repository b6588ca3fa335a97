#include <QProcess>
#include <QTest>

#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk::Testing;

/// The real executable, as a script or a person runs it.
class TestPlanDeskBinary : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };

    Run plandesk(const QStringList &arguments, const QString &language = u"en"_s)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s); // commands must not need a display
        env.remove(u"QT_QPA_PLATFORM"_s);
        if (language.isEmpty())
            env.remove(u"PLANDESK_LANG"_s);
        else
            env.insert(u"PLANDESK_LANG"_s, language);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(PLANDESK_BINARY), arguments);
        if (!process.waitForFinished(60000))
            qFatal("plandesk did not finish");
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
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
};

QTEST_GUILESS_MAIN(TestPlanDeskBinary)
#include "tst_plandeskbinary.moc"
