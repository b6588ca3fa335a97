#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "killer.h"
#include "programrun.h"
#include "reliability.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

constexpr int AuditRows = 20000; // about 28 MB: half a second or so to copy here

} // namespace

/// Kills `plandesk backup` at random moments: the database stays as it was,
/// and the backup is either absent or complete under its final name.
class TestCrashBackup : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeaveNoHalfBackupUnderTheFinalName()
    {
        // Given a demo database made big by a long audit log
        QTemporaryDir dir;
        const QString program = QString::fromUtf8(PLANDESK_BINARY);
        const QString db = dir.filePath(u"ledger.sqlite"_s);
        QCOMPARE(runProgram(program, {u"init"_s, u"--db"_s, db, u"--demo"_s}).code, 0);
        QVERIFY(execRawInTransaction(
            db,
            {u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %1) "
             "INSERT INTO audit_log (actor, table_name, row_id, action, before, after) "
             "SELECT 'crash harness', 'task', x, 'update', hex(randomblob(300)), "
             "hex(randomblob(300)) FROM n"_s.arg(AuditRows)}));
        const DatabaseFacts source = inspectDatabase(db);
        QVERIFY2(source.intact(), qPrintable(source.describe()));
        const QByteArray sourceHash = fileSha256(db);

        // And how long an uninterrupted backup takes
        ProcessKiller killer(program);
        const QString first = dir.filePath(u"first.sqlite"_s);
        const qint64 duration = killer.measure({u"backup"_s, u"--db"_s, db, u"--out"_s, first},
                                               [&] { QFile::remove(first); });
        QVERIFY2(duration > 0, qPrintable(killer.lastError()));
        QCOMPARE(inspectDatabase(first).counts, source.counts);
        QVERIFY(QFile::remove(first));
        qInfo("backup of %lld bytes: %lld ms uninterrupted", QFileInfo(db).size(), duration);

        // When backups are killed again and again at random moments
        ReliabilityTally tally(u"crash-backup"_s);
        int complete = 0;
        int leftovers = 0;
        while (ProcessKiller::wantsMoreRuns(tally)) {
            const QString name = u"backup-%1.sqlite"_s.arg(tally.runs);
            const QString target = dir.filePath(name);
            const ProcessKiller::Outcome run = killer.runAndKill(
                {u"backup"_s, u"--db"_s, db, u"--out"_s, target}, duration * 6 / 5);
            QVERIFY2(run.started, qPrintable(run.err));
            ++tally.runs;
            if (run.killed)
                ++tally.kills;
            else
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));

            // Then the database is exactly as it was
            if (fileSha256(db) != sourceHash) {
                ++tally.dataLost;
                qWarning("run %d (kill at %lld ms): the database changed", tally.runs, run.delayMs);
            }
            // And the backup is absent or complete; anything else carries the
            // temporary name
            if (QFileInfo::exists(target)) {
                const DatabaseFacts copy = inspectDatabase(target);
                if (!copy.intact())
                    ++tally.integrityFailures;
                if (copy.counts != source.counts)
                    ++tally.partialOperations;
                ++complete;
            }
            const QStringList others = QDir(dir.path()).entryList({name + u"*"_s}, QDir::Files);
            for (const QString &other : others) {
                if (other == name)
                    continue;
                if (!other.startsWith(name + u".partial-"_s)) {
                    ++tally.partialOperations;
                    qWarning("run %d: unexpected file %s", tally.runs, qPrintable(other));
                }
                ++leftovers;
                QVERIFY(QFile::remove(dir.filePath(other)));
            }
            QFile::remove(target);
        }
        const DatabaseFacts end = inspectDatabase(db);
        if (!end.intact())
            ++tally.integrityFailures;
        qInfo("backup: %d runs, %d kills, %d complete backups, %d temporary files left", tally.runs,
              tally.kills, complete, leftovers);
        tally.print();
        QVERIFY2(tally.kills >= ProcessKiller::MinKills, "too few kills: make the database bigger");
        QVERIFY(tally.clean());
    }
};

QTEST_GUILESS_MAIN(TestCrashBackup)
#include "tst_crashbackup.moc"
