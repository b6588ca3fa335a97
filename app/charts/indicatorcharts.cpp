#include "indicatorcharts.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include "charttheme.h"
#include "domain/period.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::IndicatorCharts {

namespace {

QLineSeries *line(const char *role, const QString &name, const QPen &pen)
{
    auto *series = new QLineSeries;
    series->setObjectName(QString::fromLatin1(role));
    series->setName(name);
    series->setPen(pen);
    return series;
}

/// A computed figure with the indicator's own decimals: 165 件, 3.78 件/万人.
QString number(double value, const Indicator &indicator)
{
    return QString::number(value, 'f', displayDecimals(indicator));
}

/// A short label for a long indicator name on a bar axis.
QString shortName(const QString &name)
{
    return name.size() <= 12 ? name : name.left(11) + u'…';
}

} // namespace

std::optional<double> percentOfTarget(const Indicator &indicator, double value)
{
    const double target = indicator.targetValue.toDouble();
    const bool lower =
        indicator.comparison == Comparison::Less || indicator.comparison == Comparison::LessOrEqual;
    if (lower)
        return value > 0.0 ? std::optional(100.0 * target / value) : std::nullopt;
    return target != 0.0 ? std::optional(100.0 * value / target) : std::nullopt;
}

std::optional<double> percentOfTarget(const IndicatorPace &pace)
{
    if (!pace.latest)
        return std::nullopt;
    return percentOfTarget(pace.indicator, pace.latest->value.toDouble());
}

std::unique_ptr<QChart> pacing(const IndicatorPace &pace)
{
    const Indicator &indicator = pace.indicator;
    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(*chart);
    chart->setTitle(indicator.name);

    QDate first = pace.baselineDate.value_or(pace.targetDate);
    double low = indicator.targetValue.toDouble(), high = low;
    const auto cover = [&](const QDate &date, double value) {
        first = std::min(first, date);
        low = std::min(low, value);
        high = std::max(high, value);
    };

    QLineSeries *actual =
        line(ActualSeries, QCoreApplication::translate("IndicatorCharts", "Reported"),
             ChartTheme::actualPen());
    actual->setPointsVisible(true);
    actual->setMarkerSize(6);
    actual->setPointLabelsVisible(true);
    actual->setPointLabelsClipping(false);
    actual->setPointLabelsFont(ChartTheme::font(7.5));
    actual->setPointLabelsColor(Qt::black);
    actual->setPointLabelsFormat(u"@yPoint"_s);
    for (const IndicatorValue &v : pace.known) {
        const QDate date = Period::parse(v.period)->lastDay();
        actual->append(ChartTheme::toAxis(date), v.value.toDouble());
        cover(date, v.value.toDouble());
    }

    QLineSeries *required = nullptr;
    if (indicator.baselineValue && pace.baselineDate) {
        required =
            line(RequiredSeries, QCoreApplication::translate("IndicatorCharts", "Required path"),
                 ChartTheme::requiredPen());
        required->append(ChartTheme::toAxis(*pace.baselineDate),
                         indicator.baselineValue->toDouble());
        required->append(ChartTheme::toAxis(pace.targetDate), indicator.targetValue.toDouble());
        cover(*pace.baselineDate, indicator.baselineValue->toDouble());
    }

    QLineSeries *projection = nullptr;
    if (pace.projected && pace.latest && pace.latestDate < pace.targetDate) {
        const QString verdict = *pace.projectedMet
            ? QCoreApplication::translate("IndicatorCharts", "target met")
            : QCoreApplication::translate("IndicatorCharts", "target missed");
        projection = line(ProjectionSeries,
                          QCoreApplication::translate("IndicatorCharts", "Trend: %1 in %2 (%3)")
                              .arg(number(*pace.projected, indicator))
                              .arg(indicator.targetYear)
                              .arg(verdict),
                          ChartTheme::projectionPen());
        projection->append(ChartTheme::toAxis(pace.latestDate), pace.latest->value.toDouble());
        projection->append(ChartTheme::toAxis(pace.targetDate), *pace.projected);
        cover(pace.targetDate, *pace.projected);
    }

    const QDate from = first.addMonths(-3);
    const QDate to = pace.targetDate.addMonths(3);
    QLineSeries *target =
        line(TargetSeries,
             QCoreApplication::translate("IndicatorCharts", "Target %1 %2 (%3)")
                 .arg(comparisonSymbol(indicator.comparison), indicator.targetValue.toString())
                 .arg(indicator.targetYear),
             ChartTheme::targetPen());
    target->append(ChartTheme::toAxis(from), indicator.targetValue.toDouble());
    target->append(ChartTheme::toAxis(to), indicator.targetValue.toDouble());

    for (QLineSeries *s : {required, target, projection, actual}) {
        if (s)
            chart->addSeries(s);
    }

    QCategoryAxis *x = ChartTheme::yearAxis(from, to);
    auto *y = new QValueAxis;
    ChartTheme::styleAxis(*y);
    y->setTitleText(indicator.unit);
    const double pad = std::max((high - low) * 0.12, std::abs(high) * 0.02);
    y->setRange(std::max(0.0, low - pad), high + pad);
    y->applyNiceNumbers();
    y->setLabelFormat(high - low < 10 ? u"%.1f"_s : u"%.0f"_s);
    ChartTheme::setAxes(*chart, x, y);
    return chart;
}

std::unique_ptr<QChart> overview(const QList<IndicatorPace> &indicators)
{
    auto chart = std::make_unique<QChart>();
    ChartTheme::apply(*chart);
    chart->setTitle(QCoreApplication::translate("IndicatorCharts", "Targets: percent reached"));

    auto *reached = new QBarSet(QCoreApplication::translate("IndicatorCharts", "Latest value"));
    reached->setObjectName(QString::fromLatin1(ActualSeries));
    reached->setBrush(QBrush(QColor(0x15, 0x65, 0xc0)));
    reached->setPen(QPen(Qt::black, 0.8));
    reached->setLabelColor(Qt::black);
    reached->setLabelFont(ChartTheme::font(8));
    auto *expected =
        new QBarSet(QCoreApplication::translate("IndicatorCharts", "Required by the path"));
    expected->setObjectName(QString::fromLatin1(RequiredSeries));
    expected->setBrush(QBrush(QColor(0x42, 0x42, 0x42), Qt::BDiagPattern));
    expected->setPen(QPen(Qt::black, 0.8));
    expected->setLabelColor(Qt::black);
    expected->setLabelFont(ChartTheme::font(8));

    QStringList names;
    double high = 100.0;
    for (const IndicatorPace &pace : indicators) {
        names << shortName(pace.indicator.name);
        const double value = percentOfTarget(pace).value_or(0.0);
        const double path =
            pace.required ? percentOfTarget(pace.indicator, *pace.required).value_or(0.0) : 0.0;
        reached->append(std::round(value));
        expected->append(std::round(path));
        high = std::max({high, value, path});
    }

    // Qt draws the first category at the bottom; the document's order reads
    // top-down, so both are reversed.
    std::reverse(names.begin(), names.end());
    for (QBarSet *set : {reached, expected}) {
        QList<qreal> values;
        for (int i = set->count() - 1; i >= 0; --i)
            values << set->at(i);
        set->remove(0, set->count());
        set->append(values);
    }

    auto *series = new QHorizontalBarSeries;
    series->append(expected);
    series->append(reached);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value%"_s);
    series->setBarWidth(0.8);
    chart->addSeries(series);

    QBarCategoryAxis *y = ChartTheme::categoryAxis(names);
    auto *x = new QValueAxis;
    ChartTheme::styleAxis(*x);
    x->setRange(0, std::ceil((high + 10.0) / 20.0) * 20.0);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(20);
    x->setLabelFormat(u"%d%"_s);
    x->setTitleText(QCoreApplication::translate("IndicatorCharts", "Percent of target"));
    ChartTheme::setAxes(*chart, x, y);
    return chart;
}

} // namespace PlanDesk::IndicatorCharts
