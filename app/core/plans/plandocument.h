#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include "domain/entities.h"
#include "util/result.h"

namespace PlanDesk {

/// A whole plan as a file describes it (format "plandesk-plan", version 1):
/// plan metadata, departments, groups with their tasks (and work items) and
/// departments by name, and indicators. The built-in plan is one such file;
/// docs/plan-format.md describes the format.
struct PlanDocument
{
    /// What a task and each of its work items have alike.
    struct WorkEntry
    {
        int number = 0;
        QString title;
        QString text;
        QString lead;
        QStringList cooperating;
        QDate startOn; // invalid: the default (see TaskEntry, items)
        QDate dueOn;
    };
    /// A task or safeguard measure. Its invalid dates mean the plan's start
    /// and default due date; its items' invalid dates mean the task's own.
    struct TaskEntry : WorkEntry
    {
        QList<WorkEntry> items; // 分解责任: the office's work items, by number
    };
    struct GroupEntry
    {
        GroupKind kind = GroupKind::KeyTask;
        QString numbering;
        QString title;
        QList<TaskEntry> tasks;
    };
    struct IndicatorEntry
    {
        Indicator indicator; // ids unset
        QString department; // empty: none named
    };

    Plan plan;
    QDate defaultDueOn;
    QList<Department> departments;
    QList<GroupEntry> groups;
    QList<IndicatorEntry> indicators;
};

/// Reads and checks plan files. Every problem is reported with its place in
/// the file ("plan.json, groups[2].tasks[0].lead: …"), all of them at once,
/// one a line; a file that is not JSON at all by line and column.
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    static constexpr const char *BuiltInResource = ":/plans/jining-2017.json";

    static Result<PlanDocument> parse(const QByteArray &json, const QString &sourceName);
    static Result<PlanDocument> load(const QString &path);
    /// 济政字〔2017〕27号, as shipped inside PlanDesk.
    static Result<PlanDocument> builtIn();
};

} // namespace PlanDesk
