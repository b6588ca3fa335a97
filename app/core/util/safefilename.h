#pragma once

#include <QString>

namespace PlanDesk {

/// `name` made into a file or folder name Windows and Linux accept, never a
/// path: without \ / : * ? " < > | and control characters, without trailing
/// dots or spaces, never a device name (CON, NUL.txt, COM1 … get a leading
/// "_"), and at most maxFileNameBytes of UTF-8 — a longer name is cut and ends
/// "~" and 8 hex digits of its hash, so two long names stay two files.
/// `fallback` when nothing is left.
QString safeFileName(const QString &name, const QString &fallback);

/// Room left for a suffix such as ".xlsx" under the usual 255-byte limit.
inline constexpr int maxFileNameBytes = 200;

} // namespace PlanDesk
