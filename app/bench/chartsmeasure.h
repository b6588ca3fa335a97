#pragma once

#include "benchrun.h"

namespace PlanDesk::Bench {

/// Figure 5: every chart of the dashboard on L: the Briefing for the plan
/// and today built and the charts made from it (build), then each drawn
/// into an image at the size the dashboard shows it (render). The floor is
/// Qt Charts alone: per chart a default-styled chart with one bar and one
/// line series holding as many values as the real one, made and drawn at
/// the same size.
class ChartsMeasure
{
    Q_DECLARE_TR_FUNCTIONS(ChartsMeasure)

public:
    explicit ChartsMeasure(const RunOptions &options);
    Status measure(Figures &figures);

private:
    const RunOptions &m_options;
};

} // namespace PlanDesk::Bench
