#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using PlanDesk::Testing::CliRun;

namespace {

struct Run
{
    int code = -1;
    QStringList lines;
    QString err;
};

/// The command's output as its lines: one path per template written.
Run plandesk(const QStringList &arguments)
{
    const CliRun r = Testing::plandesk(arguments);
    return {r.code, QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts), r.err};
}

} // namespace

/// `plandesk templates`: the returns templates of a round, from the command line.
class TestTemplatesCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"ledger.sqlite"_s);
        const Run r = plandesk({u"init"_s, u"--db"_s, m_db, u"--demo"_s});
        QCOMPARE(r.code, 0);
    }

    void shouldBeListedInTheHelp()
    {
        const Run help = plandesk({u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.lines.join(u'\n').contains(u"plandesk templates --db FILE --period"_s));
        const Run own = plandesk({u"templates"_s, u"--help"_s});
        QCOMPARE(own.code, 0);
        for (const QString &option :
             {u"--period"_s, u"--out"_s, u"--department"_s, u"--one-workbook"_s, u"--force"_s})
            QVERIFY2(own.lines.join(u'\n').contains(option), qPrintable(option));
    }

    void shouldWriteOneFilePerDepartmentAndPrintEach()
    {
        QTemporaryDir out;
        const QString folder = QDir(out.path()).filePath(u"模板"_s);
        const QStringList arguments {u"templates"_s, u"--db"_s,  m_db,  u"--period"_s,
                                     u"2018-Q2"_s,   u"--out"_s, folder};
        const Run r = plandesk(arguments);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.lines.size() > 5);
        QStringList names;
        for (const QString &line : r.lines) {
            QVERIFY2(QFileInfo(line).isFile(), qPrintable(line));
            names << QFileInfo(line).fileName();
        }
        QVERIFY(names.contains(u"2018年第二季度进展报送-市科技局.xlsx"_s));
        names.sort();
        QCOMPARE(QDir(folder).entryList(QDir::Files), names);

        // Again: refused, naming a file that is there; with --force, replaced.
        const Run again = plandesk(arguments);
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
        QVERIFY(again.err.contains(u"2018年第二季度进展报送-"_s));
        const Run forced = plandesk(arguments + QStringList {u"--force"_s});
        QCOMPARE(forced.code, 0);
        QCOMPARE(forced.lines, r.lines);
    }

    void shouldWriteOneDepartmentOrOneWorkbook()
    {
        QTemporaryDir out;
        const Run one = plandesk({u"templates"_s, u"--db"_s, m_db, u"--period"_s, u"2018-Q2"_s,
                                  u"--out"_s, out.path(), u"--department"_s, u"市科技局"_s});
        QCOMPARE(one.code, 0);
        QCOMPARE(one.lines.size(), 1);
        QCOMPARE(QFileInfo(one.lines.constFirst()).fileName(),
                 u"2018年第二季度进展报送-市科技局.xlsx"_s);
        const Run all = plandesk({u"templates"_s, u"--db"_s, m_db, u"--period"_s, u"2018-Q2"_s,
                                  u"--out"_s, out.path(), u"--one-workbook"_s});
        QCOMPARE(all.code, 0);
        QCOMPARE(all.lines.size(), 1);
        QCOMPARE(QFileInfo(all.lines.constFirst()).fileName(), u"2018年第二季度进展报送.xlsx"_s);
    }

    void shouldNameWhatIsWrong()
    {
        QTemporaryDir out;
        const Run noRound = plandesk(
            {u"templates"_s, u"--db"_s, m_db, u"--period"_s, u"2030-Q1"_s, u"--out"_s, out.path()});
        QCOMPARE(noRound.code, 1);
        QVERIFY2(noRound.err.contains(u"2030-Q1"_s) && noRound.err.contains(u"2018-Q2"_s),
                 qPrintable(noRound.err));
        const Run badPeriod = plandesk(
            {u"templates"_s, u"--db"_s, m_db, u"--period"_s, u"2018-Q5"_s, u"--out"_s, out.path()});
        QCOMPARE(badPeriod.code, 2);
        QVERIFY2(badPeriod.err.contains(u"2018-Q5"_s), qPrintable(badPeriod.err));
        const Run noDepartment =
            plandesk({u"templates"_s, u"--db"_s, m_db, u"--period"_s, u"2018-Q2"_s, u"--out"_s,
                      out.path(), u"--department"_s, u"市不存在局"_s});
        QCOMPARE(noDepartment.code, 1);
        QVERIFY2(noDepartment.err.contains(u"市不存在局"_s), qPrintable(noDepartment.err));
        const Run both =
            plandesk({u"templates"_s, u"--db"_s, m_db, u"--period"_s, u"2018-Q2"_s, u"--out"_s,
                      out.path(), u"--department"_s, u"市科技局"_s, u"--one-workbook"_s});
        QCOMPARE(both.code, 2);
        const Run noOut = plandesk({u"templates"_s, u"--db"_s, m_db, u"--period"_s, u"2018-Q2"_s});
        QCOMPARE(noOut.code, 2);
        QVERIFY(noOut.err.contains(u"--out"_s));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestTemplatesCommand)
#include "tst_templatescommand.moc"
