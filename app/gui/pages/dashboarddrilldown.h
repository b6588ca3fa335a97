#pragma once

#include <functional>

#include <QList>
#include <QString>

#include "pages/taskquery.h"
#include "report/briefing.h"

class QChart;
class QMenu;

namespace PlanDesk {

/// Turns clicks on the dashboard's charts into what to open: the clicked
/// segment, bar or point mapped back to the Briefing's group, department or
/// indicator (the bar charts list their categories bottom-up, so index i is
/// item size-1-i). The connections live as long as the chart. The add…
/// functions fill a menu with the same choices, for the keyboard.
namespace DashboardDrillDown {

using OpenTasks = std::function<void(const TaskQuery &)>;
/// An indicator's id and a period of its values ("2019"), or none.
using OpenIndicator = std::function<void(qint64, const QString &)>;

/// TaskCharts::lightsByGroup: the group's top-level tasks with the
/// segment's light.
void connectGroups(QChart &chart, const QList<GroupStanding> &groups, OpenTasks open);
/// A submenu per light of `chart`, each listing the groups.
void addGroupActions(QMenu &menu, const QChart &chart, const QList<GroupStanding> &groups,
                     OpenTasks open);
/// DepartmentCharts::paceByDepartment: the top-level tasks the department
/// leads that the segment counted (on pace or done, behind and not overdue,
/// overdue, not started).
void connectDepartments(QChart &chart, const QList<DepartmentStanding> &departments,
                        OpenTasks open);
/// A submenu per department, each listing the segments of `chart`.
void addDepartmentActions(QMenu &menu, const QChart &chart,
                          const QList<DepartmentStanding> &departments, OpenTasks open);
/// IndicatorCharts::overview: the indicator of the bar.
void connectOverview(QChart &chart, const QList<IndicatorPace> &indicators, OpenIndicator open);
/// An action per indicator.
void addOverviewActions(QMenu &menu, const QList<IndicatorPace> &indicators, OpenIndicator open);
/// IndicatorCharts::pacing: the indicator, and the period of a reported
/// value when the click was on or near its point.
void connectPacing(QChart &chart, const IndicatorPace &pace, OpenIndicator open);
/// The indicator, then an action per reported value.
void addPacingActions(QMenu &menu, const IndicatorPace &pace, OpenIndicator open);

/// The reported value nearest to `x` (a Julian day) within `toleranceDays`;
/// its period, or empty.
QString periodNear(const IndicatorPace &pace, qreal x, qreal toleranceDays);

} // namespace DashboardDrillDown

} // namespace PlanDesk
