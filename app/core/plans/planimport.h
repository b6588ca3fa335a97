#pragma once

#include <QCoreApplication>

#include "util/result.h"

namespace PlanDesk {

class Database;

/// Loads a plan file into a database so that an office can take on a new
/// plan without a programmer: the file is checked whole first (every
/// problem named with the file and its place in it), a plan already in the
/// database is refused by name, and then it is installed all or nothing.
class PlanImport
{
    Q_DECLARE_TR_FUNCTIONS(PlanImport)

public:
    /// The new plan's id. On failure the database is as it was.
    static Result<qint64> run(Database &db, const QString &path);
};

} // namespace PlanDesk
