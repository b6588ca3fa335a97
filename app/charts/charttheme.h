#pragma once

#include <QDate>
#include <QFont>
#include <QPen>

class QChart;
class QAbstractAxis;
class QBarCategoryAxis;
class QCategoryAxis;

namespace PlanDesk {

/// The look every PlanDesk chart shares on screen, on paper and in PDF:
/// white ground, black text in a Simplified Chinese face that Windows and
/// Linux both have, no shadows or animation, and lines that differ by
/// style and marker as well as colour so a grey printout still tells them
/// apart.
namespace ChartTheme {

/// "Microsoft YaHei", "SimSun", "Noto Sans CJK SC", in that order.
QFont font(qreal pointSize, bool bold = false);
void apply(QChart &chart);
/// Styles an axis's labels, title and grid like the rest.
void styleAxis(QAbstractAxis &axis);

/// A category axis (the bars' names) in the theme's style.
QBarCategoryAxis *categoryAxis(const QStringList &categories);

/// Adds the axes (x along the bottom, y on the left) and attaches every
/// series of the chart to both.
void setAxes(QChart &chart, QAbstractAxis *x, QAbstractAxis *y);

/// Measured values: solid and heavy.
QPen actualPen();
/// What the rules require: dashed.
QPen requiredPen();
/// What the trend foretells: dotted.
QPen projectionPen();
/// A target: thin dash-dot.
QPen targetPen();

/// Dates on a chart's x axis are Julian day numbers: exact, and free of
/// time zones.
qreal toAxis(const QDate &date);
QDate fromAxis(qreal value);
/// An x axis from `from` to `to` labelled with the years whose last day
/// falls within it, each label standing on 31 December, where yearly values
/// are drawn.
QCategoryAxis *yearAxis(const QDate &from, const QDate &to);

} // namespace ChartTheme

} // namespace PlanDesk
