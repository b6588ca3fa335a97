#include "plans/demodata.h"

#include <algorithm>
#include <cmath>

#include <QHash>
#include <QSet>

#include "database/database.h"
#include "database/transactionguard.h"
#include "repositories/actionreviewrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/roundrepository.h"
#include "repositories/taskrepository.h"
#include "rules/supervisiondata.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

const QString sampleSource = u"示例数据（非真实统计）"_s;

/// Quarters from the plan's start to its target year's end.
QList<QDate> quarterEnds(const QDate &start, int targetYear)
{
    QList<QDate> ends;
    QDate end(start.year(), ((start.month() - 1) / 3) * 3 + 3, 1);
    end = end.addMonths(1).addDays(-1);
    while (end.year() <= targetYear) {
        ends << end;
        end = end.addDays(1).addMonths(3).addDays(-1);
    }
    return ends;
}

QString quarterName(const QDate &end)
{
    return u"%1-Q%2"_s.arg(end.year()).arg((end.month() - 1) / 3 + 1);
}

const char16_t *const quarterWords[] = {u"一", u"二", u"三", u"四"};

/// A quarter's reporting round: opens two weeks before the quarter ends,
/// due ten days after, when the lead departments' sample reports are dated.
ReportingRound quarterRound(qint64 planId, const QDate &end)
{
    ReportingRound r;
    r.planId = planId;
    r.period = quarterName(end);
    r.title = u"%1年第%2季度进展报送"_s.arg(end.year())
                  .arg(QStringView(quarterWords[(end.month() - 1) / 3]));
    r.opensOn = end.addDays(-14);
    r.dueOn = end.addDays(10);
    r.note = u"【示例】"_s;
    r.sample = true;
    return r;
}

/// Percent done at `date` for the k-th task: the elapsed share of its span,
/// scaled by a pace between 0.70 and 1.15 so that some tasks run late.
int samplePercent(const Task &task, const QDate &date, int k)
{
    const double pace = 0.70 + ((k * 7) % 10) * 0.05;
    const double span = static_cast<double>(task.startOn.daysTo(task.dueOn));
    const double elapsed =
        std::clamp(static_cast<double>(task.startOn.daysTo(date)) / span, 0.0, 1.0);
    return std::min(100, static_cast<int>(std::lround(elapsed * 100.0 * pace)));
}

// Yearly sample values 2016–2020 for the built-in indicators, by code.
// 2.92 for 2018 matches the published figure for Jining.
const QHash<QString, QList<const char16_t *>> sampleSeries = {
    {u"万人发明专利"_s, {u"2.05", u"2.46", u"2.92", u"3.41", u"3.96"}},
    {u"PCT申请"_s, {u"52", u"78", u"109", u"147", u"186"}},
    {u"有效注册商标"_s, {u"24800", u"28300", u"31900", u"35200", u"38600"}},
    {u"著作权登记"_s, {u"3900", u"5200", u"6800", u"8700", u"10400"}},
};

Status addProgress(Database &db, QList<TaskOverview> &tasks, const QList<QDate> &quarters,
                   const QHash<QString, qint64> &leadIds)
{
    ProgressRepository reports(db);
    TaskRepository taskRepository(db);
    for (qsizetype k = 0; k < tasks.size(); ++k) {
        Task &task = tasks[k].task;
        const qint64 lead = leadIds.value(tasks.at(k).lead);
        for (const QDate &end : quarters) {
            if (end < task.startOn)
                continue;
            ProgressReport r;
            r.taskId = task.id;
            r.departmentId = lead;
            r.period = quarterName(end);
            r.reportedOn = end.addDays(10);
            r.percent = samplePercent(task, end, static_cast<int>(k));
            r.status = r.percent == 100 ? TaskStatus::Done : TaskStatus::InProgress;
            r.text =
                u"【示例】%1报送：“%2”稳步推进，累计完成%3%。"_s.arg(tasks.at(k).lead, task.title)
                    .arg(r.percent);
            r.sample = true;
            if (Result<qint64> id = reports.create(r); !id)
                return Status::fromResult(id);
            task.percent = r.percent;
            task.status = r.status;
        }
        if (Status s = taskRepository.update(task); !s)
            return s;
    }
    return {};
}

Status addIndicatorValues(Database &db, qint64 planId)
{
    IndicatorRepository repository(db);
    Result<QList<Indicator>> indicators = repository.indicators(planId);
    if (!indicators)
        return Status::fromResult(indicators);
    for (Indicator indicator : *indicators) {
        const auto series = sampleSeries.value(indicator.code);
        for (int i = 0; i < 5; ++i) {
            IndicatorValue v;
            v.indicatorId = indicator.id;
            v.period = QString::number(2016 + i);
            // Indicators of other plans get a plain ramp towards 90% of target.
            v.value = series.isEmpty()
                ? Decimal::fromUnits(indicator.targetValue.units() * (50 + 10 * i) / 100)
                : *Decimal::parse(QStringView(series.at(i)));
            v.source = sampleSource;
            v.asOf = QDate(2017 + i, 3, 31);
            v.note = u"【示例】"_s;
            v.sample = true;
            if (Result<qint64> id = repository.createValue(v); !id)
                return Status::fromResult(id);
            if (i == 0) {
                indicator.baselineValue = v.value;
                indicator.baselineYear = 2016;
                indicator.baselineSource = sampleSource;
                indicator.baselineSample = true;
                if (Status s = repository.update(indicator); !s)
                    return s;
            }
        }
    }
    return {};
}

Status addMeetings(Database &db, qint64 planId, const QList<TaskOverview> &tasks,
                   const QHash<QString, qint64> &leadIds)
{
    MeetingRepository meetings(db);
    QList<qint64> meetingIds;
    // Items of the meeting before still open, carried into the next one.
    QList<std::pair<qint64, ActionStatus>> stillOpen;
    const QList<QDate> dates = {{2017, 6, 28},  {2017, 12, 27}, {2018, 6, 27},
                                {2018, 12, 26}, {2019, 6, 26},  {2019, 12, 25}};
    QList<MeetingAttendee> attendees;
    QSet<qint64> seen;
    for (const TaskOverview &t : tasks) {
        const qint64 id = leadIds.value(t.lead);
        if (!seen.contains(id)) {
            seen.insert(id);
            attendees << MeetingAttendee {0, 0, id, QString()};
        }
    }
    for (int m = 0; m < dates.size(); ++m) {
        const QDate held = dates.at(m);
        const int ordinal = held.month() <= 6 ? 1 : 2;
        Meeting meeting;
        meeting.planId = planId;
        meeting.kind = MeetingKind::Regular;
        meeting.title = u"【示例】领导小组%1年第%2次例会"_s.arg(held.year()).arg(ordinal);
        meeting.heldOn = held;
        meeting.place = u"市政府第一会议室"_s;
        meeting.chair = u"分管副市长（示例）"_s;
        meeting.agenda = u"一、通报重点任务和主要目标进展情况；\n二、研究解决推进中的重大问题；\n"
                         u"三、部署下阶段工作，分解责任。"_s;
        meeting.minutes = u"<p>【示例数据】会议听取了领导小组办公室关于%1年%2知识产权强市建设"
                          u"工作进展的通报，研究了推进中存在的问题。</p><p>会议要求，各成员单位要"
                          u"对照任务分工，倒排工期，确保按序时进度完成。</p>"_s.arg(held.year())
                              .arg(ordinal == 1 ? u"上半年"_s : u"全年"_s);
        // Approved below, once its decisions and reviews are in: approval locks.
        meeting.sample = true;
        Result<qint64> meetingId = meetings.create(meeting);
        if (!meetingId)
            return Status::fromResult(meetingId);
        if (Status s = meetings.setAttendees(*meetingId, attendees); !s)
            return s;
        meetingIds << *meetingId;
        for (const auto &[carried, status] : std::as_const(stillOpen)) {
            const ActionReview review {0, carried, *meetingId, status,
                                       u"【示例】尚未办结，要求下次例会前办结。"_s};
            if (Result<qint64> id = ActionReviewRepository(db).record(review); !id)
                return Status::fromResult(id);
        }
        stillOpen.clear();

        for (int j = 0; j < 3; ++j) {
            const TaskOverview &t = tasks.at((m * 3 + j) % tasks.size());
            ActionItem item;
            item.meetingId = *meetingId;
            item.ownerDepartmentId = leadIds.value(t.lead);
            item.taskId = t.task.id;
            item.dueOn = held.addDays(60);
            item.description = u"【示例】督促落实“%1”，%2前报送阶段性成果"_s.arg(
                t.task.title, item.dueOn.toString(u"yyyy年M月d日"_s));
            // Older meetings' items are closed; the last two meetings' are not all.
            const bool closed = m < 4 || (m == 4 && j == 0);
            item.status = closed ? ActionStatus::Done
                                 : (j == 1 ? ActionStatus::InProgress : ActionStatus::Open);
            item.closedOn = closed ? item.dueOn.addDays(-5) : QDate();
            item.followUp = closed ? u"【示例】已按期完成。"_s : QString();
            item.sample = true;
            Result<qint64> id = meetings.createActionItem(item);
            if (!id)
                return Status::fromResult(id);
            if (!closed)
                stillOpen << std::pair(*id, item.status);
        }
    }
    for (int m = 0; m < meetingIds.size(); ++m) {
        if (Status s = meetings.approve(meetingIds.at(m), dates.at(m).addDays(3)); !s)
            return s;
    }
    return {};
}

/// A round per quarter, and the cooperating departments' reports for it:
/// most on time, some late, some missing, in a fixed pattern.
Status addRounds(Database &db, qint64 planId, const QList<TaskOverview> &tasks,
                 const QList<QDate> &quarters, const QHash<QString, qint64> &departmentIds,
                 const QSet<qint64> &reporting)
{
    RoundRepository rounds(db);
    ProgressRepository reports(db);
    for (qsizetype q = 0; q < quarters.size(); ++q) {
        const ReportingRound round = quarterRound(planId, quarters.at(q));
        if (Result<qint64> id = rounds.create(round); !id)
            return Status::fromResult(id);
        for (qsizetype k = 0; k < tasks.size(); ++k) {
            const Task &task = tasks.at(k).task;
            if (task.startOn > round.dueOn)
                continue;
            for (qsizetype c = 0; c < tasks.at(k).cooperating.size(); ++c) {
                const qint64 department = departmentIds.value(tasks.at(k).cooperating.at(c));
                const int pattern = static_cast<int>((k * 3 + c * 5 + q) % 9);
                if (!reporting.contains(department) || pattern == 0)
                    continue; // missing, or the collective that owes none
                ProgressReport r;
                r.taskId = task.id;
                r.departmentId = department;
                r.period = round.period;
                r.reportedOn = pattern == 1 ? round.dueOn.addDays(6) : round.dueOn.addDays(-3);
                r.percent = samplePercent(task, quarters.at(q), static_cast<int>(k));
                r.status = r.percent == 100 ? TaskStatus::Done : TaskStatus::InProgress;
                r.text = u"【示例】%1配合推进“%2”，本季度按分工完成相关工作。"_s.arg(
                    tasks.at(k).cooperating.at(c), task.title);
                r.sample = true;
                if (Result<qint64> id = reports.create(r); !id)
                    return Status::fromResult(id);
            }
        }
    }
    return {};
}

} // namespace

Status DemoData::add(Database &db, qint64 planId)
{
    TransactionGuard tx(db);
    if (!tx.ok())
        return Status::failure(tx.error());

    Result<QList<TaskOverview>> overview = TaskRepository(db).overview(planId);
    if (!overview)
        return Status::fromResult(overview);
    QList<TaskOverview> tasks;
    for (const TaskOverview &t : *overview) {
        if (!t.task.parentId)
            tasks << t;
    }
    if (tasks.isEmpty())
        return Status::failure(tr("The plan has no tasks to add sample data to."));

    QHash<QString, qint64> leadIds;
    QSet<qint64> reporting;
    Result<QList<Department>> departments = DepartmentRepository(db).departments();
    if (!departments)
        return Status::fromResult(departments);
    for (const Department &d : *departments) {
        leadIds.insert(d.name, d.id);
        if (answersForItself(d))
            reporting.insert(d.id);
    }

    const QDate start = tasks.constFirst().task.startOn;
    const QList<QDate> quarters = quarterEnds(start, tasks.constFirst().task.dueOn.year());
    if (Status s = addProgress(db, tasks, quarters, leadIds); !s)
        return s;
    if (Status s = addIndicatorValues(db, planId); !s)
        return s;
    if (Status s = addMeetings(db, planId, tasks, leadIds); !s)
        return s;
    if (Status s = addRounds(db, planId, tasks, quarters, leadIds, reporting); !s)
        return s;
    return tx.commit();
}

} // namespace PlanDesk
