#pragma once

#include <memory>

#include <QDialog>

#include "repositories/taskrepository.h"

namespace Ui {
class ProgressReportDialog;
}

namespace PlanDesk {

/// Records one department's progress on a task for a period (进展报送):
/// department (the task's lead first), period, date, percent, status, text.
/// Refuses inline a malformed period, a second report for the same period,
/// a date before the period began, and "done" below 100%.
class ProgressReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressReportDialog)

public:
    ProgressReportDialog(const TaskOverview &task, const QList<Department> &departments,
                         const QList<ProgressReport> &existing, const QDate &asOf,
                         QWidget *parent = nullptr);
    ~ProgressReportDialog() override;

    /// Starts on this department and period (a round's owed report).
    void prefill(qint64 departmentId, const QString &period);
    ProgressReport report() const;
    /// "2018-Q2" for a date in the second quarter of 2018.
    static QString quarterOf(const QDate &date);

private:
    void validate();

    std::unique_ptr<Ui::ProgressReportDialog> m_ui;
    qint64 m_taskId;
    QList<ProgressReport> m_existing;
};

} // namespace PlanDesk
