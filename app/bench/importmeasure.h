#pragma once

#include "benchrun.h"

namespace PlanDesk::Bench {

/// Figure 7: importing indicator values from CSV into a fresh copy of L as
/// `plandesk import values FILE --db` does (open, read, check, apply in one
/// transaction), beside the sqlite3 shell's `.import --csv` of the same
/// file into a new table of another fresh copy, in turn.
class ImportMeasure
{
    Q_DECLARE_TR_FUNCTIONS(ImportMeasure)

public:
    ImportMeasure(const RunOptions &options, Scratch &scratch);
    Status measure(Figures &figures);

private:
    Result<double> importWithPlanDesk(const QString &csv, int expected);
    Result<double> importWithShell(const QString &csv);

    const RunOptions &m_options;
    Scratch &m_scratch;
};

} // namespace PlanDesk::Bench
