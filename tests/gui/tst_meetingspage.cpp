#include <functional>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include "dialogs/actionitemdialog.h"
#include "editing/workspace.h"
#include "meetingspagefixture.h"
#include "models/actionitemtablemodel.h"
#include "models/meetinglistmodel.h"
#include "pages/meetingspage.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

using Fixture = MeetingsFixture;
constexpr auto WithDraft = MeetingsFixture::Draft::Yes;

class TestMeetingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldListMeetingsNewestFirstAndShowTheNewest()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        auto *list = f.find<QTreeView>(u"meetingList"_s);
        QCOMPARE(list->model()->rowCount(), 6);
        const Meeting newest = f.storedMeetings().constLast();
        QCOMPARE(newest.heldOn, QDate(2019, 12, 25));
        f.clickRow(1);
        QCOMPARE(f.page.currentMeetingId(), f.storedMeetings().at(4).id);
        f.clickRow(0);
        QCOMPARE(f.page.currentMeetingId(), newest.id);
        QCOMPARE(f.find<QLineEdit>(u"titleEdit"_s)->text(), newest.title);
        QCOMPARE(f.find<QDateEdit>(u"dateEdit"_s)->date(), newest.heldOn);
        QCOMPARE(f.find<QComboBox>(u"kindCombo"_s)->currentText(), u"Regular meeting"_s);
        QCOMPARE(f.find<QLineEdit>(u"placeEdit"_s)->text(), u"市政府第一会议室"_s);
        QCOMPARE(f.find<QLabel>(u"lockBanner"_s)->text(),
                 u"Minutes approved on %1 — locked; corrections are recorded as amendments."_s.arg(
                     QLocale().toString(QDate(2019, 12, 28), QLocale::ShortFormat)));
        QCOMPARE(f.page.actionModel()->rowCount(), 3);
        // The attendees are the lead departments, ticked in the list.
        auto *departments = f.find<QListWidget>(u"departmentList"_s);
        int ticked = 0;
        for (int row = 0; row < departments->count(); ++row)
            ticked += departments->item(row)->checkState() == Qt::Checked ? 1 : 0;
        QCOMPARE(ticked, f.meetings().attendees(newest.id)->size());
        QVERIFY(!f.find<QPushButton>(u"saveButton"_s)->isEnabled());
    }

    void shouldSaveAnEditedPlaceAndUndoIt()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        f.clickRow(0);
        const qint64 id = f.page.currentMeetingId();
        auto *place = f.find<QLineEdit>(u"placeEdit"_s);
        auto *save = f.find<QPushButton>(u"saveButton"_s);
        typeChinese(place, u"市政府第二会议室"_s);
        QVERIFY(save->isEnabled());
        QCOMPARE(f.find<QLabel>(u"unsavedLabel"_s)->text(), u"Unsaved changes"_s);
        QCOMPARE(f.meetings().meeting(id)->place, u"市政府第一会议室"_s); // not yet

        QTest::keyClick(place, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(f.meetings().meeting(id)->place, u"市政府第二会议室"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(f.find<QLabel>(u"unsavedLabel"_s)->text().isEmpty());
        // The rest of the meeting is as it was, attendees included.
        QCOMPARE(f.meetings().meeting(id)->title, u"领导小组2020年第1次例会"_s);
        QCOMPARE(f.meetings().attendees(id)->size(), f.meetings().attendees(id - 1)->size());

        f.ws.undoStack()->undo();
        QCOMPARE(f.meetings().meeting(id)->place, u"市政府第一会议室"_s);
        QCOMPARE(place->text(), u"市政府第一会议室"_s);
        f.ws.undoStack()->redo();
        QCOMPARE(f.meetings().meeting(id)->place, u"市政府第二会议室"_s);
        QCOMPARE(place->text(), u"市政府第二会议室"_s);
    }

    void shouldSaveAttendeesAndRestoreThemOnUndo()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const qint64 id = f.page.currentMeetingId();
        const QList<MeetingAttendee> before = *f.meetings().attendees(id);
        auto *departments = f.find<QListWidget>(u"departmentList"_s);
        const QList<QListWidgetItem *> ipo =
            departments->findItems(u"市知识产权局"_s, Qt::MatchExactly);
        QCOMPARE(ipo.size(), 1);
        QCOMPARE(ipo.first()->checkState(), Qt::Checked);
        ipo.first()->setCheckState(Qt::Unchecked); // as a click on its box does
        typeChinese(f.find<QPlainTextEdit>(u"peopleEdit"_s), u"特邀专家 李明\n市财政局：张处长"_s);
        QTest::mouseClick(f.find<QPushButton>(u"saveButton"_s), Qt::LeftButton);

        const QList<MeetingAttendee> after = *f.meetings().attendees(id);
        QCOMPARE(after.size(), before.size() + 1); // one department less, two people more
        const qint64 ipoId = f.departmentId(u"市知识产权局"_s);
        const qint64 finance = f.departmentId(u"市财政局"_s);
        QVERIFY(std::none_of(after.cbegin(), after.cend(),
                             [&](const MeetingAttendee &a) { return a.departmentId == ipoId; }));
        QVERIFY(std::any_of(after.cbegin(), after.cend(), [&](const MeetingAttendee &a) {
            return a.departmentId == finance && a.person == u"张处长"_s;
        }));
        QVERIFY(std::any_of(after.cbegin(), after.cend(), [](const MeetingAttendee &a) {
            return !a.departmentId && a.person == u"特邀专家 李明"_s;
        }));
        // The departments that stayed kept their rows.
        QCOMPARE(after.first().id, before.first().id);

        f.ws.undoStack()->undo();
        const QList<MeetingAttendee> restored = *f.meetings().attendees(id);
        QCOMPARE(restored.size(), before.size());
        for (int i = 0; i < restored.size(); ++i) {
            QCOMPARE(restored.at(i).id, before.at(i).id);
            QCOMPARE(restored.at(i).departmentId, before.at(i).departmentId);
        }
    }

    void shouldCreateANewMeetingWithItsDefaultTitle()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const QDate today = QDate::currentDate();
        int thisYear = 0;
        for (const Meeting &m : f.storedMeetings())
            thisYear += m.heldOn.year() == today.year() ? 1 : 0;
        const QString expected = u"%1年第%2次例会"_s.arg(today.year()).arg(thisYear + 1);

        auto *list = f.find<QTreeView>(u"meetingList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Insert);
        QCOMPARE(f.storedMeetings().size(), 7);
        const Meeting created = f.storedMeetings().constLast();
        QCOMPARE(created.title, expected);
        QCOMPARE(created.heldOn, today);
        QCOMPARE(created.kind, MeetingKind::Regular);
        QCOMPARE(created.approval, Approval::Draft);
        QVERIFY(!created.sample);
        QCOMPARE(list->model()->rowCount(), 7);
        QCOMPARE(f.page.currentMeetingId(), created.id);
        QCOMPARE(f.find<QLineEdit>(u"titleEdit"_s)->text(), expected);
        QVERIFY(f.find<QLineEdit>(u"titleEdit"_s)->hasFocus());

        f.ws.undoStack()->undo();
        QCOMPARE(f.storedMeetings().size(), 6);
        QVERIFY(!f.meetings().meeting(created.id));
        QCOMPARE(list->model()->rowCount(), 6);
        QVERIFY(f.page.currentMeetingId() != created.id);
        f.ws.undoStack()->redo();
        QCOMPARE(f.meetings().meeting(created.id)->title, expected);
    }

    void shouldAddAnActionItemLinkedToTask6()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const qint64 meetingId = f.page.currentMeetingId();
        const Task task6 = TaskRepository(f.ws.database()).tasks(f.ws.planId())->at(5);
        QCOMPARE(task6.number, 6);
        const QDate due = QDate::currentDate().addDays(30);

        bool okEnabled = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ActionItemDialog *>(modal);
            QVERIFY(dialog);
            auto *owner = dialog->findChild<QComboBox *>(u"ownerCombo"_s);
            owner->setCurrentIndex(owner->findText(u"市知识产权局"_s));
            auto *task = dialog->findChild<QComboBox *>(u"taskCombo"_s);
            task->setCurrentIndex(task->findText(u"6 %1"_s.arg(task6.title)));
            typeChinese(dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s),
                        u"梳理专利运营项目，报送进展"_s);
            // Picking a day in the calendar popup sets the date like this.
            dialog->findChild<QDateEdit *>(u"dueDateEdit"_s)->setDate(due);
            auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
            okEnabled = buttons->button(QDialogButtonBox::Ok)->isEnabled();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(f.find<QPushButton>(u"addActionButton"_s), Qt::LeftButton);
        QVERIFY(okEnabled);

        const QList<ActionItem> items = *f.meetings().actionItems(meetingId);
        QCOMPARE(items.size(), 4);
        const ActionItem added = items.constLast();
        QCOMPARE(added.ownerDepartmentId, f.departmentId(u"市知识产权局"_s));
        QCOMPARE(added.taskId, std::optional<qint64>(task6.id));
        QCOMPARE(added.description, u"梳理专利运营项目，报送进展"_s);
        QCOMPARE(added.dueOn, due);
        QCOMPARE(added.status, ActionStatus::Open);
        QVERIFY(!added.closedOn.isValid());
        QCOMPARE(f.page.actionModel()->rowCount(), 4);
        QCOMPARE(f.page.actionModel()->index(3, ActionItemTableModel::Task).data().toString(),
                 u"6 %1"_s.arg(task6.title));

        f.ws.undoStack()->undo();
        QCOMPARE(f.meetings().actionItems(meetingId)->size(), 3);
        QCOMPARE(f.page.actionModel()->rowCount(), 3);
        f.ws.undoStack()->redo();
        QCOMPARE(f.meetings().actionItem(added.id)->description, added.description);
    }

    void shouldRefuseAnEarlyDueDateAndAMissingClosingDateInline()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const qint64 meetingId = f.page.currentMeetingId();
        const QDate held = f.meetings().meeting(meetingId)->heldOn;

        QStringList messages;
        QList<bool> okStates;
        whenModal([&](QWidget *modal) {
            auto *owner = modal->findChild<QComboBox *>(u"ownerCombo"_s);
            auto *buttons = modal->findChild<QDialogButtonBox *>(u"buttonBox"_s);
            auto *message = modal->findChild<QLabel *>(u"messageLabel"_s);
            const auto record = [&] {
                messages << message->text();
                okStates << buttons->button(QDialogButtonBox::Ok)->isEnabled();
            };
            record(); // nothing filled in yet
            owner->setCurrentIndex(owner->findText(u"市财政局"_s));
            typeChinese(modal->findChild<QPlainTextEdit *>(u"descriptionEdit"_s), u"落实资金"_s);
            modal->findChild<QDateEdit *>(u"dueDateEdit"_s)->setDate(held.addDays(-1));
            record(); // due the day before the meeting
            modal->findChild<QDateEdit *>(u"dueDateEdit"_s)->setDate(held.addDays(20));
            record(); // fine
            auto *status = modal->findChild<QComboBox *>(u"statusCombo"_s);
            status->setCurrentIndex(status->findText(u"Done"_s));
            record(); // done, without the date it was closed
            modal->findChild<QCheckBox *>(u"closedOnCheck"_s)->setChecked(true);
            modal->findChild<QDateEdit *>(u"closedOnEdit"_s)->setDate(held.addDays(10));
            record(); // fine again
            QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        QTest::mouseClick(f.find<QPushButton>(u"addActionButton"_s), Qt::LeftButton);

        QCOMPARE(okStates, QList<bool>({false, false, true, false, true}));
        QVERIFY2(messages.at(0).startsWith(u"Owner department:"_s), qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).startsWith(u"Due:"_s), qPrintable(messages.at(1)));
        QVERIFY(messages.at(1).contains(QLocale().toString(held, QLocale::ShortFormat)));
        QVERIFY(messages.at(2).isEmpty());
        QVERIFY2(messages.at(3).startsWith(u"Closed on:"_s), qPrintable(messages.at(3)));
        QVERIFY(messages.at(4).isEmpty());
        QCOMPARE(f.meetings().actionItems(meetingId)->size(), 3); // cancelled: nothing added
    }

    void shouldEditAnActionItemAndUndo()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const qint64 meetingId = f.page.currentMeetingId();
        const ActionItem before = f.meetings().actionItems(meetingId)->constFirst();
        QCOMPARE(before.status, ActionStatus::Open);
        auto *table = f.find<QTableView>(u"actionTable"_s);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        whenModal([&](QWidget *modal) {
            auto *status = modal->findChild<QComboBox *>(u"statusCombo"_s);
            status->setCurrentIndex(status->findText(u"Done"_s));
            modal->findChild<QCheckBox *>(u"closedOnCheck"_s)->setChecked(true);
            modal->findChild<QDateEdit *>(u"closedOnEdit"_s)->setDate(QDate(2020, 2, 20));
            auto *buttons = modal->findChild<QDialogButtonBox *>(u"buttonBox"_s);
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::keyClick(table, Qt::Key_F2);
        const ActionItem after = *f.meetings().actionItem(before.id);
        QCOMPARE(after.status, ActionStatus::Done);
        QCOMPARE(after.closedOn, QDate(2020, 2, 20));
        QCOMPARE(after.description, before.description);

        f.ws.undoStack()->undo();
        QCOMPARE(f.meetings().actionItem(before.id)->status, ActionStatus::Open);
        QVERIFY(!f.meetings().actionItem(before.id)->closedOn.isValid());
    }

    void shouldDeleteAMeetingWithItsItemsAndBringThemBack()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const Meeting newest = f.storedMeetings().constLast();
        QCOMPARE(f.page.currentMeetingId(), newest.id);
        const QList<MeetingAttendee> attendees = *f.meetings().attendees(newest.id);
        const QList<ActionItem> items = *f.meetings().actionItems(newest.id);
        QCOMPARE(items.size(), 3);
        QVERIFY(!attendees.isEmpty());
        const CarriedItem carried = f.reviews().carriedInto(newest.id)->constFirst();
        const qint64 reviewId = *f.reviews().record(
            {0, carried.item.id, newest.id, ActionStatus::InProgress, u"推进中"_s});

        QString question;
        whenModal([&](QWidget *modal) { clickMessageButton(modal, QMessageBox::Yes, &question); });
        auto *list = f.find<QTreeView>(u"meetingList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY2(question.contains(u"3 action item"_s), qPrintable(question));
        QVERIFY(question.contains(newest.title));

        QVERIFY(!f.meetings().meeting(newest.id));
        QVERIFY(!f.reviews().review(reviewId));
        QVERIFY(f.meetings().attendees(newest.id)->isEmpty());
        for (const ActionItem &item : items)
            QVERIFY(!f.meetings().actionItem(item.id));
        QCOMPARE(list->model()->rowCount(), 6);
        QCOMPARE(f.page.currentMeetingId(), f.storedMeetings().constLast().id);

        f.ws.undoStack()->undo();
        QCOMPARE(f.meetings().meeting(newest.id)->title, newest.title);
        const QList<MeetingAttendee> attendeesBack = *f.meetings().attendees(newest.id);
        QCOMPARE(attendeesBack.size(), attendees.size());
        for (int i = 0; i < attendees.size(); ++i)
            QCOMPARE(attendeesBack.at(i).id, attendees.at(i).id);
        const QList<ActionItem> itemsBack = *f.meetings().actionItems(newest.id);
        QCOMPARE(itemsBack.size(), 3);
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(itemsBack.at(i).id, items.at(i).id);
            QCOMPARE(itemsBack.at(i).description, items.at(i).description);
        }
        // The follow-up recorded at it too.
        QVERIFY(f.reviews().review(reviewId));
        QCOMPARE(f.reviews().review(reviewId)->note, u"推进中"_s);
        QCOMPARE(list->model()->rowCount(), 7);
        f.ws.undoStack()->redo();
        QVERIFY(!f.meetings().meeting(newest.id));
    }

    void shouldKeepTheMeetingWhenDeletionIsDeclined()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const qint64 id = f.page.currentMeetingId();
        whenModal([](QWidget *modal) { clickMessageButton(modal, QMessageBox::No); });
        QTest::mouseClick(f.find<QPushButton>(u"deleteMeetingButton"_s), Qt::LeftButton);
        QVERIFY(f.meetings().meeting(id));
        QCOMPARE(f.ws.undoStack()->count(), 0);
    }

    void shouldAskBeforeLeavingUnsavedChanges()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const QList<Meeting> stored = f.storedMeetings();
        const qint64 draft = f.draftId;
        QCOMPARE(f.page.currentMeetingId(), draft);
        auto *place = f.find<QLineEdit>(u"placeEdit"_s);
        typeChinese(place, u"市行政审批服务大厅"_s);

        // Cancel: stay, with the edit still there.
        whenModal([](QWidget *modal) { clickMessageButton(modal, QMessageBox::Cancel); });
        f.clickRow(1);
        QCOMPARE(f.page.currentMeetingId(), draft);
        QCOMPARE(place->text(), u"市行政审批服务大厅"_s);
        QCOMPARE(f.find<QTreeView>(u"meetingList"_s)->currentIndex().row(), 0);

        // Discard: move on; nothing was written.
        whenModal([](QWidget *modal) { clickMessageButton(modal, QMessageBox::Discard); });
        f.clickRow(1);
        QCOMPARE(f.page.currentMeetingId(), stored.at(5).id);
        QCOMPARE(f.meetings().meeting(draft)->place, u"市政府第一会议室"_s);

        // Save: move on; the edit is stored.
        f.clickRow(0);
        typeChinese(place, u"市行政审批服务大厅"_s);
        whenModal([](QWidget *modal) { clickMessageButton(modal, QMessageBox::Save); });
        f.clickRow(1);
        QCOMPARE(f.page.currentMeetingId(), stored.at(5).id);
        QCOMPARE(f.meetings().meeting(draft)->place, u"市行政审批服务大厅"_s);
        QVERIFY(!f.page.hasUnsavedChanges());
    }

    void shouldDropUnsavedEditsWhenAnotherDatabaseIsOpened()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        auto *place = f.find<QLineEdit>(u"placeEdit"_s);
        typeChinese(place, u"市行政审批服务大厅"_s);
        QVERIFY(f.page.hasUnsavedChanges());

        // The other file has a meeting with the same id; the edits were not for it.
        TestDatabase other(TestDatabase::Content::BuiltInPlanWithDemo);
        other.close();
        f.ws.setDatabase(std::move(Database::open(other.path()).value()));
        QVERIFY(!f.page.hasUnsavedChanges());
        QCOMPARE(place->text(), u"市政府第一会议室"_s);
        QCOMPARE(f.find<QTreeView>(u"meetingList"_s)->currentIndex().row(), 0);
    }

    void shouldSaveFormattedMinutes()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const qint64 id = f.page.currentMeetingId();
        f.find<QTabWidget>(u"editorTabs"_s)->setCurrentWidget(f.find<QWidget>(u"minutesTab"_s));
        auto *minutes = f.find<QTextEdit>(u"minutesEdit"_s);
        minutes->setFocus();
        QTest::keyClick(minutes, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(minutes, Qt::Key_Return);
        QTest::mouseClick(f.find<QToolButton>(u"bulletButton"_s), Qt::LeftButton);
        QTest::mouseClick(f.find<QToolButton>(u"boldButton"_s), Qt::LeftButton);
        QTest::keyClicks(minutes, u"PCT"_s);
        QVERIFY(f.page.hasUnsavedChanges());
        QTest::keyClick(minutes, Qt::Key_S, Qt::ControlModifier);

        const QString stored = f.meetings().meeting(id)->minutes;
        QVERIFY2(stored.contains(u"<li"_s) && stored.contains(u"font-weight"_s),
                 qPrintable(stored));
        QVERIFY(stored.contains(u"会议要求"_s));
        // Only the body is kept, not this computer's fonts in the document head.
        QVERIFY(!stored.contains(u"<html"_s) && !stored.contains(u"<body"_s));
        // What was saved reads back as saved: nothing left to save.
        QVERIFY(!f.page.hasUnsavedChanges());
        QVERIFY(minutes->toPlainText().endsWith(u"PCT"_s));
    }

    void shouldRefuseAnEmptyTitleInline()
    {
        Fixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        auto *title = f.find<QLineEdit>(u"titleEdit"_s);
        title->setFocus();
        title->selectAll();
        QTest::keyClick(title, Qt::Key_Delete);
        QVERIFY(f.page.hasUnsavedChanges());
        QVERIFY(!f.find<QPushButton>(u"saveButton"_s)->isEnabled());
        QVERIFY(f.find<QLabel>(u"unsavedLabel"_s)->text().startsWith(u"Title:"_s));
    }

    void shouldLookRightAt1366x768()
    {
        const QString dir = qEnvironmentVariable("PLANDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("Set PLANDESK_SCREENSHOT_DIR to save a picture of the page.");
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        f.clickRow(0);
        auto *table = f.find<QTableView>(u"actionTable"_s);
        table->selectRow(0);
        QVERIFY(f.page.grab().save(dir + u"/meetings.png"_s));
        auto *tabs = f.find<QTabWidget>(u"editorTabs"_s);
        tabs->setCurrentWidget(f.find<QWidget>(u"minutesTab"_s));
        QVERIFY(f.page.grab().save(dir + u"/meetings-minutes.png"_s));
        tabs->setCurrentWidget(f.find<QWidget>(u"carryOverTab"_s));
        f.find<QTableView>(u"carryOverTable"_s)->selectRow(0);
        QVERIFY(f.page.grab().save(dir + u"/meetings-carryover.png"_s));
        bool saved = false;
        whenModal([&](QWidget *modal) {
            saved = modal->grab().save(dir + u"/actionitemdialog.png"_s);
            qobject_cast<QDialog *>(modal)->reject();
        });
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        QVERIFY(saved);
    }
};

QTEST_MAIN(TestMeetingsPage)
#include "tst_meetingspage.moc"
