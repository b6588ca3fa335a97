#pragma once

#include <memory>

#include <QDialog>

#include "repositories/taskrepository.h"

namespace Ui {
class AssignmentsDialog;
}

namespace PlanDesk {

/// Chooses a task's lead department (牵头单位) and its cooperating ones
/// (配合单位). The task's current departments come first, in their order;
/// the lead can never also be ticked as cooperating.
class AssignmentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentsDialog)

public:
    AssignmentsDialog(const TaskOverview &task, const QList<Department> &departments,
                      QWidget *parent = nullptr);
    ~AssignmentsDialog() override;

    /// Lead first, then the ticked cooperating departments in list order.
    QList<Assignment> assignments() const;

private:
    void leadChanged();

    std::unique_ptr<Ui::AssignmentsDialog> m_ui;
    qint64 m_taskId;
};

} // namespace PlanDesk
