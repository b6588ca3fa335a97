#pragma once

#include <memory>

#include <QWidget>

class QSortFilterProxyModel;

namespace Ui {
class PlanPage;
}

namespace PlanDesk {

class TaskTreeModel;
class Workspace;

/// The plan's groups, tasks and work items as a tree with a filter box, and
/// the selected task's full clause from the document beside it. Reloads
/// itself whenever the ledger or the as-of date changes.
class PlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    explicit PlanPage(Workspace &workspace, QWidget *parent = nullptr);
    ~PlanPage() override;

    TaskTreeModel *model() const { return m_model; }
    void focusFilter();

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    void showSelectedClause();
    void applyFilter(const QString &text);
    void spanGroupRows();

    Workspace &m_workspace;
    std::unique_ptr<Ui::PlanPage> m_ui;
    TaskTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_columnsSized = false;
};

} // namespace PlanDesk
