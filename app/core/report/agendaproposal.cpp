#include "report/agendaproposal.h"

#include <QLocale>

namespace PlanDesk {

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

AgendaProposal AgendaProposer::propose(const Briefing &briefing, qint64 meetingId)
{
    AgendaProposal p;
    p.heldOn = briefing.asOf;
    p.departmentNames = briefing.departmentNames;
    for (const Meeting &m : briefing.meetingsHeld) {
        if (m.id != meetingId && m.heldOn < briefing.asOf)
            p.raisedOn.insert(m.id, m.heldOn);
    }
    for (const ActionItem &a : briefing.openActions) {
        if (p.raisedOn.contains(a.meetingId))
            p.openActions << a;
    }
    for (const TaskStanding &t : briefing.allTasks()) {
        if (t.pace.light == PaceLight::Red)
            p.redTasks << t;
    }
    for (const IndicatorPace &i : briefing.indicators) {
        if (i.light == PaceLight::Red || i.light == PaceLight::Yellow)
            p.indicatorsBehind << i;
    }
    return p;
}

QString AgendaProposer::toText(const AgendaProposal &p)
{
    QStringList lines;
    int section = 0;
    auto heading = [&](const QString &text) {
        lines << tr("%1. %2").arg(++section).arg(text);
    };
    auto item = [&](int n, const QString &text) {
        lines << tr("   (%1) %2").arg(n).arg(text);
    };

    heading(tr("Report on the progress of the key tasks and the main targets."));
    if (!p.openActions.isEmpty()) {
        heading(tr("Follow up the %n action item(s) of earlier meetings still open:", nullptr,
                   static_cast<int>(p.openActions.size())));
        int n = 0;
        for (const ActionItem &a : p.openActions) {
            const QString owner = p.departmentNames.value(a.ownerDepartmentId);
            if (a.dueOn < p.heldOn)
                item(++n,
                     tr("%1 (%2, due %3, overdue)").arg(a.description, owner, shortDate(a.dueOn)));
            else
                item(++n, tr("%1 (%2, due %3)").arg(a.description, owner, shortDate(a.dueOn)));
        }
    }
    if (!p.redTasks.isEmpty()) {
        heading(tr("Tasks far behind pace (%n):", nullptr, static_cast<int>(p.redTasks.size())));
        int n = 0;
        for (const TaskStanding &t : p.redTasks) {
            const QString title = t.overview.task.title;
            const QString lead = t.overview.lead;
            if (t.pace.overdue)
                item(++n,
                     tr("%1 (led by %2; %3% done, overdue since %4)")
                         .arg(title, lead)
                         .arg(t.asOf.percent)
                         .arg(shortDate(t.overview.task.dueOn)));
            else
                item(++n,
                     tr("%1 (led by %2; %3% done, %4% expected)")
                         .arg(title, lead)
                         .arg(t.asOf.percent)
                         .arg(t.pace.expectedPercent));
        }
    }
    if (!p.indicatorsBehind.isEmpty()) {
        heading(tr("Targets behind their required path (%n):", nullptr,
                   static_cast<int>(p.indicatorsBehind.size())));
        int n = 0;
        for (const IndicatorPace &i : p.indicatorsBehind) {
            const int decimals = displayDecimals(i.indicator);
            const QString latest =
                i.latest ? number(i.latest->value.toDouble(), decimals) : QString();
            const QString required = i.required ? number(*i.required, decimals) : QString();
            item(++n,
                 tr("%1: %2 %3 against %4 required")
                     .arg(i.indicator.name, latest, i.indicator.unit, required));
        }
    }
    heading(tr("Deploy the next stage's work and divide responsibility."));
    return lines.join(u'\n');
}

} // namespace PlanDesk
