#pragma once

#include "benchrun.h"

namespace PlanDesk::Bench {

/// Figures 1 and 2: PlanDesk started on the L database until its window has
/// painted, beside plandesk-bare-window, each spawned `repeat` times in
/// turn; the time from spawn to the probe's "painted" line, and the peak
/// resident memory the probe reads (Linux only).
class StartupMeasure
{
    Q_DECLARE_TR_FUNCTIONS(StartupMeasure)

public:
    StartupMeasure(const RunOptions &options, Scratch &scratch);
    Status measure(Figures &figures);

private:
    struct Start
    {
        double milliseconds = 0.0;
        qint64 peakKiB = -1; ///< -1: unknown
    };
    Result<Start> start(const QString &program, const QStringList &arguments);

    const RunOptions &m_options;
    Scratch &m_scratch;
};

} // namespace PlanDesk::Bench
