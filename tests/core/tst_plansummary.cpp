#include <QTest>

#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/taskrepository.h"
#include "rules/plansummary.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestPlanSummary : public QObject
{
    Q_OBJECT

private:
    static PlanSummary summaryOf(TestDatabase &t, const QDate &asOf)
    {
        IndicatorRepository indicators(t.db());
        return summarize(*TaskRepository(t.db()).tasks(t.planId()),
                         *indicators.indicators(t.planId()), *indicators.valuesForPlan(t.planId()),
                         *MeetingRepository(t.db()).actionItemsForPlan(t.planId()), asOf);
    }

private slots:
    void shouldCompareWithTheTargetExactly()
    {
        const Decimal target = *Decimal::parse(u"4.2"_s);
        QVERIFY(!meetsTarget(target, Comparison::Greater, target)); // "more than 4.2"
        QVERIFY(meetsTarget(*Decimal::parse(u"4.2001"_s), Comparison::Greater, target));
        QVERIFY(meetsTarget(target, Comparison::GreaterOrEqual, target));
        QVERIFY(meetsTarget(target, Comparison::LessOrEqual, target));
        QVERIFY(!meetsTarget(target, Comparison::Less, target));
    }

    void shouldSummariseTheDemoPlanAtTheEnd()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const PlanSummary s = summaryOf(t, QDate(2021, 6, 30));
        QCOMPARE(s.tasks, 22);
        QCOMPARE(s.byLight.value(PaceLight::Done), 9); // see tst_demodata
        QCOMPARE(s.overdue, 13);
        QCOMPARE(s.indicators.size(), 4);
        // 2020: 3.96 is not more than 4.2; 186 < 200; 38600 ≥ 37500; 10400 ≥ 10000.
        QCOMPARE(s.indicators.at(0).latest->value.toString(), u"3.96"_s);
        QVERIFY(!s.indicators.at(0).targetMet);
        QVERIFY(!s.indicators.at(1).targetMet);
        QVERIFY(s.indicators.at(2).targetMet);
        QVERIFY(s.indicators.at(3).targetMet);
        // Meetings 5 and 6 leave 4 items open (1 in progress, 3 open), all past due by then.
        QCOMPARE(s.openActions, 5);
        QCOMPARE(s.overdueActions, 5);
    }

    void shouldIgnoreWhatCameAfterTheDate()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        // The 2018 value is known only from 2019-03-31: on 2018-12-31 the
        // 2017 value (known from 2018-03-31) is the latest.
        const PlanSummary s = summaryOf(t, QDate(2018, 12, 31));
        QCOMPARE(s.indicators.at(0).latest->period, u"2017"_s);
        QCOMPARE(s.indicators.at(0).latest->value.toString(), u"2.46"_s);
        QCOMPARE(s.overdue, 0);

        const PlanSummary known = summaryOf(t, QDate(2019, 3, 31));
        QCOMPARE(known.indicators.at(0).latest->period, u"2018"_s);
        QCOMPARE(known.indicators.at(0).latest->value.toString(), u"2.92"_s);
    }

    void shouldCountAnItemClosedAfterTheDateAsOpenOnIt()
    {
        // given an item due 2019-02-10 and done only on 2019-02-19
        ActionItem item;
        item.id = 1;
        item.meetingId = 1;
        item.ownerDepartmentId = 1;
        item.dueOn = QDate(2019, 2, 10);
        item.status = ActionStatus::Done;
        item.closedOn = QDate(2019, 2, 19);

        // on 2019-02-15 it was still open, and overdue
        const PlanSummary before = summarize({}, {}, {}, {item}, QDate(2019, 2, 15));
        QCOMPARE(before.openActions, 1);
        QCOMPARE(before.overdueActions, 1);
        // from the day it was closed on, it is not
        const PlanSummary closed = summarize({}, {}, {}, {item}, QDate(2019, 2, 19));
        QCOMPARE(closed.openActions, 0);
        QCOMPARE(closed.overdueActions, 0);
    }
};

QTEST_GUILESS_MAIN(TestPlanSummary)
#include "tst_plansummary.moc"
