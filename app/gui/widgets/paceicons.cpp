#include "widgets/paceicons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace PlanDesk {

namespace {

QPixmap drawPace(PaceLight light, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = paceColor(light);
    const qreal m = size * 0.12; // margin
    const QRectF box(m, m, size - 2 * m, size - 2 * m);
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
    return pixmap;
}

} // namespace

QIcon paceIcon(PaceLight light)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(drawPace(light, size));
    return icon;
}

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

} // namespace PlanDesk
