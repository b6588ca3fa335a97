#pragma once

#include <QSortFilterProxyModel>

#include "models/pacefilter.h"

namespace PlanDesk {

/// Filters the task tree the way the office asks its questions: words in
/// the number, title, clause or departments; one group; one department (as
/// lead, cooperating or either); a status; pace lights, overdue or not. A
/// task stays visible while any of its work items matches, unless only the
/// top-level tasks are asked for: then work items are hidden and each task
/// shows only when it matches itself, as the dashboard counts them. Group
/// rows stay visible while any of their tasks does.
class TaskFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxyModel)

public:
    enum class Role { Any, Lead, Cooperating };
    /// -1 in a filter means "all".
    static constexpr int All = -1;

    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setGroup(qint64 groupId); ///< 0: all groups
    void setDepartment(const QString &name, Role role);
    void setStatus(int status);
    void setPace(const PaceFilter &pace);
    /// Key tasks and safeguard measures only, without their work items.
    void setTopLevelOnly(bool topLevelOnly);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    QString m_text;
    qint64 m_groupId = 0;
    QString m_department;
    Role m_role = Role::Any;
    int m_status = All;
    PaceFilter m_pace;
    bool m_topLevelOnly = false;
};

} // namespace PlanDesk
