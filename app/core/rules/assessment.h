#pragma once

#include <optional>

#include <QDate>
#include <QList>

#include "domain/entities.h"
#include "rules/supervisiondata.h"

namespace PlanDesk {

/// How many of what counted were met; no rate when nothing counted.
struct ScoreTally
{
    int met = 0;
    int counted = 0;
    std::optional<double> rate() const
    {
        return counted > 0 ? std::optional(static_cast<double>(met) / counted) : std::nullopt;
    }
};

/// One department's scorecard (考核评分) for a period.
struct Scorecard
{
    qint64 departmentId = 0;
    QString name;
    ScoreTally reporting; ///< reports handed in on time
    ScoreTally pace; ///< tasks it leads on pace
    ScoreTally actions; ///< action items closed on time
    /// 0–100 with one decimal; none when no part counted anything.
    std::optional<double> score;
    int rank = 0; ///< 1 for the best; equal scores share a rank; 0 when unscored
};

/// The department assessment (督导考核) of a plan for a period.
///
/// Everything is judged on the evaluation date: the period's last day, or
/// the as-of date when that is earlier. An obligation whose deadline is the
/// evaluation date and that is not yet met is still in time and not
/// counted; one met by then counts as met.
/// - Reporting: the reports owed in rounds due within the period (see
///   RoundStatus); met when handed in by the round's due date.
/// - Pace: the top-level tasks and measures it leads that have started by
///   the evaluation date, as they stood then; met when on pace (green) or done
///   (one due that day and not met is still in time).
/// - Actions: the action items it owns that fall due within the period,
///   cancelled ones aside; met when done on or before the due date.
/// The score is the weighted mean of the rates of the parts that counted
/// anything, the weights of the others left out, times 100, to one decimal.
struct Assessment
{
    QDate from;
    QDate to;
    QDate evaluatedOn;
    AssessmentWeights weights;
    /// Every active department but the collective: by rank, unscored last,
    /// then by name.
    QList<Scorecard> cards;
};

Assessment assess(const SupervisionData &data, const QDate &from, const QDate &to,
                  const QDate &asOf);

/// The weighted score of the parts that counted, or none (see Assessment).
std::optional<double> weightedScore(const ScoreTally &reporting, const ScoreTally &pace,
                                    const ScoreTally &actions, const AssessmentWeights &weights);

} // namespace PlanDesk
