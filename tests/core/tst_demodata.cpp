#include <QSet>
#include <QTest>

#include "exchange/exporter.h"
#include "exchange/tablewriters.h"
#include "repositories/actionreviewrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/roundrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void shouldReportOnEveryTaskAcross2017To2020()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        QHash<qint64, qint64> leads;
        for (const TaskOverview &o : *TaskRepository(t.db()).overview(t.planId()))
            leads.insert(o.task.id, *o.leadId);
        QList<ProgressReport> reports;
        for (const ProgressReport &r : *ProgressRepository(t.db()).reportsForPlan(t.planId())) {
            if (leads.value(r.taskId) == r.departmentId)
                reports << r;
        }
        QCOMPARE(reports.size(), 22 * 15); // 2017-Q2 … 2020-Q4
        QSet<qint64> tasks;
        for (const ProgressReport &r : reports) {
            tasks.insert(r.taskId);
            QVERIFY(r.sample);
            QVERIFY(r.text.startsWith(u"【示例】"_s));
        }
        QCOMPARE(tasks.size(), 22);
        QCOMPARE(reports.constFirst().period, u"2017-Q2"_s);
        QCOMPARE(reports.constLast().period, u"2020-Q4"_s);
    }

    void shouldOpenARoundPerQuarterWithCooperatingReportsSomeLateSomeMissing()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const QList<ReportingRound> rounds = *RoundRepository(t.db()).rounds(t.planId());
        QCOMPARE(rounds.size(), 15);
        const ReportingRound &q2 = rounds.at(4);
        QCOMPARE(q2.period, u"2018-Q2"_s);
        QCOMPARE(q2.title, u"2018年第二季度进展报送"_s);
        QCOMPARE(q2.opensOn, QDate(2018, 6, 16));
        QCOMPARE(q2.dueOn, QDate(2018, 7, 10));
        QVERIFY(q2.sample);

        QHash<qint64, QSet<qint64>> cooperating; // task → its cooperating departments
        QHash<qint64, qint64> leads;
        for (const TaskOverview &o : *TaskRepository(t.db()).overview(t.planId())) {
            leads.insert(o.task.id, *o.leadId);
            for (const Assignment &a : *TaskRepository(t.db()).assignments(o.task.id)) {
                if (a.role == AssignmentRole::Cooperating)
                    cooperating[o.task.id].insert(a.departmentId);
            }
        }
        QHash<QString, QDate> due;
        for (const ReportingRound &r : rounds)
            due.insert(r.period, r.dueOn);
        int onTime = 0;
        int late = 0;
        int fromCooperating = 0;
        for (const ProgressReport &r : *ProgressRepository(t.db()).reportsForPlan(t.planId())) {
            QVERIFY(due.contains(r.period));
            if (leads.value(r.taskId) == r.departmentId) {
                QCOMPARE(r.reportedOn, due.value(r.period)); // leads on the day
                continue;
            }
            QVERIFY(cooperating.value(r.taskId).contains(r.departmentId));
            ++fromCooperating;
            (r.reportedOn <= due.value(r.period) ? onTime : late)++;
        }
        int owed = 0;
        for (const auto &departments : std::as_const(cooperating))
            owed += static_cast<int>(departments.size());
        // Every task runs through all 15 quarters; 1 in 9 cooperating
        // reports is missing, another 1 in 9 late (the collective owes none).
        QVERIFY(fromCooperating < owed * 15);
        QVERIFY(late > 0 && onTime > 6 * late);
    }

    void shouldApproveEveryMeetingAfterCarryingItsOpenItemsForward()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        MeetingRepository meetings(t.db());
        const QList<Meeting> all = *meetings.meetings(t.planId());
        QCOMPARE(all.size(), 6);
        for (const Meeting &m : all) {
            QCOMPARE(m.approval, Approval::Approved);
            QCOMPARE(m.approvedOn, m.heldOn.addDays(3));
        }
        // The 2019-06-26 meeting left two items open; 2019-12-25 reviewed both.
        const QList<CarriedItem> carried =
            *ActionReviewRepository(t.db()).carriedInto(all.at(5).id);
        QCOMPARE(carried.size(), 2);
        for (const CarriedItem &c : carried) {
            QCOMPARE(c.raisedOn, QDate(2019, 6, 26));
            QVERIFY(c.review.has_value());
            QCOMPARE(c.review->status, c.item.status);
        }
        QVERIFY(ActionReviewRepository(t.db()).carriedInto(all.at(4).id)->isEmpty());
    }

    void shouldLeaveSomeTasksLateAndOthersDone()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        int done = 0;
        int late = 0;
        for (const Task &task : *TaskRepository(t.db()).tasks(t.planId())) {
            if (task.status == TaskStatus::Done)
                ++done;
            else if (task.percent < 100)
                ++late;
        }
        // The k-th task's pace factor is 0.70 + 0.05 × (7k mod 10); it reaches
        // 100% by the due date when that is at least 1.0, i.e. for
        // k mod 10 in {1, 4, 7, 8}: k = 1, 4, 7, 8, 11, 14, 17, 18, 21.
        QCOMPARE(done, 9);
        QCOMPARE(late, 13);
    }

    void shouldGiveEveryIndicatorFiveYearlySampleValues()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        IndicatorRepository repository(t.db());
        for (const Indicator &i : *repository.indicators(t.planId())) {
            const QList<IndicatorValue> values = *repository.values(i.id);
            QCOMPARE(values.size(), 5);
            QCOMPARE(values.constFirst().period, u"2016"_s);
            QCOMPARE(values.constLast().period, u"2020"_s);
            QVERIFY(values.constFirst().sample);
            QVERIFY(values.constFirst().source.contains(u"示例"_s));
            QCOMPARE(i.baselineYear, std::optional<int>(2016));
            QVERIFY(i.baselineSample);
            QVERIFY(i.baselineSource.contains(u"示例"_s));
        }
        // 2.92 per 10,000 people in 2018, the published figure.
        const Indicator patents = repository.indicators(t.planId())->constFirst();
        QCOMPARE(repository.values(patents.id)->at(2).value.toString(), u"2.92"_s);
    }

    void shouldHoldSixRegularMeetingsWithActionItems()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        MeetingRepository meetings(t.db());
        const QList<Meeting> list = *meetings.meetings(t.planId());
        QCOMPARE(list.size(), 6);
        for (const Meeting &m : list) {
            QCOMPARE(m.kind, MeetingKind::Regular);
            QVERIFY(m.sample);
            QVERIFY(m.title.contains(u"示例"_s));
            QVERIFY(!m.minutes.isEmpty());
            QCOMPARE(meetings.actionItems(m.id)->size(), 3);
            QVERIFY(!meetings.attendees(m.id)->isEmpty());
        }
        const QList<ActionItem> last = *meetings.actionItems(list.constLast().id);
        QVERIFY(std::any_of(last.cbegin(), last.cend(),
                            [](const ActionItem &a) { return a.status == ActionStatus::Open; }));
    }

    void shouldBeTheSameEveryTime()
    {
        TestDatabase first(TestDatabase::Content::BuiltInPlanWithDemo);
        TestDatabase second(TestDatabase::Content::BuiltInPlanWithDemo);
        for (Exporter::Kind kind :
             {Exporter::Kind::Tasks, Exporter::Kind::Progress, Exporter::Kind::Values,
              Exporter::Kind::Meetings, Exporter::Kind::Actions}) {
            QCOMPARE(toJson(*Exporter(first.db()).table(kind)),
                     toJson(*Exporter(second.db()).table(kind)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
