#pragma once

#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include "util/result.h"

class QChart;
class QPainter;

namespace PlanDesk {

/// Draws a chart anywhere a QPainter goes: as vectors on a printer or PDF
/// page (render(), never a screenshot), or as an image for pasting.
namespace ChartRenderer {

/// Lays the chart out at `size` (in points, so its fonts keep their size on
/// paper) and paints it scaled into `target` of `painter`. The chart must not
/// be shown in a view meanwhile.
void render(QChart &chart, QPainter &painter, const QRectF &target, const QSizeF &size);

/// The chart at `size` points, drawn at `scale` pixels per point on white.
QImage image(QChart &chart, const QSizeF &size, qreal scale = 2.0);

/// One A4 landscape page holding the chart, as a PDF file.
Status writePdf(QChart &chart, const QString &path);
/// The chart as a PNG file at 150 % of `size` points.
Status writePng(QChart &chart, const QString &path, const QSizeF &size);

} // namespace ChartRenderer

} // namespace PlanDesk
