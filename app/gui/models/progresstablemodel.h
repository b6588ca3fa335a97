#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "domain/entities.h"

namespace PlanDesk {

/// All progress reports of a plan as a read-only table, newest first.
class ProgressTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressTableModel)

public:
    enum Column { Period, Task, Department, Percent, Status, ReportedOn, Text, ColumnCount };
    enum Role {
        ReportIdRole = Qt::UserRole + 1, ///< qint64
        DepartmentRole, ///< QString, the department's name
        SortRole, ///< typed values for sorting
    };

    struct TaskLabel
    {
        int number = 0;
        QString title;
        bool workItem = false;
        bool safeguard = false;
        int parentNumber = 0; ///< for work items: "6.1"
    };

    explicit ProgressTableModel(QObject *parent = nullptr);

    void setReports(const QList<ProgressReport> &reports, const QHash<qint64, TaskLabel> &tasks,
                    const QHash<qint64, QString> &departments);
    ProgressReport reportAt(int row) const { return m_reports.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ProgressReport> m_reports;
    QHash<qint64, TaskLabel> m_tasks;
    QHash<qint64, QString> m_departments;
};

} // namespace PlanDesk
