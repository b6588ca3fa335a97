#pragma once

#include <memory>

#include <QDate>
#include <QWidget>

class QSortFilterProxyModel;

namespace Ui {
class PlanPage;
}

namespace PlanDesk {

class Database;
class TaskTreeModel;

/// The plan's groups, tasks and work items as a tree with a filter box, and
/// the selected task's full clause from the document beside it.
class PlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    explicit PlanPage(QWidget *parent = nullptr);
    ~PlanPage() override;

    /// Reads the plan from `db`; returns an error message, empty on success.
    QString load(Database &db, qint64 planId, const QDate &asOf);
    TaskTreeModel *model() const { return m_model; }
    void focusFilter();

private:
    void showSelectedClause();
    void applyFilter(const QString &text);
    void spanGroupRows();

    std::unique_ptr<Ui::PlanPage> m_ui;
    TaskTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace PlanDesk
