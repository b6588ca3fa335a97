#include "exchange/progressrows.h"

#include <limits>
#include <tuple>

#include "database/readtransaction.h"
#include "domain/period.h"
#include "domain/taskcode.h"
#include "exchange/cellvalues.h"
#include "exchange/columns.h"
#include "exchange/rowcheck.h"
#include "repositories/departmentrepository.h"
#include "repositories/progressrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString shortReport(const ProgressReport &r)
{
    QString s = u"%1% %2"_s.arg(r.percent).arg(ProgressRows::statusWord(r.status));
    if (!r.text.isEmpty())
        s += u" · "_s + (r.text.size() > 30 ? r.text.left(30) + u'…' : r.text);
    return s;
}

bool sameContent(const ProgressReport &a, const ProgressReport &b, bool dateGiven)
{
    return a.percent == b.percent && a.status == b.status && a.text == b.text
        && a.evidence == b.evidence && a.sample == b.sample
        && (!dateGiven || a.reportedOn == b.reportedOn);
}

} // namespace

QString ProgressRows::statusWord(TaskStatus status)
{
    return ExchangeColumns::statusWords().value(static_cast<int>(status));
}

Result<ProgressRows> ProgressRows::read(Database &db, qint64 planId, const QDate &today)
{
    const ReadTransaction snapshot(db);
    ProgressRows rows;
    rows.m_today = today;
    const Result<QList<TaskOverview>> tasks = TaskRepository(db).overview(planId);
    const Result<QList<Department>> departments = DepartmentRepository(db).departments();
    const Result<QList<Assignment>> assignments = TaskRepository(db).assignmentsForPlan(planId);
    const Result<QList<ProgressReport>> reports = ProgressRepository(db).reportsForPlan(planId);
    for (const QString &error :
         {tasks.error(), departments.error(), assignments.error(), reports.error()}) {
        if (!error.isEmpty())
            return Result<ProgressRows>::failure(error);
    }
    for (const TaskOverview &t : *tasks)
        rows.m_tasks.insert(t.task.id, t);
    for (const TaskOverview &t : *tasks) {
        TaskCode code {t.group.kind, t.task.number, std::nullopt};
        if (t.task.parentId) {
            code.number = rows.m_tasks.value(*t.task.parentId).task.number;
            code.item = t.task.number;
        }
        rows.m_tasksByCode.insert(code.toString(), t.task.id);
    }
    for (const Department &d : *departments) {
        rows.m_departments.insert(d.name, d.id);
        if (!d.shortName.isEmpty() && !rows.m_departments.contains(d.shortName))
            rows.m_departments.insert(d.shortName, d.id);
        rows.m_departmentNames.insert(d.id, d.name);
    }
    for (const Assignment &a : *assignments)
        rows.m_roles.insert({a.taskId, a.departmentId}, a.role);
    for (const ProgressReport &r : *reports)
        rows.m_existing.insert({r.taskId, r.departmentId, r.period}, r);
    return rows;
}

std::optional<TaskStatus> ProgressRows::status(const QString &word) const
{
    const QString w = word.trimmed();
    const QStringList words = ExchangeColumns::statusWords();
    for (int i = 0; i < words.size(); ++i) {
        const auto s = static_cast<TaskStatus>(i);
        if (w == words.at(i) || w == toCode(s)
            || w.compare(displayName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

void ProgressRows::check(const ColumnMap &file, ImportPreview &preview)
{
    for (const SheetRow &row : file.rows())
        checkRow(file, row, preview);
}

void ProgressRows::checkRow(const ColumnMap &file, const SheetRow &row, ImportPreview &preview)
{
    RowCheck check(file, row);
    ImportRow &out = check.out();
    auto problem = [&](const QString &key, const QString &message) {
        check.problem(key, message);
    };
    auto text = [&](const QString &key) {
        return check.text(key);
    };

    // A template row the department left blank is not an error: nothing to import.
    const QStringList filled = {u"percent"_s, u"status"_s, u"text"_s, u"evidence"_s,
                                u"reported_on"_s};
    bool anything = false;
    for (const QString &key : filled)
        anything = anything || check.filled(key);
    out.subject =
        QStringList {text(u"task"_s), text(u"department"_s), text(u"period"_s)}.join(u" · "_s);
    if (!anything)
        return check.skip(preview);
    if (!check.valuesKnown(preview))
        return;
    ProgressReport report;
    const QString codeText = text(u"task"_s);
    const std::optional<TaskCode> code = TaskCode::parse(codeText);
    if (codeText.isEmpty())
        problem(u"task"_s, tr("the task's number is missing."));
    else if (!code)
        problem(u"task"_s, tr("“%1” is not a task number such as 3, 3.1 or 保障2.").arg(codeText));
    else if (!m_tasksByCode.contains(code->toString()))
        problem(u"task"_s, tr("the plan has no task %1.").arg(code->toString()));
    else
        report.taskId = m_tasksByCode.value(code->toString());
    if (report.taskId) // the task as people know it, not only its number
        out.subject =
            QStringList {code->toString() + u' ' + m_tasks.value(report.taskId).task.title,
                         text(u"department"_s), text(u"period"_s)}
                .join(u" · "_s);

    const QString departmentName = text(u"department"_s);
    if (departmentName.isEmpty())
        problem(u"department"_s, tr("the department is missing."));
    else if (!m_departments.contains(departmentName))
        problem(u"department"_s, tr("no department is called “%1”.").arg(departmentName));
    else
        report.departmentId = m_departments.value(departmentName);
    if (report.taskId && report.departmentId
        && !m_roles.contains({report.taskId, report.departmentId}))
        problem(u"department"_s,
                tr("%1 neither leads nor cooperates on task %2.")
                    .arg(departmentName, code->toString()));

    const QString periodText = text(u"period"_s);
    const std::optional<Period> period = Period::parse(periodText);
    if (!period)
        problem(
            u"period"_s,
            tr("“%1” is not a period such as 2018-Q2, 2018-H1, 2018 or 2018-05.").arg(periodText));
    else
        report.period = period->toString();

    QString error;
    if (check.cell(u"percent"_s).isEmpty())
        problem(u"percent"_s, tr("the percent is missing."));
    else if (const std::optional<int> percent =
                 CellValues::wholePercent(check.cell(u"percent"_s), &error))
        report.percent = *percent;
    else
        problem(u"percent"_s, error);

    const QString statusText = text(u"status"_s);
    const std::optional<TaskStatus> status = this->status(statusText);
    if (statusText.isEmpty())
        problem(u"status"_s, tr("the status is missing."));
    else if (!status)
        problem(u"status"_s,
                tr("“%1” is not a status; use %2.")
                    .arg(statusText, ExchangeColumns::statusWords().join(u'、')));
    else
        report.status = *status;
    if (status == TaskStatus::Done && report.percent != 100 && check.ok())
        problem(u"percent"_s, tr("a task reported done is at 100%, not %1%.").arg(report.percent));

    report.text = text(u"text"_s);
    report.evidence = text(u"evidence"_s);
    report.sample = CellValues::flag(check.cell(u"sample"_s));
    const SheetCell dateCell = check.cell(u"reported_on"_s);
    const bool dateGiven = !dateCell.isEmpty();
    report.reportedOn = m_today;
    if (dateGiven) {
        if (const std::optional<QDate> date = CellValues::date(dateCell, &error)) {
            report.reportedOn = *date;
            if (*date > m_today)
                problem(u"reported_on"_s,
                        tr("%1 is after today.").arg(date->toString(Qt::ISODate)));
            else if (period && *date < period->firstDay())
                problem(u"reported_on"_s,
                        tr("%1 is before the period %2 began.")
                            .arg(date->toString(Qt::ISODate), report.period));
        } else {
            problem(u"reported_on"_s, error);
        }
    }

    if (check.ok()) // a row with problems has no report to show
        out.after = shortReport(report);
    if (check.ok()) {
        const Key key {report.taskId, report.departmentId, report.period};
        if (const QString earlier = check.earlierWith(m_seen, key); !earlier.isEmpty()) {
            problem(u"task"_s, tr("the same task, department and period as %1.").arg(earlier));
        } else {
            const auto existing = m_existing.constFind(key);
            if (existing == m_existing.cend()) {
                out.outcome = ImportRow::Outcome::New;
                preview.changes.reportsToAdd << report;
            } else {
                out.before = shortReport(*existing);
                if (sameContent(*existing, report, dateGiven)) {
                    out.outcome = ImportRow::Outcome::Unchanged;
                } else {
                    out.outcome = ImportRow::Outcome::Replaces;
                    ProgressReport corrected = report;
                    corrected.id = existing->id;
                    if (!dateGiven)
                        corrected.reportedOn = existing->reportedOn;
                    preview.changes.reportsToReplace << corrected;
                    preview.changes.reportsReplaced << *existing;
                }
            }
        }
    }
    check.finish(preview);
}

void ProgressRows::finish(ImportPreview &preview) const
{
    // The lead's report of the latest period is the task's standing (as when
    // a report is recorded by hand, TaskEdits::recordProgress).
    QHash<qint64, ProgressReport> latestLead;
    auto consider = [&](const ProgressReport &r) {
        if (m_roles.value({r.taskId, r.departmentId}, AssignmentRole::Cooperating)
            != AssignmentRole::Lead)
            return;
        if (!Period::parse(r.period))
            return;
        // Latest period first; between periods ending the same day (2018-06
        // and 2018-Q2) the later report, then the later record, as taskAsOf().
        auto rank = [](const ProgressReport &x) {
            return std::make_tuple(Period::parse(x.period)->lastDay(), x.reportedOn,
                                   x.id == 0 ? std::numeric_limits<qint64>::max() : x.id);
        };
        const auto it = latestLead.constFind(r.taskId);
        if (it == latestLead.cend() || rank(*it) < rank(r))
            latestLead.insert(r.taskId, r);
    };
    QHash<Key, ProgressReport> merged = m_existing;
    for (const ProgressReport &r : preview.changes.reportsToReplace)
        merged.insert({r.taskId, r.departmentId, r.period}, r);
    for (const ProgressReport &r : std::as_const(merged))
        consider(r);
    for (const ProgressReport &r : preview.changes.reportsToAdd)
        consider(r);
    QSet<qint64> touched;
    for (const ProgressReport &r : preview.changes.reportsToAdd)
        touched.insert(r.taskId);
    for (const ProgressReport &r : preview.changes.reportsToReplace)
        touched.insert(r.taskId);
    for (const qint64 taskId : std::as_const(touched)) {
        const auto latest = latestLead.constFind(taskId);
        if (latest == latestLead.cend())
            continue;
        const bool imported =
            std::any_of(preview.changes.reportsToAdd.cbegin(), preview.changes.reportsToAdd.cend(),
                        [&](const ProgressReport &r) {
                            return r.taskId == taskId && r.period == latest->period
                                && r.departmentId == latest->departmentId;
                        })
            || std::any_of(preview.changes.reportsToReplace.cbegin(),
                           preview.changes.reportsToReplace.cend(),
                           [&](const ProgressReport &r) { return r.id == latest->id; });
        const Task before = m_tasks.value(taskId).task;
        if (!imported || (before.percent == latest->percent && before.status == latest->status))
            continue;
        Task after = before;
        after.percent = latest->percent;
        after.status = latest->status;
        preview.changes.tasksBefore << before;
        preview.changes.tasksAfter << after;
    }
}

} // namespace PlanDesk
