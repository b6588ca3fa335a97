#include <QSet>
#include <QTest>

#include "exchange/exporter.h"
#include "exchange/tablewriters.h"
#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
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
        const QList<ProgressReport> reports =
            *ProgressRepository(t.db()).reportsForPlan(t.planId());
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
