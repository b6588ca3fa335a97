#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "database/backupstore.h"
#include "database/healthcheck.h"
#include "database/migrator.h"
#include "database/restorer.h"
#include "reliability.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// One way a ledger file gets spoiled, applied to a closed demo database.
struct Damage
{
    const char *name;
    Health::Verdict expected;
    std::function<bool(const QString &path)> apply;
};

bool truncateTo(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.resize(bytes);
}

} // namespace

/// Damaged, foreign and newer files, each met the way the window meets them
/// at opening: the check names the file and says what is wrong, the file is
/// byte-for-byte unchanged, and a damaged ledger comes back whole from its
/// newest good backup while the damaged file is kept aside.
class TestDamagedFiles : public QObject
{
    Q_OBJECT

private slots:
    void shouldNameEveryDamageChangeNothingAndRecoverFromTheBackup()
    {
        const QList<Damage> damages = {
            {"garbled table pages", Health::Verdict::Damaged,
             [](const QString &p) {
                 return overwriteBytes(p, 2 * 4096, QByteArray(8 * 4096, '\x5a'));
             }},
            {"zeroed header", Health::Verdict::Damaged,
             [](const QString &p) {
                 return overwriteBytes(p, 0, QByteArray(100, '\0'));
             }},
            {"random first page", Health::Verdict::Damaged,
             [](const QString &p) {
                 QByteArray noise(4096, '\0');
                 for (int i = 0; i < noise.size(); ++i)
                     noise[i] = static_cast<char>((i * 7919 + 13) % 251);
                 return overwriteBytes(p, 0, noise);
             }},
            {"cut to half", Health::Verdict::Damaged,
             [](const QString &p) {
                 return truncateTo(p, QFileInfo(p).size() / 2);
             }},
            {"cut to 1 KiB", Health::Verdict::Damaged,
             [](const QString &p) {
                 return truncateTo(p, 1024);
             }},
            {"emptied", Health::Verdict::Damaged,
             [](const QString &p) {
                 return truncateTo(p, 0);
             }},
            {"garbled last pages", Health::Verdict::Damaged,
             [](const QString &p) {
                 return overwriteBytes(p, QFileInfo(p).size() - 3 * 4096,
                                       QByteArray(3 * 4096, '\xff'));
             }},
            {"written by a newer PlanDesk", Health::Verdict::Refused,
             [](const QString &p) {
                 return execRaw(p,
                                {u"PRAGMA journal_mode = DELETE"_s,
                                 u"PRAGMA user_version = %1"_s.arg(Migrator::latestVersion() + 1)});
             }},
        };
        ReliabilityTally tally(u"damaged-files"_s);
        for (const Damage &damage : damages) {
            TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
            Result<BackupEntry> backup = BackupStore(t.path()).take(t.db(), BackupReason::Session);
            QVERIFY(backup);
            const qint64 reports = *t.db().scalar(u"SELECT count(*) FROM progress_report"_s);
            t.close();
            QVERIFY2(damage.apply(t.path()), damage.name);
            const QByteArray spoiled = fileBytes(t.path());
            ++tally.runs;
            ++tally.badInputs;

            const Health health = HealthCheck::quick(t.path());
            const bool named = health.message.contains(QDir::toNativeSeparators(t.path()))
                || health.message.contains(t.path());
            if (health.verdict == damage.expected && named)
                ++tally.rejections;
            else
                qWarning("%s: verdict %d, message %s", damage.name, int(health.verdict),
                         qPrintable(health.message));
            if (fileBytes(t.path()) != spoiled) {
                ++tally.dataLost;
                qWarning("%s: the check changed the file", damage.name);
            }
            if (damage.expected != Health::Verdict::Damaged)
                continue;

            Result<RestoreOutcome> restored =
                Restorer::restore(t.path(), backup->path, Restorer::Current::SetAside);
            if (!restored) {
                ++tally.partialOperations;
                qWarning("%s: %s", damage.name, qPrintable(restored.error()));
                continue;
            }
            if (fileBytes(restored->setAside) != spoiled)
                ++tally.dataLost;
            Result<std::unique_ptr<Database>> back = Database::open(t.path());
            if (!back || *(*back)->scalar(u"SELECT count(*) FROM progress_report"_s) != reports)
                ++tally.integrityFailures;
        }
        tally.print();
        QVERIFY2(tally.clean(), tally.line().constData());
        QCOMPARE(tally.rejections, static_cast<int>(damages.size()));
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
