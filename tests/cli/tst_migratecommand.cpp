#include <QTest>

#include "exchange/exporter.h"
#include "programrun.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

/// `plandesk migrate`, run as the real executable against a PostgreSQL
/// server (ctest -L postgres sets PLANDESK_TEST_POSTGRES).
class TestMigrateCommand : public QObject
{
    Q_OBJECT

private:
    using Run = PlanDesk::Testing::ProgramRun;

    Run plandesk(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.insert(u"PLANDESK_LANG"_s, u"en"_s);
        return runProgram(QString::fromUtf8(PLANDESK_BINARY), arguments, env);
    }

    QTemporaryDir m_dir;
    QString m_file;
    QString m_server;
    Run m_migrate;

private slots:
    void initTestCase()
    {
        QVERIFY2(!TestDatabase::serverUrl().isEmpty(),
                 "needs a server: run through ctest -L postgres (PLANDESK_TEST_POSTGRES)");
        m_file = m_dir.filePath(u"ledger.sqlite"_s);
        const Run init = plandesk({u"init"_s, u"--db"_s, m_file, u"--demo"_s});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        m_server = TestDatabase::createServerDatabase();
        m_migrate = plandesk({u"migrate"_s, u"--from"_s, m_file, u"--to"_s, m_server});
    }

    void cleanupTestCase()
    {
        if (!m_server.isEmpty())
            TestDatabase::dropServerDatabase(m_server);
    }

    void shouldPrintEveryTableAndVerified()
    {
        QVERIFY2(m_migrate.code == 0, qPrintable(m_migrate.err));
        const QString out = QString::fromUtf8(m_migrate.out);
        QVERIFY2(out.startsWith(u"Moved %1 to %2:\n"_s.arg(m_file, m_server)), qPrintable(out));
        for (const QString &table :
             {u"plan"_s, u"task"_s, u"meeting"_s, u"audit_log"_s, u"assessment_weights"_s}) {
            static const QRegularExpression line(u"^  (\\w+) +(\\d+)  ([0-9a-f]{16})$"_s,
                                                 QRegularExpression::MultilineOption);
            bool found = false;
            for (auto it = line.globalMatch(out); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                found = found || m.captured(1) == table;
            }
            QVERIFY2(found, qPrintable(table));
        }
        QVERIFY2(out.contains(u"\nverified: every table on the server has the file's rows"_s),
                 qPrintable(out));
        QVERIFY2(m_migrate.err.contains(u"copying audit_log: "_s), qPrintable(m_migrate.err));
    }

    void shouldExportTheSameBytesFromTheFileAndTheServer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("format");
        QTest::newRow("plan json") << u"plan"_s << u"json"_s;
        for (const QString &kind : Exporter::kindNames()) {
            for (const QString &format : {u"json"_s, u"csv"_s})
                QTest::newRow(qPrintable(kind + u' ' + format)) << kind << format;
        }
    }
    void shouldExportTheSameBytesFromTheFileAndTheServer()
    {
        QFETCH(QString, kind);
        QFETCH(QString, format);
        QVERIFY2(m_migrate.code == 0, qPrintable(m_migrate.err));
        const QStringList exportArgs {u"export"_s, kind, u"--format"_s, format, u"--out"_s, u"-"_s};
        const Run fromFile = plandesk(exportArgs + QStringList {u"--db"_s, m_file});
        const Run fromServer = plandesk(exportArgs + QStringList {u"--db"_s, m_server});
        QVERIFY2(fromFile.code == 0, qPrintable(fromFile.err));
        QVERIFY2(fromServer.code == 0, qPrintable(fromServer.err));
        QVERIFY(fromFile.out.size() > 20);
        QCOMPARE(fromServer.out, fromFile.out);
    }

    void shouldRefuseASecondMoveIntoTheSameDatabase()
    {
        const QByteArray before = ledgerHash(m_server);
        const Run again = plandesk({u"migrate"_s, u"--from"_s, m_file, u"--to"_s, m_server});
        QCOMPARE(again.code, 1);
        QVERIFY(again.out.isEmpty());
        QVERIFY2(again.err.contains(u"Nothing was changed"_s), qPrintable(again.err));
        QCOMPARE(ledgerHash(m_server), before);
    }

    void shouldSayWhichSideIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString file = u"ledger.sqlite"_s;
        const QString server = u"postgresql://postgres@127.0.0.1:1/x"_s;
        QTest::newRow("file to file") << QStringList {u"--from"_s, file, u"--to"_s, file}
                                      << u"--to names a server database"_s;
        QTest::newRow("server to server") << QStringList {u"--from"_s, server, u"--to"_s, server}
                                          << u"--from names the file to move"_s;
        QTest::newRow("no target") << QStringList {u"--from"_s, file} << u"--to is required."_s;
    }
    void shouldSayWhichSideIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = plandesk(QStringList {u"migrate"_s} + arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void shouldBeListedInTheHelp()
    {
        const Run r = plandesk({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("plandesk migrate --from FILE --to postgresql://"));
    }
};

QTEST_GUILESS_MAIN(TestMigrateCommand)
#include "tst_migratecommand.moc"
