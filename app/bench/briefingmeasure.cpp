#include "briefingmeasure.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "briefingcomposer.h"
#include "database/database.h"
#include "datasetspec.h"
#include "report/briefing.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

/// The least a PDF of `pages` A4 pages of Chinese text costs.
void writePlainPdf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font;
    font.setFamilies({u"Microsoft YaHei"_s, u"SimSun"_s, u"Noto Sans CJK SC"_s});
    painter.setFont(font);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(QPointF(500, 500), u"工作进展通报 第%1页"_s.arg(page + 1));
    }
}

} // namespace

BriefingMeasure::BriefingMeasure(const RunOptions &options)
    : m_options(options)
{
}

Status BriefingMeasure::measure(Figures &figures)
{
    const QString floorWhat = tr("QPdfWriter alone writing as many A4 pages, one line of "
                                 "Chinese text on each");
    Figure small {tr("The briefing PDF on S as plandesk report writes it: Briefing loaded for "
                     "today, BriefingComposer::writePdf() into memory"),
                  u"ms"_s,
                  {},
                  floorWhat,
                  {},
                  {}};
    Figure large {tr("The briefing PDF on L as plandesk report writes it: Briefing loaded for "
                     "today, BriefingComposer::writePdf() into memory"),
                  u"ms"_s,
                  {},
                  floorWhat,
                  {},
                  {std::nullopt, 3000.0, tr("briefing on L a few seconds at most (here: ≤ 3 s)")}};
    if (Status s = measureOn(m_options.small, u"S"_s, small); !s)
        return s;
    if (Status s = measureOn(m_options.large, u"L"_s, large); !s)
        return s;
    figures.append({u"briefing_pdf_s"_s, small});
    figures.append({u"briefing_pdf_l"_s, large});
    return {};
}

Status BriefingMeasure::measureOn(const QString &path, const QString &label, Figure &figure)
{
    const Result<OpenedPlan> opened = openFirstPlan(path);
    if (!opened)
        return Status::failure(opened.error());
    Database &db = *opened->db;
    // Fixed dates, so a seed gives the same figures on any day: the demo's
    // last year for S, the dataset's "today" for L.
    const QDate asOf = label == u"S" ? QDate(2019, 12, 31) : datasetHorizon();
    for (int i = 0; i < m_options.repeat; ++i) {
        note(tr("briefing PDF on %1 %2/%3").arg(label).arg(i + 1).arg(m_options.repeat));
        QElapsedTimer clock;
        clock.start();
        const Result<Briefing> briefing = BriefingLoader(db).load(opened->planId, asOf);
        if (!briefing)
            return Status::failure(briefing.error());
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        const Result<int> pages = BriefingComposer(*briefing).writePdf(pdf);
        if (!pages)
            return Status::failure(pages.error());
        figure.figure.add(elapsedMs(clock));

        clock.restart();
        writePlainPdf(*pages);
        figure.floor.add(elapsedMs(clock));
    }
    return {};
}

} // namespace PlanDesk::Bench
