#include "exchange/importpreview.h"

#include <algorithm>

namespace PlanDesk {

int ImportPreview::count(ImportRow::Outcome outcome) const
{
    return static_cast<int>(
        std::count_if(rows.cbegin(), rows.cend(),
                      [outcome](const ImportRow &r) { return r.outcome == outcome; }));
}

bool ImportPreview::canApply() const
{
    return problems.isEmpty()
        && count(ImportRow::Outcome::New) + count(ImportRow::Outcome::Replaces) > 0;
}

QString ImportPreview::summary() const
{
    QStringList parts;
    auto add = [&](ImportRow::Outcome outcome, const char *text) {
        if (const int n = count(outcome); n > 0)
            parts << tr(text, nullptr, n);
    };
    add(ImportRow::Outcome::New, QT_TR_N_NOOP("%n new"));
    add(ImportRow::Outcome::Replaces, QT_TR_N_NOOP("%n corrected"));
    add(ImportRow::Outcome::Unchanged, QT_TR_N_NOOP("%n already there"));
    add(ImportRow::Outcome::Skipped, QT_TR_N_NOOP("%n left blank"));
    add(ImportRow::Outcome::Invalid, QT_TR_N_NOOP("%n with problems"));
    return parts.isEmpty() ? tr("no rows") : parts.join(tr(", "));
}

} // namespace PlanDesk
