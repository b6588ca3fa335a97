#include "database/sqlerrors.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

struct Rule
{
    const char *name;
    const char *text;
};

// Constraint and trigger names from the migrations, with what they mean.
constexpr Rule rules[] = {
    {"task_percent_0_100",
     QT_TRANSLATE_NOOP("SqlErrors", "the percentage must be between 0 and 100")},
    {"progress_report_percent_0_100",
     QT_TRANSLATE_NOOP("SqlErrors", "the percentage must be between 0 and 100")},
    {"task_due_after_start",
     QT_TRANSLATE_NOOP("SqlErrors", "the due date must not be before the start date")},
    {"task_done_is_100",
     QT_TRANSLATE_NOOP("SqlErrors", "a task marked done must be 100% complete")},
    {"task_title_required", QT_TRANSLATE_NOOP("SqlErrors", "a task needs a title")},
    {"task_group_in_plan", QT_TRANSLATE_NOOP("SqlErrors", "the group belongs to another plan")},
    {"task_item_parent_is_top_level",
     QT_TRANSLATE_NOOP("SqlErrors", "work items can only be added to top-level tasks")},
    {"task_with_items_cannot_become_item",
     QT_TRANSLATE_NOOP("SqlErrors", "a task that has work items cannot become a work item")},
    {"task_item_in_parent_group",
     QT_TRANSLATE_NOOP("SqlErrors", "a work item must stay in its task's group")},
    {"task_not_own_parent", QT_TRANSLATE_NOOP("SqlErrors", "a task cannot be its own parent")},
    {"department_name_required", QT_TRANSLATE_NOOP("SqlErrors", "a department needs a name")},
    {"progress_report_period_format",
     QT_TRANSLATE_NOOP("SqlErrors", "the period must look like 2018, 2018-H1, 2018-Q2 or 2018-05")},
    {"indicator_value_period_format",
     QT_TRANSLATE_NOOP("SqlErrors", "the period must look like 2018, 2018-H1, 2018-Q2 or 2018-05")},
    {"indicator_baseline_complete",
     QT_TRANSLATE_NOOP("SqlErrors", "a baseline needs both a value and a year")},
    {"indicator_baseline_before_target",
     QT_TRANSLATE_NOOP("SqlErrors", "the baseline year must not be after the target year")},
    {"meeting_approved_has_date",
     QT_TRANSLATE_NOOP("SqlErrors", "approved minutes need an approval date, drafts none")},
    {"meeting_attendee_named",
     QT_TRANSLATE_NOOP("SqlErrors", "an attendee needs a department or a name")},
    {"action_item_description_required",
     QT_TRANSLATE_NOOP("SqlErrors", "an action item needs a description")},
    {"action_item_closed_has_date",
     QT_TRANSLATE_NOOP("SqlErrors", "a closed action item needs a closing date, an open one none")},
    {"meeting_attendee_unique", QT_TRANSLATE_NOOP("SqlErrors", "this attendee is already listed")},
    {"audit_log_is_append_only", QT_TRANSLATE_NOOP("SqlErrors", "the audit log cannot be changed")},
    {"meeting_approved_locked",
     QT_TRANSLATE_NOOP("SqlErrors",
                       "the minutes are approved and locked; record an amendment instead")},
    {"meeting_amendment_needs_approval",
     QT_TRANSLATE_NOOP("SqlErrors",
                       "only approved minutes are amended, on or after the approval date")},
    {"meeting_amendment_append_only",
     QT_TRANSLATE_NOOP("SqlErrors", "an amendment cannot be changed or removed")},
    {"meeting_amendment_text_required",
     QT_TRANSLATE_NOOP("SqlErrors", "an amendment needs its text")},
    {"meeting_amendment_reason_required",
     QT_TRANSLATE_NOOP("SqlErrors", "an amendment needs a reason")},
    {"action_item_reviewed_in_approved_minutes",
     QT_TRANSLATE_NOOP("SqlErrors",
                       "an action item followed up in approved minutes cannot be deleted")},
    {"action_review_at_later_meeting",
     QT_TRANSLATE_NOOP("SqlErrors",
                       "an action item is reviewed only at a later meeting of the same plan")},
    {"reporting_round_title_required",
     QT_TRANSLATE_NOOP("SqlErrors", "a reporting round needs a title")},
    {"reporting_round_due_after_opening",
     QT_TRANSLATE_NOOP("SqlErrors", "the round's due date must not be before it opens")},
    {"reporting_round_period_format",
     QT_TRANSLATE_NOOP("SqlErrors", "the period must look like 2018, 2018-H1, 2018-Q2 or 2018-05")},
    {"assessment_weights_sum_100",
     QT_TRANSLATE_NOOP("SqlErrors", "the three weights must add up to 100")},
};

// SQLite names the columns, not the constraint, when a UNIQUE rule breaks.
constexpr Rule uniqueRules[] = {
    {"department.name",
     QT_TRANSLATE_NOOP("SqlErrors", "a department with this name already exists")},
    {"task.group_id, task.number",
     QT_TRANSLATE_NOOP("SqlErrors", "another task in this group already has this number")},
    {"task.parent_id, task.number",
     QT_TRANSLATE_NOOP("SqlErrors", "another work item of this task already has this number")},
    {"task_group.plan_id, task_group.position",
     QT_TRANSLATE_NOOP("SqlErrors", "another group of this plan has this position")},
    {"assignment.task_id",
     QT_TRANSLATE_NOOP("SqlErrors", "a task has exactly one lead department")},
    {"assignment.task_id, assignment.department_id",
     QT_TRANSLATE_NOOP("SqlErrors", "a department is listed twice for the same task")},
    {"assignment.task_id, assignment.position",
     QT_TRANSLATE_NOOP("SqlErrors", "two departments of a task share a position")},
    {"progress_report.task_id, progress_report.department_id, progress_report.period",
     QT_TRANSLATE_NOOP("SqlErrors",
                       "this department already reported on this task for this period")},
    {"reporting_round.plan_id, reporting_round.period",
     QT_TRANSLATE_NOOP("SqlErrors", "a reporting round for this period already exists")},
    {"action_review.action_item_id, action_review.meeting_id",
     QT_TRANSLATE_NOOP("SqlErrors", "this meeting already reviewed this action item")},
    {"indicator.plan_id, indicator.code",
     QT_TRANSLATE_NOOP("SqlErrors", "another indicator of this plan has this code")},
    {"indicator.plan_id, indicator.position",
     QT_TRANSLATE_NOOP("SqlErrors", "another indicator of this plan has this position")},
    {"indicator_value.indicator_id, indicator_value.period",
     QT_TRANSLATE_NOOP("SqlErrors", "this indicator already has a value for this period")},
};

} // namespace

bool isBusyError(const QString &message)
{
    return message.contains(u"database is locked"_s) || message.contains(u"database is busy"_s);
}

bool isDamageError(const QString &message)
{
    return message.contains(u"malformed"_s) || message.contains(u"not a database"_s);
}

QString describeSqlError(const QString &message)
{
    if (isBusyError(message))
        return QCoreApplication::translate(
            "SqlErrors",
            "The database is busy: another program (another PlanDesk, a backup or "
            "sync tool) is writing to it. Your change has not been saved; try again "
            "in a moment.");
    if (message.contains(u"FOREIGN KEY constraint failed"_s))
        return QCoreApplication::translate(
            "SqlErrors", "it refers to a record that does not exist or is still in use");
    static const QString notNullPrefix = u"NOT NULL constraint failed: "_s;
    if (const qsizetype at = message.indexOf(notNullPrefix); at >= 0) {
        const QString column = message.mid(at + notNullPrefix.size()).section(u'.', 1).trimmed();
        return QCoreApplication::translate("SqlErrors", "“%1” is required").arg(column);
    }
    static const QString uniquePrefix = u"UNIQUE constraint failed: "_s;
    if (const qsizetype at = message.indexOf(uniquePrefix); at >= 0) {
        const QString columns = message.mid(at + uniquePrefix.size()).trimmed();
        for (const Rule &rule : uniqueRules) {
            if (columns == QLatin1StringView(rule.name))
                return QCoreApplication::translate("SqlErrors", rule.text);
        }
        // Expression indexes are reported by name ("index 'x'"): fall through.
    }
    for (const Rule &rule : rules) {
        const QRegularExpression word(u"\\b%1\\b"_s.arg(QLatin1StringView(rule.name)));
        if (message.contains(word))
            return QCoreApplication::translate("SqlErrors", rule.text);
    }
    return message;
}

} // namespace PlanDesk
