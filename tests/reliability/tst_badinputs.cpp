#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "programrun.h"
#include "reliability.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk::Testing;

/// The hostile and broken files of the test corpus, through the real
/// `plandesk import`: each refused by name, the database not touched.
class TestBadInputs : public QObject
{
    Q_OBJECT

private:
    struct Input
    {
        QString kind;
        QString path;
    };

    static QList<Input> corpus()
    {
        QList<Input> inputs;
        const QDir xlsx(fixture(u"xlsx/bad"_s));
        for (const QString &name : xlsx.entryList({u"*.xlsx"_s}, QDir::Files))
            inputs.append({u"progress"_s, xlsx.filePath(name)});
        const QDir csv(fixture(u"csv"_s));
        for (const QString &name : csv.entryList({u"bad-*.csv"_s}, QDir::Files))
            inputs.append({u"progress"_s, csv.filePath(name)});
        const QDir plans(fixture(u"plans/bad"_s));
        for (const QString &name : plans.entryList(QDir::Files))
            inputs.append({u"plan"_s, plans.filePath(name)});
        return inputs;
    }

private slots:
    void shouldRefuseEveryBadFileByNameAndChangeNothing()
    {
        // Given a demo database
        QTemporaryDir dir;
        const QString program = QString::fromUtf8(PLANDESK_BINARY);
        const QString db = dir.filePath(u"ledger.sqlite"_s);
        QCOMPARE(runProgram(program, {u"init"_s, u"--db"_s, db, u"--demo"_s}).code, 0);
        QByteArray sha = fileSha256(db);
        const QList<Input> inputs = corpus();
        QVERIFY(inputs.size() > 40);

        // When every bad file is imported into it
        ReliabilityTally tally(u"bad-inputs-cli"_s);
        QStringList complaints;
        for (const Input &input : inputs) {
            ++tally.runs;
            ++tally.badInputs;
            QStringList arguments {u"import"_s, input.kind, u"--db"_s, db, input.path};
            if (input.kind != u"plan")
                arguments << u"--as-of"_s << u"2020-12-31"_s;
            const ProgramRun run = runProgram(program, arguments);
            const QString name = QFileInfo(input.path).fileName();
            // Then it is refused with a message naming the file
            if (run.code != 0 && run.err.contains(name))
                ++tally.rejections;
            else
                complaints << u"%1: exit %2, %3"_s.arg(name).arg(run.code).arg(run.err.trimmed());
            // And the database file is byte for byte what it was
            if (const QByteArray now = fileSha256(db); now != sha) {
                ++tally.partialOperations;
                complaints << name + u": the database changed"_s;
                sha = now; // judge the next file on its own
            }
        }
        const DatabaseFacts end = inspectDatabase(db);
        if (!end.intact())
            ++tally.integrityFailures;
        qInfo("bad inputs: %d files through plandesk import, %d refused by name", tally.badInputs,
              tally.rejections);
        tally.print();
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints.join(u'\n')));
        QVERIFY(tally.clean());
    }
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
