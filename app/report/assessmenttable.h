#pragma once

#include <QCoreApplication>

#include "reporttable.h"
#include "rules/assessment.h"

namespace PlanDesk {

/// The department assessment as a printed table: rank, department, the
/// three parts as "rate (met/counted)" and the score; unscored last with "—".
class AssessmentTable
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentTable)

public:
    static ReportTable table(const Assessment &assessment);
    /// "75% (3/4)", or "—" when nothing counted.
    static QString part(const ScoreTally &tally);
    /// "86.7", or "—" without a score.
    static QString score(const Scorecard &card);
    /// One sentence with the weights and the rules, for under the title.
    static QString explanation(const Assessment &assessment);
};

} // namespace PlanDesk
