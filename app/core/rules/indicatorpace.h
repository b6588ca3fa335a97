#pragma once

#include <optional>

#include <QDate>
#include <QList>

#include "domain/entities.h"
#include "rules/pace.h"

namespace PlanDesk {

/// A straight line fitted to an indicator's values over time (least
/// squares, days on the x axis).
struct Trend
{
    QDate origin;
    double valueAtOrigin = 0.0;
    double slopePerDay = 0.0;

    double valueOn(const QDate &date) const
    {
        return valueAtOrigin + slopePerDay * static_cast<double>(origin.daysTo(date));
    }
};

/// Where an indicator stands on a date (序时进度 for a target).
///
/// A value belongs on the time axis at its period's last day and is known
/// from its as-of date on. The required path runs straight from the
/// baseline (at the end of the baseline year) to the target (at the end of
/// the target year). The light compares the latest known value with the
/// path on that value's date, as shares of the baseline→target distance,
/// with the thresholds of tasks: green when behind by fewer than 10 points,
/// yellow 10–30, red beyond 30 or once the target year is over; Done when
/// the target is met; NotStarted (grey) without a baseline or a value.
/// The projection extends the trend of the baseline and all known values to
/// the end of the target year.
struct IndicatorPace
{
    Indicator indicator;
    /// Values known on the date, oldest period first.
    QList<IndicatorValue> known;
    std::optional<IndicatorValue> latest;
    QDate latestDate; ///< the latest value's period end
    QDate targetDate; ///< 31 December of the target year
    std::optional<QDate> baselineDate;

    PaceLight light = PaceLight::NotStarted;
    bool targetMet = false;
    /// What the path requires on latestDate.
    std::optional<double> required;
    /// Shares of the baseline→target distance, in percent (not clamped).
    std::optional<double> expectedShare;
    std::optional<double> achievedShare;
    /// How far the latest value still is from the target, exact and never
    /// negative; zero once the target is met.
    std::optional<Decimal> gap;

    std::optional<Trend> trend; ///< needs two points in time
    std::optional<double> projected; ///< the trend at targetDate
    std::optional<bool> projectedMet;
};

/// `values` may hold other indicators' values; they are ignored.
IndicatorPace assessIndicator(const Indicator &indicator, const QList<IndicatorValue> &values,
                              const QDate &asOf);

/// Every indicator assessed, in the given order, over the plan's values
/// sorted out once by indicator (a plan may hold 1,000 indicators × 60 values).
QList<IndicatorPace> assessIndicators(const QList<Indicator> &indicators,
                                      const QList<IndicatorValue> &values, const QDate &asOf);

/// At most `most` of the indicators, by pace light: red first, then yellow,
/// then those with no value yet, then on pace, then met, each light in the
/// plan's order: what a printed handout has room to chart.
QList<IndicatorPace> furthestBehind(const QList<IndicatorPace> &paces, qsizetype most);

/// The required path's value on `date`, clamped to the baseline and target
/// dates; std::nullopt without a baseline.
std::optional<double> requiredValueOn(const Indicator &indicator, const QDate &date);

/// The date a period-less year stands for on the time axis: 31 December.
QDate endOfYear(int year);

/// How many decimals to show an indicator's computed figures (path,
/// projection) with: as many as its target or baseline are written with.
int displayDecimals(const Indicator &indicator);

/// When a value is known: its as-of date.
bool isKnownOn(const IndicatorValue &value, const QDate &asOf);

} // namespace PlanDesk
