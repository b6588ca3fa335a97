#pragma once

#include <QString>

namespace PlanDesk {

class MainWindow;

/// Saves a PNG of every page of `window` at 1366×768 (a common office
/// screen) into `folder`, named after the page's position: 1-dashboard.png …
/// For the README's pictures (`plandesk --screenshots DIR`); returns false
/// when a file could not be written.
bool saveScreenshots(MainWindow &window, const QString &folder);

} // namespace PlanDesk
