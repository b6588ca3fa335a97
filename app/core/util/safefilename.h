#pragma once

#include <QString>

namespace PlanDesk {

/// `name` made into a file or folder name Windows accepts: without
/// \ / : * ? " < > | and control characters, and without trailing dots or
/// spaces; `fallback` when nothing is left.
QString safeFileName(const QString &name, const QString &fallback);

} // namespace PlanDesk
