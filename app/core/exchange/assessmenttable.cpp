#include "exchange/assessmenttable.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// To one decimal and exact in the file: 66.7, not 66.66666666666667.
ExportValue oneDecimal(std::optional<double> value)
{
    if (!value)
        return {};
    return ExportValue::number(
        Decimal::fromUnits(std::llround(*value * 10) * (Decimal::Scale / 10)));
}

ExportValue percent(const ScoreTally &tally)
{
    const std::optional<double> rate = tally.rate();
    return rate ? oneDecimal(*rate * 100) : ExportValue();
}

void addPart(ExportRow &row, const QString &prefix, const ScoreTally &tally)
{
    row[prefix + u"_met"_s] = ExportValue::number(qint64(tally.met));
    row[prefix + u"_counted"_s] = ExportValue::number(qint64(tally.counted));
    row[prefix + u"_percent"_s] = percent(tally);
}

} // namespace

ExportTable assessmentTable(const Assessment &assessment)
{
    ExportTable table;
    table.columns = {u"rank"_s,
                     u"department"_s,
                     u"reports_met"_s,
                     u"reports_counted"_s,
                     u"reports_percent"_s,
                     u"pace_met"_s,
                     u"pace_counted"_s,
                     u"pace_percent"_s,
                     u"actions_met"_s,
                     u"actions_counted"_s,
                     u"actions_percent"_s,
                     u"score"_s};
    for (const Scorecard &card : assessment.cards) {
        ExportRow row;
        row[u"rank"_s] = card.rank > 0 ? ExportValue::number(qint64(card.rank)) : ExportValue();
        row[u"department"_s] = card.name;
        addPart(row, u"reports"_s, card.reporting);
        addPart(row, u"pace"_s, card.pace);
        addPart(row, u"actions"_s, card.actions);
        row[u"score"_s] = oneDecimal(card.score);
        table.rows << row;
    }
    return table;
}

} // namespace PlanDesk
