#include <QTest>

#include "rules/reminders.h"
#include "supervisionfixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// "B: action a4 overdue, task T5 overdue, report T1 7/10": kind, subject, when.
QStringList outline(const QList<DepartmentReminders> &list)
{
    QStringList lines;
    for (const DepartmentReminders &d : list) {
        QStringList items;
        for (const Reminder &r : d.reminders) {
            QString subject;
            switch (r.kind) {
            case Reminder::Kind::Report:
                subject = u"report T%1"_s.arg(r.taskId / 10);
                break;
            case Reminder::Kind::Action:
                subject = u"action a%1"_s.arg(r.actionItemId);
                break;
            case Reminder::Kind::Task:
                subject = u"task T%1"_s.arg(r.taskId / 10);
                break;
            }
            items << subject + (r.overdue ? u" overdue"_s : r.dueOn.toString(u" M/d"_s));
        }
        lines << d.name.left(1) + u": "_s + items.join(u", "_s);
    }
    return lines;
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private slots:
    void shouldListWhatIsDueSoonAndWhatIsOverdueByDepartment()
    {
        const SupervisionData d = supervisionFixture();
        // On 7/5, a week ahead: the 2018-Q2 round (due 7/10) is still owed by
        // A for T2 and by B for T1, T2 and T5 (A's T1 came on 7/1); B's a4 and
        // T5 were due on 7/1. a3 (7/20) and a7 (9/1) are further off; T4 is done.
        const QList<DepartmentReminders> list = Reminders::collect(d, QDate(2018, 7, 5), 7);
        QCOMPARE(outline(list),
                 (QStringList {u"A: report T2 7/10"_s,
                               u"B: action a4 overdue, task T5 overdue, report T1 7/10, "
                               u"report T2 7/10, report T5 7/10"_s}));
    }

    void shouldKeepOnlyWhatIsOverdueOrDueTodayWithNoDaysAhead()
    {
        const SupervisionData d = supervisionFixture();
        // On 7/20 with no days ahead: a3 is due today (not overdue); a5, due
        // today too, was closed today. The round's missing reports are overdue.
        const QList<DepartmentReminders> list = Reminders::collect(d, QDate(2018, 7, 20), 0);
        QCOMPARE(outline(list),
                 (QStringList {u"A: report T2 overdue"_s,
                               u"B: action a4 overdue, task T5 overdue, report T5 overdue, "
                               u"action a3 7/20"_s}));
        const QString text = Reminders::toText(list, QDate(2018, 7, 20));
        QVERIFY2(text.contains(u"A Bureau:"_s), qPrintable(text));
        QVERIFY2(text.contains(u"due today"_s), qPrintable(text));
        QVERIFY2(text.contains(u"19 day(s) overdue"_s), qPrintable(text)); // a4, T5: due 7/1
        QVERIFY2(text.contains(u"Report for 2018年第二季度进展报送 on task 5 Task 5"_s),
                 qPrintable(text));
    }

    void shouldNotRemindOfARoundBeforeItOpensNorOfWhatClosedLater()
    {
        const SupervisionData d = supervisionFixture();
        // On 6/1, ten days ahead: a2 is due today and was closed only on
        // 6/10; a6 was cancelled; the round opens on 6/16, T4 is due 6/30.
        const QList<DepartmentReminders> list = Reminders::collect(d, QDate(2018, 6, 1), 10);
        QCOMPARE(outline(list), (QStringList {u"A: action a2 6/1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
