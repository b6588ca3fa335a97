#pragma once

#include <QIcon>
#include <QString>

namespace PlanDesk {

/// A bundled Tango icon by its freedesktop name ("document-open"), in 16, 32
/// and 64 pixels (sharp at high DPI), the same on Windows (no icon theme) and
/// Linux.
QIcon bundledIcon(const QString &name);

/// PlanDesk's own icon, from 16 to 256 pixels, for windows and the taskbar.
QIcon applicationIcon();

} // namespace PlanDesk
