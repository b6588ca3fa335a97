#include <memory>

#include <QHash>
#include <QSet>
#include <QTest>

#include "report/briefing.h"
#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "rules/taskstanding.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

// The demo data (plans/demodata.cpp) on the built-in plan: 22 top-level tasks,
// all from 2017-04-12 to 2020-12-31 (1359 days). The k-th task's lead reports
// every quarter end Q from 2017-Q2 on, dated Q + 10 days, at
//   lround(100 × days(2017-04-12 → Q) / 1359 × (0.70 + 0.05 × (7k mod 10))) %.
// Six meetings (2017-06-28, 2017-12-27, 2018-06-27, 2018-12-26, 2019-06-26,
// 2019-12-25) decide three action items each, due 60 days after; those of the
// first four and the first of the fifth are closed 55 days after the meeting.

namespace {

int lateCount(const DepartmentStanding &d)
{
    return int(d.overdueTasks.size() + d.overdueActions.size());
}

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_demo; // read only: shared by the tests
    QList<Meeting> m_meetings;

    Briefing briefing(const QDate &asOf, std::optional<qint64> meetingId = std::nullopt)
    {
        Result<Briefing> b = BriefingLoader(m_demo->db()).load(m_demo->planId(), asOf, meetingId);
        if (!b)
            qFatal("briefing: %s", qPrintable(b.error()));
        return *b;
    }

    const Meeting &meetingHeldOn(const QDate &date) const
    {
        for (const Meeting &m : m_meetings) {
            if (m.heldOn == date)
                return m;
        }
        qFatal("no meeting on %s", qPrintable(date.toString(Qt::ISODate)));
    }

private slots:
    void initTestCase()
    {
        m_demo = std::make_unique<TestDatabase>(TestDatabase::Content::BuiltInPlanWithDemo);
        m_meetings = *MeetingRepository(m_demo->db()).meetings(m_demo->planId());
        QCOMPARE(m_meetings.size(), 6);
    }

    void cleanupTestCase() { m_demo.reset(); }

    void shouldShowEveryTaskInItsGroup()
    {
        const Briefing b = briefing(QDate(2018, 12, 31));
        QCOMPARE(b.plan.id, m_demo->planId());
        QCOMPARE(b.asOf, QDate(2018, 12, 31));
        QVERIFY(b.sample);

        // (一)…(六) of the key tasks, then 四、保障措施.
        QCOMPARE(b.groups.size(), 7);
        const QList<int> sizes = {3, 2, 3, 3, 2, 4, 5};
        for (qsizetype g = 0; g < b.groups.size(); ++g) {
            const GroupStanding &group = b.groups.at(g);
            QCOMPARE(group.group.kind, g < 6 ? GroupKind::KeyTask : GroupKind::Safeguard);
            QCOMPARE(group.tasks.size(), sizes.at(g));
            int counted = 0;
            for (int n : group.byLight)
                counted += n;
            QCOMPARE(counted, sizes.at(g)); // no work items in the built-in plan
            for (const TaskStanding &t : group.tasks)
                QCOMPARE(t.overview.task.groupId, group.group.id);
        }

        // Every task, in document order.
        const QList<TaskOverview> overview = *TaskRepository(m_demo->db()).overview(b.plan.id);
        const QList<TaskStanding> all = b.allTasks();
        QCOMPARE(all.size(), 22);
        QCOMPARE(all.size(), overview.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).overview.task.id, overview.at(i).task.id);
            QVERIFY(!all.at(i).isWorkItem());
        }
        QCOMPARE(b.summary.tasks, 22);
    }

    void shouldSummariseTheTasksAsTheyStoodOnTheDate()
    {
        const QDate asOf(2018, 12, 31);
        const Briefing b = briefing(asOf);

        // given the same tasks rewound, values, and the items of meetings held by then
        Database &db = m_demo->db();
        const qint64 plan = m_demo->planId();
        QHash<qint64, QList<ProgressReport>> reports;
        for (const ProgressReport &r : *ProgressRepository(db).reportsForPlan(plan))
            reports[r.taskId] << r;
        QList<Task> tasksThen;
        for (const TaskOverview &o : *TaskRepository(db).overview(plan))
            tasksThen << taskAsOf(o.task, o.leadId, reports.value(o.task.id), asOf);
        QSet<qint64> heldByThen;
        for (const Meeting &m : m_meetings) {
            if (m.heldOn <= asOf)
                heldByThen.insert(m.id);
        }
        QList<ActionItem> actions;
        for (const ActionItem &a : *MeetingRepository(db).actionItemsForPlan(plan)) {
            if (heldByThen.contains(a.meetingId))
                actions << a;
        }
        IndicatorRepository indicators(db);
        const PlanSummary expected = summarize(tasksThen, *indicators.indicators(plan),
                                               *indicators.valuesForPlan(plan), actions, asOf);

        QCOMPARE(b.summary.tasks, expected.tasks);
        QCOMPARE(b.summary.byLight, expected.byLight);
        QCOMPARE(b.summary.overdue, expected.overdue);
        QCOMPARE(b.summary.openActions, expected.openActions);
        QCOMPARE(b.summary.overdueActions, expected.overdueActions);
        QCOMPARE(b.summary.indicators.size(), expected.indicators.size());
        for (qsizetype i = 0; i < expected.indicators.size(); ++i) {
            QCOMPARE(b.summary.indicators.at(i).latest->period,
                     expected.indicators.at(i).latest->period);
            QCOMPARE(b.summary.indicators.at(i).targetMet, expected.indicators.at(i).targetMet);
        }

        // By hand: 46 % expected of every task on 2018-12-31 (628 of 1359
        // days); the 2018-Q3 reports range from 28 % to 45 %, so 11 tasks at
        // 28–35 % are 10–30 points behind (yellow) and 11 at 37–45 % are green.
        QCOMPARE(b.summary.byLight.value(PaceLight::Green), 11);
        QCOMPARE(b.summary.byLight.value(PaceLight::Yellow), 11);
        QCOMPARE(b.summary.overdue, 0);
        // Only the 2018-12-26 meeting's three items are open (closed 2019-02-19),
        // not yet due (2019-02-24).
        QCOMPARE(b.summary.openActions, 3);
        QCOMPARE(b.summary.overdueActions, 0);
        // The 2018 values are known only from 2019-03-31.
        for (const PlanSummary::IndicatorStanding &s : b.summary.indicators)
            QCOMPARE(s.latest->period, u"2017"_s);
        QCOMPARE(b.indicators.size(), 4);
        QCOMPARE(b.indicators.at(0).latest->value.toString(), u"2.46"_s);
    }

    void shouldRewindEachTaskToItsLeadsLastReportByTheDate()
    {
        const Briefing b = briefing(QDate(2018, 12, 31));
        const QList<TaskStanding> all = b.allTasks();

        // Task 1 (k = 0, pace 0.70): 2018-09-30 is 536 days in, and
        // 536 / 1359 × 70 = 27.6 → 28 %. Today (after 2020-Q4) it stands at 70 %.
        QCOMPARE(all.at(0).asOf.percent, 28);
        QCOMPARE(all.at(0).asOf.status, TaskStatus::InProgress);
        QCOMPARE(all.at(0).overview.task.percent, 70);
        // 46 % expected, 18 points behind.
        QCOMPARE(all.at(0).pace.expectedPercent, 46);
        QCOMPARE(all.at(0).pace.light, PaceLight::Yellow);
        // Task 2 (k = 1, pace 1.05): 536 / 1359 × 105 = 41.4 → 41 %; done today.
        QCOMPARE(all.at(1).asOf.percent, 41);
        QCOMPARE(all.at(1).asOf.status, TaskStatus::InProgress);
        QCOMPARE(all.at(1).overview.task.status, TaskStatus::Done);
        QCOMPARE(all.at(1).pace.light, PaceLight::Green);

        // Every task: its lead's 2018-Q3 report (2018-Q4's came on 2019-01-10);
        // the cooperating departments' reports do not move it.
        QHash<qint64, qint64> leads;
        for (const TaskStanding &t : all)
            leads.insert(t.overview.task.id, *t.overview.leadId);
        QHash<qint64, ProgressReport> q3;
        for (const ProgressReport &r :
             *ProgressRepository(m_demo->db()).reportsForPlan(m_demo->planId())) {
            if (r.period == u"2018-Q3"_s && leads.value(r.taskId) == r.departmentId)
                q3.insert(r.taskId, r);
        }
        QCOMPARE(q3.size(), 22);
        for (const TaskStanding &t : all) {
            const ProgressReport r = q3.value(t.overview.task.id);
            QCOMPARE(r.departmentId, *t.overview.leadId);
            QCOMPARE(r.reportedOn, QDate(2018, 10, 10));
            QCOMPARE(t.asOf.percent, r.percent);
            QVERIFY(t.asOf.percent < t.overview.task.percent);
        }
    }

    void shouldChooseTheLatestMeetingHeldByTheDate()
    {
        const Briefing b = briefing(QDate(2018, 12, 31));
        QVERIFY(b.meeting);
        QCOMPARE(b.meeting->heldOn, QDate(2018, 12, 26));
        QCOMPARE(b.meetingsHeld.size(), 4);
        // The 2018-12-26 meeting's items are open; earlier ones were closed.
        QCOMPARE(b.openActions.size(), 3);
        for (const ActionItem &a : b.openActions)
            QCOMPARE(a.meetingId, b.meeting->id);
        QVERIFY(!b.attendees.isEmpty());
        QVERIFY(!b.attendees.contains(QString()));

        // The day before a meeting, the one before it.
        const Briefing before = briefing(QDate(2018, 12, 25));
        QCOMPARE(before.meeting->heldOn, QDate(2018, 6, 27));
        QCOMPARE(before.meetingsHeld.size(), 3);

        // Before the first meeting, none.
        const Briefing early = briefing(QDate(2017, 6, 27));
        QVERIFY(!early.meeting);
        QVERIFY(early.meetingsHeld.isEmpty());
        QVERIFY(early.openActions.isEmpty());
        QVERIFY(early.attendees.isEmpty());
        QCOMPARE(early.summary.openActions, 0);
    }

    void shouldPreferTheLatestRegularMeetingToASpecialOne()
    {
        // Given a special meeting (专题会) after the last regular one
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Meeting special;
        special.planId = t.planId();
        special.kind = MeetingKind::Special;
        special.title = u"专题会"_s;
        special.heldOn = QDate(2019, 12, 28);
        QVERIFY(MeetingRepository(t.db()).create(special));
        // The briefing's meeting is still the regular one; the special one is
        // among those held.
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), QDate(2019, 12, 31));
        QCOMPARE(b.meeting->heldOn, QDate(2019, 12, 25));
        QCOMPARE(b.meetingsHeld.constLast().title, u"专题会"_s);
    }

    void shouldListEveryActionItemStillOpenOnTheDate()
    {
        // given the last meeting (2019-12-25); of the 2019-06-26 meeting's
        // items the first was closed on 2019-08-20, the other two never
        const Briefing b = briefing(QDate(2019, 12, 31));
        QCOMPARE(b.meeting->heldOn, QDate(2019, 12, 25));
        // Open: those two and the last meeting's three, earliest meeting first;
        // overdue: the two. The list is what the summary counts.
        QCOMPARE(b.openActions.size(), 5);
        QCOMPARE(b.summary.openActions, 5);
        QCOMPARE(b.summary.overdueActions, 2);
        const Meeting &june = meetingHeldOn(QDate(2019, 6, 26));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(b.openActions.at(i).meetingId, june.id);
            QVERIFY(!b.openActions.at(i).closedOn.isValid());
            QCOMPARE(b.openActions.at(i).dueOn, QDate(2019, 8, 25));
        }
        QCOMPARE(b.openActions.at(0).status, ActionStatus::InProgress);
        QCOMPARE(b.openActions.at(1).status, ActionStatus::Open);
        for (int i = 2; i < 5; ++i)
            QCOMPARE(b.openActions.at(i).meetingId, b.meeting->id);

        // On 2019-08-01 the first item was not closed yet: all three open, none due.
        const Briefing summer = briefing(QDate(2019, 8, 1));
        QCOMPARE(summer.meeting->heldOn, QDate(2019, 6, 26));
        QCOMPARE(summer.openActions.size(), 3);
        QCOMPARE(summer.summary.openActions, 3);
        QCOMPARE(summer.summary.overdueActions, 0);
    }

    void shouldShowTheMeetingAskedFor()
    {
        const Meeting &asked = meetingHeldOn(QDate(2018, 12, 26));
        const Briefing b = briefing(QDate(2019, 12, 31), asked.id);
        QCOMPARE(b.meeting->id, asked.id);
        // The rest of the briefing is the date's, whichever meeting is shown.
        QCOMPARE(b.summary.openActions, briefing(QDate(2019, 12, 31)).summary.openActions);
        QCOMPARE(b.openActions.size(), 5);

        const Briefing first = briefing(QDate(2019, 12, 31), m_meetings.constFirst().id);
        QCOMPARE(first.meeting->heldOn, QDate(2017, 6, 28));
    }

    void shouldRefuseAMeetingHeldAfterTheDate()
    {
        // The minutes of 2019-12-25 cannot be part of a briefing as of 2019-03-01.
        const Meeting &later = meetingHeldOn(QDate(2019, 12, 25));
        const Result<Briefing> b =
            BriefingLoader(m_demo->db()).load(m_demo->planId(), QDate(2019, 3, 1), later.id);
        QVERIFY(!b);
        QVERIFY2(b.error().contains(QString::number(later.id))
                     && b.error().contains(u"2019-12-25"_s),
                 qPrintable(b.error()));
    }

    void shouldRefuseAMeetingThatIsNotThePlans()
    {
        const qint64 unknown = m_meetings.constLast().id + 1000;
        const Result<Briefing> b =
            BriefingLoader(m_demo->db()).load(m_demo->planId(), QDate(2019, 12, 31), unknown);
        QVERIFY(!b);
        QVERIFY2(b.error().contains(QString::number(unknown)), qPrintable(b.error()));
    }

    void shouldProjectTheIndicatorsFromWhatWasKnownOnTheDate()
    {
        // On 2019-03-31 the values of 2016 (the baseline), 2017 and 2018 are known.
        const Briefing b = briefing(QDate(2019, 3, 31));
        QCOMPARE(b.indicators.size(), 4);
        for (const IndicatorPace &pace : b.indicators) {
            QCOMPARE(pace.known.size(), 3);
            QCOMPARE(pace.latest->period, u"2018"_s);
            QCOMPARE(pace.baselineDate, std::optional<QDate>(QDate(2016, 12, 31)));
        }
        // 国内有效注册商标: 24800, 28300, 31900 at X = 0, 1, 2 years from
        // 2016-12-31. Least squares: slope (−1 × −3533.33 + 1 × 3566.67) / 2
        // = 3550 a year, 28333.33 − 3550 = 24783.33 at the origin; 2020-12-31
        // is 1461 days on: 24783.33 + 3550 × 1461 / 365 = 38993.06 ≥ 37500.
        const IndicatorPace &trademarks = b.indicators.at(2);
        QCOMPARE(trademarks.indicator.code, u"有效注册商标"_s);
        QVERIFY(qAbs(*trademarks.projected - (85000.0 / 3.0 - 3550.0 + 3550.0 * 1461.0 / 365.0))
                < 1e-6);
        // 730 of 1461 days expected (49.97 %), 7100 of 12700 achieved (55.9 %).
        QCOMPARE(trademarks.light, PaceLight::Green);
        // PCT applications: 52, 78, 109: 28.5 a year, 163.2 by 2020 < 200.
        const IndicatorPace &pct = b.indicators.at(1);
        QCOMPARE(pct.indicator.code, u"PCT申请"_s);
        QVERIFY(qAbs(*pct.projected - (239.0 / 3.0 - 28.5 + 28.5 * 1461.0 / 365.0)) < 1e-6);
        QCOMPARE(pct.projectedMet, std::optional<bool>(false));
        // while the trademarks' 38993.06 does reach 37500.
        QCOMPARE(trademarks.projectedMet, std::optional<bool>(true));
    }

    void shouldSampleProgressEveryQuarterUpToTheDate()
    {
        const Briefing b = briefing(QDate(2018, 12, 31));
        // Quarter ends from 2017-06-30 (the first after 2017-04-12), then the date.
        const QList<QDate> dates = {{2017, 6, 30}, {2017, 9, 30}, {2017, 12, 31}, {2018, 3, 31},
                                    {2018, 6, 30}, {2018, 9, 30}, {2018, 12, 31}};
        QCOMPARE(b.progress.size(), dates.size());
        for (qsizetype i = 0; i < dates.size(); ++i)
            QCOMPARE(b.progress.at(i).date, dates.at(i));
        for (qsizetype i = 1; i < b.progress.size(); ++i) {
            QVERIFY(b.progress.at(i).averagePercent > b.progress.at(i - 1).averagePercent);
            QVERIFY(b.progress.at(i).expectedPercent > b.progress.at(i - 1).expectedPercent);
        }
        // Each quarter's reports come 10 days after it ends: on 2017-06-30
        // nothing was reported yet, on 2018-12-31 the 2018-Q3 reports stand
        // (28 + 41 + 35 + … = 797 over 22 tasks, from the rule above).
        QCOMPARE(b.progress.constFirst().averagePercent, 0.0);
        QVERIFY(qAbs(b.progress.constLast().averagePercent - 797.0 / 22.0) < 1e-9);
        // and the 2018-Q2 ones on 2018-09-30 (663 over 22)
        QVERIFY(qAbs(b.progress.at(5).averagePercent - 663.0 / 22.0) < 1e-9);
        // 46 % expected of every task on the date.
        QCOMPARE(b.progress.constLast().expectedPercent, 46.0);

        // A date that is not a quarter end closes the series.
        const Briefing mid = briefing(QDate(2018, 11, 15));
        QCOMPARE(mid.progress.size(), 7);
        QCOMPARE(mid.progress.at(5).date, QDate(2018, 9, 30));
        QCOMPARE(mid.progress.constLast().date, QDate(2018, 11, 15));
    }

    void shouldCountEachLeadDepartmentsTasks()
    {
        const Briefing b = briefing(QDate(2018, 12, 31));
        int led = 0;
        int withLead = 0;
        for (const DepartmentStanding &d : b.departments) {
            led += d.tasksLed;
            QCOMPARE(d.name, b.departmentNames.value(d.departmentId));
            QCOMPARE(d.onPace + d.behind + d.overdue + d.notStarted, d.tasksLed);
        }
        for (const TaskStanding &t : b.allTasks())
            withLead += !t.isWorkItem() && t.overview.leadId ? 1 : 0;
        QCOMPARE(withLead, 22);
        QCOMPARE(led, withLead);
    }

    void shouldSortDepartmentsMostOverdueFirst()
    {
        // given the end of the plan: 13 tasks overdue, and 5 action items (two of
        // 2019-06-26, three of 2019-12-25) open and past due
        const Briefing b = briefing(QDate(2021, 6, 30));
        QCOMPARE(b.summary.overdue, 13);
        int overdueTasks = 0;
        int overdueActions = 0;
        for (const DepartmentStanding &d : b.departments) {
            overdueTasks += int(d.overdueTasks.size());
            overdueActions += int(d.overdueActions.size());
            QCOMPARE(d.overdue, int(d.overdueTasks.size())); // no work items
        }
        QCOMPARE(overdueTasks, 13);
        QCOMPARE(overdueActions, 5);

        for (qsizetype i = 1; i < b.departments.size(); ++i) {
            const DepartmentStanding &a = b.departments.at(i - 1);
            const DepartmentStanding &c = b.departments.at(i);
            QVERIFY(lateCount(a) >= lateCount(c));
            if (lateCount(a) == lateCount(c))
                QVERIFY(!(c.name < a.name));
        }
        // 市知识产权局 leads five of the late tasks (k = 5, 6, 10, 12, 13) and
        // owns one of the open items (of task k = 13).
        const DepartmentStanding &first = b.departments.constFirst();
        QCOMPARE(first.name, u"市知识产权局"_s);
        QCOMPARE(first.overdueTasks.size(), 5);
        QCOMPARE(first.overdueActions.size(), 1);
        QVERIFY(lateCount(b.departments.at(1)) < lateCount(first));
    }

    void shouldBriefAPlanWithoutProgressValuesOrMeetings()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlan);
        const Result<Briefing> loaded = BriefingLoader(t.db()).load(t.planId(), QDate(2019, 6, 30));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const Briefing &b = *loaded;
        QVERIFY(!b.sample);
        QCOMPARE(b.allTasks().size(), 22);
        QCOMPARE(b.summary.tasks, 22);
        for (const TaskStanding &task : b.allTasks())
            QCOMPARE(task.asOf.percent, 0);
        QCOMPARE(b.indicators.size(), 4);
        for (const IndicatorPace &pace : b.indicators) {
            QCOMPARE(pace.light, PaceLight::NotStarted);
            QVERIFY(!pace.latest);
            QVERIFY(!pace.trend);
        }
        for (const PlanSummary::IndicatorStanding &s : b.summary.indicators)
            QVERIFY(!s.latest);
        QVERIFY(!b.meeting);
        QVERIFY(b.openActions.isEmpty());
        QCOMPARE(b.summary.openActions, 0);
        QVERIFY(!b.progress.isEmpty());
        for (const ProgressSample &s : b.progress)
            QCOMPARE(s.averagePercent, 0.0);
        int led = 0;
        for (const DepartmentStanding &d : b.departments)
            led += d.tasksLed;
        QCOMPARE(led, 22);
    }

    void shouldFailWithoutAPlan()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        const Result<Briefing> b = BriefingLoader(t.db()).load(1, QDate(2019, 6, 30));
        QVERIFY(!b);
        QVERIFY(!b.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBriefing)
#include "tst_briefing.moc"
