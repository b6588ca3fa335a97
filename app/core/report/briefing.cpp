#include "report/briefing.h"

#include <algorithm>

#include "database/readtransaction.h"
#include "report/supervisionloader.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/planrepository.h"
#include "repositories/progressrepository.h"
#include "rules/reminders.h"
#include "rules/taskstanding.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Quarter ends after `start` up to `asOf`, then `asOf` itself.
QList<QDate> sampleDates(const QDate &start, const QDate &asOf)
{
    QList<QDate> dates;
    QDate end(start.year(), ((start.month() - 1) / 3) * 3 + 1, 1);
    end = end.addMonths(3).addDays(-1);
    for (; end < asOf; end = end.addDays(1).addMonths(3).addDays(-1))
        dates << end;
    if (asOf >= start)
        dates << asOf;
    return dates;
}

QList<ProgressSample> progressOverTime(const QList<TaskStanding> &tasks,
                                       const QHash<qint64, QList<ProgressReport>> &reports,
                                       const QDate &start, const QDate &asOf)
{
    QList<ProgressSample> samples;
    for (const QDate &date : sampleDates(start, asOf)) {
        double percent = 0, expected = 0;
        int count = 0;
        for (const TaskStanding &t : tasks) {
            if (t.isWorkItem())
                continue;
            const Task then = taskAsOf(t.overview.task, t.overview.leadId,
                                       reports.value(t.overview.task.id), date);
            percent += then.percent;
            expected += assessPace(then, date).expectedPercent;
            ++count;
        }
        if (count > 0)
            samples << ProgressSample {date, percent / count, expected / count};
    }
    return samples;
}

QList<DepartmentStanding> departmentStandings(const QList<TaskStanding> &tasks,
                                              const QList<ActionItem> &openActions,
                                              const QHash<qint64, QString> &names,
                                              const QDate &asOf)
{
    QMap<qint64, DepartmentStanding> byId;
    const auto standingOf = [&](qint64 id) -> DepartmentStanding & {
        DepartmentStanding &d = byId[id];
        d.departmentId = id;
        d.name = names.value(id);
        return d;
    };
    for (const TaskStanding &t : tasks) {
        if (!t.overview.leadId)
            continue;
        DepartmentStanding &d = standingOf(*t.overview.leadId);
        if (t.pace.overdue)
            d.overdueTasks << t;
        if (t.isWorkItem())
            continue;
        ++d.tasksLed;
        if (t.pace.overdue)
            ++d.overdue;
        else if (t.pace.light == PaceLight::Green || t.pace.light == PaceLight::Done)
            ++d.onPace;
        else if (t.pace.light == PaceLight::Yellow || t.pace.light == PaceLight::Red)
            ++d.behind;
        else
            ++d.notStarted;
    }
    for (const ActionItem &a : openActions) {
        if (a.dueOn < asOf)
            standingOf(a.ownerDepartmentId).overdueActions << a;
    }
    QList<DepartmentStanding> result = byId.values();
    std::stable_sort(result.begin(), result.end(),
                     [](const DepartmentStanding &a, const DepartmentStanding &b) {
                         const qsizetype aLate = a.overdueTasks.size() + a.overdueActions.size();
                         const qsizetype bLate = b.overdueTasks.size() + b.overdueActions.size();
                         return aLate != bLate ? aLate > bLate : a.name < b.name;
                     });
    return result;
}

} // namespace

QHash<qint64, Task> tasksAsOf(const QList<TaskOverview> &tasks,
                              const QHash<qint64, QList<ProgressReport>> &byTask, const QDate &asOf)
{
    QHash<qint64, Task> then;
    for (const TaskOverview &t : tasks)
        then.insert(t.task.id, taskAsOf(t.task, t.leadId, byTask.value(t.task.id), asOf));
    return then;
}

bool isOpenOn(const ActionItem &item, const QDate &meetingHeldOn, const QDate &date)
{
    return meetingHeldOn <= date && !(item.closedOn.isValid() && item.closedOn <= date);
}

QList<TaskStanding> Briefing::allTasks() const
{
    QList<TaskStanding> all;
    for (const GroupStanding &g : groups)
        all << g.tasks;
    return all;
}

Result<Briefing> BriefingLoader::load(qint64 planId, const QDate &asOf,
                                      std::optional<qint64> meetingId)
{
    using R = Result<Briefing>;
    const QString context =
        tr("Preparing the briefing of plan %1 on %2").arg(planId).arg(asOf.toString(Qt::ISODate));
    const auto fail = [&](const QString &error) {
        return R::failure(context + u": "_s + error);
    };

    ReadTransaction snapshot(m_db);
    PlanRepository plans(m_db);
    TaskRepository taskRepository(m_db);
    IndicatorRepository indicatorRepository(m_db);
    MeetingRepository meetingRepository(m_db);

    const Result<Plan> plan = plans.plan(planId);
    const Result<QList<TaskGroup>> groups = plans.groups(planId);
    const Result<bool> sample = plans.hasSampleData();
    const Result<QList<TaskOverview>> overview = taskRepository.overview(planId);
    const Result<QList<ProgressReport>> reports = ProgressRepository(m_db).reportsForPlan(planId);
    const Result<QList<Indicator>> indicators = indicatorRepository.indicators(planId);
    const Result<QList<IndicatorValue>> values = indicatorRepository.valuesForPlan(planId);
    const Result<QList<Meeting>> meetings = meetingRepository.meetings(planId);
    const Result<QList<ActionItem>> actions = meetingRepository.actionItemsForPlan(planId);
    const Result<QList<Department>> departments = DepartmentRepository(m_db).departments();
    for (const QString *error : {&plan.error(), &groups.error(), &sample.error(), &overview.error(),
                                 &reports.error(), &indicators.error(), &values.error(),
                                 &meetings.error(), &actions.error(), &departments.error()}) {
        if (!error->isEmpty())
            return fail(*error);
    }

    Briefing b;
    b.plan = *plan;
    b.asOf = asOf;
    b.sample = *sample;
    for (const Department &d : *departments)
        b.departmentNames.insert(d.id, d.name);

    const QHash<qint64, QList<ProgressReport>> byTask = reportsByTask(*reports);
    const QHash<qint64, Task> then = tasksAsOf(*overview, byTask, asOf);

    QHash<qint64, qsizetype> groupIndex;
    for (const TaskGroup &g : *groups) {
        groupIndex.insert(g.id, b.groups.size());
        b.groups << GroupStanding {g, {}, {}};
    }
    QList<TaskStanding> standings;
    QList<Task> tasksThen;
    for (const TaskOverview &o : *overview) {
        TaskStanding t;
        t.overview = o;
        t.asOf = then.value(o.task.id);
        t.pace = assessPace(t.asOf, asOf);
        standings << t;
        tasksThen << t.asOf;
        GroupStanding &group = b.groups[groupIndex.value(o.group.id)];
        group.tasks << t;
        if (!t.isWorkItem())
            ++group.byLight[t.pace.light];
    }

    // Meetings: those held by the date, the chosen one, and what was open.
    QHash<qint64, QDate> heldOn;
    for (const Meeting &m : *meetings) {
        heldOn.insert(m.id, m.heldOn);
        if (m.heldOn <= asOf)
            b.meetingsHeld << m;
        const bool chosen =
            meetingId ? m.id == *meetingId : m.kind == MeetingKind::Regular && m.heldOn <= asOf;
        if (chosen)
            b.meeting = m; // by date, so the last one chosen is the latest
    }
    if (meetingId && !b.meeting)
        return fail(tr("there is no meeting %1 in this plan").arg(*meetingId));
    if (meetingId && b.meeting->heldOn > asOf) {
        return fail(tr("meeting %1 was held on %2, after the briefing's date")
                        .arg(*meetingId)
                        .arg(b.meeting->heldOn.toString(Qt::ISODate)));
    }
    for (const ActionItem &a : *actions) {
        if (isOpenOn(a, heldOn.value(a.meetingId), asOf))
            b.openActions << a;
    }
    if (b.meeting) {
        const Result<QList<MeetingAttendee>> attendees = meetingRepository.attendees(b.meeting->id);
        if (!attendees)
            return fail(attendees.error());
        for (const MeetingAttendee &a : *attendees) {
            b.attendees << (a.departmentId ? b.departmentNames.value(*a.departmentId) : a.person);
        }
    }

    if (b.meeting) {
        const Result<QList<MeetingAmendment>> amendments =
            meetingRepository.amendments(b.meeting->id);
        if (!amendments)
            return fail(amendments.error());
        for (const MeetingAmendment &a : *amendments) {
            if (a.madeOn <= asOf)
                b.amendments << a;
        }
    }
    // The rounds and the assessment, from the lists already read above.
    SupervisionData supervision;
    supervision.plan = *plan;
    supervision.tasks = *overview;
    supervision.departments = *departments;
    supervision.reportsByTask = byTask;
    supervision.meetings = *meetings;
    supervision.actionItems = *actions;
    if (Status s = SupervisionLoader(m_db).complete(supervision); !s)
        return fail(s.error());
    if (const std::optional<ReportingRound> round = currentRound(supervision.rounds, asOf)) {
        b.round = roundStatus(*round, supervision, asOf);
        for (qint64 taskId : b.round->taskIds)
            b.taskLabels.insert(taskId, Reminders::taskLabel(supervision, taskId));
    }
    b.assessment = assess(supervision, QDate(asOf.year(), 1, 1), QDate(asOf.year(), 12, 31), asOf);

    b.summary = summarize(tasksThen, *indicators, *values, b.openActions, asOf);
    b.indicators = assessIndicators(*indicators, *values, asOf);
    b.departments = departmentStandings(standings, b.openActions, b.departmentNames, asOf);
    b.progress = progressOverTime(standings, byTask, b.plan.startOn, asOf);
    return b;
}

} // namespace PlanDesk
