#include <algorithm>
#include <map>

#include "benchdatarepository.h"
#include "prng.h"
#include "syntheticactivity.h"
#include "wordlists.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

constexpr quint64 MeetingStream = 31;

/// An action item's life after its meeting: taken up, then closed (done
/// or cancelled), each on a date; either may never come.
struct ItemEvent
{
    qint64 itemId = 0;
    ActionStatus status = ActionStatus::InProgress;
};

struct ItemState
{
    qint64 id = 0;
    qint64 meetingId = 0;
    ActionStatus status = ActionStatus::Open;
    int reviews = 0;
};

struct MeetingWriter
{
    BenchDataRepository &repository;
    const SyntheticPlan &plan;
    const DatasetSpec &spec;
    Prng rng;
    std::multimap<qint64, ItemEvent> events; // by Julian day, then as added
    QList<ItemState> items; // index = id - 1
    qint64 attendeeId = 0;
    qint64 reviewId = 0;
    qint64 amendmentId = 0;

    Status write();
    Status writeMeeting(qint64 id, const QDate &held, int yearOrdinal, int itemCount);
    Status writeItem(const Meeting &meeting);
    Status reviewCarried(const Meeting &meeting);
    Status playEventsBefore(const QDate &day);
};

QList<int> itemsPerMeeting(Prng &rng, int meetings, int total)
{
    QList<int> counts(meetings, meetings > 0 ? total / meetings : 0);
    for (int i = 0; meetings > 0 && i < total % meetings; ++i)
        ++counts[i];
    for (int i = 0; i + 1 < meetings; i += 2) {
        const int most = std::min({4, counts.at(i), counts.at(i + 1)});
        const int d = rng.between(-most, most);
        counts[i] += d;
        counts[i + 1] -= d;
    }
    return counts;
}

Status MeetingWriter::write()
{
    const QList<int> counts = itemsPerMeeting(rng, spec.meetings, spec.actionItems);
    // Spread over the plan's years, one meeting per slot, so dates only rise.
    const QDate first(2017, 2, 1);
    const qint64 slot = std::max<qint64>(
        1, first.daysTo(datasetHorizon().addDays(-10)) / std::max(1, spec.meetings));
    int year = 0;
    int ordinal = 0;
    for (int m = 0; m < spec.meetings; ++m) {
        const QDate held = first.addDays(m * slot + rng.below(static_cast<int>(slot)));
        ordinal = held.year() == year ? ordinal + 1 : 1;
        year = held.year();
        if (Status s = playEventsBefore(held); !s)
            return s;
        if (Status s = repository.setActor(SyntheticActivity::officeActor(m)); !s)
            return s;
        if (Status s = writeMeeting(m + 1, held, ordinal, counts.at(m)); !s)
            return s;
    }
    return playEventsBefore(datasetHorizon().addDays(1));
}

Status MeetingWriter::writeMeeting(qint64 id, const QDate &held, int yearOrdinal, int itemCount)
{
    Meeting meeting;
    meeting.id = id;
    meeting.planId = plan.planId;
    meeting.heldOn = held;
    const QString field = Words::field(rng);
    if (rng.chance(80)) {
        meeting.kind = MeetingKind::Regular;
        meeting.title = u"领导小组%1年第%2次例会"_s.arg(held.year()).arg(yearOrdinal);
    } else {
        meeting.kind = MeetingKind::Special;
        meeting.title = u"%1工作专题推进会"_s.arg(field);
    }
    meeting.place = Words::meetingPlace(rng);
    meeting.chair = Words::meetingChair(rng);
    meeting.agenda = u"一、通报重点任务和主要指标进展情况；\n二、研究解决%1推进中的突出问题；\n"
                     u"三、部署下阶段工作，分解责任。"_s.arg(field);
    meeting.minutes = u"<p>会议听取了领导小组办公室关于%1年%2工作进展的通报，研究了推进中"
                      u"存在的问题。</p><p>会议要求，各成员单位要对照任务分工，倒排工期，"
                      u"确保按序时进度完成。</p>"_s.arg(held.year())
                          .arg(field);
    if (Status s = repository.insertMeeting(meeting); !s)
        return s;

    const int departments = static_cast<int>(plan.departments.size());
    const int attending = std::min(departments, rng.between(5, 12));
    QList<qint64> present;
    while (present.size() < attending) {
        const qint64 d = rng.between(1, departments);
        if (!present.contains(d))
            present << d;
    }
    for (qint64 d : std::as_const(present)) {
        if (Status s = repository.insertAttendee({++attendeeId, id, d, QString()}); !s)
            return s;
    }
    if (rng.chance(50)) {
        const QString person = u"列席：%1"_s.arg(Words::personName(rng));
        if (Status s = repository.insertAttendee({++attendeeId, id, std::nullopt, person}); !s)
            return s;
    }
    for (int i = 0; i < itemCount; ++i) {
        if (Status s = writeItem(meeting); !s)
            return s;
    }
    if (Status s = reviewCarried(meeting); !s)
        return s;

    // Minutes are approved within days; the last ones are still drafts.
    const QDate approved = held.addDays(rng.between(2, 10));
    if (approved > datasetHorizon())
        return {};
    if (Status s = repository.approveMeeting(id, approved); !s)
        return s;
    if (rng.chance(3)) {
        MeetingAmendment a;
        a.id = ++amendmentId;
        a.meetingId = id;
        a.madeOn = std::min(datasetHorizon(), approved.addDays(rng.between(5, 60)));
        a.text = u"第%1项议定事项的完成时限更正为%2。"_s.arg(rng.between(1, 3))
                     .arg(held.addDays(90).toString(u"yyyy年M月d日"_s));
        a.reason = u"纪要印发时笔误"_s;
        a.actor = SyntheticActivity::officeActor(static_cast<int>(id));
        return repository.insertAmendment(a);
    }
    return {};
}

Status MeetingWriter::writeItem(const Meeting &meeting)
{
    ActionItem item;
    item.id = items.size() + 1;
    item.meetingId = meeting.id;
    item.dueOn = meeting.heldOn.addDays(rng.between(30, 120));
    const QString due = item.dueOn.toString(u"yyyy年M月d日"_s);
    if (rng.chance(80)) {
        const SynthTask &task = plan.tasks.at(rng.below(static_cast<int>(plan.tasks.size())));
        item.taskId = task.row.id;
        item.ownerDepartmentId = task.departments.first();
        item.description = u"督促落实“%1”，%2前报送阶段性成果"_s.arg(task.row.title, due);
    } else {
        item.ownerDepartmentId = rng.between(1, static_cast<int>(plan.departments.size()));
        item.description =
            u"研究解决%1推进中的突出问题，%2前提出工作方案"_s.arg(Words::field(rng), due);
    }
    if (Status s = repository.insertActionItem(item); !s)
        return s;

    items << ItemState {item.id, meeting.id, ActionStatus::Open, 0};
    if (rng.chance(80))
        events.insert({meeting.heldOn.addDays(rng.between(7, 25)).toJulianDay(),
                       ItemEvent {item.id, ActionStatus::InProgress}});
    if (rng.chance(85)) {
        const QDate closes =
            std::max(meeting.heldOn.addDays(26), item.dueOn.addDays(rng.between(-25, 20)));
        if (closes <= datasetHorizon()) {
            events.insert(
                {closes.toJulianDay(),
                 ItemEvent {item.id,
                            rng.chance(5) ? ActionStatus::Cancelled : ActionStatus::Done}});
        }
    }
    return {};
}

/// A meeting records what it found of some items still open from earlier
/// meetings (up to three times per item).
Status MeetingWriter::reviewCarried(const Meeting &meeting)
{
    for (ItemState &item : items) {
        if (item.meetingId == meeting.id || item.status == ActionStatus::Done
            || item.status == ActionStatus::Cancelled || item.reviews >= 3 || !rng.chance(40))
            continue;
        ++item.reviews;
        const ActionReview review {++reviewId, item.id, meeting.id, item.status,
                                   item.status == ActionStatus::Open
                                       ? u"尚未启动，要求下次例会前拿出推进方案。"_s
                                       : u"正在推进，要求加快进度，按期办结。"_s};
        if (Status s = repository.insertReview(review); !s)
            return s;
    }
    return {};
}

Status MeetingWriter::playEventsBefore(const QDate &day)
{
    while (!events.empty() && events.begin()->first < day.toJulianDay()) {
        const auto [julian, event] = *events.begin();
        events.erase(events.begin());
        ItemState &item = items[event.itemId - 1];
        if (item.status == ActionStatus::Done || item.status == ActionStatus::Cancelled)
            continue;
        item.status = event.status;
        const bool closed = event.status != ActionStatus::InProgress;
        const QString followUp = event.status == ActionStatus::InProgress ? u"正在推进。"_s
            : event.status == ActionStatus::Done ? u"已按期完成，成果已报送。"_s
                                                 : u"经领导小组同意撤销。"_s;
        if (Status s = repository.updateActionItem(item.id, item.status, followUp,
                                                   closed ? QDate::fromJulianDay(julian) : QDate());
            !s)
            return s;
    }
    return {};
}

} // namespace

Status SyntheticActivity::writeMeetings(BenchDataRepository &repository, const SyntheticPlan &plan,
                                        const DatasetSpec &spec, quint64 seed)
{
    MeetingWriter writer {repository, plan, spec, Prng::stream(seed, MeetingStream), {}, {}};
    return writer.write();
}

} // namespace PlanDesk::Bench
