#include <QTest>

#include "rules/taskstanding.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

constexpr qint64 TaskId = 5;
constexpr qint64 Lead = 11;
constexpr qint64 Cooperating = 12;

/// As it stands today: 55 %, in progress (the lead's 2018-Q3 report made it so).
Task today()
{
    Task t;
    t.id = TaskId;
    t.planId = 1;
    t.groupId = 2;
    t.number = 3;
    t.title = u"加强企业知识产权管理"_s;
    t.startOn = QDate(2018, 1, 1);
    t.dueOn = QDate(2020, 12, 31);
    t.percent = 55;
    t.status = TaskStatus::InProgress;
    return t;
}

ProgressReport report(qint64 departmentId, const QString &period, const QDate &reportedOn,
                      int percent, TaskStatus status = TaskStatus::InProgress,
                      qint64 taskId = TaskId)
{
    ProgressReport r;
    r.taskId = taskId;
    r.departmentId = departmentId;
    r.period = period;
    r.reportedOn = reportedOn;
    r.percent = percent;
    r.status = status;
    return r;
}

/// The lead's quarterly reports of 2018, each ten days after its quarter, in
/// the order the repository reads them (by reported_on).
QList<ProgressReport> leadReports()
{
    return {report(Lead, u"2018-Q1"_s, QDate(2018, 4, 10), 20),
            report(Lead, u"2018-Q2"_s, QDate(2018, 7, 10), 40),
            report(Lead, u"2018-Q3"_s, QDate(2018, 10, 10), 55)};
}

} // namespace

class TestTaskStanding : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeaveATaskWithoutLeadAsItIs()
    {
        const Task t = taskAsOf(today(), std::nullopt, leadReports(), QDate(2018, 5, 1));
        QCOMPARE(t.percent, 55);
        QCOMPARE(t.status, TaskStatus::InProgress);
    }

    void shouldKeepTodaysStandingWhenTheLeadReportedNothingLater()
    {
        // Someone edited the task by hand to 60 % done after the last report:
        // with nothing reported after the date, today's standing is the standing.
        Task edited = today();
        edited.percent = 60;
        edited.status = TaskStatus::Suspended;
        const Task t = taskAsOf(edited, Lead, leadReports(), QDate(2018, 10, 10));
        QCOMPARE(t.percent, 60);
        QCOMPARE(t.status, TaskStatus::Suspended);
        QCOMPARE(taskAsOf(edited, Lead, leadReports(), QDate(2030, 1, 1)).percent, 60);
    }

    void shouldNotRewindForAnotherDepartmentsLaterReport()
    {
        QList<ProgressReport> reports = leadReports();
        reports << report(Cooperating, u"2018-Q4"_s, QDate(2019, 1, 10), 90);
        reports << report(Lead, u"2018-Q4"_s, QDate(2019, 1, 10), 99, TaskStatus::InProgress,
                          TaskId + 1); // another task's
        const Task t = taskAsOf(today(), Lead, reports, QDate(2018, 12, 31));
        QCOMPARE(t.percent, 55);
    }

    void shouldTakeTheLeadsReportAsItStoodOnTheDate()
    {
        // The 2018-Q2 report (10 July) is the latest by 1 October; Q3 came later.
        const Task t = taskAsOf(today(), Lead, leadReports(), QDate(2018, 10, 1));
        QCOMPARE(t.percent, 40);
        QCOMPARE(t.status, TaskStatus::InProgress);
        // The rest of the task is today's.
        QCOMPARE(t.id, TaskId);
        QCOMPARE(t.title, today().title);
        QCOMPARE(t.dueOn, today().dueOn);
    }

    void shouldCountAReportOnItsOwnDay()
    {
        QCOMPARE(taskAsOf(today(), Lead, leadReports(), QDate(2018, 7, 10)).percent, 40);
        QCOMPARE(taskAsOf(today(), Lead, leadReports(), QDate(2018, 7, 9)).percent, 20);
    }

    void shouldTakeTheReportedStatusToo()
    {
        QList<ProgressReport> reports = leadReports();
        reports[1].status = TaskStatus::Suspended;
        const Task t = taskAsOf(today(), Lead, reports, QDate(2018, 8, 1));
        QCOMPARE(t.status, TaskStatus::Suspended);
    }

    void shouldBeNotStartedBeforeTheLeadsFirstReport()
    {
        Task done = today();
        done.percent = 100;
        done.status = TaskStatus::Done;
        const Task t = taskAsOf(done, Lead, leadReports(), QDate(2018, 4, 9));
        QCOMPARE(t.percent, 0);
        QCOMPARE(t.status, TaskStatus::NotStarted);
    }

    void shouldIgnoreTheCooperatingDepartmentsReports()
    {
        // A cooperating unit reported 2018-Q2 before the lead did: its 90 % is
        // its own part, not the task's standing.
        QList<ProgressReport> reports = leadReports();
        reports.insert(1, report(Cooperating, u"2018-Q2"_s, QDate(2018, 7, 5), 90));
        const Task t = taskAsOf(today(), Lead, reports, QDate(2018, 7, 6));
        QCOMPARE(t.percent, 20);

        // Nor does it count before the lead's first report.
        reports.prepend(report(Cooperating, u"2018-Q1"_s, QDate(2018, 4, 1), 30));
        QCOMPARE(taskAsOf(today(), Lead, reports, QDate(2018, 4, 5)).percent, 0);
    }

    void shouldNotLetABackFilledEarlierPeriodBecomeTheStanding()
    {
        // given Q2 reported on 10 July, Q1 back-filled on 20 July and Q3 on 10 October
        const QList<ProgressReport> reports = {report(Lead, u"2018-Q2"_s, QDate(2018, 7, 10), 40),
                                               report(Lead, u"2018-Q1"_s, QDate(2018, 7, 20), 20),
                                               report(Lead, u"2018-Q3"_s, QDate(2018, 10, 10), 55)};
        // when rewound to 31 July (after the back-filling, before Q3)
        const Task t = taskAsOf(today(), Lead, reports, QDate(2018, 7, 31));
        // then Q2, the latest period, still stands, as recordProgress left it
        QCOMPARE(t.percent, 40);
        // and before the back-filling too
        QCOMPARE(taskAsOf(today(), Lead, reports, QDate(2018, 7, 15)).percent, 40);
    }

    void shouldTakeTheLaterOfTwoReportsEndingTheSameDay()
    {
        // given June reported on 5 July and 2018-Q2 (also ending 30 June) on
        // 10 July: TaskEdits::recordProgress made Q2 the standing, since a
        // period ending the same day is not an earlier one (a department
        // reports each period once, but a month and its quarter are two).
        const QList<ProgressReport> reports = {report(Lead, u"2018-06"_s, QDate(2018, 7, 5), 40),
                                               report(Lead, u"2018-Q2"_s, QDate(2018, 7, 10), 45),
                                               report(Lead, u"2018-Q3"_s, QDate(2018, 10, 10), 55)};
        // Before Q2 was reported, June's 40 % stood.
        QCOMPARE(taskAsOf(today(), Lead, reports, QDate(2018, 7, 6)).percent, 40);
        // when rewound to 31 July, then the task stood at Q2's 45 %, whatever
        // order the reports come in
        const QList<ProgressReport> reversed = {reports.at(2), reports.at(1), reports.at(0)};
        QCOMPARE(taskAsOf(today(), Lead, reversed, QDate(2018, 7, 31)).percent, 45);
        QCOMPARE(taskAsOf(today(), Lead, reports, QDate(2018, 7, 31)).percent, 45);
    }
};

QTEST_GUILESS_MAIN(TestTaskStanding)
#include "tst_taskstanding.moc"
