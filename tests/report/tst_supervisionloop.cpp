#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "assessmentcomposer.h"
#include "report/agendaproposal.h"
#include "report/supervisionloader.h"
#include "repositories/actionreviewrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/roundrepository.h"
#include "rules/roundstatus.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

/// The whole supervision loop on the demo plan, the way the office runs it:
/// open a round, see who owes, record reports, hold a meeting on a proposed
/// agenda, turn two decisions into action items, approve the minutes, close
/// one item at the next meeting, and print the department assessment. Each
/// step goes through the repositories and rules the pages use.
class TestSupervisionLoop : public QObject
{
    Q_OBJECT

private slots:
    void shouldRunTheLoopFromRoundToPrintedAssessment()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Database &db = t.db();
        DepartmentRepository departments(db);
        const qint64 ipo = departments.byName(u"市知识产权局"_s)->id;
        const qint64 finance = departments.byName(u"市财政局"_s)->id;

        // 1. A round for January 2020, due 5 February.
        const ReportingRound january {0,
                                      t.planId(),
                                      u"2020-01"_s,
                                      u"2020年1月进展报送"_s,
                                      QDate(2020, 1, 20),
                                      QDate(2020, 2, 5),
                                      {},
                                      false};
        const qint64 roundId = *RoundRepository(db).create(january);
        const ReportingRound round = *RoundRepository(db).round(roundId);

        // 2. On 25 January everybody still owes, nobody is late yet.
        SupervisionData data = *SupervisionLoader(db).load(t.planId());
        RoundStatus status = roundStatus(round, data, QDate(2020, 1, 25));
        const ReportTally before = status.tally();
        QVERIFY(before.owed > 20);
        QCOMPARE(before.pending, before.owed);
        QCOMPARE(status.outstanding().size(), before.owed);

        // 3. Two reports come in: one on time, one three days late.
        const Obligation first = status.obligations.at(0);
        const Obligation second = status.obligations.at(1);
        for (const auto &[o, on] :
             {std::pair(first, QDate(2020, 1, 25)), std::pair(second, QDate(2020, 2, 8))}) {
            ProgressReport r;
            r.taskId = o.taskId;
            r.departmentId = o.departmentId;
            r.period = round.period;
            r.reportedOn = on;
            r.percent = 80;
            r.text = u"按计划推进。"_s;
            QVERIFY(ProgressRepository(db).create(r));
        }
        data = *SupervisionLoader(db).load(t.planId());
        status = roundStatus(round, data, QDate(2020, 2, 10));
        QCOMPARE(status.find(first.taskId, first.departmentId)->state, ReportState::OnTime);
        QCOMPARE(status.find(second.taskId, second.departmentId)->state, ReportState::Late);
        QCOMPARE(status.tally().missing, before.owed - 2);

        // 4. A meeting on 12 February, its agenda proposed from the standing:
        // the five items the 2019 meetings left open are on it.
        MeetingRepository meetings(db);
        Meeting february;
        february.planId = t.planId();
        february.title = u"领导小组2020年第1次例会"_s;
        february.heldOn = QDate(2020, 2, 12);
        february.id = *meetings.create(february);
        february.rowVersion = 1; // a new row starts at version 1
        const Briefing standing = *BriefingLoader(db).load(t.planId(), february.heldOn);
        const AgendaProposal proposal = AgendaProposer::propose(standing, february.id);
        QCOMPARE(proposal.openActions.size(), 5);
        february.agenda = AgendaProposer::toText(proposal);
        for (const ActionItem &a : proposal.openActions)
            QVERIFY(february.agenda.contains(a.description));

        // 5. Two decisions of its minutes become action items.
        const QString decisionOne = u"市知识产权局于3月底前完成专利质押融资统计。"_s;
        const QString decisionTwo = u"市财政局于3月15日前拨付专项资金。"_s;
        february.minutes = u"<p>会议要求：</p><p>%1</p><p>%2</p>"_s.arg(decisionOne, decisionTwo);
        QVERIFY(meetings.update(february));
        ActionItem one {0, february.id, ipo, {}, decisionOne, QDate(2020, 3, 31)};
        ActionItem two {0, february.id, finance, {}, decisionTwo, QDate(2020, 3, 15)};
        one.id = *meetings.createActionItem(one);
        two.id = *meetings.createActionItem(two);

        // 6. The minutes are approved and locked.
        QVERIFY(meetings.approve(february.id, QDate(2020, 2, 14)));
        february.minutes += u"<p>补记。</p>"_s;
        february.rowVersion = meetings.meeting(february.id)->rowVersion; // not stale: locked
        QVERIFY(!meetings.update(february));

        // 7. At the next meeting both items are carried over; the first is
        // closed there, the second goes on.
        Meeting march;
        march.planId = t.planId();
        march.title = u"领导小组2020年第2次例会"_s;
        march.heldOn = QDate(2020, 3, 20);
        march.id = *meetings.create(march);
        ActionReviewRepository reviews(db);
        QList<qint64> carried;
        for (const CarriedItem &c : *reviews.carriedInto(march.id))
            carried << c.item.id;
        QCOMPARE(carried.size(), 7);
        QVERIFY(carried.contains(one.id) && carried.contains(two.id));
        QVERIFY(reviews.record({0, one.id, march.id, ActionStatus::Done, u"已完成统计。"_s}));
        QVERIFY(reviews.record({0, two.id, march.id, ActionStatus::InProgress, u"资金待拨付。"_s}));
        QCOMPARE(meetings.actionItem(one.id)->closedOn, QDate(2020, 3, 20));
        QVERIFY(!meetings.actionItem(two.id)->closedOn.isValid());

        // 8. The first quarter's assessment, printed: the office closed its
        // item on time (1 of 1), finance's is overdue (0 of 1).
        data = *SupervisionLoader(db).load(t.planId());
        const AssessmentReport report =
            AssessmentReport::make(data, *Period::parse(u"2020-Q1"), QDate(2020, 3, 31));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"assessment.pdf"_s);
        QVERIFY(AssessmentComposer(report).writePdf(pdf));
        QProcess text;
        text.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString printed =
            QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
        // A row: department, reports, tasks, action items, score; a part is
        // "met/counted(rate%)" or "—" when nothing counted.
        const QString part = u"(?:—|\\d+/\\d+\\([\\d.]+%\\))"_s;
        const auto row = [&](const QString &department, const QString &actions) {
            return QRegularExpression(department + part + part
                                      + QRegularExpression::escape(actions))
                .match(printed)
                .hasMatch();
        };
        QVERIFY2(row(u"市知识产权局"_s, u"1/1(100.0%)"_s), qPrintable(printed.left(3000)));
        QVERIFY2(row(u"市财政局"_s, u"0/1(0.0%)"_s), qPrintable(printed.left(3000)));
    }
};

QTEST_MAIN(TestSupervisionLoop)
#include "tst_supervisionloop.moc"
