#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QTest>

#include "models/actionitemtablemodel.h"
#include "models/meetinglistmodel.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestMeetingModels : public QObject
{
    Q_OBJECT

private:
    static QHash<qint64, QString> departmentNames(TestDatabase &t)
    {
        QHash<qint64, QString> names;
        for (const Department &d : *DepartmentRepository(t.db()).departments())
            names.insert(d.id, d.name);
        return names;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldPassTheModelTesterForMeetings()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        MeetingListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Meeting> meetings = *MeetingRepository(t.db()).meetings(t.planId());
        model.setMeetings(meetings);
        model.setMeetings(meetings.mid(2)); // a reset with data in it
        model.setMeetings({});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldListMeetingsNewestFirst()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        MeetingListModel model;
        model.setMeetings(*MeetingRepository(t.db()).meetings(t.planId()));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(MeetingListModel::ColumnCount));
        const QModelIndex newest = model.index(0, MeetingListModel::Title);
        QCOMPARE(newest.data(MeetingListModel::HeldOnRole).toDate(), QDate(2019, 12, 25));
        QCOMPARE(newest.data().toString(), u"【示例】领导小组2019年第2次例会"_s);
        QCOMPARE(model.index(5, 0).data(MeetingListModel::HeldOnRole).toDate(), QDate(2017, 6, 28));
        QCOMPARE(model.index(0, MeetingListModel::Kind).data().toString(), u"Regular meeting"_s);
        const QModelIndex state = model.index(0, MeetingListModel::State);
        QCOMPARE(state.data().toString(), u"Approved"_s);
        QVERIFY(state.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Minutes approved on %1"_s.arg(
                        QLocale().toString(QDate(2019, 12, 28), QLocale::ShortFormat))));
        const qint64 id = newest.data(MeetingListModel::IdRole).toLongLong();
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.rowOf(987654), -1);
        // Sample meetings say so.
        QVERIFY(newest.data(MeetingListModel::SampleRole).toBool());
        QVERIFY(newest.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(newest.data(Qt::ToolTipRole).toString().contains(u"Sample data"_s));
    }

    void shouldShowADraftMeetingPlainly()
    {
        TestDatabase t;
        Meeting m;
        m.planId = t.planId();
        m.title = u"2018年第1次例会"_s;
        m.heldOn = QDate(2018, 6, 27);
        m.id = *MeetingRepository(t.db()).create(m);
        MeetingListModel model;
        model.setMeetings({m});
        QCOMPARE(model.index(0, MeetingListModel::State).data().toString(), u"Draft"_s);
        QVERIFY(!model.index(0, MeetingListModel::Title).data(Qt::FontRole).isValid());
    }

    void shouldPassTheModelTesterForActionItems()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        MeetingRepository meetings(t.db());
        ActionItemTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<ActionItem> items = *meetings.actionItemsForPlan(t.planId());
        model.setItems(items, departmentNames(t), {}, QDate(2020, 1, 1));
        model.setItems(items.mid(0, 3), departmentNames(t), {}, QDate(2019, 1, 1));
        model.setItems({}, {}, {}, QDate());
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldShowOwnerTaskStatusAndOverdueItems()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        MeetingRepository meetings(t.db());
        const Meeting newest = meetings.meetings(t.planId())->constLast();
        QList<ActionItem> items = *meetings.actionItems(newest.id);
        QCOMPARE(items.size(), 3);
        items[2].taskId.reset();
        const QHash<qint64, QString> tasks {{*items.at(0).taskId, u"6 促进知识产权运营转化"_s}};
        ActionItemTableModel model;
        // Due 2020-02-23; on 2020-03-01 the open ones are overdue.
        model.setItems(items, departmentNames(t), tasks, QDate(2020, 3, 1));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ActionItemTableModel::Task).data().toString(),
                 u"6 促进知识产权运营转化"_s);
        QCOMPARE(model.index(2, ActionItemTableModel::Task).data().toString(), u"—"_s);
        QCOMPARE(model.index(2, ActionItemTableModel::Task)
                     .data(ActionItemTableModel::TaskIdRole)
                     .toLongLong(),
                 qint64(0));
        QCOMPARE(model.index(0, ActionItemTableModel::Owner).data().toString(),
                 departmentNames(t).value(items.at(0).ownerDepartmentId));
        QCOMPARE(model.index(1, ActionItemTableModel::Status).data().toString(), u"In progress"_s);
        QCOMPARE(model.index(1, 0).data(ActionItemTableModel::IdRole).toLongLong(), items.at(1).id);
        QVERIFY(model.index(0, ActionItemTableModel::ClosedOn).data().toString().isEmpty());
        const QModelIndex due = model.index(0, ActionItemTableModel::Due);
        QVERIFY(due.data(ActionItemTableModel::OverdueRole).toBool());
        QCOMPARE(due.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(due.data(Qt::ToolTipRole).toString().startsWith(u"Overdue"_s));
        // Not overdue before the due date.
        model.setItems(items, departmentNames(t), tasks, QDate(2020, 2, 1));
        QVERIFY(!model.index(0, 0).data(ActionItemTableModel::OverdueRole).toBool());
        // A done item is never overdue and shows when it was closed.
        const ActionItem closed =
            meetings.actionItems(meetings.meetings(t.planId())->first().id)->constFirst();
        model.setItems({closed}, departmentNames(t), {}, QDate(2030, 1, 1));
        QVERIFY(!model.index(0, 0).data(ActionItemTableModel::OverdueRole).toBool());
        QCOMPARE(model.index(0, ActionItemTableModel::ClosedOn).data().toString(),
                 QLocale().toString(closed.closedOn, QLocale::ShortFormat));
        QCOMPARE(model.index(0, ActionItemTableModel::Status)
                     .data(ActionItemTableModel::StatusRole)
                     .toInt(),
                 int(ActionStatus::Done));
    }
};

QTEST_MAIN(TestMeetingModels)
#include "tst_meetingmodels.moc"
