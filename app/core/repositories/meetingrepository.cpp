#include "repositories/meetingrepository.h"

#include "database/transactionguard.h"
#include "repositories/repositorysupport.h"
#include "repositories/sqlvalues.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace RS = RepositorySupport;

namespace {

#define MEETING_COLUMNS                                                                            \
    u"id, plan_id, kind, title, held_on, place, chair, agenda, minutes, approval, approved_on,"    \
    u" is_sample, row_version"
#define ACTION_COLUMNS                                                                             \
    u"a.id, a.meeting_id, a.owner_department_id, a.task_id, a.description, a.due_on, a.status,"    \
    u" a.follow_up, a.closed_on, a.is_sample, a.row_version"

Meeting readMeeting(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.planId = q.value(1).toLongLong();
    m.kind = fromCode<MeetingKind>(q.value(2).toString()).value_or(MeetingKind::Regular);
    m.title = q.value(3).toString();
    m.heldOn = Sql::toDate(q.value(4));
    m.place = q.value(5).toString();
    m.chair = q.value(6).toString();
    m.agenda = q.value(7).toString();
    m.minutes = q.value(8).toString();
    m.approval = fromCode<Approval>(q.value(9).toString()).value_or(Approval::Draft);
    m.approvedOn = Sql::toDate(q.value(10));
    m.sample = q.value(11).toBool();
    m.rowVersion = q.value(12).toLongLong();
    return m;
}

QVariantList meetingValues(const Meeting &m)
{
    return {m.planId,           toCode(m.kind),          Sql::text(m.title),  Sql::date(m.heldOn),
            Sql::text(m.place), Sql::text(m.chair),      Sql::text(m.agenda), Sql::text(m.minutes),
            toCode(m.approval), Sql::date(m.approvedOn), m.sample ? 1 : 0};
}

ActionItem readAction(const QSqlQuery &q)
{
    ActionItem a;
    a.id = q.value(0).toLongLong();
    a.meetingId = q.value(1).toLongLong();
    a.ownerDepartmentId = q.value(2).toLongLong();
    a.taskId = Sql::toOptionalId(q.value(3));
    a.description = q.value(4).toString();
    a.dueOn = Sql::toDate(q.value(5));
    a.status = fromCode<ActionStatus>(q.value(6).toString()).value_or(ActionStatus::Open);
    a.followUp = q.value(7).toString();
    a.closedOn = Sql::toDate(q.value(8));
    a.sample = q.value(9).toBool();
    a.rowVersion = q.value(10).toLongLong();
    return a;
}

QVariantList actionValues(const ActionItem &a)
{
    return {
        a.meetingId,        a.ownerDepartmentId, Sql::optional(a.taskId), Sql::text(a.description),
        Sql::date(a.dueOn), toCode(a.status),    Sql::text(a.followUp),   Sql::date(a.closedOn),
        a.sample ? 1 : 0};
}

} // namespace

Result<qint64> MeetingRepository::create(const Meeting &meeting)
{
    return RS::insert(
        m_db,
        u"INSERT INTO meeting (id, plan_id, kind, title, held_on, place, chair, agenda,"
        " minutes, approval, approved_on, is_sample)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        RS::withId(meeting.id, meetingValues(meeting)),
        tr("Saving the meeting of %1").arg(meeting.heldOn.toString(Qt::ISODate)));
}

Result<Meeting> MeetingRepository::meeting(qint64 id)
{
    return RS::one<Meeting>(m_db, u"SELECT " MEETING_COLUMNS u" FROM meeting WHERE id = ?"_s, {id},
                            readMeeting, tr("Reading meeting %1").arg(id));
}

Result<QList<Meeting>> MeetingRepository::meetings(qint64 planId)
{
    return RS::list<Meeting>(
        m_db, u"SELECT " MEETING_COLUMNS u" FROM meeting WHERE plan_id = ? ORDER BY held_on, id"_s,
        {planId}, readMeeting, tr("Reading the meetings of plan %1").arg(planId));
}

Saved<Meeting> MeetingRepository::update(const Meeting &meeting)
{
    return RS::updateVersioned<Meeting>(
        m_db, u"meeting"_s,
        u"UPDATE meeting SET plan_id = ?, kind = ?, title = ?, held_on = ?, place = ?,"
        " chair = ?, agenda = ?, minutes = ?, approval = ?, approved_on = ?, is_sample = ?,"
        " row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        meetingValues(meeting), meeting.id, meeting.rowVersion,
        [this](qint64 id) {
            return RS::find<Meeting>(m_db,
                                     u"SELECT " MEETING_COLUMNS u" FROM meeting WHERE id = ?"_s,
                                     {id}, readMeeting);
        },
        tr("Saving meeting %1").arg(meeting.id));
}

Status MeetingRepository::remove(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM meeting WHERE id = ?"_s, {id},
                         tr("Deleting meeting %1").arg(id));
}

Status MeetingRepository::setAttendees(qint64 meetingId, const QList<MeetingAttendee> &attendees)
{
    const QString context = tr("Saving the attendees of meeting %1").arg(meetingId);
    TransactionGuard tx(m_db);
    if (!tx.ok())
        return Status::failure(RS::failure(context, tx.error()));
    if (auto q = m_db.exec(u"DELETE FROM meeting_attendee WHERE meeting_id = ?"_s, {meetingId}); !q)
        return Status::failure(RS::failure(context, q.error()));
    for (const MeetingAttendee &a : attendees) {
        auto q = m_db.exec(u"INSERT INTO meeting_attendee (meeting_id, department_id, person)"
                           " VALUES (?, ?, ?)"_s,
                           {meetingId, Sql::optional(a.departmentId), Sql::text(a.person)});
        if (!q)
            return Status::failure(RS::failure(context, q.error()));
    }
    if (Status s = tx.commit(); !s)
        return Status::failure(RS::failure(context, s.error()));
    return {};
}

Result<QList<MeetingAttendee>> MeetingRepository::attendees(qint64 meetingId)
{
    return RS::list<MeetingAttendee>(
        m_db,
        u"SELECT id, meeting_id, department_id, person FROM meeting_attendee"
        " WHERE meeting_id = ? ORDER BY id"_s,
        {meetingId},
        [](const QSqlQuery &q) {
            return MeetingAttendee {q.value(0).toLongLong(), q.value(1).toLongLong(),
                                    Sql::toOptionalId(q.value(2)), q.value(3).toString()};
        },
        tr("Reading the attendees of meeting %1").arg(meetingId));
}

Status MeetingRepository::replaceAttendees(qint64 meetingId,
                                           const QList<MeetingAttendee> &attendees)
{
    const QString context = tr("Saving the attendees of meeting %1").arg(meetingId);
    TransactionGuard tx(m_db);
    if (!tx.ok())
        return Status::failure(RS::failure(context, tx.error()));
    if (auto q = m_db.exec(u"DELETE FROM meeting_attendee WHERE meeting_id = ?"_s, {meetingId}); !q)
        return Status::failure(RS::failure(context, q.error()));
    for (const MeetingAttendee &a : attendees) {
        auto q = m_db.exec(
            u"INSERT INTO meeting_attendee (id, meeting_id, department_id, person)"
            " VALUES (?, ?, ?, ?)"_s,
            RS::withId(a.id, {meetingId, Sql::optional(a.departmentId), Sql::text(a.person)}));
        if (!q)
            return Status::failure(RS::failure(context, q.error()));
    }
    if (Status s = tx.commit(); !s)
        return Status::failure(RS::failure(context, s.error()));
    return {};
}

Saved<Meeting> MeetingRepository::updateWithAttendees(const Meeting &meeting,
                                                      const QList<MeetingAttendee> &attendees)
{
    TransactionGuard tx(m_db);
    if (!tx.ok())
        return Saved<Meeting>::failure(
            RS::failure(tr("Saving meeting %1").arg(meeting.id), tx.error()));
    // Attendees first: once the update approves the minutes they are locked.
    if (Status s = replaceAttendees(meeting.id, attendees); !s)
        return Saved<Meeting>::failure(s.error());
    Saved<Meeting> saved = update(meeting);
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return Saved<Meeting>::failure(s.error());
    return saved;
}

Status MeetingRepository::restore(const Meeting &meeting, const QList<MeetingAttendee> &attendees,
                                  const QList<ActionItem> &items,
                                  const QList<ActionReview> &reviews)
{
    TransactionGuard tx(m_db);
    if (!tx.ok())
        return Status::failure(RS::failure(
            tr("Saving the meeting of %1").arg(meeting.heldOn.toString(Qt::ISODate)), tx.error()));
    const Result<qint64> meetingId = create(meeting);
    if (!meetingId)
        return Status::fromResult(meetingId);
    if (Status s = replaceAttendees(*meetingId, attendees); !s)
        return s;
    for (ActionItem item : items) {
        item.meetingId = *meetingId;
        if (Result<qint64> id = createActionItem(item); !id)
            return Status::fromResult(id);
    }
    if (Status s = insertReviews(reviews, tr("Saving the reviews of meeting %1").arg(*meetingId));
        !s)
        return s;
    return tx.commit();
}

Status MeetingRepository::insertReviews(const QList<ActionReview> &reviews, const QString &context)
{
    for (const ActionReview &r : reviews) {
        auto q = m_db.exec(
            u"INSERT INTO action_review (id, action_item_id, meeting_id, status, note)"
            " VALUES (?, ?, ?, ?, ?)"_s,
            RS::withId(r.id, {r.actionItemId, r.meetingId, toCode(r.status), Sql::text(r.note)}));
        if (!q)
            return Status::failure(RS::failure(context, q.error()));
    }
    return {};
}

Status MeetingRepository::restoreActionItem(const ActionItem &item,
                                            const QList<ActionReview> &reviews)
{
    const QString context = tr("Saving action item “%1”").arg(item.description);
    TransactionGuard tx(m_db);
    if (!tx.ok())
        return Status::failure(RS::failure(context, tx.error()));
    if (Result<qint64> id = createActionItem(item); !id)
        return Status::fromResult(id);
    if (Status s = insertReviews(reviews, context); !s)
        return s;
    return tx.commit();
}

Status MeetingRepository::approve(qint64 meetingId, const QDate &date)
{
    const QString context = tr("Approving the minutes of meeting %1").arg(meetingId);
    const Result<Meeting> m = meeting(meetingId);
    if (!m)
        return Status::failure(m.error());
    if (m->approval == Approval::Approved)
        return Status::failure(RS::failure(context, tr("they are already approved")));
    if (!date.isValid() || date < m->heldOn)
        return Status::failure(
            RS::failure(context, tr("the approval date cannot be before the meeting")));
    return RS::changeOne(
        m_db,
        u"UPDATE meeting SET approval = ?, approved_on = ?, row_version = row_version + 1"
        " WHERE id = ? AND approval = ?"_s,
        {toCode(Approval::Approved), Sql::date(date), meetingId, toCode(Approval::Draft)}, context);
}

Result<qint64> MeetingRepository::amend(const MeetingAmendment &amendment)
{
    return RS::insert(
        m_db,
        u"INSERT INTO meeting_amendment (id, meeting_id, made_on, text, reason, actor)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s,
        RS::withId(amendment.id,
                   {amendment.meetingId, Sql::date(amendment.madeOn), Sql::text(amendment.text),
                    Sql::text(amendment.reason), m_db.actor()}),
        tr("Amending the minutes of meeting %1").arg(amendment.meetingId));
}

Result<QList<MeetingAmendment>> MeetingRepository::amendments(qint64 meetingId)
{
    return RS::list<MeetingAmendment>(
        m_db,
        u"SELECT id, meeting_id, made_on, text, reason, actor FROM meeting_amendment"
        " WHERE meeting_id = ? ORDER BY made_on, id"_s,
        {meetingId},
        [](const QSqlQuery &q) {
            return MeetingAmendment {q.value(0).toLongLong(), q.value(1).toLongLong(),
                                     Sql::toDate(q.value(2)), q.value(3).toString(),
                                     q.value(4).toString(),   q.value(5).toString()};
        },
        tr("Reading the amendments of meeting %1").arg(meetingId));
}

Result<qint64> MeetingRepository::createActionItem(const ActionItem &item)
{
    return RS::insert(m_db,
                      u"INSERT INTO action_item (id, meeting_id, owner_department_id, task_id,"
                      " description, due_on, status, follow_up, closed_on, is_sample)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      RS::withId(item.id, actionValues(item)),
                      tr("Saving action item “%1”").arg(item.description));
}

Result<ActionItem> MeetingRepository::actionItem(qint64 id)
{
    return RS::one<ActionItem>(m_db,
                               u"SELECT " ACTION_COLUMNS u" FROM action_item a WHERE a.id = ?"_s,
                               {id}, readAction, tr("Reading action item %1").arg(id));
}

Result<QList<ActionItem>> MeetingRepository::actionItems(qint64 meetingId)
{
    return RS::list<ActionItem>(
        m_db,
        u"SELECT " ACTION_COLUMNS u" FROM action_item a WHERE a.meeting_id = ? ORDER BY a.id"_s,
        {meetingId}, readAction, tr("Reading the action items of meeting %1").arg(meetingId));
}

Result<QList<ActionItem>> MeetingRepository::actionItemsForPlan(qint64 planId)
{
    return RS::list<ActionItem>(m_db,
                                u"SELECT " ACTION_COLUMNS u" FROM action_item a"
                                u" JOIN meeting m ON m.id = a.meeting_id WHERE m.plan_id = ?"
                                u" ORDER BY m.held_on, a.id"_s,
                                {planId}, readAction,
                                tr("Reading the action items of plan %1").arg(planId));
}

Saved<ActionItem> MeetingRepository::updateActionItem(const ActionItem &item)
{
    return RS::updateVersioned<ActionItem>(
        m_db, u"action_item"_s,
        u"UPDATE action_item SET meeting_id = ?, owner_department_id = ?, task_id = ?,"
        " description = ?, due_on = ?, status = ?, follow_up = ?, closed_on = ?, is_sample = ?,"
        " row_version = row_version + 1 WHERE id = ? AND row_version = ?"_s,
        actionValues(item), item.id, item.rowVersion,
        [this](qint64 id) {
            return RS::find<ActionItem>(
                m_db, u"SELECT " ACTION_COLUMNS u" FROM action_item a WHERE a.id = ?"_s, {id},
                readAction);
        },
        tr("Saving action item “%1”").arg(item.description));
}

Status MeetingRepository::removeActionItem(qint64 id)
{
    return RS::changeOne(m_db, u"DELETE FROM action_item WHERE id = ?"_s, {id},
                         tr("Deleting action item %1").arg(id));
}

Result<QList<ActionItem>> MeetingRepository::openActionItemsOf(qint64 planId, qint64 departmentId)
{
    return RS::list<ActionItem>(
        m_db,
        u"SELECT " ACTION_COLUMNS u" FROM action_item a"
        u" JOIN meeting m ON m.id = a.meeting_id"
        u" WHERE m.plan_id = ? AND a.owner_department_id = ? AND a.status IN (?, ?)"
        u" ORDER BY a.due_on, m.held_on, a.id"_s,
        {planId, departmentId, toCode(ActionStatus::Open), toCode(ActionStatus::InProgress)},
        readAction, tr("Reading the open action items of department %1").arg(departmentId));
}

} // namespace PlanDesk
