#pragma once

#include <QString>

namespace PlanDesk {

/// The apostrophe that keeps a CSV cell from running as a formula in Excel or
/// LibreOffice, and its removal on import, as one reversible pair:
/// unguardedCell(guardedCell(t)) == t for every text t.
///
/// Guarded: text whose first character after any leading apostrophes is
/// = + - @ TAB or CR, the characters a spreadsheet reads as the start of a
/// formula or DDE link. The apostrophes count so that text which itself starts
/// "'=" survives the importer's removal of one apostrophe. Full-width ＝ ＋ －
/// ＠ are left alone: neither program starts a formula with them when reading
/// a file, and Chinese text may well begin with "－".
QString guardedCell(const QString &text);
/// Takes off the apostrophe guardedCell() added, and nothing else.
QString unguardedCell(const QString &text);

} // namespace PlanDesk
