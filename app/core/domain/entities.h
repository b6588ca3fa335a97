#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/codes.h"
#include "domain/decimal.h"

namespace PlanDesk {

// Plain records of the domain, as the repositories read and write them.
// An id of 0 means "not stored yet". A rowVersion is the row_version read
// with the row: an update names it and is refused when someone else saved the
// row meanwhile (several PlanDesks on one ledger); inserts start at 1.

struct Plan
{
    qint64 id = 0;
    QString title;
    QString issuer;
    QString documentNumber;
    QDate signedOn;
    QDate publishedOn;
    QDate startOn;
    int targetYear = 0;
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

/// A group of the document: (一)…(六) of 三、重点任务, or 四、保障措施.
struct TaskGroup
{
    qint64 id = 0;
    qint64 planId = 0;
    GroupKind kind = GroupKind::KeyTask;
    int position = 0;
    QString numbering;
    QString title;
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

struct Department
{
    qint64 id = 0;
    QString name;
    QString shortName;
    DepartmentKind kind = DepartmentKind::Government;
    QString contactPerson;
    QString contactPhone;
    bool active = true;
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

/// A key task, a safeguard measure (by its group's kind), or a work item the
/// office split off a task (parentId set).
struct Task
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 groupId = 0;
    std::optional<qint64> parentId;
    int number = 0;
    QString title;
    QString text;
    QDate startOn;
    QDate dueOn;
    TaskStatus status = TaskStatus::NotStarted;
    int percent = 0;
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

struct Assignment
{
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 departmentId = 0;
    AssignmentRole role = AssignmentRole::Cooperating;
    int position = 0;
};

struct ProgressReport
{
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 departmentId = 0;
    QString period;
    QDate reportedOn;
    int percent = 0;
    TaskStatus status = TaskStatus::InProgress;
    QString text;
    bool sample = false;
    QString evidence; ///< 佐证材料: what the department cites for it
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

/// How a ratio indicator is computed: numerator / denominator × scale, e.g.
/// invention patents in force / resident population (persons) × 10000.
struct RatioDefinition
{
    QString numerator;
    QString denominator;
    qint64 scale = 1;
};

struct Indicator
{
    qint64 id = 0;
    qint64 planId = 0;
    int position = 0;
    QString code;
    QString name;
    QString unit;
    Comparison comparison = Comparison::GreaterOrEqual;
    std::optional<Decimal> baselineValue;
    std::optional<int> baselineYear;
    QString baselineSource;
    bool baselineSample = false; ///< set by `plandesk init --demo`
    Decimal targetValue;
    int targetYear = 0;
    std::optional<qint64> departmentId;
    std::optional<RatioDefinition> ratio;
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

struct IndicatorValue
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    QString period;
    Decimal value;
    QString source;
    QDate asOf;
    QString note;
    bool sample = false;
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

struct Meeting
{
    qint64 id = 0;
    qint64 planId = 0;
    MeetingKind kind = MeetingKind::Regular;
    QString title;
    QDate heldOn;
    QString place;
    QString chair;
    QString agenda;
    QString minutes;
    Approval approval = Approval::Draft;
    QDate approvedOn;
    bool sample = false;
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

struct MeetingAttendee
{
    qint64 id = 0;
    qint64 meetingId = 0;
    std::optional<qint64> departmentId;
    QString person;
};

/// 督办事项: a decision of a meeting that a department must carry out.
struct ActionItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 ownerDepartmentId = 0;
    std::optional<qint64> taskId;
    QString description;
    QDate dueOn;
    ActionStatus status = ActionStatus::Open;
    QString followUp;
    QDate closedOn;
    bool sample = false;
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

/// 进展报送轮次: the reports of one period, due by a date. Every department
/// assigned to a running task owes one report per task (see RoundStatus).
struct ReportingRound
{
    qint64 id = 0;
    qint64 planId = 0;
    QString period; ///< as Period writes it: "2018-Q2"
    QString title; ///< "2018年第二季度"
    QDate opensOn;
    QDate dueOn;
    QString note;
    bool sample = false;
    qint64 rowVersion = 0; ///< as read; a save names it (see Saved)
};

/// What a later meeting recorded of an action item carried into it.
struct ActionReview
{
    qint64 id = 0;
    qint64 actionItemId = 0;
    qint64 meetingId = 0;
    ActionStatus status = ActionStatus::Open;
    QString note;
};

/// A correction appended to approved minutes (纪要修正); the minutes
/// themselves are never rewritten once approved.
struct MeetingAmendment
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QDate madeOn;
    QString text;
    QString reason;
    QString actor;
};

/// How the assessment weighs its three parts, in percent summing to 100.
struct AssessmentWeights
{
    int reporting = 40;
    int pace = 40;
    int actions = 20;
    bool isValid() const
    {
        return reporting >= 0 && pace >= 0 && actions >= 0 && reporting + pace + actions == 100;
    }
    friend bool operator==(const AssessmentWeights &a, const AssessmentWeights &b)
    {
        return a.reporting == b.reporting && a.pace == b.pace && a.actions == b.actions;
    }
};

struct AuditEntry
{
    qint64 id = 0;
    QString changedAt;
    QString actor;
    QString tableName;
    qint64 rowId = 0;
    QString action;
    QString before;
    QString after;
    QString dbUser; ///< the database login (PostgreSQL); empty for a SQLite file
};

} // namespace PlanDesk
