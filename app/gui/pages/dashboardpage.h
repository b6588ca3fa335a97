#pragma once

#include <memory>

#include <QWidget>

#include "pages/dashboarddrilldown.h"
#include "pages/taskquery.h"

class QComboBox;
class QLabel;

namespace PlanDesk {

struct Briefing;
class ChartPanel;
class DashboardNumbers;
class Workspace;

/// The plan at a glance on the as-of date: the key numbers, then the
/// charts of the briefing (tasks by pace per group, average progress over
/// time, targets, lead departments, and one chosen indicator's pacing),
/// all from one Briefing loaded per reload, so they agree with the printed
/// briefing. Reloads on edits and a new as-of date, but only while shown
/// (or when next shown). A click on a bar or point, or the same choice in
/// the chart's menu (for the keyboard), asks through tasksRequested() or
/// indicatorRequested() for the list behind it.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(Workspace &workspace, QWidget *parent = nullptr);
    ~DashboardPage() override;

    /// The Briefing shown; null before the first load, and when there is no
    /// plan or it could not be loaded.
    const Briefing *briefing() const { return m_briefing.get(); }

signals:
    void errorOccurred(const QString &message);
    /// A segment of tasks was clicked: list them on the plan page.
    void tasksRequested(const PlanDesk::TaskQuery &query);
    /// An indicator was clicked (and a value's period, when a point was).
    void indicatorRequested(qint64 indicatorId, const QString &period);
    /// The "Print Briefing…" button.
    void briefingRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createHeading();
    QWidget *createCharts();
    ChartPanel *addPanel(const QString &name, const QString &hint, bool clickable);
    /// Reloads now when shown, or marks the page to reload when next shown.
    void requestReload();
    void reload();
    void showCharts();
    void fillIndicatorChoice();
    void showPacing();

    Workspace &m_workspace;
    /// Emit the drill-down signals; handed to the charts' click handlers.
    const DashboardDrillDown::OpenTasks m_openTasks;
    const DashboardDrillDown::OpenIndicator m_openIndicator;
    std::shared_ptr<const Briefing> m_briefing;
    bool m_stale = true;
    QLabel *m_heading = nullptr;
    QLabel *m_sampleNotice = nullptr;
    QWidget *m_body = nullptr; ///< numbers and charts, hidden without a plan
    DashboardNumbers *m_numbers = nullptr;
    ChartPanel *m_groupsChart = nullptr;
    ChartPanel *m_progressChart = nullptr;
    ChartPanel *m_targetsChart = nullptr;
    ChartPanel *m_pacingChart = nullptr;
    ChartPanel *m_departmentsChart = nullptr;
    QComboBox *m_indicatorCombo = nullptr;
};

} // namespace PlanDesk
