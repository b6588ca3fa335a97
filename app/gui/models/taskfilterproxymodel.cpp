#include "models/taskfilterproxymodel.h"

#include "models/tasktreemodel.h"

namespace PlanDesk {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(TaskTreeModel::SortRole);
    setSortLocaleAware(true);
}

void TaskFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    changed();
}

void TaskFilterProxyModel::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    changed();
}

void TaskFilterProxyModel::setDepartment(const QString &name, Role role)
{
    m_department = name;
    m_role = role;
    changed();
}

void TaskFilterProxyModel::setStatus(int status)
{
    m_status = status;
    changed();
}

void TaskFilterProxyModel::setPace(const PaceFilter &pace)
{
    m_pace = pace;
    changed();
}

void TaskFilterProxyModel::setTopLevelOnly(bool topLevelOnly)
{
    m_topLevelOnly = topLevelOnly;
    changed();
}

bool TaskFilterProxyModel::isFiltering() const
{
    return !m_text.isEmpty() || m_groupId != 0 || !m_department.isEmpty() || m_status != All
        || !m_pace.isEmpty() || m_topLevelOnly;
}

void TaskFilterProxyModel::changed()
{
    invalidateFilter();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(TaskTreeModel::IsGroupRole).toBool()) {
        // Shown for its own sake only when nothing filters (or only its group
        // does); otherwise recursive filtering shows it for matching tasks.
        if (m_groupId != 0 && index.data(TaskTreeModel::GroupIdRole).toLongLong() != m_groupId)
            return false;
        return !isFiltering()
            || (m_groupId != 0 && m_text.isEmpty() && m_department.isEmpty() && m_status == All
                && m_pace.isEmpty());
    }
    if (m_topLevelOnly && index.data(TaskTreeModel::IsWorkItemRole).toBool())
        return false;
    if (m_groupId != 0 && index.data(TaskTreeModel::GroupIdRole).toLongLong() != m_groupId)
        return false;
    if (!m_text.isEmpty()
        && !index.data(TaskTreeModel::SearchTextRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
        return false;
    if (!m_department.isEmpty()) {
        const bool leads = index.data(TaskTreeModel::LeadRole).toString() == m_department;
        const bool cooperates =
            index.data(TaskTreeModel::CooperatingRole).toStringList().contains(m_department);
        const bool match = m_role == Role::Lead ? leads
            : m_role == Role::Cooperating       ? cooperates
                                                : leads || cooperates;
        if (!match)
            return false;
    }
    if (m_status != All && index.data(TaskTreeModel::StatusRole).toInt() != m_status)
        return false;
    return m_pace.accepts(static_cast<PaceLight>(index.data(TaskTreeModel::PaceLightRole).toInt()),
                          index.data(TaskTreeModel::OverdueRole).toBool());
}

} // namespace PlanDesk
