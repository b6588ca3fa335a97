#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include "domain/entities.h"
#include "rules/roundstatus.h"
#include "rules/supervisiondata.h"

namespace PlanDesk {

/// One thing a department must do by a date.
struct Reminder
{
    enum class Kind { Report, Action, Task };
    Kind kind = Kind::Task;
    QDate dueOn;
    qint64 taskId = 0; ///< the task reported on, the item's task, or the task due
    qint64 actionItemId = 0;
    qint64 roundId = 0;
    QString what; ///< a line fit for a notice
    bool overdue = false;
};

struct DepartmentReminders
{
    qint64 departmentId = 0;
    QString name;
    QList<Reminder> reminders; ///< overdue first, then by due date
};

/// What falls due within `withinDays` of `asOf` or is already overdue:
/// - reports still owed in the current round (currentRound());
/// - action items open on the date, from meetings held by then;
/// - tasks and work items not done by then (as their lead reported), for
///   their lead department.
/// Departments by name; none without reminders.
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)

public:
    static QList<DepartmentReminders> collect(const SupervisionData &data, const QDate &asOf,
                                              int withinDays);
    /// Every report still owed in a round, by department (a 催报 notice).
    static QList<DepartmentReminders> forRound(const RoundStatus &status,
                                               const SupervisionData &data);
    /// The list as plain text, department by department, for a notice.
    static QString toText(const QList<DepartmentReminders> &list, const QDate &asOf);
    /// "task 3", "safeguard (二)" or "work item 3.1": how lists name a task.
    static QString taskLabel(const SupervisionData &data, qint64 taskId);

private:
    static Reminder owedReport(const RoundStatus &status, const Obligation &owed,
                               const SupervisionData &data);
};

} // namespace PlanDesk
