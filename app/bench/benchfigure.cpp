#include "benchfigure.h"

#include <algorithm>
#include <cmath>

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

QJsonValue number(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue::Null;
    // Three decimals are more than any timing here can resolve.
    return std::round(*value * 1000.0) / 1000.0;
}

} // namespace

double Samples::min() const
{
    return m_values.isEmpty() ? 0.0 : *std::min_element(m_values.cbegin(), m_values.cend());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0.0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

double Samples::quantile(double q) const
{
    if (m_values.isEmpty())
        return 0.0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    if (q == 0.5 && n % 2 == 0)
        return (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2.0;
    const auto rank = static_cast<qsizetype>(std::ceil(q * static_cast<double>(n)));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
}

QJsonObject Samples::toJson() const
{
    const bool any = !isEmpty();
    auto value = [any](double v) {
        return any ? number(v) : QJsonValue(QJsonValue::Null);
    };
    return {{u"n"_s, static_cast<qint64>(count())},
            {u"median"_s, value(median())},
            {u"p90"_s, value(p90())},
            {u"min"_s, value(min())},
            {u"max"_s, value(max())}};
}

std::optional<double> Figure::ratio() const
{
    if (figure.isEmpty() || floor.isEmpty() || floor.median() <= 0.0)
        return std::nullopt;
    return figure.median() / floor.median();
}

std::optional<bool> Figure::met() const
{
    if (goal.ratio) {
        const std::optional<double> r = ratio();
        return r ? std::optional<bool>(*r <= *goal.ratio) : std::nullopt;
    }
    if (goal.absolute && !figure.isEmpty())
        return goal.strictlyBelow ? figure.median() < *goal.absolute
                                  : figure.median() <= *goal.absolute;
    return std::nullopt;
}

QJsonObject Figure::toJson() const
{
    QJsonObject out = figure.toJson();
    out.insert(u"what"_s, what);
    out.insert(u"unit"_s, unit);
    const QJsonObject floorStats = floor.toJson();
    out.insert(u"floor"_s, floorStats.value(u"median"_s));
    QJsonObject floorDetail = floorStats;
    floorDetail.insert(u"what"_s, floorWhat);
    out.insert(u"floor_spread"_s, floorDetail);
    out.insert(u"ratio"_s, number(ratio()));
    QJsonObject goalJson {{u"text"_s, goal.text}};
    if (goal.ratio)
        goalJson.insert(u"max_ratio"_s, *goal.ratio);
    if (goal.absolute)
        goalJson.insert(u"max_median"_s, *goal.absolute);
    out.insert(u"goal"_s, goal.text.isEmpty() ? QJsonValue(QJsonValue::Null) : goalJson);
    const std::optional<bool> ok = met();
    out.insert(u"met"_s, ok ? QJsonValue(*ok) : QJsonValue(QJsonValue::Null));
    return out;
}

} // namespace PlanDesk::Bench
