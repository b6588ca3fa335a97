#include "chartsmeasure.h"

#include <memory>
#include <vector>

#include <QAbstractBarSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QElapsedTimer>
#include <QLineSeries>

#include "chartrenderer.h"
#include "database/database.h"
#include "datasetspec.h"
#include "indicatorcharts.h"
#include "taskcharts.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

// The dashboard's panels in a 1229-pixel-wide window: two columns of
// charts, the departments chart across both and one bar-row a department.
const QSizeF HalfPanel(600, 330);

struct Shown
{
    std::unique_ptr<QChart> chart;
    QSizeF size;
};

QSizeF departmentsSize(qsizetype departments)
{
    return {1210, std::max(330.0, 130.0 + 26.0 * static_cast<double>(departments))};
}

/// The dashboard's charts as DashboardPage::showCharts() makes them (the
/// pacing chart for the first indicator, as it opens).
std::vector<Shown> dashboardCharts(const Briefing &b)
{
    std::vector<Shown> charts;
    charts.push_back({TaskCharts::lightsByGroup(b.groups), HalfPanel});
    charts.push_back({TaskCharts::progressOverTime(b.progress), HalfPanel});
    charts.push_back({IndicatorCharts::overview(b.indicators), HalfPanel});
    if (!b.indicators.isEmpty())
        charts.push_back({IndicatorCharts::pacing(b.indicators.constFirst()), HalfPanel});
    charts.push_back(
        {DepartmentCharts::paceByDepartment(b.departments), departmentsSize(b.departments.size())});
    return charts;
}

/// A plain chart with as many bars and points as `real`.
std::unique_ptr<QChart> plainLike(const QChart &real)
{
    int bars = 0;
    int points = 0;
    for (QAbstractSeries *series : real.series()) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : barSeries->barSets())
                bars += static_cast<int>(set->count());
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            points += static_cast<int>(xy->count());
        }
    }
    auto chart = std::make_unique<QChart>();
    chart->setTitle(real.title());
    if (bars > 0) {
        auto *set = new QBarSet(u"bars"_s);
        for (int i = 0; i < bars; ++i)
            *set << (i % 7 + 1);
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
    }
    if (points > 0) {
        auto *line = new QLineSeries;
        for (int i = 0; i < points; ++i)
            line->append(i, i % 5);
        chart->addSeries(line);
    }
    chart->createDefaultAxes();
    return chart;
}

double renderAll(const std::vector<Shown> &charts)
{
    QElapsedTimer clock;
    clock.start();
    for (const Shown &shown : charts) {
        const QImage image = ChartRenderer::image(*shown.chart, shown.size, 1.0);
        Q_UNUSED(image)
    }
    return elapsedMs(clock);
}

} // namespace

ChartsMeasure::ChartsMeasure(const RunOptions &options)
    : m_options(options)
{
}

Status ChartsMeasure::measure(Figures &figures)
{
    const Result<OpenedPlan> opened = openFirstPlan(m_options.large);
    if (!opened)
        return Status::failure(opened.error());
    const QString floorWhat =
        tr("Qt Charts alone: per dashboard chart a default-styled chart with as many bars and "
           "points, made and drawn at the same size");
    Figure build {tr("Building the Briefing for the plan and today on L and making every "
                     "dashboard chart from it"),
                  u"ms"_s,
                  {},
                  floorWhat,
                  {},
                  {}};
    Figure render {tr("Drawing every dashboard chart into an image at its size on the "
                      "dashboard (1229-pixel window)"),
                   u"ms"_s,
                   {},
                   floorWhat,
                   {},
                   {}};
    Figure total {
        tr("Building and drawing every dashboard chart on L"), u"ms"_s, {}, floorWhat, {}, {}};
    const QDate asOf = datasetHorizon();
    for (int i = 0; i < m_options.repeat; ++i) {
        note(tr("dashboard charts %1/%2").arg(i + 1).arg(m_options.repeat));
        QElapsedTimer clock;
        clock.start();
        const Result<Briefing> briefing = BriefingLoader(*opened->db).load(opened->planId, asOf);
        if (!briefing)
            return Status::failure(briefing.error());
        const std::vector<Shown> charts = dashboardCharts(*briefing);
        const double built = elapsedMs(clock);
        const double drawn = renderAll(charts);
        build.figure.add(built);
        render.figure.add(drawn);
        total.figure.add(built + drawn);

        clock.restart();
        std::vector<Shown> plain;
        for (const Shown &shown : charts)
            plain.push_back({plainLike(*shown.chart), shown.size});
        const double plainBuilt = elapsedMs(clock);
        const double plainDrawn = renderAll(plain);
        build.floor.add(plainBuilt);
        render.floor.add(plainDrawn);
        total.floor.add(plainBuilt + plainDrawn);
    }
    figures.append({u"charts_build_l"_s, build});
    figures.append({u"charts_render_l"_s, render});
    figures.append({u"charts_total_l"_s, total});
    return {};
}

} // namespace PlanDesk::Bench
