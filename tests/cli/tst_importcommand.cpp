#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

#include "clirun.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// A CSV export's rows without the column a copy never shares: the ids of
/// one database.
QStringList comparableRows(const QByteArray &csv)
{
    QStringList rows = QString::fromUtf8(csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList header = rows.takeFirst().split(u',');
    const qsizetype id = header.indexOf(u"id"_s);
    QStringList kept;
    for (const QString &row : std::as_const(rows)) {
        QStringList cells = row.split(u',');
        if (id >= 0)
            cells.removeAt(id);
        kept << cells.join(u',');
    }
    kept.sort();
    return kept;
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString freshDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const CliRun init = plandesk({u"init"_s, u"--db"_s, path});
        if (init.code != 0)
            qFatal("init failed: %s", qPrintable(init.err));
        return path;
    }

    QByteArray exported(const QString &kind, const QString &db)
    {
        const CliRun r = plandesk(
            {u"export"_s, kind, u"--db"_s, db, u"--format"_s, u"csv"_s, u"--out"_s, u"-"_s});
        if (r.code != 0)
            qFatal("export failed: %s", qPrintable(r.err));
        return r.out;
    }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.filePath(u"demo.sqlite"_s);
        QCOMPARE(plandesk({u"init"_s, u"--db"_s, m_demo, u"--demo"_s}).code, 0);
    }

    void shouldRoundTripProgressAndValuesThroughCsv_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("progress") << u"progress"_s;
        QTest::newRow("values") << u"values"_s;
        QTest::newRow("departments") << u"departments"_s;
    }
    void shouldRoundTripProgressAndValuesThroughCsv()
    {
        QFETCH(QString, kind);
        const QByteArray original = exported(kind, m_demo);
        const QString file = m_dir.filePath(kind + u".csv"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(original);
        out.close();
        const QString copy = freshDatabase(kind + u"-copy.sqlite"_s);

        const CliRun imported = plandesk({u"import"_s, kind, file, u"--db"_s, copy});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        if (kind != u"departments") // the same built-in departments are in both
            QVERIFY2(imported.out.contains(" new"), imported.out.constData());
        QCOMPARE(comparableRows(exported(kind, copy)), comparableRows(original));

        // The same file again adds nothing.
        const QByteArray before = sha256(copy);
        const CliRun again = plandesk({u"import"_s, kind, file, u"--db"_s, copy});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("nothing new"), again.out.constData());
        QCOMPARE(sha256(copy), before);
    }

    void shouldListEveryProblemAndWriteNothing()
    {
        const QString db = freshDatabase(u"bad.sqlite"_s);
        const QString file = m_dir.filePath(u"bad.csv"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("task,department,period,percent,status\r\n"
                  "1,市委组织部,2018-Q2,60,推进中\r\n"
                  "1,市委组织部,2018-Q3,140,推进中\r\n"
                  "2,市科委,2018-Q2,50,推进中\r\n");
        out.close();
        const QByteArray before = sha256(db);
        const CliRun r = plandesk({u"import"_s, u"progress"_s, file, u"--db"_s, db});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"bad.csv, row 3, column D (percent): 140% is outside"_s),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"bad.csv, row 4, column B (department): no department"_s),
                 qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), u"plandesk: Nothing was imported: 2 problem(s)."_s);
        QCOMPARE(sha256(db), before);
    }

    void shouldCheckWithoutWritingOnADryRun()
    {
        const QString db = freshDatabase(u"dry.sqlite"_s);
        const QString file = m_dir.filePath(u"dry.csv"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("任务编号,填报单位,报送期,完成进度（%）,状态\n1,市委组织部,2018-Q2,60,推进中\n");
        out.close();
        const QByteArray before = sha256(db);
        const CliRun r =
            plandesk({u"import"_s, u"progress"_s, file, u"--db"_s, db, u"--dry-run"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("1 new"), r.out.constData());
        QCOMPARE(sha256(db), before);
    }

    void shouldImportAPlanExportedFromAnotherDatabase()
    {
        const QString file = m_dir.filePath(u"plan.json"_s);
        QCOMPARE(plandesk({u"export"_s, u"plan"_s, u"--db"_s, m_demo, u"--format"_s, u"json"_s,
                           u"--out"_s, file})
                     .code,
                 0);
        const QString empty = m_dir.filePath(u"empty.sqlite"_s);
        QCOMPARE(plandesk({u"init"_s, u"--db"_s, empty}).code, 0);
        // The built-in plan is there already: refused, nothing written.
        const QByteArray before = sha256(empty);
        const CliRun twice = plandesk({u"import"_s, u"plan"_s, file, u"--db"_s, empty});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(u"already"_s), qPrintable(twice.err));
        QCOMPARE(sha256(empty), before);
    }

    void shouldRefuseUnknownKindsAndMissingFiles()
    {
        QCOMPARE(plandesk({u"import"_s, u"meetings"_s, u"x.csv"_s, u"--db"_s, m_demo}).code, 2);
        const CliRun r =
            plandesk({u"import"_s, u"progress"_s, u"/nonexistent.csv"_s, u"--db"_s, m_demo});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"/nonexistent.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
