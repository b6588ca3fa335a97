#pragma once

#include <QSortFilterProxyModel>

namespace PlanDesk {

/// Filters the task tree the way the office asks its questions: words in
/// the number, title, clause or departments; one group; one department (as
/// lead, cooperating or either); a status; a pace light or overdue. Group
/// rows stay visible while any of their tasks does.
class TaskFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxyModel)

public:
    enum class Role { Any, Lead, Cooperating };
    /// -1 in a filter means "all".
    static constexpr int All = -1;
    /// The pace filter's extra choice beside the lights.
    static constexpr int Overdue = 100;

    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setGroup(qint64 groupId); ///< 0: all groups
    void setDepartment(const QString &name, Role role);
    void setStatus(int status);
    void setPace(int pace);
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
    int m_pace = All;
};

} // namespace PlanDesk
