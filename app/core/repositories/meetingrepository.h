#pragma once

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"
#include "util/saved.h"

namespace PlanDesk {

class Database;

/// Meetings of the leading group, who attended, and the action items
/// (督办事项) decided there.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    explicit MeetingRepository(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> create(const Meeting &meeting);
    Result<Meeting> meeting(qint64 id);
    /// A plan's meetings, earliest first.
    Result<QList<Meeting>> meetings(qint64 planId);
    /// Saves it if still at meeting.rowVersion; returns the new version.
    Saved<Meeting> update(const Meeting &meeting);
    /// Removes the meeting with its attendees and action items.
    Status remove(qint64 id);

    /// Replaces the attendee list of a meeting at once.
    Status setAttendees(qint64 meetingId, const QList<MeetingAttendee> &attendees);
    Result<QList<MeetingAttendee>> attendees(qint64 meetingId);
    /// Like setAttendees(), but an attendee that has an id keeps it, so undo
    /// and redo restore the list exactly.
    Status replaceAttendees(qint64 meetingId, const QList<MeetingAttendee> &attendees);
    /// Saves the meeting and replaces its attendees (as replaceAttendees())
    /// in one transaction: both or neither (a conflict changes neither).
    Saved<Meeting> updateWithAttendees(const Meeting &meeting,
                                       const QList<MeetingAttendee> &attendees);
    /// Re-creates a removed meeting with its attendees and action items, all
    /// with their old ids, in one transaction: all or nothing (undo of remove()).
    /// `reviews` are those recorded at the meeting and those of its items
    /// recorded at later meetings, each at its own meeting.
    Status restore(const Meeting &meeting, const QList<MeetingAttendee> &attendees,
                   const QList<ActionItem> &items, const QList<ActionReview> &reviews = {});

    /// Approves a draft's minutes on `date` (not before the meeting). From
    /// then on the meeting, its attendees, its decisions' words and owners
    /// and its reviews are locked; corrections are amendments. Bumps the
    /// meeting's version, so an edit read before the approval is refused.
    Status approve(qint64 meetingId, const QDate &date);
    /// Appends a correction to approved minutes; `actor` is filled in.
    Result<qint64> amend(const MeetingAmendment &amendment);
    /// A meeting's amendments, in the order they were made.
    Result<QList<MeetingAmendment>> amendments(qint64 meetingId);

    Result<qint64> createActionItem(const ActionItem &item);
    Result<ActionItem> actionItem(qint64 id);
    Result<QList<ActionItem>> actionItems(qint64 meetingId);
    /// Every action item of a plan's meetings, by meeting date then id.
    Result<QList<ActionItem>> actionItemsForPlan(qint64 planId);
    /// A department's action items from a plan's meetings that are neither
    /// done nor cancelled, earliest due first.
    Result<QList<ActionItem>> openActionItemsOf(qint64 planId, qint64 departmentId);
    /// Saves it if still at item.rowVersion; returns the new version.
    Saved<ActionItem> updateActionItem(const ActionItem &item);
    /// Removes the item with the follow-ups later meetings recorded of it.
    Status removeActionItem(qint64 id);
    /// Re-creates a removed item with its old id and its follow-ups, in one
    /// transaction (undo of removeActionItem()).
    Status restoreActionItem(const ActionItem &item, const QList<ActionReview> &reviews);

private:
    /// Inserts reviews with their ids and meetings, inside the caller's transaction.
    Status insertReviews(const QList<ActionReview> &reviews, const QString &context);

    Database &m_db;
};

} // namespace PlanDesk
