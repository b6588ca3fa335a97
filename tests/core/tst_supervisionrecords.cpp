#include <QTest>

#include "repositories/actionreviewrepository.h"
#include "repositories/assessmentrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/planrepository.h"
#include "repositories/repositorysupport.h"
#include "repositories/roundrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

const QString locked = u"the minutes are approved and locked; record an amendment instead"_s;

/// Refused because the minutes are locked, not for some other reason.
template<typename R> bool refusedAsLocked(const R &result)
{
    return !result && result.error().contains(locked);
}

} // namespace

/// The records of the supervision loop (schema 3) and the rules the
/// database itself keeps: approved minutes locked, amendments appended,
/// reviews only at later meetings.
class TestSupervisionRecords : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_owner = 0;

    MeetingRepository meetings() { return MeetingRepository(m_t->db()); }
    qint64 meetingOn(const QDate &date)
    {
        Meeting m;
        m.planId = m_t->planId();
        m.heldOn = date;
        m.title = u"例会"_s;
        return *meetings().create(m);
    }
    qint64 itemOf(qint64 meetingId, const QString &text, const QDate &due)
    {
        ActionItem a;
        a.meetingId = meetingId;
        a.ownerDepartmentId = m_owner;
        a.description = text;
        a.dueOn = due;
        return *meetings().createActionItem(a);
    }
    QStringList carried(qint64 meetingId)
    {
        QStringList list;
        for (const CarriedItem &c : *ActionReviewRepository(m_t->db()).carriedInto(meetingId))
            list << c.item.description + (c.review ? u" (reviewed)"_s : QString());
        return list;
    }

private slots:
    void init()
    {
        m_t = std::make_unique<TestDatabase>(TestDatabase::Content::BuiltInPlan);
        m_owner = DepartmentRepository(m_t->db()).byName(u"市知识产权局"_s)->id;
    }
    void cleanup() { m_t.reset(); }

    void shouldCarryOpenItemsAcrossThreeMeetingsWithTheirHistory()
    {
        const qint64 first = meetingOn({2019, 1, 10});
        const qint64 second = meetingOn({2019, 4, 10});
        const qint64 third = meetingOn({2019, 7, 10});
        const qint64 x = itemOf(first, u"X"_s, {2019, 3, 1});
        const qint64 y = itemOf(first, u"Y"_s, {2019, 6, 1});
        itemOf(second, u"Z"_s, {2019, 6, 1});
        QCOMPARE(carried(first), QStringList());
        QCOMPARE(carried(second), (QStringList {u"X"_s, u"Y"_s}));

        // The second meeting closes X and notes Y is in progress.
        ActionReviewRepository reviews(m_t->db());
        QVERIFY(reviews.record({0, x, second, ActionStatus::Done, u"已办结"_s}));
        QVERIFY(reviews.record({0, y, second, ActionStatus::InProgress, u"推进中"_s}));
        const ActionItem closed = *meetings().actionItem(x);
        QCOMPARE(closed.status, ActionStatus::Done);
        QCOMPARE(closed.closedOn, QDate(2019, 4, 10)); // the meeting's date
        QCOMPARE(meetings().actionItem(y)->status, ActionStatus::InProgress);
        QCOMPARE(carried(second), (QStringList {u"X (reviewed)"_s, u"Y (reviewed)"_s}));

        // X closed at the second meeting is not carried into the third; Y and Z are.
        QCOMPARE(carried(third), (QStringList {u"Y"_s, u"Z"_s}));
        QVERIFY(reviews.record({0, y, third, ActionStatus::Done, u"已办结"_s}));
        const QList<ActionReview> history = *reviews.history(y);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).meetingId, second);
        QCOMPARE(history.at(0).status, ActionStatus::InProgress);
        QCOMPARE(history.at(1).meetingId, third);
        QCOMPARE(meetings().actionItem(y)->closedOn, QDate(2019, 7, 10));

        // Recording again at the same meeting replaces; reopening clears the date.
        QVERIFY(reviews.record({0, y, third, ActionStatus::Open, u"重新打开"_s}));
        QCOMPARE(reviews.history(y)->size(), 2);
        QVERIFY(!meetings().actionItem(y)->closedOn.isValid());
    }

    void shouldReviewOnlyAtALaterMeeting()
    {
        const qint64 first = meetingOn({2019, 1, 10});
        const qint64 sameDay = meetingOn({2019, 1, 10});
        const qint64 x = itemOf(first, u"X"_s, {2019, 3, 1});
        ActionReviewRepository reviews(m_t->db());
        for (qint64 at : {first, sameDay}) {
            const Result<qint64> r = reviews.record({0, x, at, ActionStatus::Done, {}});
            QVERIFY(!r);
            QVERIFY2(r.error().contains(u"only at a later meeting"_s), qPrintable(r.error()));
        }
        QCOMPARE(meetings().actionItem(x)->status, ActionStatus::Open); // unchanged
    }

    void shouldLockApprovedMinutes()
    {
        const qint64 id = meetingOn({2019, 1, 10});
        const qint64 x = itemOf(id, u"X"_s, {2019, 3, 1});
        QVERIFY(!meetings().approve(id, {2019, 1, 9})); // before the meeting
        QVERIFY(meetings().approve(id, {2019, 1, 12}));
        QVERIFY(!meetings().approve(id, {2019, 1, 13})); // already

        Meeting m = *meetings().meeting(id);
        QCOMPARE(m.approval, Approval::Approved);
        QCOMPARE(m.approvedOn, QDate(2019, 1, 12));
        m.minutes = u"改写"_s;
        Status s = meetings().update(m);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(locked), qPrintable(s.error()));
        QVERIFY(!meetings().remove(id));
        QVERIFY(!meetings().setAttendees(id, {MeetingAttendee {0, id, m_owner, {}}}));
        ActionItem refused;
        refused.meetingId = id;
        refused.ownerDepartmentId = m_owner;
        refused.description = u"新"_s;
        refused.dueOn = QDate(2019, 5, 1);
        QVERIFY(!meetings().createActionItem(refused));
        QVERIFY(!meetings().removeActionItem(x));

        // A decision keeps its words and owner, but its follow-up goes on.
        ActionItem item = *meetings().actionItem(x);
        item.description = u"改写"_s;
        QVERIFY(!meetings().updateActionItem(item));
        item = *meetings().actionItem(x);
        item.status = ActionStatus::Done;
        item.closedOn = QDate(2019, 2, 20);
        item.dueOn = QDate(2019, 3, 15);
        item.followUp = u"已办结"_s;
        QVERIFY(meetings().updateActionItem(item));
        QCOMPARE(meetings().meeting(id)->minutes, QString());
    }

    void shouldRestoreADeletedMeetingWithTheFollowUpsOfItsItemsAtLaterMeetings()
    {
        const qint64 first = meetingOn({2020, 1, 15});
        const qint64 second = meetingOn({2020, 2, 15});
        const qint64 x = itemOf(first, u"X"_s, {2020, 3, 1});
        ActionReviewRepository reviews(m_t->db());
        QVERIFY(reviews.record({0, x, second, ActionStatus::InProgress, u"推进中"_s}));
        const Meeting m = *meetings().meeting(first);
        const QList<ActionItem> items = *meetings().actionItems(first);
        const QList<ActionReview> history = *reviews.history(x);
        QVERIFY(meetings().remove(first));
        QVERIFY(reviews.history(x)->isEmpty());

        const Status s = meetings().restore(m, {}, items, history);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(reviews.history(x)->size(), 1);
        QCOMPARE(reviews.history(x)->at(0).meetingId, second);
        QCOMPARE(reviews.history(x)->at(0).id, history.at(0).id);
    }

    void shouldRestoreADeletedItemWithItsFollowUps()
    {
        const qint64 first = meetingOn({2020, 1, 15});
        const qint64 second = meetingOn({2020, 2, 15});
        const qint64 x = itemOf(first, u"X"_s, {2020, 3, 1});
        ActionReviewRepository reviews(m_t->db());
        QVERIFY(reviews.record({0, x, second, ActionStatus::Done, u"已办结"_s}));
        const ActionItem item = *meetings().actionItem(x);
        const QList<ActionReview> history = *reviews.history(x);
        QVERIFY(meetings().removeActionItem(x));
        QVERIFY(meetings().restoreActionItem(item, history));
        QCOMPARE(meetings().actionItem(x)->closedOn, QDate(2020, 2, 15));
        QCOMPARE(reviews.history(x)->size(), 1);
        QCOMPARE(reviews.history(x)->at(0).status, ActionStatus::Done);
    }

    void shouldKeepAnItemFollowedUpInApprovedMinutes()
    {
        const qint64 first = meetingOn({2020, 1, 15});
        const qint64 second = meetingOn({2020, 2, 15});
        const qint64 x = itemOf(first, u"X"_s, {2020, 3, 1});
        QVERIFY(ActionReviewRepository(m_t->db()).record({0, x, second, ActionStatus::Done, {}}));
        QVERIFY(meetings().approve(second, {2020, 2, 16}));
        const QString kept = u"an action item followed up in approved minutes cannot be deleted"_s;
        const Status item = meetings().removeActionItem(x);
        QVERIFY2(!item && item.error().contains(kept), qPrintable(item.error()));
        const Status meeting = meetings().remove(first); // the draft, with the item
        QVERIFY2(!meeting && meeting.error().contains(kept), qPrintable(meeting.error()));
        QCOMPARE(ActionReviewRepository(m_t->db()).history(x)->size(), 1);
    }

    void shouldNotLetAnEarlierMeetingUndoALaterFinding()
    {
        const qint64 first = meetingOn({2020, 1, 15});
        const qint64 second = meetingOn({2020, 2, 15});
        const qint64 third = meetingOn({2020, 3, 15});
        const qint64 x = itemOf(first, u"X"_s, {2020, 4, 1});
        ActionReviewRepository reviews(m_t->db());
        QVERIFY(reviews.record({0, x, third, ActionStatus::Done, u"已办结"_s}));
        // Filled in afterwards for the meeting before: recorded, but the
        // item stays closed as the third meeting found it.
        QVERIFY(reviews.record({0, x, second, ActionStatus::InProgress, u"推进中"_s}));
        QCOMPARE(reviews.history(x)->size(), 2);
        QCOMPARE(meetings().actionItem(x)->status, ActionStatus::Done);
        QCOMPARE(meetings().actionItem(x)->closedOn, QDate(2020, 3, 15));
    }

    void shouldKeepFollowUpsAfterTheMeetingThatRaisedTheItem()
    {
        const qint64 first = meetingOn({2020, 1, 15});
        const qint64 second = meetingOn({2020, 2, 15});
        const qint64 x = itemOf(first, u"X"_s, {2020, 4, 1});
        QVERIFY(ActionReviewRepository(m_t->db()).record({0, x, second, ActionStatus::Open, {}}));
        Meeting moved = *meetings().meeting(second);
        moved.heldOn = QDate(2020, 1, 10); // before the item was raised
        const Status back = meetings().update(moved);
        QVERIFY2(!back && back.error().contains(u"only at a later meeting"_s),
                 qPrintable(back.error()));
        moved = *meetings().meeting(first);
        moved.heldOn = QDate(2020, 2, 20); // after its follow-up
        const Status forth = meetings().update(moved);
        QVERIFY2(!forth && forth.error().contains(u"only at a later meeting"_s),
                 qPrintable(forth.error()));
        moved.heldOn = QDate(2020, 2, 1); // still before: fine
        QVERIFY(meetings().update(moved));
    }

    void shouldAppendAmendmentsToApprovedMinutesOnly()
    {
        const qint64 id = meetingOn({2019, 1, 10});
        const MeetingAmendment amendment {
            0, id, {2019, 1, 20}, u"第二段“三月底”应为“四月底”。"_s, u"记录有误"_s, {}};
        Result<qint64> early = meetings().amend(amendment);
        QVERIFY(!early);
        QVERIFY2(early.error().contains(u"only approved minutes are amended"_s),
                 qPrintable(early.error()));
        QVERIFY(meetings().approve(id, {2019, 1, 15}));
        MeetingAmendment before = amendment;
        before.madeOn = QDate(2019, 1, 14);
        QVERIFY(!meetings().amend(before));
        MeetingAmendment noReason = amendment;
        noReason.reason = u"  "_s;
        QVERIFY(!meetings().amend(noReason));

        m_t->db().setActor(u"王秘书"_s);
        const qint64 a = *meetings().amend(amendment);
        const QList<MeetingAmendment> list = *meetings().amendments(id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).id, a);
        QCOMPARE(list.at(0).text, amendment.text);
        QCOMPARE(list.at(0).actor, u"王秘书"_s);
        // Never changed nor removed.
        Status s =
            RepositorySupport::execute(m_t->db(), u"DELETE FROM meeting_amendment"_s, {}, u"x"_s);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"cannot be changed or removed"_s), qPrintable(s.error()));
    }

    void shouldStillDeleteAWholePlanWithApprovedMinutes()
    {
        const qint64 first = meetingOn({2019, 1, 10});
        const qint64 second = meetingOn({2019, 4, 10});
        const qint64 x = itemOf(first, u"X"_s, {2019, 3, 1});
        QVERIFY(ActionReviewRepository(m_t->db()).record({0, x, second, ActionStatus::Done, {}}));
        QVERIFY(meetings().approve(first, {2019, 1, 12}));
        QVERIFY(meetings().approve(second, {2019, 4, 12}));
        QVERIFY(meetings().amend({0, first, {2019, 5, 1}, u"补充"_s, u"遗漏"_s, {}}));
        const Status s = PlanRepository(m_t->db()).remove(m_t->planId());
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(*m_t->db().scalar(u"SELECT count(*) FROM meeting_amendment"_s), 0);
        QCOMPARE(*m_t->db().scalar(u"SELECT count(*) FROM action_review"_s), 0);
    }

    void shouldKeepOneRoundPerPeriod()
    {
        RoundRepository rounds(m_t->db());
        ReportingRound r {0,
                          m_t->planId(),
                          u"2019-Q4"_s,
                          u"2019年第四季度进展报送"_s,
                          {2019, 12, 16},
                          {2020, 1, 10},
                          {},
                          false};
        const qint64 id = *rounds.create(r);
        QCOMPARE(rounds.round(id)->title, r.title);
        const Result<qint64> twice = rounds.create(r);
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(u"a reporting round for this period already exists"_s),
                 qPrintable(twice.error()));
        r.id = id;
        r.rowVersion = 1; // a new row starts at version 1
        r.dueOn = QDate(2019, 12, 1);
        const Status backwards = rounds.update(r);
        QVERIFY(!backwards);
        QVERIFY2(backwards.error().contains(u"must not be before it opens"_s),
                 qPrintable(backwards.error()));
        r.period = u"2019-Q5"_s;
        r.dueOn = QDate(2020, 1, 10);
        QVERIFY(!rounds.update(r));
        QVERIFY(rounds.remove(id));
        QVERIFY(rounds.rounds(m_t->planId())->isEmpty());
    }

    void shouldWeighFortyFortyTwentyUntilTheOfficeSaysOtherwise()
    {
        AssessmentRepository repository(m_t->db());
        QCOMPARE(*repository.weights(m_t->planId()), (AssessmentWeights {40, 40, 20}));
        QVERIFY(repository.setWeights(m_t->planId(), {50, 30, 20}));
        QVERIFY(repository.setWeights(m_t->planId(), {30, 50, 20}));
        QCOMPARE(*repository.weights(m_t->planId()), (AssessmentWeights {30, 50, 20}));
        const Status wrong = repository.setWeights(m_t->planId(), {50, 50, 20});
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(u"add up to 100"_s), qPrintable(wrong.error()));
        QCOMPARE(*repository.weights(m_t->planId()), (AssessmentWeights {30, 50, 20}));
    }
};

QTEST_GUILESS_MAIN(TestSupervisionRecords)
#include "tst_supervisionrecords.moc"
