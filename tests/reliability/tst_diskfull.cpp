#include <signal.h>
#include <sys/resource.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "programrun.h"
#include "reliability.h"
#include "valuesfile.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk::Testing;

namespace {

struct LimitedRun
{
    int code = -1;
    QString err;
};

/// Runs plandesk with every file it writes limited to `bytes`, and SIGXFSZ
/// ignored, so a write past the limit fails with EFBIG as on a full disk.
LimitedRun runWithFileSizeLimit(const QStringList &arguments, rlim_t bytes)
{
    QProcess process;
    process.setChildProcessModifier([bytes] {
        const rlimit limit {bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    });
    process.start(QString::fromUtf8(PLANDESK_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("plandesk did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

/// The message says what failed, names the file, and that the disk may be full.
bool saysDiskFull(const QString &err, const QString &file)
{
    return err.contains(file) && err.contains(u"disk may be full"_s);
}

} // namespace

/// Imports and backups on a disk that fills up: a clear message, nothing
/// changed, nothing half-written under a final name.
class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    ReliabilityTally m_tally {u"disk-full"_s};

    /// Counts a failed run against the tally; QVERIFY-fails on an unclear message.
    void account(const QString &db, const QByteArray &sha, const DatabaseFacts &before)
    {
        ++m_tally.runs;
        const DatabaseFacts now = inspectDatabase(db);
        if (!now.intact())
            ++m_tally.integrityFailures;
        if (now.counts != before.counts)
            ++m_tally.partialOperations;
        if (fileSha256(db) != sha || rowsChecksum(db, before) != rowsChecksum(m_pristine, before))
            ++m_tally.dataLost;
    }

private slots:
    void initTestCase()
    {
        m_pristine = m_dir.filePath(u"pristine.sqlite"_s);
        QCOMPARE(runProgram(QString::fromUtf8(PLANDESK_BINARY),
                            {u"init"_s, u"--db"_s, m_pristine, u"--demo"_s})
                     .code,
                 0);
    }

    void shouldRefuseAnImportCleanlyWhenTheDiskFills_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("64 KiB") << 64 * 1024;
        QTest::newRow("512 KiB") << 512 * 1024;
        QTest::newRow("2 MiB") << 2 * 1024 * 1024;
    }

    void shouldRefuseAnImportCleanlyWhenTheDiskFills()
    {
        // Given a demo database and a values file too big for the space left
        QFETCH(int, limit);
        const QString db = m_dir.filePath(u"import.sqlite"_s);
        const QString csv = m_dir.filePath(u"values.csv"_s);
        QVERIFY(copyDatabase(m_pristine, db));
        QVERIFY(QFile::exists(csv) || writeValuesFile(m_pristine, csv, 20000));
        const DatabaseFacts before = inspectDatabase(db);
        const QByteArray sha = fileSha256(db);

        // When it is imported
        const LimitedRun run = runWithFileSizeLimit(
            {u"import"_s, u"values"_s, u"--db"_s, db, u"--as-of"_s, u"2030-01-01"_s, csv},
            static_cast<rlim_t>(limit));

        // Then it fails, says why and where, and the database is as it was
        QVERIFY(run.code > 0);
        QVERIFY2(saysDiskFull(run.err, db), qPrintable(run.err));
        account(db, sha, before);
    }

    void shouldWriteNoHalfBackupWhenTheDiskFills_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("64 KiB") << 64 * 1024;
        QTest::newRow("256 KiB") << 256 * 1024;
        QTest::newRow("half the database") << -2;
    }

    void shouldWriteNoHalfBackupWhenTheDiskFills()
    {
        // Given a demo database, and room for only part of a copy
        QFETCH(int, limit);
        const QString db = m_dir.filePath(u"backup-source.sqlite"_s);
        QVERIFY(copyDatabase(m_pristine, db));
        const DatabaseFacts before = inspectDatabase(db);
        const QByteArray sha = fileSha256(db);
        const qint64 bytes = limit > 0 ? limit : QFileInfo(db).size() / -limit;
        const QString target = m_dir.filePath(u"copy.sqlite"_s);

        // When it is backed up
        const LimitedRun run = runWithFileSizeLimit(
            {u"backup"_s, u"--db"_s, db, u"--out"_s, target}, static_cast<rlim_t>(bytes));

        // Then it fails, says why and where, and leaves nothing behind
        QVERIFY(run.code > 0);
        QVERIFY2(saysDiskFull(run.err, target), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(target));
        const QStringList left = QDir(m_dir.path()).entryList({u"copy.sqlite*"_s});
        if (!left.isEmpty())
            ++m_tally.partialOperations;
        QCOMPARE(left, QStringList());
        account(db, sha, before);
    }

    void cleanupTestCase()
    {
        m_tally.print();
        QVERIFY(m_tally.clean());
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
