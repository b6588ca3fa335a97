#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "database/backupstore.h"
#include "database/database.h"
#include "database/migrator.h"
#include "killer.h"
#include "reliability.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

constexpr int Years = 1000; // 12,000 monthly values with notes: about 25 MB

} // namespace

/// Kills a program that opens a schema 1 database (backup, then migration)
/// at random moments: the file stays schema 1 or is fully migrated, with all
/// its rows either way.
class TestCrashMigration : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeaveTheOldSchemaOrTheNewWithAllRows()
    {
        // Given a schema 1 database with many indicator values
        QTemporaryDir dir;
        const QString pristine = dir.filePath(u"pristine.sqlite"_s);
        const QString db = dir.filePath(u"ledger.sqlite"_s);
        QVERIFY(writeDatabaseFromSql(fixture(u"schema-v1.sql"_s), pristine));
        const QString lastYear = QString::number(999 + Years);
        QVERIFY(execRawInTransaction(
            pristine,
            {u"WITH RECURSIVE y(v) AS (SELECT 1000 UNION ALL SELECT v + 1 FROM y WHERE v < "_s
             + lastYear
             + u"), m(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM m WHERE v < 12) "
               "INSERT INTO indicator_value (indicator_id, period, value, source, as_of, note) "
               "SELECT 1, printf('%d-%02d', y.v, m.v), 1000, 'crash harness', '2018-03-31', "
               "hex(randomblob(800)) FROM y, m"_s}));
        const DatabaseFacts before = inspectDatabase(pristine);
        QVERIFY2(before.intact(), qPrintable(before.describe()));
        QCOMPARE(before.schemaVersion, 1);
        const QByteArray rows = rowsChecksum(pristine, before);

        // And how long an uninterrupted open (backup and migration) takes
        ProcessKiller killer(QString::fromUtf8(PLANDESK_OPEN_CHILD));
        const auto fresh = [&] {
            for (const QString &old :
                 QDir(dir.path()).entryList({u"ledger.sqlite*"_s}, QDir::Files | QDir::Hidden))
                QVERIFY(QFile::remove(dir.filePath(old)));
            // The backup taken before each migration, with any half-written one.
            QDir(db + u".backups"_s).removeRecursively();
            QVERIFY(copyDatabase(pristine, db));
        };
        const qint64 duration = killer.measure({db}, fresh);
        QVERIFY2(duration > 0, qPrintable(killer.lastError()));
        const DatabaseFacts migrated = inspectDatabase(db);
        QCOMPARE(migrated.schemaVersion, Migrator::latestVersion());
        QCOMPARE(rowsChecksum(db, before), rows);
        qInfo("open and migrate of %lld bytes: %lld ms uninterrupted", QFileInfo(pristine).size(),
              duration);

        // When it is killed again and again at random moments
        ReliabilityTally tally(u"crash-migration"_s);
        int upgraded = 0;
        while (ProcessKiller::wantsMoreRuns(tally)) {
            fresh();
            const ProcessKiller::Outcome run = killer.runAndKill({db}, duration * 6 / 5);
            QVERIFY2(run.started, qPrintable(run.err));
            ++tally.runs;
            if (run.killed)
                ++tally.kills;
            else
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));

            // Then the next PlanDesk to start opens the file as it was left
            // (on a copy, so the state itself can be judged below): it
            // recovers, upgrades, and has every row
            const QString reopened = dir.filePath(u"reopened.sqlite"_s);
            for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
                if (QFile::exists(db + suffix))
                    QVERIFY(QFile::copy(db + suffix, reopened + suffix));
            }
            if (Result<std::unique_ptr<Database>> opened = Database::open(reopened); !opened) {
                ++tally.integrityFailures;
                qWarning("run %d (kill at %lld ms): %s", tally.runs, run.delayMs,
                         qPrintable(opened.error()));
            } else if ((*opened)->schemaVersion() != Migrator::latestVersion()) {
                ++tally.partialOperations;
            }
            if (rowsChecksum(reopened, before) != rows)
                ++tally.dataLost;
            for (const QString &copy :
                 QDir(dir.path()).entryList({u"reopened.sqlite*"_s}, QDir::Files | QDir::Hidden))
                QVERIFY(QFile::remove(dir.filePath(copy)));
            QDir(reopened + u".backups"_s).removeRecursively();

            // And the file itself is intact, at schema 1 or the latest
            const DatabaseFacts now = inspectDatabase(db);
            if (!now.intact())
                ++tally.integrityFailures;
            if (now.schemaVersion != 1 && now.schemaVersion != Migrator::latestVersion()) {
                ++tally.partialOperations;
                qWarning("run %d (kill at %lld ms): schema %d", tally.runs, run.delayMs,
                         now.schemaVersion);
            }
            upgraded += now.schemaVersion == Migrator::latestVersion() ? 1 : 0;
            // And every row of schema 1 is there, unchanged
            if (rowsChecksum(db, before) != rows)
                ++tally.dataLost;
            // And a backup taken before migrating is whole under its name
            for (const BackupEntry &backup : BackupStore(db).list()) {
                const DatabaseFacts copy = inspectDatabase(backup.path);
                if (!copy.intact() || copy.counts != before.counts) {
                    ++tally.partialOperations;
                    qWarning("run %d: backup %s is incomplete", tally.runs,
                             qPrintable(backup.path));
                }
            }
        }
        qInfo("migration: %d runs, %d kills, %d upgraded, %d still schema 1", tally.runs,
              tally.kills, upgraded, tally.runs - upgraded);
        tally.print();
        QVERIFY2(tally.kills >= ProcessKiller::MinKills, "too few kills: make the database bigger");
        QVERIFY(tally.clean());
    }
};

QTEST_GUILESS_MAIN(TestCrashMigration)
#include "tst_crashmigration.moc"
