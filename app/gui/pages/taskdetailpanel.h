#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QWidget>

#include "repositories/taskrepository.h"

class QStandardItemModel;

namespace Ui {
class TaskDetailPanel;
}

namespace PlanDesk {

class Workspace;

/// Everything about one task beside the tree: the document's clause, its
/// lead and cooperating departments, its progress reports, the action items
/// that name it, and its change history from the audit log. Read-only lists.
class TaskDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDetailPanel)

public:
    explicit TaskDetailPanel(QWidget *parent = nullptr);
    ~TaskDetailPanel() override;

    /// Shows `task`, or clears the panel for none.
    void showTask(Workspace &workspace, const std::optional<TaskOverview> &task);

signals:
    /// The user asked to change the task's lead and cooperating departments.
    void editAssignmentsRequested();

private:
    void fillAssignments(Workspace &workspace, const TaskOverview &task);
    void fillProgress(Workspace &workspace, const TaskOverview &task,
                      const QHash<qint64, QString> &names);
    void fillActions(Workspace &workspace, const TaskOverview &task,
                     const QHash<qint64, QString> &names);
    void fillHistory(Workspace &workspace, const TaskOverview &task);

    std::unique_ptr<Ui::TaskDetailPanel> m_ui;
    QStandardItemModel *m_assignments;
    QStandardItemModel *m_progress;
    QStandardItemModel *m_actions;
    QStandardItemModel *m_history;
};

} // namespace PlanDesk
