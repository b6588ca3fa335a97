#pragma once

#include <memory>

#include <QDialog>
#include <QSet>

#include "repositories/taskrepository.h"

namespace Ui {
class TaskDialog;
}

namespace PlanDesk {

/// Adds a work item under a task, or edits a task or work item. A task of
/// the plan document keeps its number and title (they are the document's);
/// its dates, status and percent can change. Checks everything inline: the
/// OK button stays disabled while a field is wrong, and says which.
class TaskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDialog)

public:
    /// A new work item under `parent`; `departments` for the lead choice.
    TaskDialog(const TaskOverview &parent, int nextNumber, const QList<Department> &departments,
               QWidget *widgetParent = nullptr);
    /// Edits `task` (a document task or a work item).
    TaskDialog(const TaskOverview &task, QWidget *widgetParent = nullptr);
    ~TaskDialog() override;

    /// Numbers the other work items of the same task already use.
    void setTakenNumbers(const QSet<int> &numbers);

    Task task() const;
    /// Shows `task` in place of what was typed (someone else's saved version).
    void setTask(const Task &task);
    qint64 leadDepartmentId() const;

private:
    void setUp();
    void showTask();
    void validate();

    std::unique_ptr<Ui::TaskDialog> m_ui;
    Task m_task;
    bool m_newItem;
    QSet<int> m_takenNumbers;
};

} // namespace PlanDesk
