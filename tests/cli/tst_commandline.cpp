#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "clirun.h"
#include "database/database.h"
#include "report/supervisionloader.h"
#include "repositories/planrepository.h"
#include "rules/assessment.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

QJsonArray json(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return doc.array();
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"ledger.sqlite"_s);
        const CliRun r = plandesk({u"init"_s, u"--db"_s, m_path, u"--demo"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void shouldTellWhatItIs()
    {
        const CliRun version = plandesk({u"--version"_s});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("PlanDesk "));
        const CliRun help = plandesk({u"--help"_s});
        QCOMPARE(help.code, 0);
        for (const char *command : {"init", "export", "check", "backup"})
            QVERIFY(help.out.contains(command));
        const CliRun exportHelp = plandesk({u"export"_s, u"--help"_s});
        QCOMPARE(exportHelp.code, 0);
        QVERIFY(exportHelp.out.contains("--format"));
    }

    void shouldExportTheTasksAsTheDocumentListsThem()
    {
        const CliRun r = plandesk({u"export"_s, u"tasks"_s, u"--db"_s, m_path, u"--format"_s,
                                   u"json"_s, u"--out"_s, u"-"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray tasks = json(r.out);
        QCOMPARE(tasks.size(), 22);
        const QJsonObject task4 = tasks.at(3).toObject();
        QCOMPARE(task4[u"kind"_s].toString(), u"task"_s);
        QCOMPARE(task4[u"number"_s].toInt(), 4);
        QCOMPARE(task4[u"group"_s].toString(), u"促进知识产权创造"_s);
        QCOMPARE(task4[u"title"_s].toString(), u"促进产业知识产权集聚"_s);
        QCOMPARE(task4[u"lead"_s].toString(), u"市发展改革委"_s);
        QCOMPARE(task4[u"cooperating"_s].toArray().size(), 5);
        QCOMPARE(task4[u"cooperating"_s].toArray().at(0).toString(), u"市经济和信息化委"_s);
        QCOMPARE(task4[u"start"_s].toString(), u"2017-04-12"_s);
        QCOMPARE(task4[u"due"_s].toString(), u"2020-12-31"_s);
        QVERIFY(task4[u"parent"_s].isNull());
        QVERIFY(task4.contains(u"status"_s) && task4.contains(u"percent"_s)
                && task4.contains(u"text"_s));

        const QJsonObject safeguard1 = tasks.at(17).toObject();
        QCOMPARE(safeguard1[u"kind"_s].toString(), u"safeguard"_s);
        QCOMPARE(safeguard1[u"number"_s].toInt(), 1);
        QCOMPARE(safeguard1[u"group"_s].toString(), u"保障措施"_s);
        QCOMPARE(safeguard1[u"lead"_s].toString(), u"市知识产权工作领导小组各成员单位"_s);
        QVERIFY(safeguard1[u"cooperating"_s].toArray().isEmpty());
    }

    void shouldExportTheAssessmentWithThePagesColumns()
    {
        // When the assessment of 2019 is exported as CSV, judged at the year's end
        const CliRun r =
            plandesk({u"export"_s, u"assessment"_s, u"--db"_s, m_path, u"--format"_s, u"csv"_s,
                      u"--period"_s, u"2019"_s, u"--as-of"_s, u"2019-12-31"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines =
            QString::fromUtf8(r.out).remove(u'\uFEFF').split(u"\r\n"_s, Qt::SkipEmptyParts);
        // Then the header is the stable one
        QCOMPARE(lines.first(),
                 u"rank,department,reports_met,reports_counted,reports_percent,pace_met,"
                 "pace_counted,pace_percent,actions_met,actions_counted,actions_percent,score"_s);
        // and 市教育局's row holds what assess() finds
        std::unique_ptr<Database> db = std::move(Database::open(m_path).value());
        const qint64 planId = PlanRepository(*db).plans()->constFirst().id;
        const Assessment a = assess(*SupervisionLoader(*db).load(planId), {2019, 1, 1},
                                    {2019, 12, 31}, {2019, 12, 31});
        const auto card = std::find_if(a.cards.cbegin(), a.cards.cend(),
                                       [](const Scorecard &c) { return c.name == u"市教育局"; });
        QVERIFY(card != a.cards.cend() && card->score && card->pace.counted > 0);
        const QString row = *std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.section(u',', 1, 1) == u"市教育局";
        });
        auto percent = [](const ScoreTally &t) {
            return QString::number(*t.rate() * 100, 'f', 1).remove(QRegularExpression(u"\\.0$"_s));
        };
        QCOMPARE(
            row,
            u"%1,市教育局,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11"_s.arg(card->rank)
                .arg(card->reporting.met)
                .arg(card->reporting.counted)
                .arg(percent(card->reporting))
                .arg(card->pace.met)
                .arg(card->pace.counted)
                .arg(percent(card->pace))
                .arg(card->actions.met)
                .arg(card->actions.counted)
                .arg(card->actions.counted ? percent(card->actions) : QString())
                .arg(QString::number(*card->score, 'f', 1).remove(QRegularExpression(u"\\.0$"_s))));
    }

    void shouldRefuseAnAssessmentPeriodItCannotRead()
    {
        const CliRun r = plandesk({u"export"_s, u"assessment"_s, u"--db"_s, m_path, u"--format"_s,
                                   u"csv"_s, u"--period"_s, u"2019-Q5"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"2019-Q5"_s));
        const CliRun tasks = plandesk({u"export"_s, u"tasks"_s, u"--db"_s, m_path, u"--format"_s,
                                       u"csv"_s, u"--period"_s, u"2019"_s});
        QCOMPARE(tasks.code, 2);
    }

    void shouldExportTheFourTargets()
    {
        const CliRun r =
            plandesk({u"export"_s, u"indicators"_s, u"--db"_s, m_path, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray indicators = json(r.out);
        QCOMPARE(indicators.size(), 4);
        const QList<double> targets = {4.2, 200, 37500, 10000};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject o = indicators.at(i).toObject();
            QCOMPARE(o[u"target"_s].toDouble(), targets.at(i));
            QCOMPARE(o[u"target_year"_s].toInt(), 2020);
            for (const char *key :
                 {"code", "name", "unit", "comparison", "baseline", "baseline_year"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
        }
        QVERIFY(r.out.contains("\"target\": 4.2,")); // exactly, not 4.2000000000000002
        QCOMPARE(indicators.at(0)[u"comparison"_s].toString(), u">"_s);
    }

    void shouldExportEveryKindAsCsvAndJson_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstColumn");
        QTest::newRow("tasks") << u"tasks"_s << 22 << u"id"_s;
        QTest::newRow("departments") << u"departments"_s << 34 << u"id"_s;
        QTest::newRow("indicators") << u"indicators"_s << 4 << u"id"_s;
        QTest::newRow("values") << u"values"_s << 20 << u"indicator"_s;
        // Every lead's report a quarter (22 × 15) and the cooperating
        // departments': counted in the file below.
        QTest::newRow("progress") << u"progress"_s << -1 << u"id"_s;
        QTest::newRow("meetings") << u"meetings"_s << 6 << u"id"_s;
        QTest::newRow("actions") << u"actions"_s << 18 << u"id"_s;
        // Every department but the collective of all member units
        QTest::newRow("assessment") << u"assessment"_s << 33 << u"rank"_s;
    }
    void shouldExportEveryKindAsCsvAndJson()
    {
        QFETCH(QString, kind);
        QFETCH(int, rows);
        QFETCH(QString, firstColumn);
        if (rows < 0)
            rows = static_cast<int>(
                *Database::open(m_path).value()->scalar(u"SELECT count(*) FROM progress_report"_s));
        QVERIFY(kind != u"progress"_s || rows > 22 * 15);
        const CliRun j = plandesk({u"export"_s, kind, u"--db"_s, m_path, u"--format"_s, u"json"_s});
        QCOMPARE(j.code, 0);
        QCOMPARE(json(j.out).size(), rows);

        const QString file = m_dir.filePath(kind + u".csv"_s);
        const CliRun c = plandesk(
            {u"export"_s, kind, u"--db"_s, m_path, u"--format"_s, u"csv"_s, u"--out"_s, file});
        QCOMPARE(c.code, 0);
        QVERIFY(c.out.isEmpty());
        const QByteArray csv = fileBytes(file);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.mid(3).startsWith(firstColumn.toUtf8() + ','));
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(!csv.contains("\n\n"));
    }

    void shouldMarkSampleDataInExports()
    {
        const CliRun r =
            plandesk({u"export"_s, u"meetings"_s, u"--db"_s, m_path, u"--format"_s, u"json"_s});
        for (const QJsonValue &m : json(r.out))
            QCOMPARE(m[u"sample"_s].toBool(), true);
    }

    void shouldRefuseBadUsageWithExitCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList {u"frobnicate"_s} << u"Unknown command “frobnicate”"_s;
        QTest::newRow("unknown kind")
            << QStringList {u"export"_s, u"budgets"_s, u"--db"_s, u"x"_s, u"--format"_s, u"csv"_s}
            << u"Unknown kind “budgets”"_s;
        QTest::newRow("bad format")
            << QStringList {u"export"_s, u"tasks"_s, u"--db"_s, u"x"_s, u"--format"_s, u"xml"_s}
            << u"--format must be csv, json or xlsx"_s;
        QTest::newRow("xlsx without --out")
            << QStringList {u"export"_s, u"tasks"_s, u"--db"_s, u"x"_s, u"--format"_s, u"xlsx"_s}
            << u"--format xlsx needs --out"_s;
        QTest::newRow("no db") << QStringList {u"check"_s} << u"--db is required"_s;
        QTest::newRow("unknown option")
            << QStringList {u"check"_s, u"--db"_s, u"x"_s, u"--force"_s} << u"force"_s;
        QTest::newRow("no kind") << QStringList {u"export"_s, u"--db"_s, u"x"_s}
                                 << u"expected 1 argument"_s;
    }
    void shouldRefuseBadUsageWithExitCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = plandesk(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one line
    }

    void shouldFailClearlyOnAMissingDatabase()
    {
        const QString missing = m_dir.filePath(u"nowhere.sqlite"_s);
        const CliRun r =
            plandesk({u"export"_s, u"tasks"_s, u"--db"_s, missing, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"nowhere.sqlite"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));
    }

    void shouldRefuseToInitOverAnExistingFile()
    {
        const QByteArray before = fileBytes(m_path);
        const CliRun r = plandesk({u"init"_s, u"--db"_s, m_path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
        QCOMPARE(fileBytes(m_path), before);
    }

    void shouldCheckAGoodDatabase()
    {
        const CliRun r = plandesk({u"check"_s, u"--db"_s, m_path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("ok: "), r.out.constData());
    }

    void shouldFailTheCheckOfADamagedFileAndLeaveItAlone()
    {
        const QString damaged = m_dir.filePath(u"damaged.sqlite"_s);
        QVERIFY(plandesk({u"init"_s, u"--db"_s, damaged}).code == 0);
        QVERIFY(execRaw(damaged, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s}));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(16384, '\0'));
        file.close();
        const QByteArray before = fileBytes(damaged);

        const CliRun r = plandesk({u"check"_s, u"--db"_s, damaged});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"plandesk: "_s), qPrintable(r.err));
        QCOMPARE(fileBytes(damaged), before);
    }

    void shouldFailTheCheckOfANonDatabaseFile()
    {
        const QString text = m_dir.filePath(u"notes.txt"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'x'));
        file.close();
        const CliRun r = plandesk({u"check"_s, u"--db"_s, text});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not a PlanDesk database"_s), qPrintable(r.err));
        QCOMPARE(fileBytes(text), QByteArray(5000, 'x'));
    }

    void shouldReportAFailedWriteToStandardOutput()
    {
        // A full disk behind standard output must not end in exit code 0.
        QFile full(u"/dev/full"_s);
        if (!full.open(QIODevice::WriteOnly))
            QSKIP("this system has no /dev/full to simulate a full disk");
        QBuffer err;
        err.open(QIODevice::WriteOnly);
        const int code = Cli::run(
            {u"plandesk"_s, u"export"_s, u"tasks"_s, u"--db"_s, m_path, u"--format"_s, u"json"_s},
            full, err);
        QCOMPARE(code, 1);
        QVERIFY2(err.data().contains("standard output"), err.data().constData());
    }

    void shouldWriteIntoADeviceRatherThanReplaceIt()
    {
        const QFileInfo null(u"/dev/null"_s);
        if (!null.exists() || null.isFile())
            QSKIP("this system has no /dev/null device");
        const CliRun r = plandesk({u"export"_s, u"tasks"_s, u"--db"_s, m_path, u"--format"_s,
                                   u"csv"_s, u"--out"_s, u"/dev/null"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(!QFileInfo(u"/dev/null"_s).isFile()); // still the device
    }

    void shouldExportWithoutChangingAnOlderDatabase()
    {
        const QString old = m_dir.filePath(u"old.sqlite"_s);
        QVERIFY(writeDatabaseFromSql(fixture(u"schema-v1.sql"_s), old));
        const QByteArray before = fileBytes(old);
        const CliRun r =
            plandesk({u"export"_s, u"tasks"_s, u"--db"_s, old, u"--format"_s, u"json"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"older PlanDesk"_s), qPrintable(r.err));
        QCOMPARE(fileBytes(old), before);
        QVERIFY(!QFileInfo::exists(old + u".backups"_s));
    }

    void shouldExportFromAReadOnlyFile()
    {
        const QString copy = m_dir.filePath(u"readonly.sqlite"_s);
        QVERIFY(QFile::copy(m_path, copy));
        QVERIFY(
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const CliRun r =
            plandesk({u"export"_s, u"departments"_s, u"--db"_s, copy, u"--format"_s, u"json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(json(r.out).size(), 34);
    }

    void shouldBackUpToANewFile()
    {
        const QString target = m_dir.filePath(u"backup.sqlite"_s);
        const CliRun r = plandesk({u"backup"_s, u"--db"_s, m_path, u"--out"_s, target});
        QCOMPARE(r.code, 0);
        QCOMPARE(plandesk({u"check"_s, u"--db"_s, target}).code, 0);
        const CliRun again = plandesk({u"backup"_s, u"--db"_s, m_path, u"--out"_s, target});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
