#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "killer.h"
#include "programrun.h"
#include "reliability.h"
#include "valuesfile.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

constexpr int Rows = 10000; // half a second or so to import on an idle machine

} // namespace

/// Kills `plandesk import values` at random moments: the import must be
/// there whole or not at all, and nothing that was there before may change.
class TestCrashImport : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeaveTheImportWholeOrAbsentAfterEveryKill()
    {
        // Given a demo database and a values file of Rows new values
        QTemporaryDir dir;
        const QString program = QString::fromUtf8(PLANDESK_BINARY);
        const QString pristine = dir.filePath(u"pristine.sqlite"_s);
        const QString db = dir.filePath(u"ledger.sqlite"_s);
        const QString csv = dir.filePath(u"values.csv"_s);
        QCOMPARE(runProgram(program, {u"init"_s, u"--db"_s, pristine, u"--demo"_s}).code, 0);
        QVERIFY(writeValuesFile(pristine, csv, Rows));
        const QStringList import {u"import"_s,  u"values"_s,     u"--db"_s, db,
                                  u"--as-of"_s, u"2030-01-01"_s, csv};

        // And what an uninterrupted import leaves behind
        QVERIFY(copyDatabase(pristine, db));
        const DatabaseFacts before = inspectDatabase(db);
        QVERIFY2(before.intact(), qPrintable(before.describe()));
        const QByteArray untouched = rowsChecksum(db, before);
        ProcessKiller killer(program);
        const qint64 duration =
            killer.measure(import, [&] { QVERIFY(copyDatabase(pristine, db)); });
        QVERIFY2(duration > 0, qPrintable(killer.lastError()));
        const DatabaseFacts after = inspectDatabase(db);
        QVERIFY2(after.intact(), qPrintable(after.describe()));
        QCOMPARE(after.counts.value(u"indicator_value"_s),
                 before.counts.value(u"indicator_value"_s) + Rows);
        const QByteArray imported = rowsChecksum(db, before); // the import's own changes
        qInfo("import of %d values: %lld ms uninterrupted", Rows, duration);

        // When it is killed again and again at random moments
        ReliabilityTally tally(u"crash-import"_s);
        int whole = 0;
        while (ProcessKiller::wantsMoreRuns(tally)) {
            QVERIFY(copyDatabase(pristine, db));
            const ProcessKiller::Outcome run = killer.runAndKill(import, duration * 6 / 5);
            QVERIFY2(run.started, qPrintable(run.err));
            ++tally.runs;
            if (run.killed)
                ++tally.kills;
            else
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));

            // Then the file is intact, and holds the import whole or not at all
            const DatabaseFacts now = inspectDatabase(db);
            if (!now.intact()) {
                ++tally.integrityFailures;
                qWarning("run %d (kill at %lld ms): %s", tally.runs, run.delayMs,
                         qPrintable(now.describe()));
                continue;
            }
            const bool none = now.counts == before.counts;
            const bool all = now.counts == after.counts;
            if (!none && !all) {
                ++tally.partialOperations;
                qWarning("run %d (kill at %lld ms): %lld values, neither %lld nor %lld", tally.runs,
                         run.delayMs, now.counts.value(u"indicator_value"_s),
                         before.counts.value(u"indicator_value"_s),
                         after.counts.value(u"indicator_value"_s));
            }
            whole += all ? 1 : 0;
            // And every row that was there before is there unchanged
            if (rowsChecksum(db, before) != (all ? imported : untouched))
                ++tally.dataLost;
        }
        qInfo("import: %d runs, %d kills, %d left the import whole, %d left none", tally.runs,
              tally.kills, whole, tally.runs - whole);
        tally.print();
        QVERIFY2(tally.kills >= ProcessKiller::MinKills, "too few kills: make the import bigger");
        QVERIFY(tally.clean());
    }
};

QTEST_GUILESS_MAIN(TestCrashImport)
#include "tst_crashimport.moc"
