#include "rules/assessment.h"

#include <algorithm>
#include <cmath>

#include <QCollator>
#include <QHash>

#include "rules/pace.h"
#include "rules/roundstatus.h"
#include "rules/taskstanding.h"

namespace PlanDesk {

namespace {

void countReporting(const SupervisionData &data, const QDate &from, const QDate &evaluatedOn,
                    QHash<qint64, Scorecard> &cards)
{
    for (const ReportingRound &round : data.rounds) {
        if (round.dueOn < from || round.dueOn > evaluatedOn)
            continue;
        const RoundStatus status = roundStatus(round, data, evaluatedOn);
        for (const Obligation &o : status.obligations) {
            auto card = cards.find(o.departmentId);
            if (card == cards.end() || o.state == ReportState::Pending)
                continue;
            ++card->reporting.counted;
            if (o.state == ReportState::OnTime)
                ++card->reporting.met;
        }
    }
}

void countPace(const SupervisionData &data, const QDate &evaluatedOn,
               QHash<qint64, Scorecard> &cards)
{
    for (const TaskOverview &t : data.tasks) {
        if (t.task.parentId || !t.leadId || t.task.startOn > evaluatedOn)
            continue;
        auto card = cards.find(*t.leadId);
        if (card == cards.end())
            continue;
        const Task then =
            taskAsOf(t.task, t.leadId, data.reportsByTask.value(t.task.id), evaluatedOn);
        const PaceLight light = assessPace(then, evaluatedOn).light;
        const bool met = light == PaceLight::Green || light == PaceLight::Done;
        if (!met && t.task.dueOn == evaluatedOn)
            continue; // due today and still in time
        ++card->pace.counted;
        if (met)
            ++card->pace.met;
    }
}

void countActions(const SupervisionData &data, const QDate &from, const QDate &evaluatedOn,
                  QHash<qint64, Scorecard> &cards)
{
    for (const ActionItem &a : data.actionItems) {
        if (a.dueOn < from || a.dueOn > evaluatedOn)
            continue;
        const QDate raised = data.meetingDate(a.meetingId);
        if (!raised.isValid() || raised > evaluatedOn)
            continue;
        auto card = cards.find(a.ownerDepartmentId);
        if (card == cards.end())
            continue;
        const bool closedByThen = a.closedOn.isValid() && a.closedOn <= evaluatedOn;
        if (closedByThen && a.status == ActionStatus::Cancelled)
            continue;
        const bool metInTime = closedByThen && a.closedOn <= a.dueOn;
        if (!metInTime && a.dueOn == evaluatedOn)
            continue; // due today and still in time
        ++card->actions.counted;
        if (metInTime)
            ++card->actions.met;
    }
}

} // namespace

std::optional<double> weightedScore(const ScoreTally &reporting, const ScoreTally &pace,
                                    const ScoreTally &actions, const AssessmentWeights &weights)
{
    double sum = 0.0;
    int weight = 0;
    const QList<std::pair<const ScoreTally *, int>> parts = {
        {&reporting, weights.reporting}, {&pace, weights.pace}, {&actions, weights.actions}};
    for (const auto &[tally, w] : parts) {
        if (const std::optional<double> rate = tally->rate(); rate && w > 0) {
            sum += *rate * w;
            weight += w;
        }
    }
    if (weight == 0)
        return std::nullopt;
    return std::round(sum / weight * 1000.0) / 10.0;
}

Assessment assess(const SupervisionData &data, const QDate &from, const QDate &to,
                  const QDate &asOf)
{
    Assessment result;
    result.from = from;
    result.to = to;
    result.evaluatedOn = std::min(to, asOf);
    result.weights = data.weights;

    QHash<qint64, Scorecard> cards;
    for (const Department &d : data.departments) {
        if (answersForItself(d))
            cards.insert(d.id, Scorecard {d.id, d.name, {}, {}, {}, std::nullopt, 0});
    }
    if (from <= result.evaluatedOn) {
        countReporting(data, from, result.evaluatedOn, cards);
        countPace(data, result.evaluatedOn, cards);
        countActions(data, from, result.evaluatedOn, cards);
    }

    QList<Scorecard> list;
    for (Scorecard &c : cards) {
        c.score = weightedScore(c.reporting, c.pace, c.actions, data.weights);
        list << c;
    }
    QCollator collator;
    std::sort(list.begin(), list.end(), [&](const Scorecard &a, const Scorecard &b) {
        if (a.score.has_value() != b.score.has_value())
            return a.score.has_value();
        if (a.score && *a.score != *b.score)
            return *a.score > *b.score;
        return collator.compare(a.name, b.name) < 0;
    });
    for (qsizetype i = 0; i < list.size(); ++i) {
        Scorecard &c = list[i];
        if (!c.score)
            break;
        c.rank = (i > 0 && list.at(i - 1).score == c.score) ? list.at(i - 1).rank
                                                            : static_cast<int>(i + 1);
    }
    result.cards = list;
    return result;
}

} // namespace PlanDesk
