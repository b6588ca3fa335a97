#include "database/ledgersummary.h"

#include <utility>

#include "database/database.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

QStringList ledgerSummary(Database &db)
{
    QStringList summary;
    // Counts for the summary; table names are fixed here, never from input.
    using Label = QString (*)(int);
    const std::pair<QString, Label> counts[] = {
        {u"SELECT count(*) FROM plan"_s,
         [](int n) {
             return LedgerSummary::tr("%n plan(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM department"_s,
         [](int n) {
             return LedgerSummary::tr("%n department(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM task"_s,
         [](int n) {
             return LedgerSummary::tr("%n task(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM progress_report"_s,
         [](int n) {
             return LedgerSummary::tr("%n progress report(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM indicator"_s,
         [](int n) {
             return LedgerSummary::tr("%n indicator(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM indicator_value"_s,
         [](int n) {
             return LedgerSummary::tr("%n indicator value(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM meeting"_s,
         [](int n) {
             return LedgerSummary::tr("%n meeting(s)", nullptr, n);
         }},
        {u"SELECT count(*) FROM action_item"_s,
         [](int n) {
             return LedgerSummary::tr("%n action item(s)", nullptr, n);
         }},
    };
    for (const auto &[sql, label] : counts) {
        const Result<qint64> n = db.scalar(sql);
        if (n)
            summary << label(static_cast<int>(*n));
    }
    return summary;
}

} // namespace PlanDesk
