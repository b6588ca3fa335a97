#include "assessmenttable.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

QString AssessmentTable::part(const ScoreTally &tally)
{
    const std::optional<double> rate = tally.rate();
    if (!rate)
        return tr("—");
    return tr("%1% (%2/%3)").arg(qRound(*rate * 100)).arg(tally.met).arg(tally.counted);
}

QString AssessmentTable::score(const Scorecard &card)
{
    return card.score ? QLocale().toString(*card.score, 'f', 1) : tr("—");
}

QString AssessmentTable::explanation(const Assessment &a)
{
    const QLocale locale;
    return tr("Judged on %1. Score = reports on time × %2% + tasks on pace × %3% + action items "
              "closed on time × %4%; a part with nothing to judge is left out with its weight. "
              "Reports count in the rounds due within the period; tasks are the top-level tasks "
              "and measures a department leads; action items those falling due within the "
              "period.")
        .arg(locale.toString(a.evaluatedOn, QLocale::ShortFormat))
        .arg(a.weights.reporting)
        .arg(a.weights.pace)
        .arg(a.weights.actions);
}

ReportTable AssessmentTable::table(const Assessment &a)
{
    ReportTable t;
    t.columns = {{tr("Rank"), 0.8, Qt::AlignRight},
                 {tr("Department"), 3.4},
                 {tr("Reports on time"), 1.8, Qt::AlignRight},
                 {tr("Tasks on pace"), 1.8, Qt::AlignRight},
                 {tr("Items closed on time"), 1.8, Qt::AlignRight},
                 {tr("Score"), 1.0, Qt::AlignRight}};
    for (const Scorecard &c : a.cards) {
        t.addRow({{c.rank > 0 ? QString::number(c.rank) : tr("—"), {}},
                  {c.name, {}},
                  {part(c.reporting), {}},
                  {part(c.pace), {}},
                  {part(c.actions), {}},
                  {score(c), {}}});
    }
    return t;
}

} // namespace PlanDesk
