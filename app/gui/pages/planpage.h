#pragma once

#include <memory>
#include <optional>

#include <QSet>
#include <QWidget>

#include "pages/taskquery.h"
#include "repositories/taskrepository.h"

namespace Ui {
class PlanPage;
}

namespace PlanDesk {

class LazyReload;

class TaskFilterProxyModel;
class TaskTreeModel;
class Workspace;

/// The plan's groups, tasks and work items as a tree with filters (words,
/// group, department and role, status, pace, with or without work items),
/// a legend, and the selected task's details beside it. Adds, edits and
/// deletes work items, edits tasks and records progress, each undoable.
/// Reloads itself when the ledger or the as-of date changes, keeping the
/// selection.
class PlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    explicit PlanPage(Workspace &workspace, QWidget *parent = nullptr);
    ~PlanPage() override;

    TaskTreeModel *model() const { return m_model; }
    void focusFilter();
    /// Sets the filters to list exactly `query`'s tasks (a drill-down from
    /// the dashboard), clearing the others, and selects the first.
    void showTasks(const TaskQuery &query);
    /// Selects the row of task `taskId` (0: none).
    void selectTask(qint64 taskId);

    void addWorkItem();
    void editTask();
    void deleteWorkItem();
    void recordProgress();
    void editAssignments();

signals:
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpFilters();
    void setUpActions();
    void setUpLegend();
    void reload();
    void reloadFilterChoices(const QList<TaskGroup> &groups);
    void selectionChanged();
    void applyDepartmentFilter();
    /// The pace filter's item for `pace`, added when there is none.
    int paceIndex(const PaceFilter &pace);
    void spanGroupRows();
    void sizeColumnsOnce();
    std::optional<TaskOverview> currentTask() const;
    QSet<int> siblingNumbers(qint64 parentId, qint64 exceptTaskId) const;

    Workspace &m_workspace;
    std::unique_ptr<Ui::PlanPage> m_ui;
    TaskTreeModel *m_model;
    TaskFilterProxyModel *m_proxy;
    bool m_columnsSized = false;
    bool m_splitterSized = false;
    LazyReload *m_lazyReload = nullptr; ///< reloads when shown, not while hidden
};

} // namespace PlanDesk
