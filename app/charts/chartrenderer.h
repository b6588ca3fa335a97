#pragma once

#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include "util/result.h"

class QChart;
class QPagedPaintDevice;
class QPainter;

namespace PlanDesk {

/// Draws a chart anywhere a QPainter goes: as vectors on a printer or PDF
/// page (render(), never a screenshot), or as an image for pasting.
namespace ChartRenderer {

/// Lays the chart out at `size` in Qt's device-independent pixels (1/96
/// inch: give the physical size of `target` so the chart's fonts keep their
/// point sizes on paper) and paints it scaled into `target` of `painter`.
/// A chart shown in a view is lent out and returned.
void render(QChart &chart, QPainter &painter, const QRectF &target, const QSizeF &size);

/// The chart laid out at `size`, drawn `scale` times larger on white.
QImage image(QChart &chart, const QSizeF &size, qreal scale = 2.0);

/// Paints the chart on one A4 page of `device` (a printer, a preview, a PDF
/// writer), laid out at `size` (1/96 inch; default: the whole landscape
/// page), the page turned to suit its shape; at its own size when that fits,
/// else shrunk to fit. False when painting on the device cannot start.
bool paintPage(QChart &chart, QPagedPaintDevice &device, const QSizeF &size = QSizeF());

/// One A4 page holding the chart laid out at `size` (1/96 inch; default:
/// the whole landscape page), turned to suit its shape, as a PDF file.
Status writePdf(QChart &chart, const QString &path, const QSizeF &size = QSizeF());
/// The chart as a PNG file, laid out at `size` and drawn at 150 %.
Status writePng(QChart &chart, const QString &path, const QSizeF &size);

} // namespace ChartRenderer

} // namespace PlanDesk
