#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "benchdatarepository.h"
#include "database/integritycheck.h"
#include "database/migrator.h"
#include "datasetgenerator.h"
#include "domain/period.h"
#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/roundrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Bench;
using namespace PlanDesk::Testing;

namespace {

QHash<QString, qint64> countsOf(const QList<TableCount> &counts)
{
    QHash<QString, qint64> byTable;
    for (const TableCount &c : counts)
        byTable.insert(c.table, c.rows);
    return byTable;
}

QByteArray digestOf(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return db.error().toUtf8();
    const Result<QByteArray> digest = BenchDataRepository(**db).contentDigest();
    return digest ? *digest : digest.error().toUtf8();
}

/// The rows of T the spec fixes: L's counts divided by 100.
QHash<QString, qint64> specifiedTinyCounts()
{
    return {
        {u"plan"_s, 1},
        {u"task_group"_s, 2},
        {u"department"_s, 2},
        {u"task"_s, 100},
        {u"progress_report"_s, 1000},
        {u"indicator"_s, 10},
        {u"indicator_value"_s, 600},
        {u"meeting"_s, 5},
        {u"action_item"_s, 50},
        {u"reporting_round"_s, 39}, // 2017-Q1 … 2026-Q3, a calendar, not a volume
        {u"audit_log"_s, 10000},
    };
}

} // namespace

class TestDatasetGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tiny = m_dir.filePath(u"tiny.plandesk"_s);
        Result<GeneratedDataset> made = DatasetGenerator::generate(m_tiny, DatasetScale::Tiny, 1);
        QVERIFY2(made, qPrintable(made.error()));
        m_tinyCounts = countsOf(made->counts);
        QVERIFY(made->fileBytes > 0);
    }

    void tinyHoldsTheLargeCountsDividedBy100()
    {
        const QHash<QString, qint64> expected = specifiedTinyCounts();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(m_tinyCounts.value(it.key()) == it.value(),
                     qPrintable(u"%1: %2 rows, expected %3"_s.arg(it.key())
                                    .arg(m_tinyCounts.value(it.key()))
                                    .arg(it.value())));
        // The counts printed are the file's, as the repositories read it.
        Result<std::unique_ptr<Database>> db = Database::open(m_tiny);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(*AuditRepository(**db).count(), 10000);
        QCOMPARE(DepartmentRepository(**db).departments()->size(), 2);
    }

    void tinyPassesPlanDeskCheck()
    {
        const Result<IntegrityReport> report =
            IntegrityCheck::run(m_tiny); // integrity + foreign keys
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->schemaVersion, Migrator::latestVersion());
    }

    void repositoriesReadTheTinyPlan()
    {
        Result<std::unique_ptr<Database>> db = Database::open(m_tiny);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(!(*db)->needsUpgrade());
        const Result<QList<TaskOverview>> overview = TaskRepository(**db).overview(1);
        QVERIFY2(overview, qPrintable(overview.error()));
        QCOMPARE(overview->size(), 100);
        int items = 0;
        QHash<qint64, TaskOverview> byId;
        for (const TaskOverview &o : *overview) {
            QVERIFY2(o.leadId, qPrintable(o.task.title)); // every task has its lead
            QVERIFY(!o.task.title.isEmpty() && !o.task.text.isEmpty());
            QVERIFY(o.task.startOn >= QDate(2017, 1, 1) && o.task.dueOn <= QDate(2027, 12, 31));
            items += o.task.parentId ? 1 : 0;
            byId.insert(o.task.id, o);
        }
        QCOMPARE(items, 80);

        // A task stands where its lead's report of the latest quarter puts it.
        const Result<QList<ProgressReport>> reports = ProgressRepository(**db).reportsForPlan(1);
        QVERIFY2(reports, qPrintable(reports.error()));
        QCOMPARE(reports->size(), 1000);
        QHash<qint64, ProgressReport> latestByLead;
        for (const ProgressReport &r : *reports) {
            QVERIFY(Period::parse(r.period));
            QVERIFY(r.period.contains(u"-Q"_s));
            if (byId.value(r.taskId).leadId != r.departmentId)
                continue;
            auto it = latestByLead.find(r.taskId);
            if (it == latestByLead.end()
                || Period::parse(r.period)->lastDay() > Period::parse(it->period)->lastDay())
                latestByLead.insert(r.taskId, r);
        }
        QVERIFY(!latestByLead.isEmpty());
        for (const ProgressReport &r : std::as_const(latestByLead)) {
            const Task task = byId.value(r.taskId).task;
            QCOMPARE(task.percent, r.percent);
            QCOMPARE(task.status, r.status);
        }

        QCOMPARE(IndicatorRepository(**db).valuesForPlan(1)->size(), 600);
        QCOMPARE(MeetingRepository(**db).meetings(1)->size(), 5);
        const Result<QList<ActionItem>> actions = MeetingRepository(**db).actionItemsForPlan(1);
        QCOMPARE(actions->size(), 50);
        for (const ActionItem &a : *actions)
            QCOMPARE(a.closedOn.isValid(),
                     a.status == ActionStatus::Done || a.status == ActionStatus::Cancelled);
        QCOMPARE(RoundRepository(**db).rounds(1)->size(), 39);
    }

    void sameSeedMakesTheSameRowsAndAnotherSeedOthers()
    {
        const QString again = m_dir.filePath(u"tiny-again.plandesk"_s);
        const QString other = m_dir.filePath(u"tiny-seed2.plandesk"_s);
        Result<GeneratedDataset> a = DatasetGenerator::generate(again, DatasetScale::Tiny, 1);
        Result<GeneratedDataset> b = DatasetGenerator::generate(other, DatasetScale::Tiny, 2);
        QVERIFY2(a && b, qPrintable(a ? b.error() : a.error()));
        const QByteArray first = digestOf(m_tiny);
        QCOMPARE(first.size(), 64); // hex SHA-256, not an error message
        QCOMPARE(digestOf(again), first);
        QVERIFY(digestOf(other) != first);
        // Another seed, other rows: still exactly the counts the spec fixes.
        const QHash<QString, qint64> counts = countsOf(b->counts);
        const QHash<QString, qint64> expected = specifiedTinyCounts();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(counts.value(it.key()), it.value());
    }

    void smallIsWhatInitDemoMakes()
    {
        const QString small = m_dir.filePath(u"small.plandesk"_s);
        Result<GeneratedDataset> made = DatasetGenerator::generate(small, DatasetScale::Small, 1);
        QVERIFY2(made, qPrintable(made.error()));
        TestDatabase demo(TestDatabase::Content::BuiltInPlanWithDemo);
        const Result<QList<TableCount>> demoCounts = BenchDataRepository(demo.db()).tableCounts();
        QVERIFY2(demoCounts, qPrintable(demoCounts.error()));
        QCOMPARE(countsOf(made->counts), countsOf(*demoCounts));
        QCOMPARE(countsOf(made->counts).value(u"task"_s), 22);
        QVERIFY(countsOf(made->counts).value(u"progress_report"_s) > 0);
    }

    void refusesAnExistingFile()
    {
        const QString taken = m_dir.filePath(u"taken.plandesk"_s);
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const Result<GeneratedDataset> made =
            DatasetGenerator::generate(taken, DatasetScale::Tiny, 1);
        QVERIFY(!made);
        QVERIFY2(made.error().contains(taken), qPrintable(made.error()));
        QCOMPARE(fileBytes(taken), QByteArray("keep me"));
    }

    void commandLineMakesTinyAndRefusesNonsense()
    {
        QProcess bench;
        bench.start(QStringLiteral(PLANDESK_BENCH_BINARY), {u"frobnicate"_s});
        QVERIFY(bench.waitForFinished(60000));
        QCOMPARE(bench.exitCode(), 2);
        QVERIFY(bench.readAllStandardError().contains("Usage: plandesk-bench generate"));

        bench.start(QStringLiteral(PLANDESK_BENCH_BINARY),
                    {u"generate"_s, u"--scale"_s, u"M"_s, u"--out"_s, m_dir.filePath(u"m"_s)});
        QVERIFY(bench.waitForFinished(60000));
        QCOMPARE(bench.exitCode(), 2);
        QVERIFY(bench.readAllStandardError().contains("--scale must be S, L or T, not “M”"));
        QVERIFY(!QFile::exists(m_dir.filePath(u"m"_s)));

        const QString out = m_dir.filePath(u"cli-tiny.plandesk"_s);
        bench.start(QStringLiteral(PLANDESK_BENCH_BINARY),
                    {u"generate"_s, u"--scale"_s, u"T"_s, u"--out"_s, out, u"--digest"_s});
        QVERIFY(bench.waitForFinished(60000));
        const QString printed = QString::fromUtf8(bench.readAllStandardOutput());
        QVERIFY2(bench.exitCode() == 0, bench.readAllStandardError().constData());
        QVERIFY2(printed.contains(QRegularExpression(u"\\n  task +100\\n"_s)), qPrintable(printed));
        QVERIFY(printed.contains(QRegularExpression(u"\\n  audit_log +10000\\n"_s)));
        // Another process, the same seed (1 by default): the same rows.
        QVERIFY2(printed.contains(u"Content digest: "_s + QString::fromLatin1(digestOf(m_tiny))),
                 qPrintable(printed));
    }

private:
    QTemporaryDir m_dir;
    QString m_tiny;
    QHash<QString, qint64> m_tinyCounts;
};

QTEST_GUILESS_MAIN(TestDatasetGenerator)
#include "tst_datasetgenerator.moc"
