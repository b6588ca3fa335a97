#pragma once

#include <optional>

#include <QString>

#include "domain/codes.h"

namespace PlanDesk {

/// How files name a task so that the name survives any database: "3" for key
/// task 3, "保障2" for safeguard measure 2, "3.1" and "保障2.1" for the office's
/// work items under them. Ids differ between databases; these do not.
struct TaskCode
{
    GroupKind kind = GroupKind::KeyTask;
    int number = 0;
    std::optional<int> item; ///< set for a work item: its number under `number`

    QString toString() const;
    /// Reads the forms toString() writes, and also "S2", "保障措施2", "任务3"
    /// and surrounding spaces; nullopt for anything else.
    static std::optional<TaskCode> parse(const QString &text);

    friend bool operator==(const TaskCode &a, const TaskCode &b)
    {
        return a.kind == b.kind && a.number == b.number && a.item == b.item;
    }
};

} // namespace PlanDesk
