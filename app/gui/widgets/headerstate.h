#pragma once

#include <QString>

class QHeaderView;

namespace PlanDesk {

/// Keeps a view's column widths, order and sorting across sessions in
/// QSettings under "layout/<key>". Returns true when a saved layout was
/// restored (so the caller skips its first-time column sizing).
bool rememberHeaderState(QHeaderView *header, const QString &key);

} // namespace PlanDesk
