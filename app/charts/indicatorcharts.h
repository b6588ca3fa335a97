#pragma once

#include <memory>

#include <QList>

#include "rules/indicatorpace.h"

class QChart;

namespace PlanDesk {

/// Charts of the plan's targets, built from IndicatorPace.
namespace IndicatorCharts {

/// Names of the series, so that views and tests can find them.
inline constexpr char ActualSeries[] = "actual";
inline constexpr char RequiredSeries[] = "required";
inline constexpr char ProjectionSeries[] = "projection";
inline constexpr char TargetSeries[] = "target";

/// One indicator over time: the reported values (solid, round markers,
/// labelled), the required path from baseline to target (dashed), the
/// trend's projection from the latest value to the end of the target year
/// (dotted), and the target as a dash-dot line. Years on the x axis, the
/// unit on the y axis. Each series carries its role in objectName().
std::unique_ptr<QChart> pacing(const IndicatorPace &pace);

/// Every indicator's latest value and what the path requires on its date,
/// both as percent of the target (inverted for "≤" targets, so 100 % always
/// means reached), with a labelled value on each bar.
std::unique_ptr<QChart> overview(const QList<IndicatorPace> &indicators);

/// Percent of the target reached: latest / target, or target / latest for
/// "less than" targets. std::nullopt without a latest value.
std::optional<double> percentOfTarget(const IndicatorPace &pace);
std::optional<double> percentOfTarget(const Indicator &indicator, double value);

} // namespace IndicatorCharts

} // namespace PlanDesk
