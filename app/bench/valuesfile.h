#pragma once

#include <QCoreApplication>

#include "util/result.h"

namespace PlanDesk {
class Database;
}

namespace PlanDesk::Bench {

/// The indicator values file the import is measured with: `count` rows in
/// the CSV form `plandesk import values` reads (Chinese headers), for the
/// plan's own indicators in turn, each for a period it has no value for
/// yet (months, quarters, halves and years going back from last year), its
/// target as the value and the period's last day as the as-of date.
class ValuesFile
{
    Q_DECLARE_TR_FUNCTIONS(ValuesFile)

public:
    /// Writes the file; returns the number of rows, fewer than `count`
    /// only when the indicators have no more free past periods.
    static Result<int> write(Database &db, qint64 planId, int count, const QString &path);
};

} // namespace PlanDesk::Bench
