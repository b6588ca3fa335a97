#pragma once

#include <QString>

namespace PlanDesk {

/// True when the file starts with SQLite's header ("SQLite format 3").
/// Read with plain file I/O, so a file that is not a database at all is
/// refused without SQLite ever opening it.
bool isSqliteFile(const QString &path);

} // namespace PlanDesk
