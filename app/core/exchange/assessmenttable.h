#pragma once

#include "exchange/exporttable.h"
#include "rules/assessment.h"

namespace PlanDesk {

/// The department assessment as export rows, one per scorecard in rank
/// order: rank, department, then met / counted / percent of each part and
/// the score. Unscored departments have no rank, percent or score (null).
/// The page's CSV and `plandesk export assessment` both write this table.
ExportTable assessmentTable(const Assessment &assessment);

} // namespace PlanDesk
