#include "repositories/actionreviewrepository.h"

#include "database/transactionguard.h"
#include "repositories/meetingrepository.h"
#include "repositories/repositorysupport.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

#define REVIEW_COLUMNS u"r.id, r.action_item_id, r.meeting_id, r.status, r.note"

ActionReview readReview(const QSqlQuery &q, int first = 0)
{
    ActionReview r;
    r.id = q.value(first).toLongLong();
    r.actionItemId = q.value(first + 1).toLongLong();
    r.meetingId = q.value(first + 2).toLongLong();
    r.status = fromCode<ActionStatus>(q.value(first + 3).toString()).value_or(ActionStatus::Open);
    r.note = q.value(first + 4).toString();
    return r;
}

bool isClosing(ActionStatus status)
{
    return status == ActionStatus::Done || status == ActionStatus::Cancelled;
}

} // namespace

Result<QList<CarriedItem>> ActionReviewRepository::carriedInto(qint64 meetingId)
{
    const QString context = tr("Reading the action items carried into meeting %1").arg(meetingId);
    Result<QSqlQuery> q = m_db.exec(
        u"SELECT a.id, a.meeting_id, a.owner_department_id, a.task_id, a.description, a.due_on,"
        " a.status, a.follow_up, a.closed_on, a.is_sample, "
        "raised.held_on, " REVIEW_COLUMNS u", a.row_version FROM meeting m"
        " JOIN meeting raised ON raised.plan_id = m.plan_id AND raised.held_on < m.held_on"
        " JOIN action_item a ON a.meeting_id = raised.id"
        " LEFT JOIN action_review r ON r.action_item_id = a.id AND r.meeting_id = m.id"
        " WHERE m.id = ? AND (a.closed_on IS NULL OR a.closed_on >= m.held_on OR r.id IS NOT NULL)"
        " ORDER BY raised.held_on, a.id"_s,
        {meetingId});
    if (!q)
        return Result<QList<CarriedItem>>::failure(RS::failure(context, q.error()));
    QList<CarriedItem> items;
    while (q->next()) {
        CarriedItem c;
        c.item.id = q->value(0).toLongLong();
        c.item.meetingId = q->value(1).toLongLong();
        c.item.ownerDepartmentId = q->value(2).toLongLong();
        c.item.taskId = Sql::toOptionalId(q->value(3));
        c.item.description = q->value(4).toString();
        c.item.dueOn = Sql::toDate(q->value(5));
        c.item.status = fromCode<ActionStatus>(q->value(6).toString()).value_or(ActionStatus::Open);
        c.item.followUp = q->value(7).toString();
        c.item.closedOn = Sql::toDate(q->value(8));
        c.item.sample = q->value(9).toBool();
        c.raisedOn = Sql::toDate(q->value(10));
        c.item.rowVersion = q->value(16).toLongLong();
        if (!q->value(11).isNull())
            c.review = readReview(*q, 11);
        items << c;
    }
    return items;
}

Result<QList<ActionReview>> ActionReviewRepository::history(qint64 actionItemId)
{
    return RS::list<ActionReview>(
        m_db,
        u"SELECT " REVIEW_COLUMNS u" FROM action_review r JOIN meeting m ON m.id = r.meeting_id"
        u" WHERE r.action_item_id = ? ORDER BY m.held_on, r.id"_s,
        {actionItemId}, [](const QSqlQuery &q) { return readReview(q); },
        tr("Reading the follow-up of action item %1").arg(actionItemId));
}

Result<QList<ActionReview>> ActionReviewRepository::reviewsForPlan(qint64 planId)
{
    return RS::list<ActionReview>(
        m_db,
        u"SELECT " REVIEW_COLUMNS u" FROM action_review r JOIN meeting m ON m.id = r.meeting_id"
        u" WHERE m.plan_id = ? ORDER BY m.held_on, r.id"_s,
        {planId}, [](const QSqlQuery &q) { return readReview(q); },
        tr("Reading the action item reviews of plan %1").arg(planId));
}

Result<ActionReview> ActionReviewRepository::review(qint64 id)
{
    return RS::one<ActionReview>(
        m_db, u"SELECT " REVIEW_COLUMNS u" FROM action_review r WHERE r.id = ?"_s, {id},
        [](const QSqlQuery &q) { return readReview(q); }, tr("Reading review %1").arg(id));
}

Result<qint64> ActionReviewRepository::record(const ActionReview &review)
{
    using R = Result<qint64>;
    const QString context =
        tr("Recording the follow-up of action item %1").arg(review.actionItemId);
    TransactionGuard tx(m_db);
    if (!tx.ok())
        return R::failure(RS::failure(context, tx.error()));

    MeetingRepository meetings(m_db);
    const Result<Meeting> meeting = meetings.meeting(review.meetingId);
    if (!meeting)
        return R::failure(meeting.error());
    Result<ActionItem> item = meetings.actionItem(review.actionItemId);
    if (!item)
        return R::failure(item.error());

    if (auto q =
            m_db.exec(u"DELETE FROM action_review WHERE action_item_id = ? AND meeting_id = ?"_s,
                      {review.actionItemId, review.meetingId});
        !q)
        return R::failure(RS::failure(context, q.error()));
    const Result<qint64> id =
        RS::insert(m_db,
                   u"INSERT INTO action_review (id, action_item_id, meeting_id, status, note)"
                   " VALUES (?, ?, ?, ?, ?)"_s,
                   RS::withId(review.id,
                              {review.actionItemId, review.meetingId, toCode(review.status),
                               Sql::text(review.note)}),
                   context);
    if (!id)
        return id;

    // The item stands where the latest meeting that reviewed it left it: a
    // review recorded at an earlier meeting does not undo a later finding.
    const Result<QList<ActionReview>> all = history(review.actionItemId);
    if (!all)
        return R::failure(all.error());
    if (all->constLast().meetingId == review.meetingId) {
        ActionItem changed = *item;
        changed.status = review.status;
        if (!isClosing(review.status))
            changed.closedOn = QDate();
        else if (!isClosing(item->status))
            changed.closedOn = meeting->heldOn;
        if (Status s = meetings.updateActionItem(changed); !s)
            return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s)
        return R::failure(RS::failure(context, s.error()));
    return id;
}

Status ActionReviewRepository::remove(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM action_review WHERE id = ?"_s, {id},
                         tr("Deleting review %1").arg(id));
}

} // namespace PlanDesk
