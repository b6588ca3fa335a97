#include <QTest>

#include "rules/assessment.h"
#include "supervisionfixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

const Scorecard &cardOf(const Assessment &a, qint64 department)
{
    for (const Scorecard &c : a.cards) {
        if (c.departmentId == department)
            return c;
    }
    qFatal("no scorecard for department %lld", department);
}

QString tally(const ScoreTally &t)
{
    return u"%1/%2"_s.arg(t.met).arg(t.counted);
}

} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

private slots:
    void shouldScoreEachDepartmentAsWorkedOutByHand()
    {
        const SupervisionData d = supervisionFixture();
        const Assessment a = assess(d, QDate(2018, 1, 1), QDate(2018, 12, 31), QDate(2018, 7, 20));
        QCOMPARE(a.evaluatedOn, QDate(2018, 7, 20));
        QCOMPARE(a.weights, (AssessmentWeights {40, 40, 20}));

        // A: reports T1 on time, T2 missing → 1/2. Leads T1 (25 % against
        // 200/729 = 27 %: green) and T4 (done); T3 has not started → 2/2.
        // Items: a1 closed before due, a2 after; a7 falls due later → 1/2.
        // (0.5 × 40 + 1 × 40 + 0.5 × 20) / 100 = 70.0
        const Scorecard &ca = cardOf(a, A);
        QCOMPARE(tally(ca.reporting), u"1/2"_s);
        QCOMPARE(tally(ca.pace), u"2/2"_s);
        QCOMPARE(tally(ca.actions), u"1/2"_s);
        QCOMPARE(*ca.score, 70.0);

        // B: T1 late, T2 on time, T5 missing → 1/3. T2 10 % against 80/244 =
        // 33 % (yellow), T5 overdue (red) → 0/2. a4 overdue; a3 due on the
        // date and still open is not counted → 0/1.
        // (1/3 × 40 + 0 + 0) / 100 = 13.3
        const Scorecard &cb = cardOf(a, B);
        QCOMPARE(tally(cb.reporting), u"1/3"_s);
        QCOMPARE(tally(cb.pace), u"0/2"_s);
        QCOMPARE(tally(cb.actions), u"0/1"_s);
        QCOMPARE(*cb.score, 13.3);

        // E has no tasks: only its items count. a5 was closed on its due
        // date, which is the date; a6 was cancelled → 1/1, score 100.
        const Scorecard &ce = cardOf(a, E);
        QCOMPARE(tally(ce.reporting), u"0/0"_s);
        QCOMPARE(tally(ce.pace), u"0/0"_s);
        QCOMPARE(tally(ce.actions), u"1/1"_s);
        QCOMPARE(*ce.score, 100.0);

        // F has nothing to judge: no score, no rank, listed last.
        QVERIFY(!cardOf(a, F).score);
        QCOMPARE(cardOf(a, F).rank, 0);
        QCOMPARE(a.cards.constLast().departmentId, qint64(F));
    }

    void shouldRankEqualScoresTogether()
    {
        const SupervisionData d = supervisionFixture();
        const Assessment a = assess(d, QDate(2018, 1, 1), QDate(2018, 12, 31), QDate(2018, 7, 20));
        // E, G and H score 100 and share rank 1; A is 4th, B 5th; the
        // collective C and inactive D are not assessed.
        QStringList ranking;
        for (const Scorecard &c : a.cards)
            ranking << u"%1 %2"_s.arg(c.rank).arg(c.name.left(1));
        QCOMPARE(ranking,
                 (QStringList {u"1 E"_s, u"1 G"_s, u"1 H"_s, u"4 A"_s, u"5 B"_s, u"0 F"_s}));
    }

    void shouldLeaveOutThePartsThatCountedNothingAndTheirWeights()
    {
        SupervisionData d = supervisionFixture();
        d.weights = AssessmentWeights {100, 0, 0};
        const Assessment a = assess(d, QDate(2018, 1, 1), QDate(2018, 12, 31), QDate(2018, 7, 20));
        QCOMPARE(*cardOf(a, A).score, 50.0);
        QCOMPARE(*cardOf(a, B).score, 33.3);
        // E's only part weighs nothing: no score.
        QVERIFY(!cardOf(a, E).score);
        QCOMPARE(cardOf(a, A).rank, 1);
        QCOMPARE(cardOf(a, B).rank, 2);
    }

    void shouldJudgeAPeriodOnItsLastDayNotLater()
    {
        const SupervisionData d = supervisionFixture();
        // Q2 judged long after: evaluated on 6/30, before the round is due
        // (no reports count), T4 done, T1 green? 180/729 = 25 % expected but
        // the 25 % report came only on 7/1: 0 % then → 25 behind, yellow.
        const Assessment a = assess(d, QDate(2018, 4, 1), QDate(2018, 6, 30), QDate(2020, 1, 1));
        QCOMPARE(a.evaluatedOn, QDate(2018, 6, 30));
        const Scorecard &ca = cardOf(a, A);
        QCOMPARE(tally(ca.reporting), u"0/0"_s);
        QCOMPARE(tally(ca.pace), u"1/2"_s);
        QCOMPARE(tally(ca.actions), u"1/2"_s); // a1 (5/1) met, a2 (6/1) late
        // Before the period starts, nothing counts at all.
        const Assessment early =
            assess(d, QDate(2018, 10, 1), QDate(2018, 12, 31), QDate(2018, 7, 20));
        for (const Scorecard &c : early.cards)
            QVERIFY(!c.score);
    }

    void shouldLeaveATaskDueOnTheDateAndNotMetOutOfTheCount()
    {
        const SupervisionData d = supervisionFixture();
        // On 7/1 T5 falls due at 0 %: still in time, not counted. T2 stands at
        // 0 % (B's report came on 7/10) against 61/244 = 25 %: yellow.
        const Assessment a = assess(d, QDate(2018, 1, 1), QDate(2018, 12, 31), QDate(2018, 7, 1));
        QCOMPARE(tally(cardOf(a, B).pace), u"0/1"_s);
        // A day later T5 is overdue and counts as not met.
        const Assessment later =
            assess(d, QDate(2018, 1, 1), QDate(2018, 12, 31), QDate(2018, 7, 2));
        QCOMPARE(tally(cardOf(later, B).pace), u"0/2"_s);
    }

    void shouldWeighOnlyWhatCounted()
    {
        const AssessmentWeights w {40, 40, 20};
        QVERIFY(!weightedScore({}, {}, {}, w));
        QCOMPARE(*weightedScore({1, 4}, {}, {}, w), 25.0);
        QCOMPARE(*weightedScore({1, 1}, {0, 1}, {1, 2}, w), 50.0);
        QCOMPARE(*weightedScore({2, 3}, {2, 3}, {2, 3}, w), 66.7);
        QVERIFY(!AssessmentWeights({50, 30, 30}).isValid());
        QVERIFY(AssessmentWeights({0, 0, 100}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
