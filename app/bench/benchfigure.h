#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace PlanDesk::Bench {

/// Repeated measurements of one quantity, summarised by order statistics
/// (medians, not means: a machine shared with others is noisy upwards).
class Samples
{
public:
    void add(double value) { m_values << value; }
    qsizetype count() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }
    double median() const { return quantile(0.5); }
    double p90() const { return quantile(0.9); }
    double min() const;
    double max() const;
    /// The value below which `q` of the samples lie (nearest rank, 0 < q ≤ 1).
    double quantile(double q) const;
    /// n, median, p90, min and max; nulls when there are no samples.
    QJsonObject toJson() const;

private:
    QList<double> m_values;
};

/// What a figure must achieve: at most `ratio` times its floor, or a median
/// of at most `absolute` (in the figure's unit); neither: reported only.
struct Goal
{
    std::optional<double> ratio;
    std::optional<double> absolute;
    QString text; ///< the goal as the issue words it
    bool strictlyBelow = false; ///< "< absolute" rather than "≤ absolute"
};

/// One figure of the benchmark beside its floor, measured in the same run.
struct Figure
{
    QString what; ///< what was measured, in a sentence
    QString unit; ///< "ms" or "KiB"
    Samples figure;
    QString floorWhat; ///< what the floor is
    Samples floor;
    Goal goal;

    /// median / floor median; std::nullopt without both.
    std::optional<double> ratio() const;
    /// Whether the goal is met; std::nullopt without a goal or data.
    std::optional<bool> met() const;
    QJsonObject toJson() const;
};

} // namespace PlanDesk::Bench
