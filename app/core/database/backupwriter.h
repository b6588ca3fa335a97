#pragma once

#include <QCoreApplication>
#include <QString>

#include "util/result.h"

namespace PlanDesk {

class Database;

/// Writes consistent copies of a database with SQLite's VACUUM INTO: the copy
/// is a snapshot even while other connections write. It goes to a temporary
/// name first and is renamed into place only when complete and checked, so a
/// half-written backup never carries the final name. Existing files are never
/// overwritten.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)

public:
    static Status write(Database &db, const QString &target);
};

} // namespace PlanDesk
