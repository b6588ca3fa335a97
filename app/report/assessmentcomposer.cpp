#include "assessmentcomposer.h"

#include <QLocale>
#include <QPainter>

#include "charttheme.h"
#include "pagedoutput.h"
#include "pagewriter.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

const QString dash = u"—"_s;

bool containsSample(const SupervisionData &data)
{
    for (const ReportingRound &r : data.rounds) {
        if (r.sample)
            return true;
    }
    for (const ActionItem &a : data.actionItems) {
        if (a.sample)
            return true;
    }
    for (const QList<ProgressReport> &reports : data.reportsByTask) {
        for (const ProgressReport &r : reports) {
            if (r.sample)
                return true;
        }
    }
    return false;
}

} // namespace

AssessmentReport AssessmentReport::make(const SupervisionData &data, const Period &period,
                                        const QDate &asOf)
{
    return {data.plan.title, period.toString(),
            assess(data, period.firstDay(), period.lastDay(), asOf), containsSample(data)};
}

AssessmentComposer::AssessmentComposer(const AssessmentReport &report)
    : m_report(report)
    , m_body(ChartTheme::font(10.5))
    , m_small(ChartTheme::font(8.5))
{
}

QString AssessmentComposer::periodName(const Period &period)
{
    const QString year = QString::number(period.year());
    switch (period.kind()) {
    case Period::Kind::Year:
        return tr("%1 (whole year)").arg(year);
    case Period::Kind::Half:
        return period.index() == 1 ? tr("%1 first half").arg(year) : tr("%1 second half").arg(year);
    case Period::Kind::Quarter:
        return tr("%1 Q%2").arg(year).arg(period.index());
    case Period::Kind::Month:
        break;
    }
    return QLocale().toString(period.firstDay(), tr("MMMM yyyy"));
}

QString AssessmentComposer::tallyText(const ScoreTally &tally)
{
    const std::optional<double> rate = tally.rate();
    if (!rate)
        return dash;
    return tr("%1/%2 (%3%)")
        .arg(tally.met)
        .arg(tally.counted)
        .arg(QLocale().toString(*rate * 100, 'f', 1));
}

QString AssessmentComposer::scoreText(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 1) : dash;
}

ReportTable AssessmentComposer::table(const Assessment &assessment)
{
    ReportTable table;
    table.columns = {{tr("Rank"), 0.8, Qt::AlignCenter},
                     {tr("Department"), 3.4},
                     {tr("Reports on time"), 1.9, Qt::AlignRight},
                     {tr("Tasks on pace"), 1.9, Qt::AlignRight},
                     {tr("Action items closed on time"), 1.9, Qt::AlignRight},
                     {tr("Score"), 1.0, Qt::AlignRight}};
    for (const Scorecard &card : assessment.cards) {
        table.addRow({{card.rank > 0 ? QString::number(card.rank) : dash, {}},
                      {card.name, {}},
                      {tallyText(card.reporting), {}},
                      {tallyText(card.pace), {}},
                      {tallyText(card.actions), {}},
                      {scoreText(card.score), {}}});
    }
    return table;
}

QString AssessmentComposer::date(const QDate &date) const
{
    return QLocale().toString(date, tr("MMMM d, yyyy"));
}

QString AssessmentComposer::rules(const Assessment &assessment)
{
    const AssessmentWeights &w = assessment.weights;
    return tr("Weights: reports on time %1%, tasks on pace %2%, action items closed on time "
              "%3%. Reports owed in rounds due in the period are met when handed in by the due "
              "date; tasks the department leads that have started, when on pace or done; action "
              "items due in the period, when closed by the due date. The score (out of 100) is "
              "the weighted mean of the parts that counted anything; departments with nothing "
              "counted are unscored and listed last.")
        .arg(w.reporting)
        .arg(w.pace)
        .arg(w.actions);
}

void AssessmentComposer::compose(PageWriter &writer) const
{
    const Assessment &a = m_report.assessment;
    writer.paragraph(tr("Department Assessment"), ChartTheme::font(18, true), writer.mm(3),
                     Qt::AlignHCenter);
    writer.paragraph(m_report.planTitle, ChartTheme::font(12, true), writer.mm(4),
                     Qt::AlignHCenter);
    const std::optional<Period> period = Period::parse(m_report.period);
    writer.paragraph(tr("Period: %1 (%2 to %3) · evaluated on %4")
                         .arg(period ? periodName(*period) : m_report.period, date(a.from),
                              date(a.to), date(a.evaluatedOn)),
                     m_body, writer.mm(2));
    writer.paragraph(rules(m_report.assessment), m_small, writer.mm(4));
    if (m_report.sample)
        writer.paragraph(tr("Based on sample data made by “plandesk init --demo”; not a real "
                            "assessment."),
                         m_small, writer.mm(3));
    writeTable(writer, table(a), m_body);
}

void AssessmentComposer::decorate(QPainter &p, const PageWriter &w, int pages) const
{
    const std::optional<Period> period = Period::parse(m_report.period);
    PagedOutput::decorate(
        p, w, pages, m_small, m_report.planTitle,
        tr("Department assessment · %1").arg(period ? periodName(*period) : m_report.period),
        m_report.sample);
}

Result<int> AssessmentComposer::print(QPagedPaintDevice &device) const
{
    return PagedOutput::print(
        device, true, [this](PageWriter &writer) { compose(writer); },
        [this](QPainter &p, const PageWriter &w, int pages) { decorate(p, w, pages); });
}

Result<int> AssessmentComposer::writePdf(QIODevice &device) const
{
    return PagedOutput::writePdf(device, tr("Department assessment: %1").arg(m_report.planTitle),
                                 [this](QPagedPaintDevice &pdf) { return print(pdf); });
}

Result<int> AssessmentComposer::writePdf(const QString &path) const
{
    return PagedOutput::writePdf(path, tr("Department assessment: %1").arg(m_report.planTitle),
                                 [this](QPagedPaintDevice &pdf) { return print(pdf); });
}

} // namespace PlanDesk
