#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "benchdatarepository.h"
#include "datasetspec.h"
#include "util/result.h"

namespace PlanDesk::Bench {

struct GeneratedDataset
{
    QList<TableCount> counts; ///< rows per table of the file made
    qint64 milliseconds = 0; ///< from start to the file in place
    qint64 fileBytes = 0;
};

/// `plandesk-bench generate`: makes a PlanDesk database for the benchmark.
///
/// S is exactly what `plandesk init --demo` makes. L and T are synthetic
/// plans with DatasetSpec's counts, made from `seed` alone: the same scale
/// and seed always make the same rows, ids and audit log, except the audit
/// log's changed_at, which the schema's triggers take from the clock. The
/// rows are written through the schema's tables in one transaction, so its
/// checks, foreign keys and triggers (audit log, locked minutes) hold for
/// them as for any other data. Like `init`, it refuses an existing file and
/// builds under a temporary name, renamed into place only when complete.
class DatasetGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DatasetGenerator)

public:
    static Result<GeneratedDataset> generate(const QString &path, DatasetScale scale, quint64 seed);
};

} // namespace PlanDesk::Bench
