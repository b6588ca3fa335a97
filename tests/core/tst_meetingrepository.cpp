#include <QTest>

#include "repositories/actionreviewrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestMeetingRepository : public QObject
{
    Q_OBJECT

private:
    static Meeting meeting(qint64 planId)
    {
        Meeting m;
        m.planId = planId;
        m.kind = MeetingKind::Regular;
        m.title = u"2018年第1次例会"_s;
        m.heldOn = QDate(2018, 6, 27);
        m.place = u"市政府第一会议室"_s;
        m.chair = u"副市长"_s;
        m.agenda = u"通报进展"_s;
        m.minutes = u"<p>会议纪要</p>"_s;
        return m;
    }

private slots:
    void shouldCreateReadUpdateAndDeleteMeetings()
    {
        TestDatabase t;
        MeetingRepository meetings(t.db());
        const qint64 id = *meetings.create(meeting(t.planId()));
        Meeting read = *meetings.meeting(id);
        QCOMPARE(read.minutes, u"<p>会议纪要</p>"_s);
        QCOMPARE(read.approval, Approval::Draft);

        read.place = u"市政府第二会议室"_s;
        QVERIFY(meetings.update(read));
        QCOMPARE(meetings.meeting(id)->place, u"市政府第二会议室"_s);

        Meeting draftWithDate = read;
        draftWithDate.approvedOn = QDate(2018, 6, 30);
        QVERIFY(!meetings.update(draftWithDate));

        QCOMPARE(meetings.meetings(t.planId())->size(), 1);
        QVERIFY(meetings.remove(id));
        QCOMPARE(meetings.meetings(t.planId())->size(), 0);
    }

    void shouldLockApprovedMinutes()
    {
        // Given a draft with an attendee and an action item
        TestDatabase t;
        MeetingRepository meetings(t.db());
        const qint64 id = *meetings.create(meeting(t.planId()));
        const qint64 ipo = DepartmentRepository(t.db()).byName(u"市知识产权局"_s)->id;
        QVERIFY(meetings.setAttendees(id, {{0, 0, ipo, QString()}}));
        ActionItem item;
        item.meetingId = id;
        item.ownerDepartmentId = ipo;
        item.description = u"梳理专利运营项目"_s;
        item.dueOn = QDate(2018, 8, 31);
        item.id = *meetings.createActionItem(item);
        item.rowVersion = 1; // a new row starts at version 1

        // When it is approved: not before the meeting, and only once
        const Status early = meetings.approve(id, QDate(2018, 6, 26));
        QVERIFY2(!early && early.error().contains(u"cannot be before the meeting"_s),
                 qPrintable(early.error()));
        QVERIFY(meetings.approve(id, QDate(2018, 6, 30)));
        QCOMPARE(meetings.meeting(id)->approval, Approval::Approved);
        QCOMPARE(meetings.meeting(id)->approvedOn, QDate(2018, 6, 30));
        const Status twice = meetings.approve(id, QDate(2018, 7, 1));
        QVERIFY2(!twice && twice.error().contains(u"already approved"_s),
                 qPrintable(twice.error()));

        // Then the meeting, its attendees and its decisions' words are locked
        Meeting changed = *meetings.meeting(id);
        changed.minutes = u"<p>改写的纪要</p>"_s;
        const Status update = meetings.update(changed);
        QVERIFY(!update);
        QVERIFY2(update.error().contains(u"the minutes are approved and locked"_s),
                 qPrintable(update.error()));
        const auto locked = [](const auto &result) {
            return !result && result.error().contains(u"the minutes are approved and locked"_s);
        };
        QVERIFY(locked(meetings.remove(id)));
        QVERIFY(locked(meetings.setAttendees(id, {})));
        QCOMPARE(meetings.attendees(id)->size(), 1);
        ActionItem reworded = item;
        reworded.description = u"改写的事项"_s;
        QVERIFY(locked(meetings.updateActionItem(reworded)));
        QVERIFY(locked(meetings.removeActionItem(item.id)));
        ActionItem another = item;
        another.id = 0;
        QVERIFY(locked(meetings.createActionItem(another)));
        // but the follow-up of its decisions goes on
        ActionItem done = item;
        done.status = ActionStatus::Done;
        done.closedOn = QDate(2018, 8, 20);
        QVERIFY(meetings.updateActionItem(done));
        QCOMPARE(meetings.meeting(id)->minutes, u"<p>会议纪要</p>"_s);
    }

    void shouldAppendAmendmentsToApprovedMinutesOnly()
    {
        TestDatabase t;
        MeetingRepository meetings(t.db());
        const qint64 id = *meetings.create(meeting(t.planId()));
        const MeetingAmendment amendment {
            0, id, QDate(2018, 7, 2), u"第二项改为“7月底前”"_s, u"笔误"_s, QString()};
        QVERIFY(!meetings.amend(amendment)); // a draft is edited, not amended
        QVERIFY(meetings.approve(id, QDate(2018, 6, 30)));
        MeetingAmendment early = amendment;
        early.madeOn = QDate(2018, 6, 29);
        QVERIFY(!meetings.amend(early)); // not before the approval
        QVERIFY(meetings.amend(amendment));

        const QList<MeetingAmendment> listed = *meetings.amendments(id);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().text, amendment.text);
        QCOMPARE(listed.first().reason, u"笔误"_s);
        QCOMPARE(meetings.meeting(id)->minutes, u"<p>会议纪要</p>"_s);
    }

    void shouldReplaceAttendees()
    {
        TestDatabase t;
        MeetingRepository meetings(t.db());
        const qint64 id = *meetings.create(meeting(t.planId()));
        const qint64 ipo = DepartmentRepository(t.db()).byName(u"市知识产权局"_s)->id;
        QVERIFY(meetings.setAttendees(
            id, {{0, 0, ipo, u"王局长"_s}, {0, 0, std::nullopt, u"特邀专家"_s}}));
        QCOMPARE(meetings.attendees(id)->size(), 2);
        QCOMPARE(meetings.attendees(id)->at(1).person, u"特邀专家"_s);

        // Nobody at all, or the same person twice: refused, the list stays.
        QVERIFY(!meetings.setAttendees(id, {{0, 0, std::nullopt, QString()}}));
        Status twice =
            meetings.setAttendees(id, {{0, 0, ipo, u"王局长"_s}, {0, 0, ipo, u"王局长"_s}});
        QVERIFY(!twice);
        QVERIFY2(twice.error().endsWith(u"this attendee is already listed"_s),
                 qPrintable(twice.error()));
        QCOMPARE(meetings.attendees(id)->size(), 2);
    }

    void shouldReplaceAttendeesKeepingTheirIds()
    {
        TestDatabase t;
        MeetingRepository meetings(t.db());
        const qint64 id = *meetings.create(meeting(t.planId()));
        const qint64 ipo = DepartmentRepository(t.db()).byName(u"市知识产权局"_s)->id;
        QVERIFY(
            meetings.setAttendees(id, {{0, 0, ipo, QString()}, {0, 0, std::nullopt, u"张三"_s}}));
        const QList<MeetingAttendee> before = *meetings.attendees(id);

        // Keep the department under its id, drop 张三, add 李四 (a new id).
        QVERIFY(meetings.replaceAttendees(id, {before.at(0), {0, id, std::nullopt, u"李四"_s}}));
        const QList<MeetingAttendee> after = *meetings.attendees(id);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).id, before.at(0).id);
        QCOMPARE(after.at(1).person, u"李四"_s);

        // Writing the old list back restores it exactly, ids included.
        QVERIFY(meetings.replaceAttendees(id, before));
        const QList<MeetingAttendee> restored = *meetings.attendees(id);
        QCOMPARE(restored.size(), 2);
        QCOMPARE(restored.at(1).id, before.at(1).id);
        QCOMPARE(restored.at(1).person, u"张三"_s);
    }

    void shouldSaveAMeetingAndItsAttendeesTogetherOrNotAtAll()
    {
        TestDatabase t;
        MeetingRepository meetings(t.db());
        Meeting m = meeting(t.planId());
        m.id = *meetings.create(m);
        m.rowVersion = 1; // a new row starts at version 1
        const qint64 ipo = DepartmentRepository(t.db()).byName(u"市知识产权局"_s)->id;

        m.place = u"市政府第二会议室"_s;
        const Saved<Meeting> saved = meetings.updateWithAttendees(m, {{0, m.id, ipo, QString()}});
        QVERIFY(saved);
        m.rowVersion = saved.version();
        QCOMPARE(meetings.meeting(m.id)->place, u"市政府第二会议室"_s);
        QCOMPARE(meetings.attendees(m.id)->size(), 1);

        // The same attendee twice is refused, and the new place is not kept either.
        m.place = u"市政府第三会议室"_s;
        QVERIFY(!meetings.updateWithAttendees(
            m, {{0, m.id, ipo, QString()}, {0, m.id, ipo, QString()}}));
        QCOMPARE(meetings.meeting(m.id)->place, u"市政府第二会议室"_s);
        QCOMPARE(meetings.attendees(m.id)->size(), 1);
    }

    void shouldRestoreARemovedMeetingWithItsIds()
    {
        // Given a draft after the demo's last meeting, like it, with a
        // follow-up of an item carried into it
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        MeetingRepository meetings(t.db());
        const Meeting model = meetings.meetings(t.planId())->constLast();
        Meeting last = model;
        last.id = 0;
        last.heldOn = QDate(2020, 1, 15);
        last.approval = Approval::Draft;
        last.approvedOn = QDate();
        last.id = *meetings.create(last);
        QList<MeetingAttendee> attendees = *meetings.attendees(model.id);
        for (MeetingAttendee &a : attendees)
            a.id = 0;
        QVERIFY(meetings.setAttendees(last.id, attendees));
        attendees = *meetings.attendees(last.id);
        for (ActionItem item : *meetings.actionItems(model.id)) {
            item.id = 0;
            item.meetingId = last.id;
            item.dueOn = QDate(2020, 2, 28);
            item.status = ActionStatus::Open;
            item.closedOn = QDate();
            QVERIFY(meetings.createActionItem(item));
        }
        const QList<ActionItem> items = *meetings.actionItems(last.id);
        QCOMPARE(items.size(), 3);
        ActionReviewRepository reviews(t.db());
        const CarriedItem carried = reviews.carriedInto(last.id)->constFirst();
        const qint64 reviewId =
            *reviews.record({0, carried.item.id, last.id, ActionStatus::InProgress, u"推进中"_s});
        const ActionReview review = *reviews.review(reviewId);

        QVERIFY(meetings.remove(last.id));
        QVERIFY(!meetings.meeting(last.id));
        QVERIFY(meetings.attendees(last.id)->isEmpty());
        QVERIFY(!meetings.actionItem(items.at(0).id));
        QVERIFY(!reviews.review(reviewId));

        QVERIFY(meetings.restore(last, attendees, items, {review}));
        QCOMPARE(meetings.meeting(last.id)->title, last.title);
        QCOMPARE(reviews.review(reviewId)->note, u"推进中"_s);
        const QList<MeetingAttendee> back = *meetings.attendees(last.id);
        QCOMPARE(back.size(), attendees.size());
        for (int i = 0; i < back.size(); ++i) {
            QCOMPARE(back.at(i).id, attendees.at(i).id);
            QCOMPARE(back.at(i).departmentId, attendees.at(i).departmentId);
        }
        const QList<ActionItem> itemsBack = *meetings.actionItems(last.id);
        QCOMPARE(itemsBack.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(itemsBack.at(i).id, items.at(i).id);
            QCOMPARE(itemsBack.at(i).description, items.at(i).description);
            QCOMPARE(itemsBack.at(i).status, items.at(i).status);
        }

        // A restore that cannot be completed leaves nothing behind.
        QVERIFY(meetings.remove(last.id));
        ActionItem broken = items.at(0);
        broken.description = u" "_s;
        QVERIFY(!meetings.restore(last, attendees, {items.at(1), broken}));
        QVERIFY(!meetings.meeting(last.id));
        QVERIFY(!meetings.actionItem(items.at(1).id));
    }

    void shouldTrackActionItems()
    {
        TestDatabase t;
        MeetingRepository meetings(t.db());
        const qint64 meetingId = *meetings.create(meeting(t.planId()));
        const qint64 owner = DepartmentRepository(t.db()).byName(u"市财政局"_s)->id;
        const qint64 task = TaskRepository(t.db()).tasks(t.planId())->at(2).id;

        ActionItem item;
        item.meetingId = meetingId;
        item.ownerDepartmentId = owner;
        item.taskId = task;
        item.description = u"落实知识产权专项资金"_s;
        item.dueOn = QDate(2018, 8, 31);
        const qint64 id = *meetings.createActionItem(item);

        ActionItem read = *meetings.actionItem(id);
        QCOMPARE(read.taskId, std::optional<qint64>(task));
        QCOMPARE(read.status, ActionStatus::Open);

        read.status = ActionStatus::Done;
        Status noDate = meetings.updateActionItem(read);
        QVERIFY(!noDate);
        QVERIFY2(noDate.error().contains(u"closing date"_s), qPrintable(noDate.error()));
        read.closedOn = QDate(2018, 8, 20);
        QVERIFY(meetings.updateActionItem(read));
        QCOMPARE(meetings.actionItems(meetingId)->size(), 1);
        QCOMPARE(meetings.actionItemsForPlan(t.planId())->size(), 1);

        // Deleting the task keeps the item, without a task.
        QVERIFY(TaskRepository(t.db()).remove(task));
        QVERIFY(!meetings.actionItem(id)->taskId);

        QVERIFY(meetings.removeActionItem(id));
        QCOMPARE(meetings.actionItems(meetingId)->size(), 0);
    }

    void shouldRejectActionItemsWithoutOwnerOrDescription()
    {
        TestDatabase t;
        MeetingRepository meetings(t.db());
        const qint64 meetingId = *meetings.create(meeting(t.planId()));
        ActionItem item;
        item.meetingId = meetingId;
        item.ownerDepartmentId = 987654;
        item.description = u"x"_s;
        item.dueOn = QDate(2018, 8, 31);
        QVERIFY(!meetings.createActionItem(item));
        item.ownerDepartmentId = DepartmentRepository(t.db()).byName(u"市财政局"_s)->id;
        item.description = u" "_s;
        QVERIFY(!meetings.createActionItem(item));
        QCOMPARE(meetings.actionItems(meetingId)->size(), 0);
    }

    void shouldListADepartmentsOpenActionItemsEarliestDueFirst()
    {
        TestDatabase t;
        MeetingRepository meetings(t.db());
        const qint64 meetingId = *meetings.create(meeting(t.planId()));
        const qint64 finance = DepartmentRepository(t.db()).byName(u"市财政局"_s)->id;
        const qint64 ipo = DepartmentRepository(t.db()).byName(u"市知识产权局"_s)->id;
        const auto item = [&](qint64 owner, const QString &text, const QDate &due,
                              ActionStatus status) {
            ActionItem a;
            a.meetingId = meetingId;
            a.ownerDepartmentId = owner;
            a.description = text;
            a.dueOn = due;
            a.status = status;
            if (status == ActionStatus::Done || status == ActionStatus::Cancelled)
                a.closedOn = due;
            return *meetings.createActionItem(a);
        };
        const qint64 late =
            item(finance, u"拨付专项资金"_s, QDate(2018, 9, 30), ActionStatus::Open);
        const qint64 early =
            item(finance, u"制定资金管理办法"_s, QDate(2018, 8, 15), ActionStatus::InProgress);
        item(finance, u"已办结事项"_s, QDate(2018, 7, 31), ActionStatus::Done);
        item(finance, u"已取消事项"_s, QDate(2018, 7, 31), ActionStatus::Cancelled);
        item(ipo, u"其他单位的事项"_s, QDate(2018, 7, 1), ActionStatus::Open);

        const QList<ActionItem> open = *meetings.openActionItemsOf(t.planId(), finance);
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).id, early);
        QCOMPARE(open.at(0).status, ActionStatus::InProgress);
        QCOMPARE(open.at(1).id, late);
        QCOMPARE(meetings.openActionItemsOf(t.planId() + 1, finance)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMeetingRepository)
#include "tst_meetingrepository.moc"
