#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace PlanDesk {

class Workspace;

/// The plan at a glance on the as-of date: tasks by pace light, overdue
/// tasks, each target's latest value, open and overdue action items. The
/// charts of the briefing will join these numbers here.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);

signals:
    void errorOccurred(const QString &message);

private:
    void reload();

    Workspace &m_workspace;
    QLabel *m_heading;
    QGridLayout *m_tasks;
    QGridLayout *m_indicators;
    QLabel *m_actions;
};

} // namespace PlanDesk
