#pragma once

#include <QBrush>
#include <QColor>
#include <QRectF>
#include <QString>

#include "rules/pace.h"

class QPainter;

namespace PlanDesk {

/// Pace lights as colour AND shape or pattern, so they survive
/// black-and-white printing and colour blindness: ● on pace, ▲ behind,
/// ■ far behind or overdue, ○ not started, ✓ done. Shared by the window's
/// icons, the charts and the printed briefing.
QColor paceColor(PaceLight light);
/// "On pace", "Behind", … in the interface language.
QString paceText(PaceLight light);
/// Draws the light's symbol filling `box` (vector, for print and icons).
void drawPaceSymbol(QPainter &painter, const QRectF &box, PaceLight light);
/// A bar fill that stays distinct in grey: solid, hatched or dotted.
QBrush paceBrush(PaceLight light);

} // namespace PlanDesk
