#pragma once

#include <QAbstractTableModel>

#include "rules/roundstatus.h"
#include "rules/supervisiondata.h"

namespace PlanDesk {

/// Who has handed in which report in one reporting round: departments as
/// rows, the tasks owed as columns, and a last column tallying each
/// department. A cell shows the obligation's state as a symbol that reads
/// without colour (✓ on time, ! late, ✗ missing, … pending, blank when the
/// department owes nothing on the task), coloured as well. Read-only.
class RoundStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundStatusModel)

public:
    enum Role {
        StateRole = Qt::UserRole + 1, ///< int ReportState, or invalid when nothing is owed
        TaskIdRole, ///< qint64, 0 in the tally column
        DepartmentIdRole, ///< qint64
    };

    explicit RoundStatusModel(QObject *parent = nullptr);

    void setStatus(const RoundStatus &status, const SupervisionData &data);
    const RoundStatus &status() const { return m_status; }
    int tallyColumn() const { return static_cast<int>(m_status.taskIds.size()); }

    /// "✓", "!", "✗" or "…".
    static QString symbol(ReportState state);
    /// "On time", "Late", "Missing", "Pending".
    static QString stateName(ReportState state);
    static QColor colour(ReportState state);
    /// "6", "6.1" for a work item, "M2" for a safeguard measure.
    static QString shortTaskLabel(const SupervisionData &data, qint64 taskId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const Obligation *o, int role) const;
    QVariant tallyData(qint64 departmentId, int role) const;

    RoundStatus m_status;
    QStringList m_departmentNames;
    QStringList m_taskLabels;
    QStringList m_taskTitles;
};

} // namespace PlanDesk
