#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "assessmentcomposer.h"
#include "report/supervisionloader.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/planrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/roundrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// A small plan built by hand, so every figure can be worked out on paper.
/// Judged on 2019-06-30 with the default weights 40 / 40 / 20:
/// - 市甲局 leads tasks 1 and 2 and reports both on time in round 2019-Q1;
///   task 1 (30 % at mid-year) is behind pace, task 2 is done; its one action
///   item due in the first half closed in time: 2/2, 1/2, 1/1 → 80.0.
/// - 市乙局 cooperates on task 1 and reports late; one of its two action
///   items is closed in time: 0/1, none, 1/2 → (0·40 + 0.5·20) / 60 = 16.7.
/// - 市丙局 has nothing: unscored.
struct SmallPlan
{
    TestDatabase t {TestDatabase::Content::Empty};
    qint64 planId = 0;

    SmallPlan()
    {
        Database &db = t.db();
        Plan plan;
        plan.title = u"测试考核方案"_s;
        plan.issuer = u"测试市人民政府"_s;
        plan.startOn = QDate(2019, 1, 1);
        plan.targetYear = 2020;
        planId = *PlanRepository(db).create(plan);
        const qint64 groupId = *PlanRepository(db).createGroup(
            {0, planId, GroupKind::KeyTask, 1, u"（一）"_s, u"测试任务"_s});
        DepartmentRepository departments(db);
        auto department = [&](const QString &name) {
            Department d;
            d.name = name;
            return *departments.create(d);
        };
        const qint64 a = department(u"市甲局"_s), b = department(u"市乙局"_s);
        department(u"市丙局"_s);

        TaskRepository tasks(db);
        auto task = [&](int number, const QDate &due, int percent, TaskStatus status) {
            Task made;
            made.planId = planId;
            made.groupId = groupId;
            made.number = number;
            made.title = u"任务%1"_s.arg(number);
            made.startOn = QDate(2019, 1, 1);
            made.dueOn = due;
            made.percent = percent;
            made.status = status;
            return *tasks.create(made);
        };
        const qint64 task1 = task(1, QDate(2019, 12, 31), 30, TaskStatus::InProgress);
        const qint64 task2 = task(2, QDate(2019, 3, 31), 100, TaskStatus::Done);
        QVERIFY(tasks.setAssignments(task1,
                                     {{0, task1, a, AssignmentRole::Lead, 0},
                                      {0, task1, b, AssignmentRole::Cooperating, 1}}));
        QVERIFY(tasks.setAssignments(task2, {{0, task2, a, AssignmentRole::Lead, 0}}));

        QVERIFY(RoundRepository(db).create({0,
                                            planId,
                                            u"2019-Q1"_s,
                                            u"2019年第一季度"_s,
                                            {2019, 3, 25},
                                            {2019, 4, 10},
                                            {},
                                            false}));
        ProgressRepository progress(db);
        auto report = [&](qint64 taskId, qint64 departmentId, const QDate &on, int percent,
                          TaskStatus status) {
            QVERIFY(progress.create(
                {0, taskId, departmentId, u"2019-Q1"_s, on, percent, status, u"进展"_s, false}));
        };
        report(task1, a, {2019, 4, 8}, 30, TaskStatus::InProgress);
        report(task2, a, {2019, 3, 30}, 100, TaskStatus::Done);
        report(task1, b, {2019, 4, 15}, 20, TaskStatus::InProgress); // late

        MeetingRepository meetings(db);
        Meeting m;
        m.planId = planId;
        m.title = u"第一次例会"_s;
        m.heldOn = QDate(2019, 2, 1);
        const qint64 meetingId = *meetings.create(m);
        auto action = [&](qint64 owner, const QDate &due, ActionStatus status,
                          const QDate &closed) {
            ActionItem item;
            item.meetingId = meetingId;
            item.ownerDepartmentId = owner;
            item.description = u"督办"_s;
            item.dueOn = due;
            item.status = status;
            item.closedOn = closed;
            QVERIFY(meetings.createActionItem(item));
        };
        action(a, {2019, 5, 31}, ActionStatus::Done, {2019, 5, 20});
        action(a, {2019, 9, 30}, ActionStatus::Open, {}); // due after the half
        action(b, {2019, 4, 30}, ActionStatus::Open, {});
        action(b, {2019, 6, 15}, ActionStatus::Done, {2019, 6, 10});
    }

    AssessmentReport report()
    {
        const SupervisionData data = *SupervisionLoader(t.db()).load(planId);
        return AssessmentReport::make(data, *Period::parse(u"2019-H1"), QDate(2019, 12, 31));
    }
};

} // namespace

class TestAssessmentComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldScoreTheSmallPlanAsWorkedOutByHand()
    {
        // Given the small plan, judged for the first half of 2019
        SmallPlan plan;
        const Assessment a = plan.report().assessment;
        // Then the figures are those worked out on paper
        QCOMPARE(a.evaluatedOn, QDate(2019, 6, 30));
        QCOMPARE(a.cards.size(), 3);
        const Scorecard &first = a.cards.at(0);
        QCOMPARE(first.name, u"市甲局"_s);
        QCOMPARE(first.rank, 1);
        QCOMPARE(std::pair(first.reporting.met, first.reporting.counted), std::pair(2, 2));
        QCOMPARE(std::pair(first.pace.met, first.pace.counted), std::pair(1, 2));
        QCOMPARE(std::pair(first.actions.met, first.actions.counted), std::pair(1, 1));
        QCOMPARE(first.score.value_or(-1), 80.0);
        QCOMPARE(a.cards.at(1).name, u"市乙局"_s);
        QCOMPARE(AssessmentComposer::scoreText(a.cards.at(1).score), u"16.7"_s);
        QCOMPARE(a.cards.at(2).rank, 0);
    }

    void shouldPrintTheRankingOnA4()
    {
        // Given the small plan's assessment
        SmallPlan plan;
        const QString pdf = plan.t.dir() + u"/assessment.pdf"_s;
        // When it is written as a PDF
        const Result<int> pages = AssessmentComposer(plan.report()).writePdf(pdf);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error()));
        QCOMPARE(*pages, 1);

        // Then the page is A4 portrait
        const QString info = poppler(u"pdfinfo"_s, {pdf});
        QVERIFY2(info.contains(QRegularExpression(u"Page size:\\s+595(\\.\\d+)? x 84[12]"_s)),
                 qPrintable(info));
        // and it holds the title, the header row and each department's line
        const QString text =
            poppler(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        const QString flat = QString(text).remove(QRegularExpression(u"\\s+"_s));
        QVERIFY2(flat.contains(u"DepartmentAssessment"_s), qPrintable(text));
        QVERIFY(flat.contains(u"测试考核方案"_s));
        // (titles wrap in their cells, so each is looked for on its own)
        for (const QString &title : {u"Rank"_s, u"Department"_s, u"Reportsontime"_s,
                                     u"Tasksonpace"_s, u"Actionitemsclosedontime"_s, u"Score"_s})
            QVERIFY2(flat.contains(title), qPrintable(title));
        QVERIFY(flat.contains(u"1市甲局2/2(100.0%)1/2(50.0%)1/1(100.0%)80.0"_s));
        QVERIFY(flat.contains(u"2市乙局0/1(0.0%)—1/2(50.0%)16.7"_s));
        QVERIFY(flat.contains(u"—市丙局———"_s));
        QVERIFY(flat.contains(u"Page1of1"_s));
    }

    void shouldGiveTheTableTheRankingsOrder()
    {
        SmallPlan plan;
        const ReportTable table = AssessmentComposer::table(plan.report().assessment);
        QCOMPARE(table.columns.size(), 6);
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.last().cells.at(1).text, u"市丙局"_s);
        QCOMPARE(table.rows.last().cells.at(5).text, u"—"_s);
    }
};

QTEST_MAIN(TestAssessmentComposer)
#include "tst_assessmentcomposer.moc"
