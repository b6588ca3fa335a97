#include <QTest>

#include "rules/pace.h"

using namespace PlanDesk;

namespace {

Task taskAt(int percent, TaskStatus status = TaskStatus::InProgress)
{
    Task t;
    t.startOn = QDate(2020, 1, 1);
    t.dueOn = QDate(2020, 4, 10); // a 100-day span: day 50 (2020-02-20) is exactly 50%
    t.percent = percent;
    t.status = status;
    return t;
}

} // namespace

class TestPace : public QObject
{
    Q_OBJECT

private slots:
    void shouldExpectTheElapsedShareOfTheSpan()
    {
        QCOMPARE(assessPace(taskAt(0), QDate(2020, 1, 1)).expectedPercent, 0);
        QCOMPARE(assessPace(taskAt(0), QDate(2020, 2, 20)).expectedPercent, 50);
        QCOMPARE(assessPace(taskAt(0), QDate(2020, 4, 10)).expectedPercent, 100);
        QCOMPARE(assessPace(taskAt(0), QDate(2023, 1, 1)).expectedPercent, 100);
    }

    void shouldLightByPointsBehind_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("light");
        // Expected exactly 50% on 2020-02-20.
        QTest::newRow("ahead") << 70 << int(PaceLight::Green);
        QTest::newRow("9 behind") << 41 << int(PaceLight::Green);
        QTest::newRow("10 behind") << 40 << int(PaceLight::Yellow);
        QTest::newRow("30 behind") << 20 << int(PaceLight::Yellow);
        QTest::newRow("31 behind") << 19 << int(PaceLight::Red);
        QTest::newRow("100 is done") << 100 << int(PaceLight::Done);
    }
    void shouldLightByPointsBehind()
    {
        QFETCH(int, percent);
        QFETCH(int, light);
        const PaceAssessment pace = assessPace(taskAt(percent), QDate(2020, 2, 20));
        QCOMPARE(int(pace.light), light);
        QCOMPARE(pace.behindBy, 50 - percent);
    }

    void shouldCompareTheExactShortfallNotARoundedOne()
    {
        // 36 of 365 days: 9.86 points expected, 0 done. Rounded it would be 10
        // (yellow); exactly it is under 10 (green).
        Task t = taskAt(0);
        t.dueOn = QDate(2020, 12, 31);
        const PaceAssessment pace = assessPace(t, QDate(2020, 2, 6));
        QCOMPARE(pace.expectedPercent, 10);
        QCOMPARE(pace.light, PaceLight::Green);
        QCOMPARE(assessPace(t, QDate(2020, 2, 7)).light, PaceLight::Yellow); // 10.14
    }

    void shouldSurviveASpanThatEndsBeforeItStarts()
    {
        Task t = taskAt(0);
        t.dueOn = t.startOn.addDays(-5); // an unsaved edit can hold this
        QCOMPARE(assessPace(t, t.startOn.addDays(-10)).light, PaceLight::NotStarted);
        QCOMPARE(assessPace(t, t.startOn).expectedPercent, 100);
    }

    void shouldBeGreyBeforeTheStart()
    {
        QCOMPARE(assessPace(taskAt(0), QDate(2019, 12, 31)).light, PaceLight::NotStarted);
    }

    void shouldBeRedWhenPastDueAndNotDone()
    {
        const PaceAssessment pace = assessPace(taskAt(99), QDate(2020, 4, 11));
        QCOMPARE(pace.light, PaceLight::Red);
        QVERIFY(pace.overdue);
        QVERIFY(!assessPace(taskAt(99), QDate(2020, 4, 10)).overdue);
    }

    void shouldKeepDoneDoneWhateverTheDate()
    {
        QCOMPARE(assessPace(taskAt(100, TaskStatus::Done), QDate(2030, 1, 1)).light,
                 PaceLight::Done);
        QVERIFY(!assessPace(taskAt(100, TaskStatus::Done), QDate(2030, 1, 1)).overdue);
    }
};

QTEST_GUILESS_MAIN(TestPace)
#include "tst_pace.moc"
