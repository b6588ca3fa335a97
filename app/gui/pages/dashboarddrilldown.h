#pragma once

#include <functional>

#include <QList>
#include <QString>

#include "pages/taskquery.h"
#include "report/briefing.h"

class QChart;

namespace PlanDesk {

/// Turns clicks on the dashboard's charts into what to open: the clicked
/// segment, bar or point mapped back to the Briefing's group, department or
/// indicator (the bar charts list their categories bottom-up, so index i is
/// item size-1-i). The connections live as long as the chart.
namespace DashboardDrillDown {

using OpenTasks = std::function<void(const TaskQuery &)>;
/// An indicator's id and a period of its values ("2019"), or none.
using OpenIndicator = std::function<void(qint64, const QString &)>;

/// TaskCharts::lightsByGroup: the group's tasks with the segment's light.
void connectGroups(QChart &chart, const QList<GroupStanding> &groups, OpenTasks open);
/// DepartmentCharts::paceByDepartment: the tasks the department leads,
/// only the overdue ones for the "overdue" bars.
void connectDepartments(QChart &chart, const QList<DepartmentStanding> &departments,
                        OpenTasks open);
/// IndicatorCharts::overview: the indicator of the bar.
void connectOverview(QChart &chart, const QList<IndicatorPace> &indicators, OpenIndicator open);
/// IndicatorCharts::pacing: the indicator, and the period of a reported
/// value when the click was on or near its point.
void connectPacing(QChart &chart, const IndicatorPace &pace, OpenIndicator open);

/// The reported value nearest to `x` (a Julian day) within `toleranceDays`;
/// its period, or empty.
QString periodNear(const IndicatorPace &pace, qreal x, qreal toleranceDays);

} // namespace DashboardDrillDown

} // namespace PlanDesk
