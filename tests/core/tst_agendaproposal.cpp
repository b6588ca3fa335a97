#include <QTest>

#include "report/agendaproposal.h"
#include "repositories/meetingrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestAgendaProposal : public QObject
{
    Q_OBJECT

private slots:
    void shouldProposeOpenItemsRedTasksAndTargetsBehind()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const QList<Meeting> meetings = *MeetingRepository(t.db()).meetings(t.planId());
        const Meeting &last = meetings.constLast(); // 2019-12-25
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), last.heldOn);
        const AgendaProposal p = AgendaProposer::propose(b, last.id);

        // The 2019-06-26 meeting's two unfinished items, not the meeting's own.
        QCOMPARE(p.openActions.size(), 2);
        for (const ActionItem &a : p.openActions)
            QCOMPARE(a.meetingId, meetings.at(4).id);
        // Every red task of the date and only those (none yet: the slowest
        // tasks are 30 points behind only at their end).
        int red = 0;
        for (const TaskStanding &s : b.allTasks())
            red += s.pace.light == PaceLight::Red ? 1 : 0;
        QCOMPARE(p.redTasks.size(), red);
        // Targets: patents per 10,000 (3.41 in 2019 against the path) and PCT
        // applications lag; trademarks and copyright run ahead.
        QStringList behind;
        for (const IndicatorPace &i : p.indicatorsBehind)
            behind << i.indicator.code;
        QVERIFY2(behind.contains(u"PCT申请"_s), qPrintable(behind.join(u' ')));
        QVERIFY(!behind.contains(u"有效注册商标"_s));

        const QString text = AgendaProposer::toText(p);
        for (const ActionItem &a : p.openActions)
            QVERIFY2(text.contains(a.description), qPrintable(text));
        for (const TaskStanding &s : p.redTasks)
            QVERIFY2(text.contains(s.overview.task.title), qPrintable(text));
        QVERIFY(text.startsWith(u"1. Report on the progress"_s));
        QVERIFY(text.contains(u"2. Follow up the 2 action item(s)"_s));
        QVERIFY(text.contains(u"overdue"_s)); // they were due on 2019-08-25
        QVERIFY(
            text.trimmed().endsWith(u"Deploy the next stage's work and divide responsibility."_s));
    }

    void shouldProposeTheOverdueTasksAfterThePlanEnded()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        // A new meeting in 2021: 13 tasks ended undone (see tst_demodata), and
        // the two meetings of 2019 left five items open.
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), QDate(2021, 1, 15));
        const AgendaProposal p = AgendaProposer::propose(b);
        QCOMPARE(p.redTasks.size(), 13);
        QCOMPARE(p.openActions.size(), 5);
        const QString text = AgendaProposer::toText(p);
        QVERIFY(text.contains(u"3. Tasks far behind pace (13):"_s));
        for (const TaskStanding &s : p.redTasks) {
            QVERIFY(s.pace.overdue);
            QVERIFY2(text.contains(u"%1 (led by %2; %3% done, overdue since"_s
                                       .arg(s.overview.task.title, s.overview.lead)
                                       .arg(s.asOf.percent)),
                     qPrintable(text));
        }
    }

    void shouldProposeOnlyTheStandingItemsWhenNothingIsBehind()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlan); // no reports, no meetings
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), QDate(2017, 5, 1));
        const AgendaProposal p = AgendaProposer::propose(b);
        QVERIFY(p.isEmpty());
        const QString text = AgendaProposer::toText(p);
        QCOMPARE(text.count(u'\n'), 1); // the report, then the deployment
    }
};

QTEST_GUILESS_MAIN(TestAgendaProposal)
#include "tst_agendaproposal.moc"
