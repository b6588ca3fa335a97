#include "chartrenderer.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "pdftextrepair.h"

namespace PlanDesk::ChartRenderer {

void render(QChart &chart, QPainter &painter, const QRectF &target, const QSizeF &size)
{
    // The scene only lends the chart a place to lay out and paint; it must not
    // delete it on the way out.
    QGraphicsScene scene;
    QGraphicsScene *previous = chart.scene();
    const QRectF shown = chart.geometry();
    if (previous)
        previous->removeItem(&chart);
    scene.addItem(&chart);
    chart.setGeometry(QRectF(QPointF(0, 0), size));
    if (chart.layout())
        chart.layout()->activate();
    QCoreApplication::sendPostedEvents(&chart);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    // Chart items set their pens but not always a brush: one left on the
    // painter by earlier drawing would fill their lines' paths.
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(Qt::NoPen);
    scene.render(&painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    painter.restore();
    scene.removeItem(&chart);
    if (previous) {
        previous->addItem(&chart);
        chart.setGeometry(shown);
    }
}

QImage image(QChart &chart, const QSizeF &size, qreal scale)
{
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(chart, painter, QRectF(QPointF(0, 0), size * scale), size);
    return image;
}

bool paintPage(QChart &chart, QPagedPaintDevice &device, const QSizeF &size)
{
    // A4 landscape less its margins is 267 × 180 mm: 1009 × 680 in 1/96 inch.
    const QSizeF layout = size.isValid() ? size : QSizeF(1009, 680);
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     layout.height() > layout.width() ? QPageLayout::Portrait
                                                                      : QPageLayout::Landscape,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter painter(&device);
    if (!painter.isActive())
        return false;
    const qreal dpi = device.logicalDpiX();
    const QSizeF page = device.pageLayout().paintRectPixels(static_cast<int>(dpi)).size();
    QSizeF target = layout * (dpi / 96.0);
    if (target.width() > page.width() || target.height() > page.height())
        target.scale(page, Qt::KeepAspectRatio);
    render(chart, painter, QRectF(QPointF(0, 0), target), layout);
    return true;
}

Status writePdf(QChart &chart, const QString &path, const QSizeF &size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QCoreApplication::applicationName());
        pdf.setTitle(chart.title());
        paintPage(chart, pdf, size);
    }
    QSaveFile file(path);
    const QByteArray bytes = repairPdfUnicodeMaps(buffer.data());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("ChartRenderer", "Cannot write %1: %2")
                                   .arg(path, file.errorString()));
    return {};
}

Status writePng(QChart &chart, const QString &path, const QSizeF &size)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image(chart, size, 1.5).save(&file, "PNG")
        || !file.commit())
        return Status::failure(QCoreApplication::translate("ChartRenderer", "Cannot write %1: %2")
                                   .arg(path, file.errorString()));
    return {};
}

} // namespace PlanDesk::ChartRenderer
