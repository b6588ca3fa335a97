#include "widgets/paceicons.h"

#include <QPainter>
#include <QPixmap>

namespace PlanDesk {

namespace {

QPixmap drawPace(PaceLight light, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    drawPaceSymbol(p, QRectF(0, 0, size, size), light);
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

} // namespace PlanDesk
