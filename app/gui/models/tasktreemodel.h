#pragma once

#include <vector>

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

#include "repositories/taskrepository.h"
#include "rules/pace.h"

namespace PlanDesk {

/// The plan as a read-only tree: groups → tasks → work items, in document
/// order, with columns for number, title, departments, dates, percent,
/// status and pace light on the as-of date.
class TaskTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTreeModel)

public:
    enum Column {
        Number,
        Title,
        Lead,
        Cooperating,
        Start,
        Due,
        Percent,
        Status,
        Pace,
        ColumnCount
    };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, ///< qint64, 0 on group rows
        ClauseTextRole, ///< the document's full clause
        PaceLightRole, ///< int(PaceLight) on task rows
        IsGroupRole, ///< bool
        GroupIdRole, ///< qint64, on every row
        LeadRole, ///< QString
        CooperatingRole, ///< QStringList
        StatusRole, ///< int(TaskStatus)
        OverdueRole, ///< bool
        SearchTextRole, ///< number, title, clause and departments
        IsWorkItemRole, ///< bool
        SortRole, ///< a typed value per column (numbers as numbers, dates as dates)
    };

    explicit TaskTreeModel(QObject *parent = nullptr);
    ~TaskTreeModel() override;

    /// `standing` holds tasks as they stood on `asOf` (taskAsOf()), by id:
    /// their percent, status and pace are shown, as the dashboard and the
    /// briefing count them. A task not in it is shown as it is now.
    void setPlan(const QList<TaskGroup> &groups, const QList<TaskOverview> &tasks,
                 const QDate &asOf, const QHash<qint64, Task> &standing = {});
    QDate asOf() const { return m_asOf; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The task behind a row, for dialogs that edit it.
    std::optional<TaskOverview> taskAt(const QModelIndex &index) const;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        bool isGroup = false;
        TaskGroup group;
        TaskOverview task;
        Task shown; ///< percent and status as of the date
        PaceAssessment pace;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node *nodeFor(const QModelIndex &index) const;
    QVariant groupData(const Node &node, int column, int role) const;
    QVariant taskData(const Node &node, int column, int role) const;
    static bool isSampleColumn(const Node &node, int column);

    Node m_root;
    QDate m_asOf;
};

} // namespace PlanDesk
