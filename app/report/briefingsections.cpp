// The sections of the briefing after its cover; see briefingcomposer.h.

#include <utility>

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include "briefingcomposer.h"
#include "chartrenderer.h"
#include "charttheme.h"
#include "indicatorcharts.h"
#include "pacestyle.h"
#include "pagewriter.h"
#include "reporttable.h"
#include "taskcharts.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Indicator charts a handout has room for: a dozen, about four pages.
constexpr qsizetype ChartedIndicators = 12;

/// Draws a chart across the page, `heightMm` tall (at most a page), kept
/// whole on one page.
void writeChart(PageWriter &writer, QChart &chart, qreal heightMm)
{
    heightMm = std::min(heightMm, writer.contentRect().height() / writer.mm(1));
    const qreal height = writer.mm(heightMm);
    writer.ensure(height);
    if (QPainter *p = writer.painter()) {
        // Scene units are Qt's device-independent pixels (1/96 inch), so the
        // chart's fonts keep their point sizes on paper.
        const qreal widthMm = writer.width() / writer.mm(1);
        const QSizeF scene(widthMm / 25.4 * 96.0, heightMm / 25.4 * 96.0);
        ChartRenderer::render(chart, *p, QRectF(writer.left(), writer.y(), writer.width(), height),
                              scene);
    }
    writer.advance(height + writer.mm(4));
}

QString number(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

QString percent(double value)
{
    return QLocale().toString(qRound(value)) + u'%';
}

QString taskNumber(const TaskStanding &t, const QHash<qint64, int> &numbers)
{
    const Task &task = t.overview.task;
    const QString n = task.parentId ? u"%1.%2"_s.arg(numbers.value(*task.parentId)).arg(task.number)
                                    : QString::number(task.number);
    return t.overview.group.kind == GroupKind::Safeguard ? BriefingComposer::tr("Measure %1").arg(n)
                                                         : n;
}

} // namespace

void BriefingComposer::writeSummary(PageWriter &writer, const QString &numbering) const
{
    const Briefing &b = m_briefing;
    const PlanSummary &s = b.summary;
    heading(writer, numbering + tr("Overall standing"), 60);

    int metTargets = 0, projected = 0;
    for (const IndicatorPace &p : b.indicators) {
        metTargets += p.targetMet ? 1 : 0;
        projected += (p.projectedMet.value_or(false) && !p.targetMet) ? 1 : 0;
    }
    const auto lit = [&](PaceLight l) {
        return s.byLight.value(l);
    };
    writer.paragraph(
        tr("As of %1, the plan has %2 key tasks and safeguard measures: %3 done, %4 on pace, "
           "%5 behind, %6 far behind or overdue and %7 not started; %8 are past their due "
           "date. Of its %9 targets, %10 are met and %11 more are on course to be met by the "
           "trend. %12 action items of the leading group are open, %13 of them overdue.")
            .arg(date(b.asOf))
            .arg(s.tasks)
            .arg(lit(PaceLight::Done))
            .arg(lit(PaceLight::Green))
            .arg(lit(PaceLight::Yellow))
            .arg(lit(PaceLight::Red))
            .arg(lit(PaceLight::NotStarted))
            .arg(s.overdue)
            .arg(b.indicators.size())
            .arg(metTargets)
            .arg(projected)
            .arg(s.openActions)
            .arg(s.overdueActions),
        m_body, writer.mm(4));

    // Key numbers as boxes, each with its symbol so grey print still reads.
    struct Figure
    {
        QString label;
        int value;
        std::optional<PaceLight> light;
    };
    const QList<Figure> figures = {
        {tr("Tasks and measures"), s.tasks, {}},
        {paceText(PaceLight::Done), lit(PaceLight::Done), PaceLight::Done},
        {paceText(PaceLight::Green), lit(PaceLight::Green), PaceLight::Green},
        {paceText(PaceLight::Yellow), lit(PaceLight::Yellow), PaceLight::Yellow},
        {paceText(PaceLight::Red), lit(PaceLight::Red), PaceLight::Red},
        {tr("Overdue tasks"), s.overdue, {}},
        {tr("Targets met"), metTargets, {}},
        {tr("Open action items"), s.openActions, {}},
    };
    const int perRow = 4;
    const qreal gap = writer.mm(3);
    const qreal boxWidth = (writer.width() - gap * (perRow - 1)) / perRow;
    const qreal boxHeight = writer.mm(17);
    for (qsizetype i = 0; i < figures.size(); i += perRow) {
        writer.ensure(boxHeight);
        if (QPainter *p = writer.painter()) {
            for (qsizetype j = i; j < std::min(i + perRow, figures.size()); ++j) {
                const Figure &f = figures.at(j);
                const QRectF box(writer.left() + static_cast<qreal>(j - i) * (boxWidth + gap),
                                 writer.y(), boxWidth, boxHeight);
                p->setPen(QPen(Qt::black, writer.mm(0.25)));
                p->setBrush(QColor(0xf5, 0xf5, 0xf5));
                p->drawRect(box);
                p->setFont(ChartTheme::font(18, true));
                p->drawText(box.adjusted(0, writer.mm(1), 0, -boxHeight / 2.4), Qt::AlignCenter,
                            QString::number(f.value));
                p->setFont(m_small);
                QRectF label = box.adjusted(0, boxHeight * 0.58, 0, -writer.mm(1));
                if (f.light) {
                    const qreal size = writer.mm(3.2);
                    const qreal textWidth =
                        QFontMetricsF(m_small, &writer.device()).horizontalAdvance(f.label);
                    const qreal x = box.center().x() - (textWidth + size + writer.mm(1)) / 2;
                    drawPaceSymbol(*p, QRectF(x, label.center().y() - size / 2, size, size),
                                   *f.light);
                    label.translate(size / 2 + writer.mm(0.5), 0);
                }
                p->drawText(label, Qt::AlignCenter, f.label);
            }
        }
        writer.advance(boxHeight + gap);
    }

    writer.advance(writer.mm(2));
    std::unique_ptr<QChart> lights = TaskCharts::lightsByGroup(b.groups);
    writeChart(writer, *lights, 80);
    std::unique_ptr<QChart> progress = TaskCharts::progressOverTime(b.progress);
    writeChart(writer, *progress, 70);
}

void BriefingComposer::writeIndicators(PageWriter &writer, const QString &numbering) const
{
    const Briefing &b = m_briefing;
    heading(writer, numbering + tr("Targets"));
    writer.paragraph(tr("The required path runs straight from the baseline to the target at "
                        "the end of the target year; the trend is a straight line fitted to "
                        "the baseline and every value known on %1.")
                         .arg(date(b.asOf)),
                     m_small, writer.mm(3));

    ReportTable table;
    table.columns = {{tr("Indicator"), 3.2},
                     {tr("Baseline"), 1.3, Qt::AlignRight},
                     {tr("Latest"), 1.3, Qt::AlignRight},
                     {tr("Target"), 1.3, Qt::AlignRight},
                     {tr("Path requires"), 1.2, Qt::AlignRight},
                     {tr("Gap"), 1.1, Qt::AlignRight},
                     {tr("Trend at target year"), 1.5, Qt::AlignRight},
                     {tr("Standing"), 1.5}};
    for (const IndicatorPace &p : b.indicators) {
        const Indicator &i = p.indicator;
        const int decimals = displayDecimals(i);
        const QString baseline = i.baselineValue
            ? tr("%1 (%2)").arg(i.baselineValue->toString()).arg(i.baselineYear.value_or(0))
            : tr("none");
        const QString latest =
            p.latest ? tr("%1 (%2)").arg(p.latest->value.toString(), p.latest->period) : tr("none");
        const QString target = tr("%1 %2 (%3)")
                                   .arg(comparisonSymbol(i.comparison), i.targetValue.toString())
                                   .arg(i.targetYear);
        const QString required = p.required ? number(*p.required, decimals) : u"—"_s;
        const QString gap = !p.gap ? u"—"_s : (p.targetMet ? tr("met") : p.gap->toString());
        const QString trend = p.projected
            ? tr("%1, %2").arg(number(*p.projected, decimals),
                               *p.projectedMet ? tr("will be met") : tr("will be missed"))
            : u"—"_s;
        const QString standing = p.light == PaceLight::Done ? tr("Target met")
            : p.latest                                      ? paceText(p.light)
                                                            : tr("No value yet");
        table.addRow({{i.name + u"（"_s + i.unit + u"）"_s, {}},
                      {baseline, {}},
                      {latest, {}},
                      {target, {}},
                      {required, {}},
                      {gap, {}},
                      {trend, {}},
                      {standing, p.light}});
    }
    writeTable(writer, table, m_small);
    writer.advance(writer.mm(5));

    // The table lists every target; the charts show a handout's worth, the
    // ones furthest behind first when a plan has more.
    const QList<IndicatorPace> charted = b.indicators.size() <= ChartedIndicators
        ? b.indicators
        : furthestBehind(b.indicators, ChartedIndicators);
    if (charted.size() < b.indicators.size())
        writer.paragraph(tr("The charts show %1 of the %2 targets: red first, then yellow, then "
                            "those with no value yet, each in the plan's order.")
                             .arg(charted.size())
                             .arg(b.indicators.size()),
                         m_small, writer.mm(3));
    std::unique_ptr<QChart> overview = IndicatorCharts::overview(charted);
    // Two labelled bars per indicator need about 14 mm.
    writeChart(writer, *overview, 30 + 14.0 * static_cast<qreal>(charted.size()));
    for (const IndicatorPace &p : charted) {
        std::unique_ptr<QChart> chart = IndicatorCharts::pacing(p);
        writeChart(writer, *chart, 88);
    }
}

void BriefingComposer::writeTasks(PageWriter &writer, const QString &numbering) const
{
    const Briefing &b = m_briefing;
    heading(writer, numbering + tr("Key tasks and safeguard measures"));
    writer.paragraph(tr("Percent done as reported by the lead department by %1; the pace is "
                        "the share of each task's time that has passed.")
                         .arg(date(b.asOf)),
                     m_small, writer.mm(3));

    QHash<qint64, int> numbers;
    for (const TaskStanding &t : b.allTasks())
        numbers.insert(t.overview.task.id, t.overview.task.number);

    ReportTable table;
    table.columns = {{tr("No."), 0.9},
                     {tr("Task"), 4.9},
                     {tr("Lead department"), 2.0},
                     {tr("Done"), 0.9, Qt::AlignRight},
                     {tr("Pace"), 0.9, Qt::AlignRight},
                     {tr("Standing"), 2.0}};
    for (const GroupStanding &g : b.groups) {
        if (g.tasks.isEmpty())
            continue;
        table.addHeading(g.group.numbering + g.group.title);
        for (const TaskStanding &t : g.tasks) {
            QString standing = paceText(t.pace.light);
            if (t.pace.overdue)
                standing = tr("%1, overdue").arg(standing);
            table.addRow({{taskNumber(t, numbers), {}},
                          {t.overview.task.title, {}},
                          {t.overview.lead, {}},
                          {percent(t.asOf.percent), {}},
                          {percent(t.pace.expectedPercent), {}},
                          {standing, t.pace.light}},
                         t.isWorkItem());
        }
    }
    writeTable(writer, table, m_small);
}

void BriefingComposer::writeOverdue(PageWriter &writer, const QString &numbering) const
{
    const Briefing &b = m_briefing;
    const qreal chartMm =
        std::clamp<qreal>(30 + 7.0 * static_cast<qreal>(b.departments.size()), 60, 200);
    heading(writer, numbering + tr("Overdue items by department"), chartMm);

    std::unique_ptr<QChart> chart = DepartmentCharts::paceByDepartment(b.departments);
    writeChart(writer, *chart, chartMm);

    ReportTable table;
    table.columns = {{tr("Item"), 5.5},
                     {tr("Kind"), 1.3},
                     {tr("Due"), 1.8},
                     {tr("Days overdue"), 1.2, Qt::AlignRight}};
    for (const DepartmentStanding &d : b.departments) {
        if (d.overdueTasks.isEmpty() && d.overdueActions.isEmpty())
            continue;
        table.addHeading(
            tr("%1: %2 overdue").arg(d.name).arg(d.overdueTasks.size() + d.overdueActions.size()));
        for (const TaskStanding &t : d.overdueTasks) {
            table.addRow({{t.overview.task.title, t.pace.light},
                          {t.isWorkItem() ? tr("Work item") : tr("Task"), {}},
                          {date(t.overview.task.dueOn), {}},
                          {QString::number(t.overview.task.dueOn.daysTo(b.asOf)), {}}});
        }
        for (const ActionItem &a : d.overdueActions) {
            table.addRow({{a.description, {}},
                          {tr("Action item"), {}},
                          {date(a.dueOn), {}},
                          {QString::number(a.dueOn.daysTo(b.asOf)), {}}});
        }
    }
    if (table.rows.isEmpty())
        writer.paragraph(tr("Nothing is overdue."), m_body, writer.mm(3));
    else
        writeTable(writer, table, m_small);
}

void BriefingComposer::writeActions(PageWriter &writer, const QString &numbering) const
{
    const Briefing &b = m_briefing;
    heading(writer, numbering + tr("Open action items"));
    writer.paragraph(tr("%n action item(s) of the leading group's meetings still open on %1, "
                        "by the meeting that decided them.",
                        nullptr, int(b.openActions.size()))
                         .arg(date(b.asOf)),
                     m_body, writer.mm(3));
    if (b.openActions.isEmpty())
        return;
    ReportTable table;
    table.columns = {{tr("Action item"), 5.0},
                     {tr("Owner"), 1.8},
                     {tr("Due"), 1.7},
                     {tr("Status"), 1.2},
                     {tr("Follow-up"), 2.3}};
    for (const Meeting &m : b.meetingsHeld) {
        bool first = true;
        for (const ActionItem &a : b.openActions) {
            if (a.meetingId != m.id)
                continue;
            if (std::exchange(first, false))
                table.addHeading(tr("%1 (%2)").arg(m.title, date(m.heldOn)));
            QString status = displayName(a.status);
            if (a.closedOn.isValid()) // closed after the briefing's date
                status = tr("Open then");
            if (a.dueOn < b.asOf)
                status = tr("%1, overdue").arg(status);
            table.addRow({{a.description, {}},
                          {b.departmentNames.value(a.ownerDepartmentId), {}},
                          {date(a.dueOn), {}},
                          {status, {}},
                          {a.followUp, {}}});
        }
    }
    writeTable(writer, table, m_small);
}

void BriefingComposer::writeMinutes(PageWriter &writer, const QString &numbering) const
{
    const Briefing &b = m_briefing;
    heading(writer, numbering + tr("Minutes of the meeting"));
    if (!b.meeting) {
        writer.paragraph(tr("No meeting was held by %1.").arg(date(b.asOf)), m_body, writer.mm(3));
        return;
    }
    const Meeting &m = *b.meeting;
    writer.paragraph(m.title, ChartTheme::font(12, true), writer.mm(2));
    QStringList facts;
    facts << tr("Held on: %1").arg(date(m.heldOn));
    if (!m.place.isEmpty())
        facts << tr("Place: %1").arg(m.place);
    if (!m.chair.isEmpty())
        facts << tr("Chair: %1").arg(m.chair);
    facts << (m.approval == Approval::Approved
                  ? tr("Minutes approved on %1").arg(date(m.approvedOn))
                  : tr("Minutes not yet approved"));
    writer.paragraph(facts.join(u"    "_s), m_small, writer.mm(2));
    if (!b.attendees.isEmpty())
        writer.paragraph(tr("Attended: %1").arg(b.attendees.join(tr(", "))), m_small, writer.mm(3));
    if (!m.agenda.trimmed().isEmpty()) {
        writer.paragraph(tr("Agenda"), ChartTheme::font(11, true), writer.mm(1.5));
        for (const QString &line : m.agenda.split(u'\n', Qt::SkipEmptyParts))
            writer.paragraph(line, m_body, writer.mm(1));
        writer.advance(writer.mm(2));
    }
    writer.paragraph(tr("Minutes"), ChartTheme::font(11, true), writer.mm(1.5));

    // The rich text is laid out once and painted a paragraph at a time, each
    // kept whole on its page; one longer than a page goes line by line.
    QTextDocument document;
    document.setDefaultFont(m_body);
    document.documentLayout()->setPaintDevice(&writer.device());
    if (Qt::mightBeRichText(m.minutes))
        document.setHtml(m.minutes);
    else
        document.setPlainText(m.minutes);
    document.setTextWidth(writer.width());
    const auto paintSlice = [&](const QRectF &slice) {
        writer.ensure(slice.height());
        if (QPainter *p = writer.painter()) {
            p->save();
            p->translate(writer.left() - slice.left(), writer.y() - slice.top());
            document.drawContents(p, slice);
            p->restore();
        }
        writer.advance(slice.height());
    };
    QTextFrame *root = document.rootFrame();
    for (QTextFrame::iterator it = root->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            // A table is painted whole, by its frame, not cell by cell.
            const QRectF r = document.documentLayout()->frameBoundingRect(frame);
            const qreal page = writer.contentRect().height();
            for (qreal top = r.top(); top < r.bottom(); top += page)
                paintSlice(QRectF(r.left(), top, r.width(), std::min(page, r.bottom() - top)));
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QRectF r = document.documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (r.height() <= writer.contentRect().height() || !layout || layout->lineCount() == 0) {
            paintSlice(r);
            continue;
        }
        // Line by line through QTextLine: painting the block clipped would
        // still put all of its text into the PDF's text layer each time.
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            writer.ensure(line.height());
            if (QPainter *p = writer.painter()) {
                p->save();
                p->setPen(Qt::black);
                line.draw(p,
                          QPointF(writer.left() + layout->position().x() - r.left(),
                                  writer.y() - line.y()));
                p->restore();
            }
            writer.advance(line.height());
        }
        writer.advance(r.bottom() - layout->position().y() - layout->boundingRect().height());
    }
    writeAmendments(writer);
}

} // namespace PlanDesk
