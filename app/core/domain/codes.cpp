#include "domain/codes.h"

#include <array>
#include <utility>

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

template<typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr CodeTable<GroupKind, 2> groupKinds {{
    {GroupKind::KeyTask, u"key_task"},
    {GroupKind::Safeguard, u"safeguard"},
}};
constexpr CodeTable<DepartmentKind, 8> departmentKinds {{
    {DepartmentKind::Government, u"government"},
    {DepartmentKind::Party, u"party"},
    {DepartmentKind::Court, u"court"},
    {DepartmentKind::Procuratorate, u"procuratorate"},
    {DepartmentKind::Bank, u"bank"},
    {DepartmentKind::Customs, u"customs"},
    {DepartmentKind::Association, u"association"},
    {DepartmentKind::Collective, u"collective"},
}};
constexpr CodeTable<TaskStatus, 4> taskStatuses {{
    {TaskStatus::NotStarted, u"not_started"},
    {TaskStatus::InProgress, u"in_progress"},
    {TaskStatus::Done, u"done"},
    {TaskStatus::Suspended, u"suspended"},
}};
constexpr CodeTable<AssignmentRole, 2> roles {{
    {AssignmentRole::Lead, u"lead"},
    {AssignmentRole::Cooperating, u"cooperating"},
}};
constexpr CodeTable<Comparison, 4> comparisons {{
    {Comparison::Greater, u">"},
    {Comparison::GreaterOrEqual, u">="},
    {Comparison::LessOrEqual, u"<="},
    {Comparison::Less, u"<"},
}};
constexpr CodeTable<MeetingKind, 2> meetingKinds {{
    {MeetingKind::Regular, u"regular"},
    {MeetingKind::Special, u"special"},
}};
constexpr CodeTable<Approval, 2> approvals {{
    {Approval::Draft, u"draft"},
    {Approval::Approved, u"approved"},
}};
constexpr CodeTable<ActionStatus, 4> actionStatuses {{
    {ActionStatus::Open, u"open"},
    {ActionStatus::InProgress, u"in_progress"},
    {ActionStatus::Done, u"done"},
    {ActionStatus::Cancelled, u"cancelled"},
}};

template<typename Enum, std::size_t N> QString codeOf(const CodeTable<Enum, N> &table, Enum value)
{
    for (const auto &[v, code] : table) {
        if (v == value)
            return QString::fromUtf16(code);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> parseCode(const CodeTable<Enum, N> &table, const QString &code)
{
    for (const auto &[v, c] : table) {
        if (code == QStringView(c))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString toCode(GroupKind v)
{
    return codeOf(groupKinds, v);
}
QString toCode(DepartmentKind v)
{
    return codeOf(departmentKinds, v);
}
QString toCode(TaskStatus v)
{
    return codeOf(taskStatuses, v);
}
QString toCode(AssignmentRole v)
{
    return codeOf(roles, v);
}
QString toCode(Comparison v)
{
    return codeOf(comparisons, v);
}
QString toCode(MeetingKind v)
{
    return codeOf(meetingKinds, v);
}
QString toCode(Approval v)
{
    return codeOf(approvals, v);
}
QString toCode(ActionStatus v)
{
    return codeOf(actionStatuses, v);
}

template<> std::optional<GroupKind> fromCode(const QString &c)
{
    return parseCode(groupKinds, c);
}
template<> std::optional<DepartmentKind> fromCode(const QString &c)
{
    return parseCode(departmentKinds, c);
}
template<> std::optional<TaskStatus> fromCode(const QString &c)
{
    return parseCode(taskStatuses, c);
}
template<> std::optional<AssignmentRole> fromCode(const QString &c)
{
    return parseCode(roles, c);
}
template<> std::optional<Comparison> fromCode(const QString &c)
{
    return parseCode(comparisons, c);
}
template<> std::optional<MeetingKind> fromCode(const QString &c)
{
    return parseCode(meetingKinds, c);
}
template<> std::optional<Approval> fromCode(const QString &c)
{
    return parseCode(approvals, c);
}
template<> std::optional<ActionStatus> fromCode(const QString &c)
{
    return parseCode(actionStatuses, c);
}

QString displayName(TaskStatus v)
{
    switch (v) {
    case TaskStatus::NotStarted:
        return QCoreApplication::translate("TaskStatus", "Not started");
    case TaskStatus::InProgress:
        return QCoreApplication::translate("TaskStatus", "In progress");
    case TaskStatus::Done:
        return QCoreApplication::translate("TaskStatus", "Done");
    case TaskStatus::Suspended:
        return QCoreApplication::translate("TaskStatus", "Suspended");
    }
    return {};
}

QString displayName(DepartmentKind v)
{
    switch (v) {
    case DepartmentKind::Government:
        return QCoreApplication::translate("DepartmentKind", "Government body");
    case DepartmentKind::Party:
        return QCoreApplication::translate("DepartmentKind", "Party body");
    case DepartmentKind::Court:
        return QCoreApplication::translate("DepartmentKind", "Court");
    case DepartmentKind::Procuratorate:
        return QCoreApplication::translate("DepartmentKind", "Procuratorate");
    case DepartmentKind::Bank:
        return QCoreApplication::translate("DepartmentKind", "Bank");
    case DepartmentKind::Customs:
        return QCoreApplication::translate("DepartmentKind", "Customs");
    case DepartmentKind::Association:
        return QCoreApplication::translate("DepartmentKind", "Association");
    case DepartmentKind::Collective:
        return QCoreApplication::translate("DepartmentKind", "All member units");
    }
    return {};
}

QString displayName(AssignmentRole v)
{
    return v == AssignmentRole::Lead ? QCoreApplication::translate("AssignmentRole", "Lead")
                                     : QCoreApplication::translate("AssignmentRole", "Cooperating");
}

QString displayName(MeetingKind v)
{
    return v == MeetingKind::Regular
        ? QCoreApplication::translate("MeetingKind", "Regular meeting")
        : QCoreApplication::translate("MeetingKind", "Special meeting");
}

QString comparisonSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Greater:
        return u">"_s;
    case Comparison::GreaterOrEqual:
        return u"≥"_s;
    case Comparison::LessOrEqual:
        return u"≤"_s;
    case Comparison::Less:
        return u"<"_s;
    }
    return {};
}

QString displayName(ActionStatus v)
{
    switch (v) {
    case ActionStatus::Open:
        return QCoreApplication::translate("ActionStatus", "Open");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("ActionStatus", "In progress");
    case ActionStatus::Done:
        return QCoreApplication::translate("ActionStatus", "Done");
    case ActionStatus::Cancelled:
        return QCoreApplication::translate("ActionStatus", "Cancelled");
    }
    return {};
}

} // namespace PlanDesk
