// The supervision loop on the Meetings page: approval that locks the
// minutes, amendments, a proposed agenda, decisions turned into action
// items, and the follow-up of items carried over from earlier meetings.

#include <algorithm>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QUndoStack>

#include "dialogs/actionitemdialog.h"
#include "dialogs/amendmentdialog.h"
#include "dialogs/approvaldialog.h"
#include "dialogs/followupdialog.h"
#include "editing/meetingedits.h"
#include "meetingspagefixture.h"
#include "models/carrieditemtablemodel.h"
#include "report/briefing.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

constexpr auto WithDraft = MeetingsFixture::Draft::Yes;

void clickOk(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// Records a follow-up of the carried item `itemId` at the meeting shown,
/// through the Carried Over tab and its dialog.
void recordFollowUp(MeetingsFixture &f, qint64 itemId, const QString &status, const QString &note)
{
    f.find<QTabWidget>(u"editorTabs"_s)->setCurrentWidget(f.find<QWidget>(u"carryOverTab"_s));
    auto *table = f.find<QTableView>(u"carryOverTable"_s);
    const int row = f.page.carryOverModel()->rowOf(itemId);
    QVERIFY(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 0));
    bool shown = false;
    whenModal([&](QWidget *modal) {
        shown = qobject_cast<FollowUpDialog *>(modal) != nullptr;
        auto *combo = modal->findChild<QComboBox *>(u"statusCombo"_s);
        combo->setCurrentIndex(combo->findText(status));
        typeChinese(modal->findChild<QPlainTextEdit *>(u"noteEdit"_s), note);
        clickOk(modal);
    });
    QTest::mouseClick(f.find<QPushButton>(u"recordFollowUpButton"_s), Qt::LeftButton);
    QVERIFY(shown);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

class TestMeetingLoop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldShowApprovedMinutesLockedAndRefuseChanges()
    {
        // Given the demo's newest meeting, approved on 2019-12-28
        MeetingsFixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const Meeting newest = f.storedMeetings().constLast();
        QCOMPARE(f.page.currentMeetingId(), newest.id);

        // Then the editor is read-only under the banner, and nothing deletes it
        QVERIFY(!f.find<QLineEdit>(u"titleEdit"_s)->isEnabled());
        QVERIFY(!f.find<QDateEdit>(u"dateEdit"_s)->isEnabled());
        // The attendees can still be scrolled through, but not ticked.
        auto *attendees = f.find<QListWidget>(u"departmentList"_s);
        QVERIFY(attendees->isEnabled());
        QVERIFY(attendees->count() > 30);
        QListWidgetItem *last = attendees->item(attendees->count() - 1);
        QVERIFY(!(last->flags() & Qt::ItemIsUserCheckable));
        const Qt::CheckState ticked = last->checkState();
        attendees->scrollToItem(last);
        QTest::mouseClick(attendees->viewport(), Qt::LeftButton, {},
                          attendees->visualItemRect(last).topLeft() + QPoint(8, 8));
        QCOMPARE(last->checkState(), ticked);
        QVERIFY(f.find<QTextEdit>(u"minutesEdit"_s)->isReadOnly());
        QVERIFY(f.find<QPlainTextEdit>(u"agendaEdit"_s)->isReadOnly());
        auto *banner = f.find<QLabel>(u"lockBanner"_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(),
                 u"Minutes approved on %1 — locked; corrections are recorded as amendments."_s.arg(
                     shortDate(QDate(2019, 12, 28))));
        auto *remove = f.find<QPushButton>(u"deleteMeetingButton"_s);
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(u"cannot be deleted"_s), qPrintable(remove->toolTip()));
        QVERIFY(!f.find<QPushButton>(u"approveButton"_s)->isEnabled());
        QVERIFY(f.find<QPushButton>(u"amendButton"_s)->isEnabled());
        QVERIFY(!f.find<QPushButton>(u"addActionButton"_s)->isEnabled());
        QVERIFY(!f.find<QPushButton>(u"proposeAgendaButton"_s)->isEnabled());
        QVERIFY(!f.find<QPushButton>(u"recordFollowUpButton"_s)->isEnabled());
        auto *list = f.find<QTreeView>(u"meetingList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete); // no question: nothing happens
        QVERIFY(f.meetings().meeting(newest.id));

        // When a save is tried anyway, the database refuses it in words
        Meeting changed = newest;
        changed.place = u"市政府第二会议室"_s;
        const Status s = MeetingEdits(f.ws).save(changed, *f.meetings().attendees(newest.id));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(
                     u"the minutes are approved and locked; record an amendment instead"_s),
                 qPrintable(s.error()));
        QCOMPARE(f.meetings().meeting(newest.id)->place, newest.place);
        QCOMPARE(f.ws.undoStack()->count(), 0);
    }

    void shouldApproveADraftForGoodAndDropEditsItLocks()
    {
        // Given a draft with a saved, undoable edit
        MeetingsFixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        f.ws.setAsOf(QDate(2020, 1, 20));
        typeChinese(f.find<QLineEdit>(u"placeEdit"_s), u"市政府第二会议室"_s);
        QVERIFY(f.page.save());
        QCOMPARE(f.ws.undoStack()->count(), 1);
        QVERIFY(!f.find<QLabel>(u"lockBanner"_s)->isVisible());
        QCOMPARE(f.find<QLabel>(u"approvalLabel"_s)->text(), u"Draft minutes (not yet approved)"_s);

        // When it is approved, confirming the date offered (the as-of date)
        QString explanation;
        QDate offered, earliest;
        whenModal([&](QWidget *modal) {
            QVERIFY(qobject_cast<ApprovalDialog *>(modal));
            explanation = modal->findChild<QLabel *>(u"explanationLabel"_s)->text();
            auto *date = modal->findChild<QDateEdit *>(u"dateEdit"_s);
            offered = date->date();
            earliest = date->minimumDate();
            clickOk(modal);
        });
        QTest::mouseClick(f.find<QPushButton>(u"approveButton"_s), Qt::LeftButton);

        // Then it is approved, not undoably, and shown locked
        QVERIFY2(explanation.contains(u"cannot be undone"_s), qPrintable(explanation));
        QCOMPARE(offered, QDate(2020, 1, 20));
        QCOMPARE(earliest, QDate(2020, 1, 15));
        const Meeting approved = *f.meetings().meeting(f.draftId);
        QCOMPARE(approved.approval, Approval::Approved);
        QCOMPARE(approved.approvedOn, QDate(2020, 1, 20));
        QCOMPARE(f.ws.undoStack()->count(), 1);
        QVERIFY(f.find<QLabel>(u"lockBanner"_s)->isVisible());
        QVERIFY(!f.find<QLineEdit>(u"placeEdit"_s)->isEnabled());
        QVERIFY(!f.find<QPushButton>(u"deleteMeetingButton"_s)->isEnabled());
        QVERIFY(!f.find<QPushButton>(u"approveButton"_s)->isEnabled());

        // And undoing the earlier edit fails in words and drops it
        QSignalSpy errors(&f.ws, &Workspace::errorOccurred);
        f.ws.undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(u"approved and locked"_s),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(f.meetings().meeting(f.draftId)->place, u"市政府第二会议室"_s);
        QCOMPARE(f.ws.undoStack()->count(), 0);
    }

    void shouldAppendAnAmendmentAndKeepTheMinutes()
    {
        MeetingsFixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        f.ws.setAsOf(QDate(2020, 1, 5));
        const Meeting newest = f.storedMeetings().constLast();
        const QString shownMinutes = f.find<QTextEdit>(u"minutesEdit"_s)->toPlainText();
        f.find<QTabWidget>(u"editorTabs"_s)->setCurrentWidget(f.find<QWidget>(u"minutesTab"_s));
        QVERIFY(!f.find<QTextBrowser>(u"amendmentsView"_s)->isVisible());

        bool okAtFirst = true;
        QDate offered;
        whenModal([&](QWidget *modal) {
            QVERIFY(qobject_cast<AmendmentDialog *>(modal));
            auto *buttons = modal->findChild<QDialogButtonBox *>(u"buttonBox"_s);
            okAtFirst = buttons->button(QDialogButtonBox::Ok)->isEnabled();
            offered = modal->findChild<QDateEdit *>(u"dateEdit"_s)->date();
            typeChinese(modal->findChild<QLineEdit *>(u"reasonEdit"_s), u"时限笔误"_s);
            typeChinese(modal->findChild<QPlainTextEdit *>(u"textEdit"_s),
                        u"第二项的完成时限应为2020年3月底"_s);
            clickOk(modal);
        });
        QTest::mouseClick(f.find<QPushButton>(u"amendButton"_s), Qt::LeftButton);

        QVERIFY(!okAtFirst); // reason and text are required
        QCOMPARE(offered, QDate(2020, 1, 5));
        const QList<MeetingAmendment> amendments = *f.meetings().amendments(newest.id);
        QCOMPARE(amendments.size(), 1);
        QCOMPARE(amendments.first().madeOn, QDate(2020, 1, 5));
        QCOMPARE(amendments.first().reason, u"时限笔误"_s);
        QCOMPARE(amendments.first().text, u"第二项的完成时限应为2020年3月底"_s);
        QCOMPARE(f.meetings().meeting(newest.id)->minutes, newest.minutes);
        QCOMPARE(f.find<QTextEdit>(u"minutesEdit"_s)->toPlainText(), shownMinutes);
        auto *view = f.find<QTextBrowser>(u"amendmentsView"_s);
        QVERIFY(view->isVisible());
        QVERIFY(view->toPlainText().contains(u"时限笔误"_s));
        QVERIFY(view->toPlainText().contains(u"第二项的完成时限应为2020年3月底"_s));
        QVERIFY(view->toPlainText().contains(shortDate(QDate(2020, 1, 5))));
        QCOMPARE(f.ws.undoStack()->count(), 0);
    }

    void shouldProposeTheAgendaFromTheStandingOnTheMeetingsDate()
    {
        // The demo's tasks fall far behind once past due, at the end of 2020.
        const QDate heldOn(2021, 1, 15);
        MeetingsFixture f(WithDraft, heldOn);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        const QString oldAgenda = f.meetings().meeting(f.draftId)->agenda;
        QVERIFY(!oldAgenda.isEmpty());

        QString question;
        whenModal([&](QWidget *modal) { clickMessageButton(modal, QMessageBox::Yes, &question); });
        QTest::mouseClick(f.find<QPushButton>(u"proposeAgendaButton"_s), Qt::LeftButton);
        QVERIFY2(question.startsWith(u"Replace the agenda"_s), qPrintable(question));

        const QString agenda = f.find<QPlainTextEdit>(u"agendaEdit"_s)->toPlainText();
        // The open items of earlier meetings on that date …
        int open = 0;
        for (const CarriedItem &c : *f.reviews().carriedInto(f.draftId)) {
            if (c.item.closedOn.isValid() && c.item.closedOn <= heldOn)
                continue;
            ++open;
            QVERIFY2(agenda.contains(c.item.description), qPrintable(c.item.description));
        }
        QVERIFY(open > 0);
        // … and the tasks far behind pace then.
        const Briefing briefing = *BriefingLoader(f.ws.database()).load(f.ws.planId(), heldOn);
        int red = 0;
        for (const TaskStanding &t : briefing.allTasks()) {
            if (t.pace.light != PaceLight::Red)
                continue;
            ++red;
            QVERIFY2(agenda.contains(t.overview.task.title), qPrintable(t.overview.task.title));
        }
        QVERIFY(red > 0);

        // It is an ordinary edit: unsaved until saved, then undoable.
        QVERIFY(f.page.hasUnsavedChanges());
        QCOMPARE(f.meetings().meeting(f.draftId)->agenda, oldAgenda);
        QVERIFY(f.page.save());
        QCOMPARE(f.meetings().meeting(f.draftId)->agenda, agenda);
        f.ws.undoStack()->undo();
        QCOMPARE(f.meetings().meeting(f.draftId)->agenda, oldAgenda);
    }

    void shouldMakeAnActionItemFromTheSelectedMinutes()
    {
        MeetingsFixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        f.find<QTabWidget>(u"editorTabs"_s)->setCurrentWidget(f.find<QWidget>(u"minutesTab"_s));
        auto *minutes = f.find<QTextEdit>(u"minutesEdit"_s);
        QVERIFY(!f.find<QPushButton>(u"itemFromSelectionButton"_s)->isEnabled());

        // Given a line of the minutes selected with the line break after it
        const QString text = minutes->toPlainText();
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 1);
        const QString decision = lines.at(1).trimmed();
        const qsizetype start = text.indexOf(lines.at(1));
        QTextCursor cursor(minutes->document());
        cursor.setPosition(static_cast<int>(start));
        const qsizetype end = std::min(start + lines.at(1).size() + 1, text.size());
        cursor.setPosition(static_cast<int>(end), QTextCursor::KeepAnchor);
        minutes->setTextCursor(cursor);
        minutes->setFocus();
        QVERIFY(f.find<QPushButton>(u"itemFromSelectionButton"_s)->isEnabled());

        // When Ctrl+Shift+A makes an item of it, with an owner chosen
        QString described;
        whenModal([&](QWidget *modal) {
            QVERIFY(qobject_cast<ActionItemDialog *>(modal));
            described = modal->findChild<QPlainTextEdit *>(u"descriptionEdit"_s)->toPlainText();
            auto *owner = modal->findChild<QComboBox *>(u"ownerCombo"_s);
            owner->setCurrentIndex(owner->findText(u"市财政局"_s));
            clickOk(modal);
        });
        QTest::keyClick(minutes, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);

        // Then the item has the selected words, trimmed; undo takes it back
        QCOMPARE(described, decision);
        const QList<ActionItem> items = *f.meetings().actionItems(f.draftId);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.constLast().description, decision);
        QCOMPARE(items.constLast().ownerDepartmentId, f.departmentId(u"市财政局"_s));
        QVERIFY(!f.page.hasUnsavedChanges()); // the minutes themselves are untouched
        f.ws.undoStack()->undo();
        QCOMPARE(f.meetings().actionItems(f.draftId)->size(), 3);
    }

    void shouldTakeTheOwnerFromTheDecisionAndDropItsNumbering()
    {
        MeetingsFixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        f.find<QTabWidget>(u"editorTabs"_s)->setCurrentWidget(f.find<QWidget>(u"minutesTab"_s));
        auto *minutes = f.find<QTextEdit>(u"minutesEdit"_s);
        minutes->setPlainText(u"会议要求：\n二、市知识产权局于2月底前完成专利质押融资工作方案。"_s);
        QTextCursor cursor(minutes->document());
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        minutes->setTextCursor(cursor);
        minutes->setFocus();
        // The date as edited, not yet saved, sets the default deadline.
        f.find<QDateEdit>(u"dateEdit"_s)->setDate(QDate(2020, 2, 12));

        QString described, owner;
        QDate due;
        whenModal([&](QWidget *modal) {
            described = modal->findChild<QPlainTextEdit *>(u"descriptionEdit"_s)->toPlainText();
            owner = modal->findChild<QComboBox *>(u"ownerCombo"_s)->currentText();
            due = modal->findChild<QDateEdit *>(u"dueDateEdit"_s)->date();
            modal->close();
        });
        QTest::keyClick(minutes, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(described, u"市知识产权局于2月底前完成专利质押融资工作方案。"_s);
        QCOMPARE(owner, u"市知识产权局"_s);
        QCOMPARE(due, QDate(2020, 3, 12));
    }

    void shouldDateANewMeetingOnTheAsOfDateAndTitleItByItsYear()
    {
        MeetingsFixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        f.ws.setAsOf(QDate(2020, 2, 12));
        QTest::mouseClick(f.find<QPushButton>(u"newMeetingButton"_s), Qt::LeftButton);
        auto *title = f.find<QLineEdit>(u"titleEdit"_s);
        QCOMPARE(f.find<QDateEdit>(u"dateEdit"_s)->date(), QDate(2020, 2, 12));
        QCOMPARE(title->text(), u"2020年第1次例会"_s);
        // Moved into 2019, which had two regular meetings, the title follows
        f.find<QDateEdit>(u"dateEdit"_s)->setDate(QDate(2019, 12, 30));
        QCOMPARE(title->text(), u"2019年第3次例会"_s);
        // until the user writes a title of their own.
        title->setText(u"专题研究例会"_s);
        f.find<QDateEdit>(u"dateEdit"_s)->setDate(QDate(2020, 1, 5));
        QCOMPARE(title->text(), u"专题研究例会"_s);

        // Approving it while it is empty warns of both gaps first.
        QVERIFY(f.page.save());
        QString warned;
        whenModal([&](QWidget *modal) {
            auto *message = modal->findChild<QLabel *>(u"messageLabel"_s);
            warned = message && message->isVisible() ? message->text() : QString();
            modal->close();
        });
        QTest::mouseClick(f.find<QPushButton>(u"approveButton"_s), Qt::LeftButton);
        QVERIFY2(warned.contains(u"The minutes are empty"_s), qPrintable(warned));
        QVERIFY2(warned.contains(u"No action item was decided"_s), qPrintable(warned));
        QCOMPARE(f.storedMeetings().constLast().approval, Approval::Draft);
    }

    void shouldCarryItemsOverThreeMeetings()
    {
        // Given meetings A, B and C after the demo's, and two items decided at A
        MeetingsFixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        MeetingEdits edits(f.ws);
        const auto meeting = [&](const QString &title, const QDate &date) {
            Meeting m;
            m.planId = f.ws.planId();
            m.kind = MeetingKind::Regular;
            m.title = title;
            m.heldOn = date;
            return *edits.create(m);
        };
        const QDate dateB(2020, 3, 10);
        const qint64 a = meeting(u"A"_s, QDate(2020, 2, 10));
        const qint64 b = meeting(u"B"_s, dateB);
        const qint64 c = meeting(u"C"_s, QDate(2020, 4, 10));
        const auto item = [&](const QString &description) {
            ActionItem i;
            i.meetingId = a;
            i.ownerDepartmentId = f.departmentId(u"市财政局"_s);
            i.description = description;
            i.dueOn = QDate(2020, 3, 31);
            return *edits.addActionItem(i);
        };
        const qint64 x = item(u"落实专项资金"_s);
        const qint64 y = item(u"制定资金管理办法"_s);
        CarriedItemTableModel *carried = f.page.carryOverModel();

        // When B finds x done and y in progress
        f.clickRow(1);
        QCOMPARE(f.page.currentMeetingId(), b);
        QVERIFY(carried->rowOf(x) >= 0 && carried->rowOf(y) >= 0);
        QCOMPARE(carried->index(carried->rowOf(x), CarriedItemTableModel::RaisedOn).data(),
                 QVariant(shortDate(QDate(2020, 2, 10))));
        recordFollowUp(f, x, u"Done"_s, u"资金已拨付"_s);
        recordFollowUp(f, y, u"In progress"_s, u"草案征求意见中"_s);
        QCOMPARE(f.meetings().actionItem(x)->status, ActionStatus::Done);
        QCOMPARE(f.meetings().actionItem(x)->closedOn, dateB);
        QCOMPARE(f.meetings().actionItem(y)->status, ActionStatus::InProgress);
        QCOMPARE(carried->index(carried->rowOf(y), CarriedItemTableModel::Recorded).data(),
                 QVariant(u"In progress: 草案征求意见中"_s));

        // Then C carries y only, and y's history holds both of its reviews
        f.clickRow(0);
        QCOMPARE(f.page.currentMeetingId(), c);
        QCOMPARE(carried->rowOf(x), -1);
        QVERIFY(carried->rowOf(y) >= 0);
        recordFollowUp(f, y, u"In progress"_s, u"已报市政府审定"_s);
        const int row = carried->rowOf(y);
        const QString history = carried->index(row, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(history.contains(u"草案征求意见中"_s) && history.contains(u"已报市政府审定"_s),
                 qPrintable(history));
        QCOMPARE(f.reviews().history(y)->size(), 2);
        auto *table = f.find<QTableView>(u"carryOverTable"_s);
        table->setCurrentIndex(carried->index(row, 0));
        QCOMPARE(f.find<QLabel>(u"historyLabel"_s)->text(), history);
    }

    void shouldUndoDeletingMeetingsAndItemsWithTheirLaterFollowUps()
    {
        // Given a draft A whose item was followed up at a later draft B
        MeetingsFixture f;
        MeetingEdits edits(f.ws);
        Meeting m;
        m.planId = f.ws.planId();
        m.title = u"A"_s;
        m.heldOn = QDate(2020, 2, 10);
        const qint64 a = *edits.create(m);
        m.title = u"B"_s;
        m.heldOn = QDate(2020, 3, 10);
        const qint64 b = *edits.create(m);
        ActionItem i;
        i.meetingId = a;
        i.ownerDepartmentId = f.departmentId(u"市财政局"_s);
        i.description = u"落实专项资金"_s;
        i.dueOn = QDate(2020, 3, 31);
        const qint64 x = *edits.addActionItem(i);
        QVERIFY(edits.recordReview({0, x, b, ActionStatus::Done, u"资金已拨付"_s}));
        QCOMPARE(f.meetings().actionItem(x)->closedOn, QDate(2020, 3, 10));

        // When the item is deleted and the deletion undone, it comes back
        // closed and with its follow-up
        QVERIFY(edits.removeActionItem(x));
        QVERIFY(f.reviews().history(x)->isEmpty());
        f.ws.undoStack()->undo();
        QCOMPARE(f.reviews().history(x)->size(), 1);
        QCOMPARE(f.meetings().actionItem(x)->closedOn, QDate(2020, 3, 10));

        // and so does the whole meeting A
        QString error;
        QObject::connect(&f.ws, &Workspace::errorOccurred, [&](const QString &e) { error = e; });
        QVERIFY(edits.remove(a));
        QVERIFY(!f.meetings().meeting(a));
        f.ws.undoStack()->undo();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(f.meetings().meeting(a)->title, u"A"_s);
        QCOMPARE(f.reviews().history(x)->size(), 1);
        QCOMPARE(f.reviews().history(x)->at(0).meetingId, b);
    }

    void shouldUndoAndRedoARecordedFollowUp()
    {
        MeetingsFixture f(WithDraft);
        QVERIFY(QTest::qWaitForWindowActive(&f.page));
        CarriedItemTableModel *carried = f.page.carryOverModel();
        QVERIFY(carried->rowCount() > 0);
        const ActionItem before = carried->itemAt(0).item;
        QVERIFY(before.status == ActionStatus::Open || before.status == ActionStatus::InProgress);
        QVERIFY(!carried->itemAt(0).review);

        // Recorded done: the item closes on the meeting's date
        recordFollowUp(f, before.id, u"Done"_s, u"已办结"_s);
        QCOMPARE(f.meetings().actionItem(before.id)->status, ActionStatus::Done);
        QCOMPARE(f.meetings().actionItem(before.id)->closedOn, QDate(2020, 1, 15));
        const qint64 reviewId = carried->index(carried->rowOf(before.id), 0)
                                    .data(CarriedItemTableModel::ReviewIdRole)
                                    .toLongLong();
        QVERIFY(reviewId != 0);

        // Undo: no review, the item as it was; redo: the same review again
        f.ws.undoStack()->undo();
        QCOMPARE(f.meetings().actionItem(before.id)->status, before.status);
        QCOMPARE(f.meetings().actionItem(before.id)->closedOn, before.closedOn);
        QVERIFY(!f.reviews().review(reviewId));
        QVERIFY(!carried->itemAt(carried->rowOf(before.id)).review);
        f.ws.undoStack()->redo();
        QCOMPARE(f.reviews().review(reviewId)->note, u"已办结"_s);
        QCOMPARE(f.meetings().actionItem(before.id)->closedOn, QDate(2020, 1, 15));

        // Recorded again (reopened): undo brings back the first review
        recordFollowUp(f, before.id, u"In progress"_s, u"尚需跟进"_s);
        QCOMPARE(f.meetings().actionItem(before.id)->status, ActionStatus::InProgress);
        QVERIFY(!f.meetings().actionItem(before.id)->closedOn.isValid());
        f.ws.undoStack()->undo();
        QCOMPARE(f.reviews().review(reviewId)->note, u"已办结"_s);
        QCOMPARE(f.reviews().review(reviewId)->status, ActionStatus::Done);
        QCOMPARE(f.meetings().actionItem(before.id)->status, ActionStatus::Done);
        QCOMPARE(f.meetings().actionItem(before.id)->closedOn, QDate(2020, 1, 15));
    }
};

QTEST_MAIN(TestMeetingLoop)
#include "tst_meetingloop.moc"
