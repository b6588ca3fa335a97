#include "exchange/importpreview.h"

#include <algorithm>

namespace PlanDesk {

int ImportPreview::count(ImportRow::Outcome outcome) const
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [outcome](const ImportRow &r) {
        return r.outcome == outcome;
    }));
}

bool ImportPreview::canApply() const
{
    return problems.isEmpty()
        && count(ImportRow::Outcome::New) + count(ImportRow::Outcome::Replaces) > 0;
}

QString ImportPreview::summary() const
{
    QStringList parts;
    parts << tr("%n new", nullptr, count(ImportRow::Outcome::New))
          << tr("%n corrected", nullptr, count(ImportRow::Outcome::Replaces))
          << tr("%n already there", nullptr, count(ImportRow::Outcome::Unchanged))
          << tr("%n left blank", nullptr, count(ImportRow::Outcome::Skipped));
    const int invalid = count(ImportRow::Outcome::Invalid);
    if (invalid > 0)
        parts << tr("%n with problems", nullptr, invalid);
    return parts.join(tr(", "));
}

} // namespace PlanDesk
