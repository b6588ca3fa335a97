#pragma once

#include <memory>

#include <QList>

#include "report/briefing.h"

class QChart;

namespace PlanDesk {

/// Charts of the tasks' standing, built from a Briefing's parts.
namespace TaskCharts {

/// The lights shown as stacked segments, in this order.
QList<PaceLight> stackOrder();

/// Top-level tasks of each group stacked by pace light, groups top-down in
/// the document's order; each segment is filled with a light's colour and
/// pattern and labelled with its count. Each QBarSet carries its PaceLight
/// as the "paceLight" property.
std::unique_ptr<QChart> lightsByGroup(const QList<GroupStanding> &groups);

/// The average percent done of the top-level tasks over time (solid,
/// marked) against the average the pace rule expects (dashed).
std::unique_ptr<QChart> progressOverTime(const QList<ProgressSample> &samples);

} // namespace TaskCharts

/// Charts of the departments, built from DepartmentStanding.
namespace DepartmentCharts {

/// For each lead department (in the given order, top-down): its top-level
/// tasks on pace or done, behind, overdue and not started, stacked, with
/// distinct fills; overdue action items are counted in its label. The
/// QBarSets are named by objectName() "onPace", "behind", "overdue" and
/// "notStarted".
std::unique_ptr<QChart> paceByDepartment(const QList<DepartmentStanding> &departments);

} // namespace DepartmentCharts

} // namespace PlanDesk
