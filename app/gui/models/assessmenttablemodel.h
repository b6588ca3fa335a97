#pragma once

#include <QAbstractTableModel>

#include "rules/assessment.h"

namespace PlanDesk {

/// The assessment ranking, one row per scorecard in rank order: read-only.
/// Parts show their rate as a percent with met/counted in the tooltip;
/// whatever is unscored or counted nothing shows "—" and sorts last.
class AssessmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentTableModel)

public:
    enum Column { Rank, Department, Reporting, Pace, Actions, Score, ColumnCount };
    enum Role {
        DepartmentIdRole = Qt::UserRole + 1, ///< qint64
        SortRole, ///< typed values; the unscored after everyone else
    };

    explicit AssessmentTableModel(QObject *parent = nullptr);

    void setAssessment(const Assessment &assessment);
    const Assessment &assessment() const { return m_assessment; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Scorecard &card, int column) const;
    QVariant sortValue(const Scorecard &card, int column) const;
    QString toolTip(const Scorecard &card, int column) const;

    Assessment m_assessment;
};

} // namespace PlanDesk
