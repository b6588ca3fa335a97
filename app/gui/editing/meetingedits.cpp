#include "editing/meetingedits.h"

#include <memory>

#include "database/database.h"
#include "database/transactionguard.h"
#include "editing/versionededit.h"
#include "editing/workspace.h"
#include "repositories/actionreviewrepository.h"
#include "repositories/meetingrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// The start of a long description, for the Edit ▸ Undo menu.
QString shortened(const QString &text)
{
    constexpr qsizetype length = 24;
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

} // namespace

// The lambdas hold the Workspace, never a page: the undo stack belongs to the
// Workspace and outlives any page, and it is cleared when the database changes.

Result<qint64> MeetingEdits::create(const Meeting &meeting)
{
    Workspace *ws = &m_workspace;
    return ws->performInsert(
        tr("Add meeting “%1”").arg(meeting.title),
        [ws, meeting](qint64 id) {
            Meeting row = meeting;
            row.id = id;
            return MeetingRepository(ws->database()).create(row);
        },
        [ws](qint64 id) { return MeetingRepository(ws->database()).remove(id); });
}

Saved<Meeting> MeetingEdits::save(const Meeting &meeting, const QList<MeetingAttendee> &attendees)
{
    MeetingRepository meetings(m_workspace.database());
    const Result<Meeting> old = meetings.meeting(meeting.id);
    const Result<QList<MeetingAttendee>> oldAttendees = meetings.attendees(meeting.id);
    if (!old)
        return Saved<Meeting>::failure(old.error());
    if (!oldAttendees)
        return Saved<Meeting>::failure(oldAttendees.error());
    return performVersioned(
        m_workspace, tr("Edit meeting “%1”").arg(meeting.title), *old, meeting,
        [attendees](Database &db, const Meeting &m) {
            return MeetingRepository(db).updateWithAttendees(m, attendees);
        },
        [beforeAttendees = *oldAttendees](Database &db, const Meeting &m) {
            return MeetingRepository(db).updateWithAttendees(m, beforeAttendees);
        });
}

Status MeetingEdits::remove(qint64 meetingId)
{
    Workspace *ws = &m_workspace;
    MeetingRepository meetings(ws->database());
    ActionReviewRepository reviews(ws->database());
    const Result<Meeting> meeting = meetings.meeting(meetingId);
    const Result<QList<MeetingAttendee>> attendees = meetings.attendees(meetingId);
    const Result<QList<ActionItem>> items = meetings.actionItems(meetingId);
    const Result<QList<CarriedItem>> carried = reviews.carriedInto(meetingId);
    if (!meeting)
        return Status::fromResult(meeting);
    if (!attendees)
        return Status::fromResult(attendees);
    if (!items)
        return Status::fromResult(items);
    if (!carried)
        return Status::fromResult(carried);
    // The cascade takes the follow-ups recorded at this meeting and those of
    // its own items at later meetings; undo must bring both back.
    QList<ActionReview> lost;
    for (const CarriedItem &c : *carried) {
        if (c.review)
            lost << *c.review;
    }
    for (const ActionItem &item : *items) {
        const Result<QList<ActionReview>> history = reviews.history(item.id);
        if (!history)
            return Status::fromResult(history);
        lost << *history;
    }
    return ws->perform(
        tr("Delete meeting “%1”").arg(meeting->title),
        [ws, meetingId] { return MeetingRepository(ws->database()).remove(meetingId); },
        [ws, m = *meeting, a = *attendees, i = *items, lost] {
            return MeetingRepository(ws->database()).restore(m, a, i, lost);
        });
}

Status MeetingEdits::approve(qint64 meetingId, const QDate &date)
{
    Workspace *ws = &m_workspace;
    return ws->performFinal([ws, meetingId, date] {
        return MeetingRepository(ws->database()).approve(meetingId, date);
    });
}

Status MeetingEdits::amend(const MeetingAmendment &amendment)
{
    Workspace *ws = &m_workspace;
    return ws->performFinal([ws, amendment] {
        return Status::fromResult(MeetingRepository(ws->database()).amend(amendment));
    });
}

Result<qint64> MeetingEdits::addActionItem(const ActionItem &item)
{
    Workspace *ws = &m_workspace;
    return ws->performInsert(
        tr("Add action item “%1”").arg(shortened(item.description)),
        [ws, item](qint64 id) {
            ActionItem row = item;
            row.id = id;
            return MeetingRepository(ws->database()).createActionItem(row);
        },
        [ws](qint64 id) { return MeetingRepository(ws->database()).removeActionItem(id); });
}

Saved<ActionItem> MeetingEdits::updateActionItem(const ActionItem &item)
{
    const Result<ActionItem> old = MeetingRepository(m_workspace.database()).actionItem(item.id);
    if (!old)
        return Saved<ActionItem>::failure(old.error());
    return performVersioned(m_workspace,
                            tr("Edit action item “%1”").arg(shortened(item.description)), *old,
                            item, [](Database &db, const ActionItem &a) {
                                return MeetingRepository(db).updateActionItem(a);
                            });
}

Status MeetingEdits::removeActionItem(qint64 itemId)
{
    Workspace *ws = &m_workspace;
    const Result<ActionItem> old = MeetingRepository(ws->database()).actionItem(itemId);
    if (!old)
        return Status::fromResult(old);
    // Its follow-ups at later meetings go with it, and come back with it.
    const Result<QList<ActionReview>> history =
        ActionReviewRepository(ws->database()).history(itemId);
    if (!history)
        return Status::fromResult(history);
    return ws->perform(
        tr("Delete action item “%1”").arg(shortened(old->description)),
        [ws, itemId] { return MeetingRepository(ws->database()).removeActionItem(itemId); },
        [ws, before = *old, reviews = *history] {
            return MeetingRepository(ws->database()).restoreActionItem(before, reviews);
        });
}

Status MeetingEdits::recordReview(const ActionReview &review)
{
    Workspace *ws = &m_workspace;
    const Result<ActionItem> oldItem =
        MeetingRepository(ws->database()).actionItem(review.actionItemId);
    if (!oldItem)
        return Status::fromResult(oldItem);
    std::optional<ActionReview> oldReview;
    if (review.id != 0) {
        const Result<ActionReview> read = ActionReviewRepository(ws->database()).review(review.id);
        if (!read)
            return Status::fromResult(read);
        oldReview = *read;
    }
    auto id = std::make_shared<qint64>(review.id);
    // The item's version after the record, which undo names.
    auto version = std::make_shared<qint64>(oldItem->rowVersion);
    return ws->perform(
        tr("Record follow-up of “%1”").arg(shortened(oldItem->description)),
        [ws, review, id, version] {
            ActionReview row = review;
            row.id = *id; // redo keeps the id of the first time
            Database &db = ws->database();
            return atomically(db, [&]() -> Status {
                const Result<qint64> recorded = ActionReviewRepository(db).record(row);
                if (!recorded)
                    return Status::fromResult(recorded);
                const Result<ActionItem> item = MeetingRepository(db).actionItem(row.actionItemId);
                if (!item)
                    return Status::fromResult(item);
                *id = *recorded;
                *version = item->rowVersion;
                return {};
            });
        },
        [ws, id, oldReview, before = *oldItem, version] {
            // The earlier review (or none), then the item exactly as it was:
            // record() would close it on this meeting's date, not its own.
            Database &db = ws->database();
            TransactionGuard tx(db);
            if (!tx.ok())
                return Status::failure(tx.error());
            // Someone else's save of the item since the record is not undone.
            const Result<ActionItem> now = MeetingRepository(db).actionItem(before.id);
            if (!now)
                return Status::fromResult(now);
            if (now->rowVersion != *version)
                return Status::failure(
                    tr("Undoing the follow-up of “%1”: someone else saved a change to the action "
                       "item meanwhile")
                        .arg(shortened(before.description)));
            const Status back = oldReview
                ? Status::fromResult(ActionReviewRepository(db).record(*oldReview))
                : ActionReviewRepository(db).remove(*id);
            if (!back)
                return back;
            // record() may have saved the item just now, in this transaction.
            const Result<ActionItem> recorded = MeetingRepository(db).actionItem(before.id);
            if (!recorded)
                return Status::fromResult(recorded);
            ActionItem item = before;
            item.rowVersion = recorded->rowVersion;
            const Saved<ActionItem> saved = MeetingRepository(db).updateActionItem(item);
            if (!saved)
                return saved.status();
            if (Status s = tx.commit(); !s)
                return s;
            *version = saved.version();
            return Status();
        });
}

} // namespace PlanDesk
