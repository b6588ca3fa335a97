#include "rules/roundstatus.h"

#include <algorithm>

#include <QCollator>

#include "rules/taskstanding.h"

namespace PlanDesk {

ReportState reportState(const QDate &reportedOn, const QDate &dueOn, const QDate &asOf)
{
    if (reportedOn.isValid() && reportedOn <= asOf)
        return reportedOn <= dueOn ? ReportState::OnTime : ReportState::Late;
    return asOf > dueOn ? ReportState::Missing : ReportState::Pending;
}

const Obligation *RoundStatus::find(qint64 taskId, qint64 departmentId) const
{
    const auto at = m_index.constFind({taskId, departmentId});
    return at == m_index.cend() ? nullptr : &obligations.at(*at);
}

namespace {

void count(ReportTally &t, ReportState state)
{
    ++t.owed;
    switch (state) {
    case ReportState::Pending:
        ++t.pending;
        break;
    case ReportState::OnTime:
        ++t.onTime;
        break;
    case ReportState::Late:
        ++t.late;
        break;
    case ReportState::Missing:
        ++t.missing;
        break;
    }
}

} // namespace

ReportTally RoundStatus::tally() const
{
    ReportTally t;
    for (const Obligation &o : obligations)
        count(t, o.state);
    return t;
}

ReportTally RoundStatus::tallyOf(qint64 departmentId) const
{
    ReportTally t;
    for (const Obligation &o : obligations) {
        if (o.departmentId == departmentId)
            count(t, o.state);
    }
    return t;
}

QList<Obligation> RoundStatus::outstanding() const
{
    QList<Obligation> owed;
    for (const Obligation &o : obligations) {
        if (o.state == ReportState::Pending || o.state == ReportState::Missing)
            owed << o;
    }
    return owed;
}

RoundStatus roundStatus(const ReportingRound &round, const SupervisionData &data, const QDate &asOf)
{
    RoundStatus status;
    status.round = round;
    status.asOf = asOf;

    QHash<qint64, QList<const Assignment *>> byTask;
    for (const Assignment &a : data.assignments)
        byTask[a.taskId] << &a;

    QList<qint64> departments;
    for (const TaskOverview &t : data.tasks) {
        const Task &task = t.task;
        if (task.startOn > round.dueOn)
            continue;
        const QList<ProgressReport> reports = data.reportsByTask.value(task.id);
        if (taskAsOf(task, t.leadId, reports, round.opensOn.addDays(-1)).status == TaskStatus::Done)
            continue;
        bool owed = false;
        for (const Assignment *a : byTask.value(task.id)) {
            const Department *d = data.department(a->departmentId);
            if (!d || !answersForItself(*d))
                continue;
            Obligation o;
            o.taskId = task.id;
            o.departmentId = a->departmentId;
            o.role = a->role;
            for (const ProgressReport &r : reports) {
                if (r.departmentId == a->departmentId && r.period == round.period
                    && r.reportedOn <= asOf)
                    o.report = r;
            }
            o.state = reportState(o.report ? o.report->reportedOn : QDate(), round.dueOn, asOf);
            status.m_index.insert({o.taskId, o.departmentId}, status.obligations.size());
            status.obligations << o;
            if (!departments.contains(o.departmentId))
                departments << o.departmentId;
            owed = true;
        }
        if (owed)
            status.taskIds << task.id;
    }

    QCollator collator;
    std::sort(departments.begin(), departments.end(), [&](qint64 a, qint64 b) {
        return collator.compare(data.departmentName(a), data.departmentName(b)) < 0;
    });
    status.departmentIds = departments;
    return status;
}

std::optional<ReportingRound> currentRound(const QList<ReportingRound> &rounds, const QDate &asOf)
{
    std::optional<ReportingRound> current;
    for (const ReportingRound &r : rounds) {
        if (r.opensOn <= asOf && (!current || r.dueOn > current->dueOn))
            current = r;
    }
    return current;
}

} // namespace PlanDesk
