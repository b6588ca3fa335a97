#include "database/sqlerrors.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

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

struct UniqueRule
{
    const char *columns; ///< how SQLite names it
    const char *constraint; ///< how PostgreSQL names it
    const char *text;
};

// SQLite names the columns, not the constraint, when a UNIQUE rule breaks;
// PostgreSQL names the constraint or index.
constexpr UniqueRule uniqueRules[] = {
    {"department.name", "department_name_unique",
     QT_TRANSLATE_NOOP("SqlErrors", "a department with this name already exists")},
    {"task.group_id, task.number", "task_number_unique",
     QT_TRANSLATE_NOOP("SqlErrors", "another task in this group already has this number")},
    {"task.parent_id, task.number", "task_item_number_unique",
     QT_TRANSLATE_NOOP("SqlErrors", "another work item of this task already has this number")},
    {"task_group.plan_id, task_group.position", "task_group_position_unique",
     QT_TRANSLATE_NOOP("SqlErrors", "another group of this plan has this position")},
    {"assignment.task_id", "assignment_one_lead",
     QT_TRANSLATE_NOOP("SqlErrors", "a task has exactly one lead department")},
    {"assignment.task_id, assignment.department_id", "assignment_department_once",
     QT_TRANSLATE_NOOP("SqlErrors", "a department is listed twice for the same task")},
    {"assignment.task_id, assignment.position", "assignment_position_unique",
     QT_TRANSLATE_NOOP("SqlErrors", "two departments of a task share a position")},
    {"progress_report.task_id, progress_report.department_id, progress_report.period",
     "progress_report_one_per_period",
     QT_TRANSLATE_NOOP("SqlErrors",
                       "this department already reported on this task for this period")},
    {"reporting_round.plan_id, reporting_round.period", "reporting_round_one_per_period",
     QT_TRANSLATE_NOOP("SqlErrors", "a reporting round for this period already exists")},
    {"action_review.action_item_id, action_review.meeting_id", "action_review_once_per_meeting",
     QT_TRANSLATE_NOOP("SqlErrors", "this meeting already reviewed this action item")},
    {"indicator.plan_id, indicator.code", "indicator_code_unique",
     QT_TRANSLATE_NOOP("SqlErrors", "another indicator of this plan has this code")},
    {"indicator.plan_id, indicator.position", "indicator_position_unique",
     QT_TRANSLATE_NOOP("SqlErrors", "another indicator of this plan has this position")},
    {"indicator_value.indicator_id, indicator_value.period", "indicator_value_one_per_period",
     QT_TRANSLATE_NOOP("SqlErrors", "this indicator already has a value for this period")},
};

} // namespace

bool isBusyError(const QString &message)
{
    // SQLite's SQLITE_BUSY; PostgreSQL's lock timeout, deadlock and
    // serialization failures, all of which a retry a moment later resolves.
    static const QStringList busy = {
        u"database is locked"_s, u"database is busy"_s,           u"lock timeout"_s,
        u"deadlock detected"_s,  u"could not serialize access"_s, u"could not obtain lock"_s};
    return std::any_of(busy.cbegin(), busy.cend(),
                       [&](const QString &text) { return message.contains(text); });
}

QString serverMessage(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    // QPSQL gives "ERROR:  primary\nDETAIL:  …\n(SQLSTATE)": the first line says it.
    QString text = error.databaseText().section(u'\n', 0, 0).trimmed();
    // The severity is in the server's language ("ERROR:", "错误:"), followed by two spaces.
    static const QRegularExpression severity(u"^[^\\s:\"]+:\\s\\s"_s);
    text.remove(severity);
    text = text.trimmed();
    if (text.isEmpty())
        text = error.text();
    // A server whose lc_messages is not English words these in its language;
    // the SQLSTATE says what happened, the quoted name which rule it was.
    static const QRegularExpression quotedName(u"\"(\\w+)\""_s);
    const QString name = quotedName.match(text).captured(1);
    QString canonical;
    if (state == u"23505"_s && !name.isEmpty())
        canonical = u"violates unique constraint \"%1\""_s.arg(name);
    else if (state == u"23503"_s)
        canonical = u"violates foreign key constraint"_s;
    else if (state == u"55P03"_s)
        canonical = u"could not obtain lock"_s;
    else if (state == u"40P01"_s)
        canonical = u"deadlock detected"_s;
    else if (state == u"40001"_s)
        canonical = u"could not serialize access"_s;
    if (!canonical.isEmpty() && !text.contains(canonical))
        text = u"%1 (%2)"_s.arg(canonical, text);
    if (state == u"42501"_s)
        return QCoreApplication::translate(
                   "SqlErrors",
                   "the database server refused: your login has no right to do this. To "
                   "view the ledger a login needs the role plandesk_viewer, to change it "
                   "plandesk_editor; ask the office's administrator. (%1)")
            .arg(text);
    if (state == u"25006"_s)
        return QCoreApplication::translate("SqlErrors",
                                           "the ledger is open read-only; nothing was changed");
    if (state.startsWith(u"08"_s) || text.contains(u"server closed the connection"_s)
        || text.contains(u"no connection to the server"_s))
        return QCoreApplication::translate(
                   "SqlErrors",
                   "the connection to the database server was lost; your change has not "
                   "been saved (%1)")
            .arg(text);
    return text;
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
    if (message.contains(u"FOREIGN KEY constraint failed"_s)
        || message.contains(u"violates foreign key constraint"_s))
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
        for (const UniqueRule &rule : uniqueRules) {
            if (columns == QLatin1StringView(rule.columns))
                return QCoreApplication::translate("SqlErrors", rule.text);
        }
        // Expression indexes are reported by name ("index 'x'"): fall through.
    }
    // PostgreSQL: null value in column "title" of relation "task" violates …
    static const QRegularExpression serverNotNull(u"null value in column \"(\\w+)\""_s);
    if (const QRegularExpressionMatch m = serverNotNull.match(message); m.hasMatch())
        return QCoreApplication::translate("SqlErrors", "“%1” is required").arg(m.captured(1));
    static const QRegularExpression serverUnique(
        u"violates (?:unique|exclusion) constraint \"(\\w+)\""_s);
    if (const QRegularExpressionMatch m = serverUnique.match(message); m.hasMatch()) {
        for (const UniqueRule &rule : uniqueRules) {
            if (m.captured(1) == QLatin1StringView(rule.constraint))
                return QCoreApplication::translate("SqlErrors", rule.text);
        }
    }
    for (const Rule &rule : rules) {
        const QRegularExpression word(u"\\b%1\\b"_s.arg(QLatin1StringView(rule.name)));
        if (message.contains(word))
            return QCoreApplication::translate("SqlErrors", rule.text);
    }
    return message;
}

} // namespace PlanDesk
