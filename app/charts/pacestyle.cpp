#include "pacestyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace PlanDesk {

QColor paceColor(PaceLight light)
{
    switch (light) {
    case PaceLight::NotStarted:
        return QColor(0x75, 0x75, 0x75);
    case PaceLight::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case PaceLight::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case PaceLight::Red:
        return QColor(0xc6, 0x28, 0x28);
    case PaceLight::Done:
        return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QString paceText(PaceLight light)
{
    switch (light) {
    case PaceLight::NotStarted:
        return QCoreApplication::translate("PaceLight", "Not started");
    case PaceLight::Green:
        return QCoreApplication::translate("PaceLight", "On pace");
    case PaceLight::Yellow:
        return QCoreApplication::translate("PaceLight", "Behind");
    case PaceLight::Red:
        return QCoreApplication::translate("PaceLight", "Far behind");
    case PaceLight::Done:
        return QCoreApplication::translate("PaceLight", "Done");
    }
    return {};
}

void drawPaceSymbol(QPainter &p, const QRectF &area, PaceLight light)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal size = std::min(area.width(), area.height());
    const qreal m = size * 0.12; // margin
    const QRectF box(area.center().x() - size / 2 + m, area.center().y() - size / 2 + m,
                     size - 2 * m, size - 2 * m);
    const QColor colour = paceColor(light);
    p.setPen(QPen(colour.darker(130), size / 12.0));
    p.setBrush(colour);
    switch (light) {
    case PaceLight::Green:
        p.drawEllipse(box);
        break;
    case PaceLight::Yellow: {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top());
        triangle.lineTo(box.bottomRight());
        triangle.lineTo(box.bottomLeft());
        triangle.closeSubpath();
        p.drawPath(triangle);
        break;
    }
    case PaceLight::Red:
        p.drawRect(box.adjusted(size * 0.05, size * 0.05, -size * 0.05, -size * 0.05));
        break;
    case PaceLight::NotStarted:
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box);
        break;
    case PaceLight::Done: {
        p.setPen(QPen(colour, size / 6.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        QPainterPath tick;
        tick.moveTo(box.left(), box.center().y());
        tick.lineTo(box.left() + box.width() * 0.4, box.bottom());
        tick.lineTo(box.right(), box.top());
        p.drawPath(tick);
        break;
    }
    }
    p.restore();
}

QBrush paceBrush(PaceLight light)
{
    switch (light) {
    case PaceLight::Done:
        return QBrush(paceColor(light), Qt::SolidPattern);
    case PaceLight::Green:
        // Light where done is dark, so the two differ in grey too.
        return QBrush(QColor(0xa5, 0xd6, 0xa7), Qt::SolidPattern);
    case PaceLight::Yellow:
        return QBrush(paceColor(light).darker(120), Qt::BDiagPattern);
    case PaceLight::Red:
        return QBrush(paceColor(light), Qt::DiagCrossPattern);
    case PaceLight::NotStarted:
        return QBrush(paceColor(light), Qt::Dense6Pattern);
    }
    return {};
}

} // namespace PlanDesk
