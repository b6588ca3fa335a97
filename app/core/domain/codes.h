#pragma once

#include <optional>

#include <QString>

namespace PlanDesk {

// The closed vocabularies of the domain. Each is stored in the database and
// written to exports as its code ("in_progress"); people see displayName().

enum class GroupKind { KeyTask, Safeguard };
enum class DepartmentKind {
    Government,
    Party,
    Court,
    Procuratorate,
    Bank,
    Customs,
    Association,
    Collective
};
enum class TaskStatus { NotStarted, InProgress, Done, Suspended };
enum class AssignmentRole { Lead, Cooperating };
enum class Comparison { Greater, GreaterOrEqual, LessOrEqual, Less };
enum class MeetingKind { Regular, Special };
enum class Approval { Draft, Approved };
enum class ActionStatus { Open, InProgress, Done, Cancelled };

QString toCode(GroupKind v);
QString toCode(DepartmentKind v);
QString toCode(TaskStatus v);
QString toCode(AssignmentRole v);
QString toCode(Comparison v);
QString toCode(MeetingKind v);
QString toCode(Approval v);
QString toCode(ActionStatus v);

/// Parses a code; std::nullopt for anything not in the vocabulary.
template<typename Enum> std::optional<Enum> fromCode(const QString &code);

QString displayName(TaskStatus v);
QString displayName(DepartmentKind v);
QString displayName(AssignmentRole v);
QString displayName(MeetingKind v);
QString displayName(ActionStatus v);
/// >, ≥, ≤ or <.
QString comparisonSymbol(Comparison v);

} // namespace PlanDesk
