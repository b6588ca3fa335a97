// The briefing's sections on the supervision loop: the reporting round, the
// department assessment and the amendments to the minutes.

#include <QLocale>

#include "assessmentcomposer.h"
#include "briefingcomposer.h"
#include "charttheme.h"
#include "pagewriter.h"
#include "reporttable.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

void BriefingComposer::writeRounds(PageWriter &writer, const QString &numbering) const
{
    const Briefing &b = m_briefing;
    heading(writer, numbering + tr("Progress reporting"));
    if (!b.round) {
        writer.paragraph(tr("No reporting round had opened by %1.").arg(date(b.asOf)), m_body,
                         writer.mm(3));
        return;
    }
    const RoundStatus &r = *b.round;
    const ReportTally all = r.tally();
    writer.paragraph(tr("%1 (period %2), due on %3: %4 reports owed by %5 departments; %6 handed "
                        "in on time, %7 late, %8 missing after the due date and %9 not yet due.")
                         .arg(r.round.title, r.round.period, date(r.round.dueOn))
                         .arg(all.owed)
                         .arg(r.departmentIds.size())
                         .arg(all.onTime)
                         .arg(all.late)
                         .arg(all.missing)
                         .arg(all.pending),
                     m_body, writer.mm(3));

    ReportTable table;
    table.columns = {{tr("Department"), 3.6},
                     {tr("Owed"), 1.0, Qt::AlignRight},
                     {tr("On time"), 1.0, Qt::AlignRight},
                     {tr("Late"), 1.0, Qt::AlignRight},
                     {tr("Missing"), 1.0, Qt::AlignRight},
                     {tr("Not yet due"), 1.2, Qt::AlignRight},
                     {tr("Still owed on"), 4.0}};
    for (qint64 department : r.departmentIds) {
        const ReportTally t = r.tallyOf(department);
        QStringList owed;
        for (const Obligation &o : r.outstanding()) {
            if (o.departmentId == department)
                owed << b.taskLabels.value(o.taskId);
        }
        table.addRow({{b.departmentNames.value(department), {}},
                      {QString::number(t.owed), {}},
                      {QString::number(t.onTime), {}},
                      {QString::number(t.late), {}},
                      {QString::number(t.missing), {}},
                      {QString::number(t.pending), {}},
                      {owed.join(tr("; ")), {}}});
    }
    writeTable(writer, table, m_small);
}

void BriefingComposer::writeAssessment(PageWriter &writer, const QString &numbering) const
{
    const Assessment &a = m_briefing.assessment;
    heading(writer, numbering + tr("Department assessment, %1 to date").arg(a.from.year()));
    writer.paragraph(tr("Judged on %1. %2").arg(date(a.evaluatedOn), AssessmentComposer::rules(a)),
                     m_small, writer.mm(3));
    writeTable(writer, AssessmentComposer::table(a), m_small);
}

void BriefingComposer::writeAmendments(PageWriter &writer) const
{
    const Briefing &b = m_briefing;
    if (b.amendments.isEmpty())
        return;
    writer.advance(writer.mm(3));
    writer.paragraph(tr("Amendments to the approved minutes"), ChartTheme::font(11, true),
                     writer.mm(1.5));
    int n = 0;
    for (const MeetingAmendment &a : b.amendments) {
        writer.paragraph(tr("%1. %2 (%3, %4; reason: %5)")
                             .arg(++n)
                             .arg(a.text, date(a.madeOn), a.actor, a.reason),
                         m_body, writer.mm(1.5));
    }
}

} // namespace PlanDesk
