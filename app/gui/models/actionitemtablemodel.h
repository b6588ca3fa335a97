#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include "domain/entities.h"

namespace PlanDesk {

/// The action items (督办事项) of one meeting as a read-only table: owner
/// department, linked task (“6 标题”, or “—”), description, due date,
/// status and closed-on date. An item still open after its due date (as of
/// the workspace's date) is marked overdue; sample items are in italics.
class ActionItemTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionItemTableModel)

public:
    enum Column { Owner, Task, Description, Due, Status, ClosedOn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        TaskIdRole, ///< qint64, 0 when no task is linked
        StatusRole, ///< int(ActionStatus)
        OverdueRole, ///< bool
        SampleRole, ///< bool
    };

    explicit ActionItemTableModel(QObject *parent = nullptr);
    ~ActionItemTableModel() override;

    /// `departments` and `tasks` give the names shown for ids (“6 标题” for tasks).
    void setItems(const QList<ActionItem> &items, const QHash<qint64, QString> &departments,
                  const QHash<qint64, QString> &tasks, const QDate &asOf);
    /// The row showing item `id`, or -1.
    int rowOf(qint64 id) const;
    const ActionItem &itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ActionItem &item, int column) const;
    QVariant toolTip(const ActionItem &item, int column) const;
    bool isOverdue(const ActionItem &item) const;

    QList<ActionItem> m_items;
    QHash<qint64, QString> m_departments;
    QHash<qint64, QString> m_tasks;
    QDate m_asOf;
};

} // namespace PlanDesk
