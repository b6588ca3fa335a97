#pragma once

#include <QIcon>
#include <QString>

#include "rules/pace.h"

namespace PlanDesk {

/// Pace lights as colour AND shape, so they survive black-and-white printing
/// and colour blindness: ● on pace, ▲ behind, ■ far behind or overdue,
/// ○ not started, ✓ done.
QIcon paceIcon(PaceLight light);
QColor paceColor(PaceLight light);
/// "On pace", "Behind", … in the interface language.
QString paceText(PaceLight light);

} // namespace PlanDesk
