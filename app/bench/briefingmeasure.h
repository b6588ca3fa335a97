#pragma once

#include "benchrun.h"

namespace PlanDesk::Bench {

/// Figure 6: the briefing PDF written as `plandesk report` writes it (the
/// Briefing loaded for today, BriefingComposer::writePdf() into memory),
/// on S and on L. The floor is QPdfWriter alone writing as many A4 pages,
/// each with one line of Chinese text in the briefing's fonts.
class BriefingMeasure
{
    Q_DECLARE_TR_FUNCTIONS(BriefingMeasure)

public:
    explicit BriefingMeasure(const RunOptions &options);
    Status measure(Figures &figures);

private:
    Status measureOn(const QString &path, const QString &label, Figure &figure);

    const RunOptions &m_options;
};

} // namespace PlanDesk::Bench
