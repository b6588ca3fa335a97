#pragma once

// The Meetings page on the demo database, shared by the page's tests.

#include <functional>

#include <QApplication>
#include <QInputMethodEvent>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "editing/workspace.h"
#include "pages/meetingspage.h"
#include "repositories/actionreviewrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "testdatabase.h"

namespace PlanDesk::Testing {

/// The demo's meetings are all approved, so locked. A draft held on
/// 2020-01-15, like the demo's last meeting (title aside) with its attendees
/// and three open items due 2020-02-28, is what the editing tests change.
inline qint64 addDraftMeeting(Database &db, qint64 planId, const QDate &heldOn = {2020, 1, 15})
{
    using namespace Qt::Literals::StringLiterals;
    MeetingRepository meetings(db);
    const Meeting model = meetings.meetings(planId)->constLast();
    Meeting draft = model;
    draft.id = 0;
    draft.title = u"领导小组2020年第1次例会"_s;
    draft.heldOn = heldOn;
    draft.approval = Approval::Draft;
    draft.approvedOn = QDate();
    draft.sample = false;
    const qint64 id = *meetings.create(draft);
    QList<MeetingAttendee> attendees = *meetings.attendees(model.id);
    for (MeetingAttendee &a : attendees)
        a.id = 0;
    if (!meetings.setAttendees(id, attendees))
        qFatal("cannot copy the attendees");
    for (ActionItem item : *meetings.actionItems(model.id)) {
        item.id = 0;
        item.meetingId = id;
        item.dueOn = heldOn.addDays(44);
        item.status = ActionStatus::Open;
        item.closedOn = QDate();
        item.followUp.clear();
        item.sample = false;
        if (!meetings.createActionItem(item))
            qFatal("cannot copy an action item");
    }
    return id;
}

/// The demo database (with a draft as its newest meeting when asked), a
/// Workspace on it and the page, shown at 1366×768.
struct MeetingsFixture
{
    enum class Draft { No, Yes };

    explicit MeetingsFixture(Draft draft = Draft::No, const QDate &draftHeldOn = {2020, 1, 15})
        : t(TestDatabase::Content::BuiltInPlanWithDemo)
        , draftId(draft == Draft::Yes ? addDraftMeeting(t.db(), t.planId(), draftHeldOn) : 0)
        , ws(t.handOver())
        , page(ws)
    {
        page.resize(1366, 768);
        page.show();
        page.activateWindow();
    }

    template<typename T> T *find(const QString &name) const
    {
        T *widget = page.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    MeetingRepository meetings() { return MeetingRepository(ws.database()); }
    ActionReviewRepository reviews() { return ActionReviewRepository(ws.database()); }
    QList<Meeting> storedMeetings() { return *meetings().meetings(ws.planId()); }
    qint64 departmentId(const QString &name)
    {
        return DepartmentRepository(ws.database()).byName(name)->id;
    }
    void clickRow(int row)
    {
        auto *list = find<QTreeView>(QStringLiteral("meetingList"));
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    }

    TestDatabase t;
    qint64 draftId;
    Workspace ws;
    MeetingsPage page;
};

/// Chinese arrives through the input method as committed text (QTest::keyClicks
/// types Latin-1 only); select all first to replace what is there.
inline void typeChinese(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

/// Runs `handle` on the next modal dialog or message box once it is up.
inline void whenModal(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            handle(modal);
        }
    });
    timer->start();
}

inline void clickMessageButton(QWidget *modal, QMessageBox::StandardButton which,
                               QString *text = nullptr)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    if (!box)
        qFatal("expected a message box");
    if (text)
        *text = box->text();
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

} // namespace PlanDesk::Testing
