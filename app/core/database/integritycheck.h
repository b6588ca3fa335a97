#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "util/result.h"

namespace PlanDesk {

/// What `plandesk check` found: problems (empty when healthy) and a summary
/// of what the file holds.
struct IntegrityReport
{
    int schemaVersion = 0;
    QStringList problems;
    QStringList summary;
    bool ok() const { return problems.isEmpty(); }
};

/// Runs SQLite's integrity_check and foreign_key_check on a read-only
/// connection, so the file is never modified, whatever state it is in.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    /// Fails when the file cannot be read as a PlanDesk database at all.
    static Result<IntegrityReport> run(const QString &path);
};

} // namespace PlanDesk
