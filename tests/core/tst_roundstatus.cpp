#include <QTest>

#include "rules/roundstatus.h"
#include "supervisionfixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// The matrix as text, one row per department: "A: T1=on time, T2=missing".
QStringList matrix(const RoundStatus &s)
{
    static const char *names[] = {"pending", "on time", "late", "missing"};
    QStringList rows;
    for (qint64 dept : s.departmentIds) {
        QStringList cells;
        for (qint64 task : s.taskIds) {
            if (const Obligation *o = s.find(task, dept))
                cells << u"T%1=%2"_s.arg(task / 10).arg(QLatin1StringView(names[int(o->state)]));
        }
        rows << u"%1: %2"_s.arg(QChar(u'A' + int(dept - 1)), cells.join(u", "_s));
    }
    return rows;
}

} // namespace

class TestRoundStatus : public QObject
{
    Q_OBJECT

private slots:
    void shouldSayWhoOwesWhatAndWhoIsLateAfterTheDueDate()
    {
        const SupervisionData d = supervisionFixture();
        const RoundStatus s = roundStatus(d.rounds.first(), d, QDate(2018, 7, 20));
        // T3 starts after the due date; T4 was done before the round opened;
        // C is the collective and D inactive: they owe nothing.
        QCOMPARE(s.taskIds, (QList<qint64> {T1, T2, T5}));
        QCOMPARE(s.departmentIds, (QList<qint64> {A, B}));
        QCOMPARE(matrix(s),
                 (QStringList {u"A: T1=on time, T2=missing"_s,
                               u"B: T1=late, T2=on time, T5=missing"_s}));
        const ReportTally all = s.tally();
        QCOMPARE(all.owed, 5);
        QCOMPARE(all.onTime, 2);
        QCOMPARE(all.late, 1);
        QCOMPARE(all.missing, 2);
        QCOMPARE(all.pending, 0);
        QCOMPARE(s.tallyOf(B).late, 1);
        QCOMPARE(s.tallyOf(B).handedIn(), 2);
        QCOMPARE(s.outstanding().size(), 2);
        QCOMPARE(s.find(T1, B)->report->reportedOn, QDate(2018, 7, 15));
        QCOMPARE(s.find(T1, A)->role, AssignmentRole::Lead);
        QVERIFY(!s.find(T1, C));
        QVERIFY(!s.find(T4, B));
    }

    void shouldCountNothingMissingOnTheDueDateItself()
    {
        const SupervisionData d = supervisionFixture();
        // On the due date: T2/B handed in that day is on time; nobody is
        // missing yet; T1/B's report of 7/15 is not known yet.
        const RoundStatus s = roundStatus(d.rounds.first(), d, QDate(2018, 7, 10));
        QCOMPARE(matrix(s),
                 (QStringList {u"A: T1=on time, T2=pending"_s,
                               u"B: T1=pending, T2=on time, T5=pending"_s}));
        QCOMPARE(s.outstanding().size(), 3);
    }

    void shouldFindEverybodyMissingInARoundWithNoReports()
    {
        SupervisionData d = supervisionFixture();
        ReportingRound q3 = d.rounds.first();
        q3.id = 101;
        q3.period = u"2018-Q3"_s;
        q3.opensOn = QDate(2018, 9, 16);
        q3.dueOn = QDate(2018, 10, 10);
        const RoundStatus s = roundStatus(q3, d, QDate(2018, 10, 11));
        // T3 has started now; T4 is still done; T5 is past due but not done.
        QCOMPARE(matrix(s),
                 (QStringList {u"A: T1=missing, T2=missing, T3=missing"_s,
                               u"B: T1=missing, T2=missing, T5=missing"_s}));
        QCOMPARE(s.tally().missing, 6);
        QCOMPARE(s.tally().handedIn(), 0);
    }

    void shouldPickTheLatestRoundOpenedByTheDate()
    {
        SupervisionData d = supervisionFixture();
        ReportingRound q3 = d.rounds.first();
        q3.period = u"2018-Q3"_s;
        q3.opensOn = QDate(2018, 9, 16);
        q3.dueOn = QDate(2018, 10, 10);
        d.rounds << q3;
        QVERIFY(!currentRound(d.rounds, QDate(2018, 6, 15)));
        QCOMPARE(currentRound(d.rounds, QDate(2018, 9, 15))->period, u"2018-Q2"_s);
        QCOMPARE(currentRound(d.rounds, QDate(2018, 9, 16))->period, u"2018-Q3"_s);
    }

    void shouldJudgeAReportByItsDateAgainstDueAndAsOf()
    {
        const QDate due(2018, 7, 10);
        QCOMPARE(reportState({2018, 7, 10}, due, {2018, 8, 1}), ReportState::OnTime);
        QCOMPARE(reportState({2018, 7, 11}, due, {2018, 8, 1}), ReportState::Late);
        QCOMPARE(reportState({2018, 7, 11}, due, {2018, 7, 10}), ReportState::Pending);
        QCOMPARE(reportState({}, due, {2018, 7, 10}), ReportState::Pending);
        QCOMPARE(reportState({}, due, {2018, 7, 11}), ReportState::Missing);
    }
};

QTEST_GUILESS_MAIN(TestRoundStatus)
#include "tst_roundstatus.moc"
