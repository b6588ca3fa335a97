#pragma once

#include <memory>

#include <QWidget>

class QSortFilterProxyModel;

namespace Ui {
class ProgressPage;
}

namespace PlanDesk {

class LazyReload;

class ProgressTableModel;
class Workspace;

/// Every progress report (进展报送) of the plan, newest first, filtered by
/// department, period and words; records a new report for a chosen task
/// and deletes one, both undoable.
class ProgressPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPage)

public:
    explicit ProgressPage(Workspace &workspace, QWidget *parent = nullptr);
    ~ProgressPage() override;

    void recordReport();
    void deleteReport();

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    void applyFilters();

    Workspace &m_workspace;
    std::unique_ptr<Ui::ProgressPage> m_ui;
    ProgressTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    LazyReload *m_lazyReload = nullptr; ///< reloads when shown, not while hidden
};

} // namespace PlanDesk
