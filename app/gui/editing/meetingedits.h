#pragma once

#include <QCoreApplication>
#include <QList>

#include "domain/entities.h"
#include "util/result.h"
#include "util/saved.h"

namespace PlanDesk {

class Workspace;

/// The undoable edits of meetings and their action items: each runs through
/// Workspace::perform(), so it is committed at once and undo puts back
/// exactly what was there before, ids included.
class MeetingEdits
{
    Q_DECLARE_TR_FUNCTIONS(MeetingEdits)

public:
    explicit MeetingEdits(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    /// Creates a meeting; undo removes it, redo brings it back under its id.
    Result<qint64> create(const Meeting &meeting);
    /// Saves a meeting's fields and attendee list; undo writes the old ones back.
    /// A conflict when someone else saved the meeting since it was read.
    Saved<Meeting> save(const Meeting &meeting, const QList<MeetingAttendee> &attendees);
    /// Removes a meeting with its attendees and action items; undo re-creates
    /// all of them under their old ids, with the follow-ups recorded at the
    /// meeting and those of its items at later meetings.
    Status remove(qint64 meetingId);

    /// Approves the minutes on `date`. Not undoable: approval locks them.
    Status approve(qint64 meetingId, const QDate &date);
    /// Appends a correction to approved minutes. Not undoable: amendments
    /// are append-only.
    Status amend(const MeetingAmendment &amendment);

    Result<qint64> addActionItem(const ActionItem &item);
    Saved<ActionItem> updateActionItem(const ActionItem &item);
    Status removeActionItem(qint64 itemId);

    /// Records what a meeting found of an item carried into it (replacing
    /// what it recorded before) and brings the item to that status; undo
    /// puts back the earlier review, if any, and the item as it was.
    Status recordReview(const ActionReview &review);

private:
    Workspace &m_workspace;
};

} // namespace PlanDesk
