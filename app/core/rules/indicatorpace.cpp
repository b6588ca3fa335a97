#include "rules/indicatorpace.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <QHash>

#include "domain/period.h"
#include "rules/plansummary.h"

namespace PlanDesk {

namespace {

struct Point
{
    QDate date;
    double value;
};

/// Least squares over (days since the first point, value).
std::optional<Trend> fitTrend(const QList<Point> &points)
{
    if (points.size() < 2 || points.first().date == points.last().date)
        return std::nullopt;
    const QDate origin = points.first().date;
    double sx = 0, sy = 0;
    for (const Point &p : points) {
        sx += static_cast<double>(origin.daysTo(p.date));
        sy += p.value;
    }
    const double n = static_cast<double>(points.size());
    const double mx = sx / n, my = sy / n;
    double sxy = 0, sxx = 0;
    for (const Point &p : points) {
        const double dx = static_cast<double>(origin.daysTo(p.date)) - mx;
        sxy += dx * (p.value - my);
        sxx += dx * dx;
    }
    Trend trend;
    trend.origin = origin;
    trend.slopePerDay = sxy / sxx;
    trend.valueAtOrigin = my - trend.slopePerDay * mx;
    return trend;
}

std::optional<Decimal> remainingGap(Decimal latest, const Indicator &indicator, bool met)
{
    if (met)
        return Decimal();
    return Decimal::fromUnits(std::llabs(indicator.targetValue.units() - latest.units()));
}

} // namespace

QDate endOfYear(int year)
{
    return QDate(year, 12, 31);
}

int displayDecimals(const Indicator &indicator)
{
    const auto places = [](Decimal d) {
        const QString text = d.toString();
        const qsizetype point = text.indexOf(u'.');
        return point < 0 ? 0 : static_cast<int>(text.size() - point - 1);
    };
    return std::max(places(indicator.targetValue),
                    indicator.baselineValue ? places(*indicator.baselineValue) : 0);
}

bool isKnownOn(const IndicatorValue &value, const QDate &asOf)
{
    return value.asOf <= asOf;
}

std::optional<double> requiredValueOn(const Indicator &indicator, const QDate &date)
{
    if (!indicator.baselineValue || !indicator.baselineYear)
        return std::nullopt;
    const QDate from = endOfYear(*indicator.baselineYear);
    const QDate to = endOfYear(indicator.targetYear);
    const double base = indicator.baselineValue->toDouble();
    const double target = indicator.targetValue.toDouble();
    const qint64 span = from.daysTo(to);
    if (span <= 0)
        return target;
    const double share =
        std::clamp(static_cast<double>(from.daysTo(date)) / static_cast<double>(span), 0.0, 1.0);
    return base + (target - base) * share;
}

IndicatorPace assessIndicator(const Indicator &indicator, const QList<IndicatorValue> &values,
                              const QDate &asOf)
{
    IndicatorPace pace;
    pace.indicator = indicator;
    pace.targetDate = endOfYear(indicator.targetYear);
    if (indicator.baselineYear)
        pace.baselineDate = endOfYear(*indicator.baselineYear);

    QList<Point> points;
    for (const IndicatorValue &v : values) {
        if (v.indicatorId != indicator.id || !isKnownOn(v, asOf))
            continue;
        const std::optional<Period> period = Period::parse(v.period);
        if (!period)
            continue;
        pace.known << v;
        points << Point {period->lastDay(), v.value.toDouble()};
    }
    const auto byDate = [](const Point &a, const Point &b) {
        return a.date < b.date;
    };
    // Keep values and points in the same (period end) order.
    QList<int> order(pace.known.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return byDate(points.at(a), points.at(b)); });
    QList<IndicatorValue> known;
    QList<Point> sorted;
    for (int i : order) {
        known << pace.known.at(i);
        sorted << points.at(i);
    }
    pace.known = known;
    points = sorted;

    // The baseline is a point of the trend unless a value already stands there.
    if (indicator.baselineValue && pace.baselineDate
        && std::none_of(points.cbegin(), points.cend(),
                        [&](const Point &p) { return p.date == *pace.baselineDate; })) {
        points.prepend(Point {*pace.baselineDate, indicator.baselineValue->toDouble()});
        std::stable_sort(points.begin(), points.end(), byDate);
    }

    pace.trend = fitTrend(points);
    if (pace.known.isEmpty())
        return pace;

    pace.latest = pace.known.last();
    pace.latestDate = sorted.last().date;
    pace.targetMet = meetsTarget(pace.latest->value, indicator.comparison, indicator.targetValue);
    pace.gap = remainingGap(pace.latest->value, indicator, pace.targetMet);

    if (pace.latestDate >= pace.targetDate) {
        pace.projected = pace.latest->value.toDouble();
        pace.projectedMet = pace.targetMet;
    } else if (pace.trend) {
        pace.projected = pace.trend->valueOn(pace.targetDate);
        // Judged at the four places values are kept in: an estimate has more.
        const Decimal rounded =
            Decimal::fromUnits(std::llround(*pace.projected * static_cast<double>(Decimal::Scale)));
        pace.projectedMet = meetsTarget(rounded, indicator.comparison, indicator.targetValue);
    }

    pace.required = requiredValueOn(indicator, pace.latestDate);
    if (pace.required && indicator.baselineValue && pace.baselineDate) {
        const double base = indicator.baselineValue->toDouble();
        const double distance = indicator.targetValue.toDouble() - base;
        const qint64 span = pace.baselineDate->daysTo(pace.targetDate);
        if (distance != 0.0 && span > 0) {
            pace.expectedShare = 100.0
                * std::clamp(static_cast<double>(pace.baselineDate->daysTo(pace.latestDate))
                                 / static_cast<double>(span),
                             0.0, 1.0);
            pace.achievedShare = 100.0 * (pace.latest->value.toDouble() - base) / distance;
        }
    }

    if (pace.targetMet)
        pace.light = PaceLight::Done;
    else if (asOf > pace.targetDate)
        pace.light = PaceLight::Red;
    else if (!pace.expectedShare)
        pace.light = PaceLight::NotStarted;
    else {
        // Rounded to a millionth of a point so that 10 points behind is not
        // 9.999999999 in binary floating point.
        const double behind = std::round((*pace.expectedShare - *pace.achievedShare) * 1e6) / 1e6;
        pace.light = behind > 30.0 ? PaceLight::Red
            : behind >= 10.0       ? PaceLight::Yellow
                                   : PaceLight::Green;
    }
    return pace;
}

QList<IndicatorPace> assessIndicators(const QList<Indicator> &indicators,
                                      const QList<IndicatorValue> &values, const QDate &asOf)
{
    QHash<qint64, QList<IndicatorValue>> byIndicator;
    for (const IndicatorValue &v : values)
        byIndicator[v.indicatorId] << v;
    QList<IndicatorPace> paces;
    paces.reserve(indicators.size());
    for (const Indicator &indicator : indicators)
        paces << assessIndicator(indicator, byIndicator.value(indicator.id), asOf);
    return paces;
}

QList<IndicatorPace> furthestBehind(const QList<IndicatorPace> &paces, qsizetype most)
{
    const auto rank = [](const IndicatorPace &p) {
        if (!p.latest)
            return 2;
        switch (p.light) {
        case PaceLight::Red:
            return 0;
        case PaceLight::Yellow:
            return 1;
        case PaceLight::NotStarted:
            return 2;
        case PaceLight::Green:
            return 3;
        case PaceLight::Done:
            return 4;
        }
        return 4;
    };
    QList<IndicatorPace> sorted = paces;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [&rank](const IndicatorPace &a, const IndicatorPace &b) { return rank(a) < rank(b); });
    if (sorted.size() > most)
        sorted.resize(most);
    return sorted;
}

} // namespace PlanDesk
