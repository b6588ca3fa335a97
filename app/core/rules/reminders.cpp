#include "rules/reminders.h"

#include <algorithm>

#include <QCollator>
#include <QHash>
#include <QLocale>

#include "rules/roundstatus.h"
#include "rules/taskstanding.h"

namespace PlanDesk {

namespace {

bool isClosedBy(const ActionItem &a, const QDate &date)
{
    return a.closedOn.isValid() && a.closedOn <= date;
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

QString Reminders::taskLabel(const SupervisionData &data, qint64 taskId)
{
    const TaskOverview *t = data.task(taskId);
    if (!t)
        return tr("task %1").arg(taskId);
    if (t->task.parentId) {
        const TaskOverview *parent = data.task(*t->task.parentId);
        return tr("work item %1.%2 %3")
            .arg(parent ? parent->task.number : 0)
            .arg(t->task.number)
            .arg(t->task.title);
    }
    return (t->group.kind == GroupKind::Safeguard ? tr("measure %1 %2") : tr("task %1 %2"))
        .arg(t->task.number)
        .arg(t->task.title);
}

Reminder Reminders::owedReport(const RoundStatus &status, const Obligation &owed,
                               const SupervisionData &data)
{
    Reminder r;
    r.kind = Reminder::Kind::Report;
    r.dueOn = status.round.dueOn;
    r.taskId = owed.taskId;
    r.roundId = status.round.id;
    r.overdue = owed.state == ReportState::Missing;
    r.what = tr("Report for %1 on %2").arg(status.round.title, taskLabel(data, owed.taskId));
    return r;
}

QList<DepartmentReminders> Reminders::forRound(const RoundStatus &status,
                                               const SupervisionData &data)
{
    QHash<qint64, QList<Reminder>> byDepartment;
    for (const Obligation &o : status.outstanding())
        byDepartment[o.departmentId] << owedReport(status, o, data);
    QList<DepartmentReminders> list;
    for (qint64 department : status.departmentIds) { // by name
        if (byDepartment.contains(department))
            list << DepartmentReminders {department, data.departmentName(department),
                                         byDepartment.value(department)};
    }
    return list;
}

QList<DepartmentReminders> Reminders::collect(const SupervisionData &data, const QDate &asOf,
                                              int withinDays)
{
    const QDate horizon = asOf.addDays(withinDays);
    QHash<qint64, QList<Reminder>> byDepartment;

    if (const std::optional<ReportingRound> round = currentRound(data.rounds, asOf);
        round && round->dueOn <= horizon) {
        const RoundStatus status = roundStatus(*round, data, asOf);
        for (const Obligation &o : status.outstanding())
            byDepartment[o.departmentId] << owedReport(status, o, data);
    }

    for (const ActionItem &a : data.actionItems) {
        const QDate raised = data.meetingDate(a.meetingId);
        if (!raised.isValid() || raised > asOf || isClosedBy(a, asOf) || a.dueOn > horizon)
            continue;
        Reminder r;
        r.kind = Reminder::Kind::Action;
        r.dueOn = a.dueOn;
        r.taskId = a.taskId.value_or(0);
        r.actionItemId = a.id;
        r.overdue = a.dueOn < asOf;
        r.what = tr("Action item of the meeting of %1: %2").arg(shortDate(raised), a.description);
        byDepartment[a.ownerDepartmentId] << r;
    }

    for (const TaskOverview &t : data.tasks) {
        if (!t.leadId || t.task.dueOn > horizon)
            continue;
        const Task then = taskAsOf(t.task, t.leadId, data.reportsByTask.value(t.task.id), asOf);
        if (then.status == TaskStatus::Done)
            continue;
        Reminder r;
        r.kind = Reminder::Kind::Task;
        r.dueOn = t.task.dueOn;
        r.taskId = t.task.id;
        r.overdue = t.task.dueOn < asOf;
        r.what = tr("Finish %1 (%2% done)").arg(taskLabel(data, t.task.id)).arg(then.percent);
        byDepartment[*t.leadId] << r;
    }

    QList<DepartmentReminders> list;
    for (auto it = byDepartment.begin(); it != byDepartment.end(); ++it) {
        const Department *d = data.department(it.key());
        if (!d || !answersForItself(*d))
            continue;
        QList<Reminder> reminders = it.value();
        std::stable_sort(reminders.begin(), reminders.end(),
                         [](const Reminder &a, const Reminder &b) {
                             if (a.overdue != b.overdue)
                                 return a.overdue;
                             return a.dueOn < b.dueOn;
                         });
        list << DepartmentReminders {d->id, d->name, reminders};
    }
    QCollator collator;
    std::sort(list.begin(), list.end(),
              [&](const DepartmentReminders &a, const DepartmentReminders &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    return list;
}

QString Reminders::toText(const QList<DepartmentReminders> &list, const QDate &asOf)
{
    QStringList lines;
    lines << tr("Due and overdue as of %1").arg(shortDate(asOf));
    for (const DepartmentReminders &d : list) {
        lines << QString() << tr("%1:").arg(d.name);
        int n = 0;
        for (const Reminder &r : d.reminders) {
            const int days = static_cast<int>(asOf.daysTo(r.dueOn));
            QString when;
            if (r.overdue)
                when = tr("due %1, %n day(s) overdue", nullptr, -days).arg(shortDate(r.dueOn));
            else if (days == 0)
                when = tr("due today (%1)").arg(shortDate(r.dueOn));
            else
                when = tr("due %1, in %n day(s)", nullptr, days).arg(shortDate(r.dueOn));
            lines << tr("  %1. %2 — %3").arg(++n).arg(r.what, when);
        }
    }
    return lines.join(u'\n');
}

} // namespace PlanDesk
