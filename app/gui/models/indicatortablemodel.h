#pragma once

#include <optional>

#include <QAbstractTableModel>

#include "domain/entities.h"

namespace PlanDesk {

/// A plan's indicators as a read-only table: definition (unit, comparison,
/// baseline, target, responsible department) and the latest value reported,
/// the latest being the one whose period ends last. Edits go through dialogs.
class IndicatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorTableModel)

public:
    enum Column {
        Code,
        Name,
        Unit,
        Rule,
        Baseline,
        BaselineYear,
        Target,
        TargetYear,
        Responsible,
        Latest,
        LatestPeriod,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 indicator id
        SortRole, ///< exact numbers as Decimal units, years as int, else text
        SampleRole, ///< bool: the cell shows sample data (plandesk init --demo)
    };

    explicit IndicatorTableModel(QObject *parent = nullptr);
    ~IndicatorTableModel() override;

    /// `departments` name the responsible departments; `values` may hold the
    /// values of every indicator of the plan (others are ignored).
    void setIndicators(const QList<Indicator> &indicators, const QList<Department> &departments,
                       const QList<IndicatorValue> &values);
    const Indicator &indicatorAt(int row) const { return m_rows.at(row).indicator; }
    /// The row showing indicator `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// ">", "≥", "≤", "<".
    /// "More than the target", "At least the target", …
    static QString comparisonText(Comparison comparison);

private:
    struct Row
    {
        Indicator indicator;
        QString department;
        std::optional<IndicatorValue> latest;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    static bool isSample(const Row &row, int column);

    QList<Row> m_rows;
};

} // namespace PlanDesk
