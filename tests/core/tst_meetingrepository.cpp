#include <QTest>

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

        read.approval = Approval::Approved;
        read.approvedOn = QDate(2018, 6, 30);
        QVERIFY(meetings.update(read));
        QCOMPARE(meetings.meeting(id)->approvedOn, QDate(2018, 6, 30));

        Meeting unapprovedWithDate = read;
        unapprovedWithDate.approval = Approval::Draft;
        QVERIFY(!meetings.update(unapprovedWithDate));

        QCOMPARE(meetings.meetings(t.planId())->size(), 1);
        QVERIFY(meetings.remove(id));
        QCOMPARE(meetings.meetings(t.planId())->size(), 0);
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
