#pragma once

#include <memory>

#include <QWidget>

#include "domain/entities.h"
#include "util/saved.h"

class QSortFilterProxyModel;

namespace Ui {
class DepartmentsPage;
}

namespace PlanDesk {

class LazyReload;

class DepartmentTableModel;
struct Department;
struct DepartmentDependents;
class Workspace;

/// The departments (单位) with their contacts and workload, filtered as the
/// user types and sorted by any column; beside them the selected
/// department's tasks, open action items and latest progress reports.
/// Contacts are edited in place; departments are added through
/// DepartmentDialog and deleted only when nothing refers to them — otherwise
/// the page says what still does. Every change can be undone.
class DepartmentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartmentsPage)

public:
    explicit DepartmentsPage(Workspace &workspace, QWidget *parent = nullptr);
    ~DepartmentsPage() override;

    DepartmentTableModel *model() const { return m_model; }
    void focusFilter();
    /// Selects a department in the table (clearing a filter that hides it).
    void selectDepartment(qint64 id);
    /// The selected department, or 0.
    qint64 currentDepartmentId() const;
    /// Asks for a new department and adds it (Insert).
    void addDepartment();
    /// Deletes the selected department after confirmation, or explains what
    /// still refers to it (Delete).
    void deleteCurrentDepartment();

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    /// Asks what to do with an inline edit someone else's save refused.
    void resolveConflict(const Department &mine, const UpdateConflict<Department> &conflict);
    void sizeColumns();
    void showDetails();
    void showTasks(qint64 departmentId);
    void showActionItems(qint64 departmentId);
    void showReports(qint64 departmentId);
    void editCurrent();
    void explainRefusal(const Department &department, const DepartmentDependents &dependents);

    Workspace &m_workspace;
    std::unique_ptr<Ui::DepartmentsPage> m_ui;
    DepartmentTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_columnsSized = false;
    LazyReload *m_lazyReload = nullptr; ///< reloads when shown, not while hidden
};

} // namespace PlanDesk
