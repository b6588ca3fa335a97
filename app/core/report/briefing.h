#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include "domain/entities.h"
#include "repositories/taskrepository.h"
#include "rules/assessment.h"
#include "rules/indicatorpace.h"
#include "rules/pace.h"
#include "rules/plansummary.h"
#include "rules/roundstatus.h"
#include "util/result.h"

namespace PlanDesk {

class Database;

/// A task, safeguard measure or work item as it stood on the briefing's date.
struct TaskStanding
{
    TaskOverview overview; ///< the task as it stands today, with its departments
    Task asOf; ///< percent and status rewound to the date (taskAsOf())
    PaceAssessment pace;
    bool isWorkItem() const { return overview.task.parentId.has_value(); }
};

/// One of the document's groups with its tasks and work items in document
/// order, and its top-level tasks counted by pace light.
struct GroupStanding
{
    TaskGroup group;
    QList<TaskStanding> tasks;
    QMap<PaceLight, int> byLight;
};

/// A lead department's top-level tasks by pace, and everything it has
/// overdue: tasks and work items it leads, and action items it owns.
struct DepartmentStanding
{
    qint64 departmentId = 0;
    QString name;
    int tasksLed = 0;
    int onPace = 0; ///< green or done
    int behind = 0; ///< yellow or red, not overdue
    int overdue = 0;
    int notStarted = 0; ///< before their start date
    QList<TaskStanding> overdueTasks;
    QList<ActionItem> overdueActions;
};

/// The plan's average percent against the average expectation on a date.
struct ProgressSample
{
    QDate date;
    double averagePercent = 0.0;
    double expectedPercent = 0.0;
};

/// Everything the regular-meeting briefing (工作进展通报) and the dashboard
/// show for one plan on one date, computed once so both say the same.
/// Tasks count as they stood on the date (taskAsOf()); values and action
/// items only as far as known then.
struct Briefing
{
    Plan plan;
    QDate asOf;
    bool sample = false; ///< the plan holds `--demo` sample data
    std::optional<Meeting> meeting; ///< the chosen meeting, for its minutes
    QStringList attendees; ///< its attendees' department or person names
    QList<MeetingAmendment> amendments; ///< of its approved minutes
    /// The meetings held by the date, earliest first.
    QList<Meeting> meetingsHeld;
    /// Every action item still open on the date, by meeting, earliest first:
    /// what the summary counts as open.
    QList<ActionItem> openActions;

    PlanSummary summary;
    QList<GroupStanding> groups;
    QList<IndicatorPace> indicators;
    QList<DepartmentStanding> departments; ///< lead departments, most overdue first
    QList<ProgressSample> progress; ///< quarter ends from the plan's start, then the date
    QHash<qint64, QString> departmentNames;

    /// The reporting round being collected on the date (currentRound()).
    std::optional<RoundStatus> round;
    /// "task 3 …", "measure 2 …": how the round's tasks are named.
    QHash<qint64, QString> taskLabels;
    /// The department assessment for the date's year, judged on the date.
    Assessment assessment;

    /// Every top-level task and work item, in document order.
    QList<TaskStanding> allTasks() const;
};

/// Reads a plan and computes its Briefing in one read transaction.
class BriefingLoader
{
    Q_DECLARE_TR_FUNCTIONS(BriefingLoader)

public:
    explicit BriefingLoader(Database &db)
        : m_db(db)
    {
    }

    /// `meetingId` picks the meeting whose minutes are shown, which must
    /// have been held by `asOf`; without it the latest regular meeting (例会)
    /// held by then.
    Result<Briefing> load(qint64 planId, const QDate &asOf,
                          std::optional<qint64> meetingId = std::nullopt);

private:
    Database &m_db;
};

/// Every task and work item of `tasks` as it stood on `asOf` (taskAsOf()),
/// by id: what the briefing counts, for lists that must agree with it.
QHash<qint64, Task> tasksAsOf(const QList<TaskOverview> &tasks,
                              const QHash<qint64, QList<ProgressReport>> &byTask,
                              const QDate &asOf);

/// An action item counts as open on `date` when its meeting was held by then
/// and it was not done or cancelled by then.
bool isOpenOn(const ActionItem &item, const QDate &meetingHeldOn, const QDate &date);

} // namespace PlanDesk
