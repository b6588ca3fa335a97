#pragma once

#include <optional>

#include <QCoreApplication>

#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// An action item carried into a meeting, with what that meeting recorded
/// of it, if anything yet.
struct CarriedItem
{
    ActionItem item;
    QDate raisedOn; ///< the date of the meeting that decided it
    std::optional<ActionReview> review;
};

/// The follow-up of action items (督办事项) at later meetings: which items a
/// meeting carries over from earlier ones, and what it recorded of each.
class ActionReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActionReviewRepository)

public:
    explicit ActionReviewRepository(Database &db)
        : m_db(db)
    {
    }

    /// The items of the plan's earlier meetings that were open on this
    /// meeting's date (closed on it or later, or not at all), and any this
    /// meeting has reviewed: by the date they were raised, then id.
    Result<QList<CarriedItem>> carriedInto(qint64 meetingId);
    /// What each later meeting recorded of an item, earliest first.
    Result<QList<ActionReview>> history(qint64 actionItemId);
    /// Every review of a plan's items, by meeting date then id.
    Result<QList<ActionReview>> reviewsForPlan(qint64 planId);
    Result<ActionReview> review(qint64 id);

    /// Records what a meeting found of an item, replacing what that meeting
    /// recorded before, and, when no later meeting has reviewed the item,
    /// brings it to that status in the same transaction: done or cancelled
    /// closes it on the meeting's date, open or in progress reopens it.
    Result<qint64> record(const ActionReview &review);
    /// Takes a review back (undo); the item keeps its status.
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace PlanDesk
