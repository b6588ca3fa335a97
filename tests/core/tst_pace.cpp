#include <QTest>

#include "rules/pace.h"

using namespace PlanDesk;

namespace {

Task taskAt(int percent, TaskStatus status = TaskStatus::InProgress)
{
    Task t;
    t.startOn = QDate(2020, 1, 1);
    t.dueOn = QDate(2020, 12, 31); // 365 days: day 183 is 50%
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
        QCOMPARE(assessPace(taskAt(0), QDate(2020, 7, 2)).expectedPercent, 50);
        QCOMPARE(assessPace(taskAt(0), QDate(2020, 12, 31)).expectedPercent, 100);
        QCOMPARE(assessPace(taskAt(0), QDate(2023, 1, 1)).expectedPercent, 100);
    }

    void shouldLightByPointsBehind_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("light");
        // Expected 50% on 2020-07-02.
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
        const PaceAssessment pace = assessPace(taskAt(percent), QDate(2020, 7, 2));
        QCOMPARE(int(pace.light), light);
        QCOMPARE(pace.behindBy, 50 - percent);
    }

    void shouldBeGreyBeforeTheStart()
    {
        QCOMPARE(assessPace(taskAt(0), QDate(2019, 12, 31)).light, PaceLight::NotStarted);
    }

    void shouldBeRedWhenPastDueAndNotDone()
    {
        const PaceAssessment pace = assessPace(taskAt(99), QDate(2021, 1, 1));
        QCOMPARE(pace.light, PaceLight::Red);
        QVERIFY(pace.overdue);
        QVERIFY(!assessPace(taskAt(99), QDate(2020, 12, 31)).overdue);
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
