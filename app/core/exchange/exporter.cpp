#include "exchange/exporter.h"

#include <array>
#include <utility>

#include <QHash>

#include "database/readtransaction.h"
#include "domain/taskcode.h"
#include "exchange/assessmenttable.h"
#include "report/supervisionloader.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/planrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

constexpr std::array<std::pair<Exporter::Kind, const char16_t *>, 8> kinds {{
    {Exporter::Kind::Tasks, u"tasks"},
    {Exporter::Kind::Departments, u"departments"},
    {Exporter::Kind::Indicators, u"indicators"},
    {Exporter::Kind::Values, u"values"},
    {Exporter::Kind::Progress, u"progress"},
    {Exporter::Kind::Meetings, u"meetings"},
    {Exporter::Kind::Actions, u"actions"},
    {Exporter::Kind::Assessment, u"assessment"},
}};

QString taskKind(const TaskOverview &t)
{
    if (t.task.parentId)
        return u"item"_s;
    return t.group.kind == GroupKind::Safeguard ? u"safeguard"_s : u"task"_s;
}

/// Names and labels the other tables refer to, read once per export.
struct Lookups
{
    QHash<qint64, QString> departmentNames;
    QHash<qint64, TaskOverview> tasks;
    QList<Plan> plans;

    static Result<Lookups> read(Database &db)
    {
        Lookups l;
        Result<QList<Department>> departments = DepartmentRepository(db).departments();
        if (!departments)
            return Result<Lookups>::failure(departments.error());
        for (const Department &d : *departments)
            l.departmentNames.insert(d.id, d.name);
        Result<QList<Plan>> plans = PlanRepository(db).plans();
        if (!plans)
            return Result<Lookups>::failure(plans.error());
        l.plans = *plans;
        for (const Plan &p : *plans) {
            Result<QList<TaskOverview>> tasks = TaskRepository(db).overview(p.id);
            if (!tasks)
                return Result<Lookups>::failure(tasks.error());
            for (const TaskOverview &t : *tasks)
                l.tasks.insert(t.task.id, t);
        }
        return l;
    }

    /// The task as files name it (TaskCode): "3", "3.1", "保障2".
    QString taskCode(qint64 taskId) const
    {
        const TaskOverview t = tasks.value(taskId);
        TaskCode code {t.group.kind, t.task.number, std::nullopt};
        if (t.task.parentId) {
            code.number = tasks.value(*t.task.parentId).task.number;
            code.item = t.task.number;
        }
        return code.toString();
    }

    ExportValue department(const std::optional<qint64> &id) const
    {
        return id ? ExportValue(departmentNames.value(*id)) : ExportValue();
    }
};

} // namespace

QStringList Exporter::kindNames()
{
    QStringList names;
    for (const auto &[kind, name] : kinds)
        names << QString::fromUtf16(name);
    return names;
}

std::optional<Exporter::Kind> Exporter::kindFromName(const QString &name)
{
    for (const auto &[kind, n] : kinds) {
        if (name == QStringView(n))
            return kind;
    }
    return std::nullopt;
}

Result<ExportTable> Exporter::table(Kind kind)
{
    if (kind == Kind::Assessment) {
        const QDate today = QDate::currentDate();
        return assessment(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31), today);
    }
    // Lookups and rows are separate queries: read them from one snapshot.
    const ReadTransaction snapshot(m_db);
    switch (kind) {
    case Kind::Tasks:
        return tasks();
    case Kind::Departments:
        return departments();
    case Kind::Indicators:
        return indicators();
    case Kind::Values:
        return values();
    case Kind::Progress:
        return progress();
    case Kind::Meetings:
        return meetings();
    case Kind::Actions:
        return actions();
    case Kind::Assessment:
        break; // above, outside this snapshot: the loader takes its own
    }
    return Result<ExportTable>::failure(tr("Unknown export kind."));
}

Result<ExportTable> Exporter::tasks()
{
    ExportTable table;
    table.columns = {u"id"_s,    u"kind"_s,   u"number"_s,  u"parent"_s,      u"group"_s,
                     u"title"_s, u"text"_s,   u"lead"_s,    u"cooperating"_s, u"start"_s,
                     u"due"_s,   u"status"_s, u"percent"_s, u"sample"_s};
    Result<QList<Plan>> plans = PlanRepository(m_db).plans();
    if (!plans)
        return Result<ExportTable>::failure(plans.error());
    for (const Plan &plan : *plans) {
        Result<QList<TaskOverview>> overview = TaskRepository(m_db).overview(plan.id);
        if (!overview)
            return Result<ExportTable>::failure(overview.error());
        QHash<qint64, int> numbers;
        for (const TaskOverview &t : *overview)
            numbers.insert(t.task.id, t.task.number);
        for (const TaskOverview &t : *overview) {
            ExportRow row;
            row[u"id"_s] = ExportValue::number(t.task.id);
            row[u"kind"_s] = taskKind(t);
            row[u"number"_s] = ExportValue::number(t.task.number);
            row[u"parent"_s] = t.task.parentId
                ? ExportValue::number(numbers.value(*t.task.parentId))
                : ExportValue();
            row[u"group"_s] = t.group.kind == GroupKind::Safeguard ? u"保障措施"_s : t.group.title;
            row[u"title"_s] = t.task.title;
            row[u"text"_s] = t.task.text;
            row[u"lead"_s] = t.lead;
            row[u"cooperating"_s] = ExportValue::list(t.cooperating);
            row[u"start"_s] = ExportValue::date(t.task.startOn);
            row[u"due"_s] = ExportValue::date(t.task.dueOn);
            row[u"status"_s] = toCode(t.task.status);
            row[u"percent"_s] = ExportValue::number(t.task.percent);
            row[u"sample"_s] = ExportValue::boolean(t.sampleProgress);
            table.rows << row;
        }
    }
    return table;
}

Result<ExportTable> Exporter::departments()
{
    ExportTable table;
    table.columns = {u"id"_s,    u"name"_s,           u"short_name"_s,
                     u"kind"_s,  u"contact_person"_s, u"contact_phone"_s,
                     u"active"_s};
    Result<QList<Department>> departments = DepartmentRepository(m_db).departments();
    if (!departments)
        return Result<ExportTable>::failure(departments.error());
    for (const Department &d : *departments) {
        ExportRow row;
        row[u"id"_s] = ExportValue::number(d.id);
        row[u"name"_s] = d.name;
        row[u"short_name"_s] = d.shortName;
        row[u"kind"_s] = toCode(d.kind);
        row[u"contact_person"_s] = d.contactPerson;
        row[u"contact_phone"_s] = d.contactPhone;
        row[u"active"_s] = ExportValue::boolean(d.active);
        table.rows << row;
    }
    return table;
}

Result<ExportTable> Exporter::indicators()
{
    ExportTable table;
    table.columns = {u"id"_s,
                     u"code"_s,
                     u"name"_s,
                     u"unit"_s,
                     u"comparison"_s,
                     u"baseline"_s,
                     u"baseline_year"_s,
                     u"baseline_source"_s,
                     u"baseline_sample"_s,
                     u"target"_s,
                     u"target_year"_s,
                     u"department"_s,
                     u"ratio_numerator"_s,
                     u"ratio_denominator"_s,
                     u"ratio_scale"_s};
    Result<Lookups> lookups = Lookups::read(m_db);
    if (!lookups)
        return Result<ExportTable>::failure(lookups.error());
    for (const Plan &plan : lookups->plans) {
        Result<QList<Indicator>> indicators = IndicatorRepository(m_db).indicators(plan.id);
        if (!indicators)
            return Result<ExportTable>::failure(indicators.error());
        for (const Indicator &i : *indicators) {
            ExportRow row;
            row[u"id"_s] = ExportValue::number(i.id);
            row[u"code"_s] = i.code;
            row[u"name"_s] = i.name;
            row[u"unit"_s] = i.unit;
            row[u"comparison"_s] = toCode(i.comparison);
            row[u"baseline"_s] = ExportValue::number(i.baselineValue);
            row[u"baseline_year"_s] = ExportValue::number(i.baselineYear);
            row[u"baseline_source"_s] = i.baselineSource;
            row[u"baseline_sample"_s] = ExportValue::boolean(i.baselineSample);
            row[u"target"_s] = ExportValue::number(i.targetValue);
            row[u"target_year"_s] = ExportValue::number(i.targetYear);
            row[u"department"_s] = lookups->department(i.departmentId);
            row[u"ratio_numerator"_s] = i.ratio ? ExportValue(i.ratio->numerator) : ExportValue();
            row[u"ratio_denominator"_s] =
                i.ratio ? ExportValue(i.ratio->denominator) : ExportValue();
            row[u"ratio_scale"_s] = i.ratio ? ExportValue::number(i.ratio->scale) : ExportValue();
            table.rows << row;
        }
    }
    return table;
}

Result<ExportTable> Exporter::values()
{
    ExportTable table;
    table.columns = {u"indicator"_s, u"period"_s, u"value"_s, u"source"_s,
                     u"as_of"_s,     u"note"_s,   u"sample"_s};
    Result<QList<Plan>> plans = PlanRepository(m_db).plans();
    if (!plans)
        return Result<ExportTable>::failure(plans.error());
    IndicatorRepository repository(m_db);
    for (const Plan &plan : *plans) {
        Result<QList<Indicator>> indicators = repository.indicators(plan.id);
        if (!indicators)
            return Result<ExportTable>::failure(indicators.error());
        for (const Indicator &indicator : *indicators) {
            Result<QList<IndicatorValue>> values = repository.values(indicator.id);
            if (!values)
                return Result<ExportTable>::failure(values.error());
            for (const IndicatorValue &v : *values) {
                ExportRow row;
                row[u"indicator"_s] = indicator.code;
                row[u"period"_s] = v.period;
                row[u"value"_s] = ExportValue::number(v.value);
                row[u"source"_s] = v.source;
                row[u"as_of"_s] = ExportValue::date(v.asOf);
                row[u"note"_s] = v.note;
                row[u"sample"_s] = ExportValue::boolean(v.sample);
                table.rows << row;
            }
        }
    }
    return table;
}

Result<ExportTable> Exporter::progress()
{
    ExportTable table;
    table.columns = {u"id"_s,         u"task"_s,       u"task_kind"_s, u"task_number"_s,
                     u"task_title"_s, u"department"_s, u"period"_s,    u"reported_on"_s,
                     u"percent"_s,    u"status"_s,     u"text"_s,      u"evidence"_s,
                     u"sample"_s};
    Result<Lookups> lookups = Lookups::read(m_db);
    if (!lookups)
        return Result<ExportTable>::failure(lookups.error());
    for (const Plan &plan : lookups->plans) {
        Result<QList<ProgressReport>> reports = ProgressRepository(m_db).reportsForPlan(plan.id);
        if (!reports)
            return Result<ExportTable>::failure(reports.error());
        for (const ProgressReport &r : *reports) {
            const TaskOverview task = lookups->tasks.value(r.taskId);
            ExportRow row;
            row[u"id"_s] = ExportValue::number(r.id);
            row[u"task"_s] = lookups->taskCode(r.taskId);
            row[u"task_kind"_s] = taskKind(task);
            row[u"task_number"_s] = ExportValue::number(task.task.number);
            row[u"task_title"_s] = task.task.title;
            row[u"department"_s] = lookups->departmentNames.value(r.departmentId);
            row[u"period"_s] = r.period;
            row[u"reported_on"_s] = ExportValue::date(r.reportedOn);
            row[u"percent"_s] = ExportValue::number(r.percent);
            row[u"status"_s] = toCode(r.status);
            row[u"text"_s] = r.text;
            row[u"evidence"_s] = r.evidence;
            row[u"sample"_s] = ExportValue::boolean(r.sample);
            table.rows << row;
        }
    }
    return table;
}

Result<ExportTable> Exporter::meetings()
{
    ExportTable table;
    table.columns = {u"id"_s,      u"kind"_s,     u"title"_s,       u"held_on"_s,
                     u"place"_s,   u"chair"_s,    u"attendees"_s,   u"agenda"_s,
                     u"minutes"_s, u"approval"_s, u"approved_on"_s, u"sample"_s};
    Result<Lookups> lookups = Lookups::read(m_db);
    if (!lookups)
        return Result<ExportTable>::failure(lookups.error());
    MeetingRepository repository(m_db);
    for (const Plan &plan : lookups->plans) {
        Result<QList<Meeting>> meetings = repository.meetings(plan.id);
        if (!meetings)
            return Result<ExportTable>::failure(meetings.error());
        for (const Meeting &m : *meetings) {
            Result<QList<MeetingAttendee>> attendees = repository.attendees(m.id);
            if (!attendees)
                return Result<ExportTable>::failure(attendees.error());
            QStringList names;
            for (const MeetingAttendee &a : *attendees) {
                const QString department =
                    a.departmentId ? lookups->departmentNames.value(*a.departmentId) : QString();
                names << (a.person.isEmpty()         ? department
                              : department.isEmpty() ? a.person
                                                     : u"%1（%2）"_s.arg(a.person, department));
            }
            ExportRow row;
            row[u"id"_s] = ExportValue::number(m.id);
            row[u"kind"_s] = toCode(m.kind);
            row[u"title"_s] = m.title;
            row[u"held_on"_s] = ExportValue::date(m.heldOn);
            row[u"place"_s] = m.place;
            row[u"chair"_s] = m.chair;
            row[u"attendees"_s] = ExportValue::list(names);
            row[u"agenda"_s] = m.agenda;
            row[u"minutes"_s] = m.minutes;
            row[u"approval"_s] = toCode(m.approval);
            row[u"approved_on"_s] = ExportValue::date(m.approvedOn);
            row[u"sample"_s] = ExportValue::boolean(m.sample);
            table.rows << row;
        }
    }
    return table;
}

Result<ExportTable> Exporter::actions()
{
    ExportTable table;
    table.columns = {u"id"_s,          u"meeting_id"_s,  u"owner"_s, u"task_kind"_s,
                     u"task_number"_s, u"description"_s, u"due"_s,   u"status"_s,
                     u"follow_up"_s,   u"closed_on"_s,   u"sample"_s};
    Result<Lookups> lookups = Lookups::read(m_db);
    if (!lookups)
        return Result<ExportTable>::failure(lookups.error());
    for (const Plan &plan : lookups->plans) {
        Result<QList<ActionItem>> items = MeetingRepository(m_db).actionItemsForPlan(plan.id);
        if (!items)
            return Result<ExportTable>::failure(items.error());
        for (const ActionItem &a : *items) {
            ExportRow row;
            row[u"id"_s] = ExportValue::number(a.id);
            row[u"meeting_id"_s] = ExportValue::number(a.meetingId);
            row[u"owner"_s] = lookups->departmentNames.value(a.ownerDepartmentId);
            if (a.taskId && lookups->tasks.contains(*a.taskId)) {
                const TaskOverview &t = lookups->tasks[*a.taskId];
                row[u"task_kind"_s] = taskKind(t);
                row[u"task_number"_s] = ExportValue::number(t.task.number);
            } else {
                row[u"task_kind"_s] = ExportValue();
                row[u"task_number"_s] = ExportValue();
            }
            row[u"description"_s] = a.description;
            row[u"due"_s] = ExportValue::date(a.dueOn);
            row[u"status"_s] = toCode(a.status);
            row[u"follow_up"_s] = a.followUp;
            row[u"closed_on"_s] = ExportValue::date(a.closedOn);
            row[u"sample"_s] = ExportValue::boolean(a.sample);
            table.rows << row;
        }
    }
    return table;
}

Result<ExportTable> Exporter::assessment(const QDate &from, const QDate &to, const QDate &asOf)
{
    const Result<QList<Plan>> plans = PlanRepository(m_db).plans();
    if (!plans)
        return Result<ExportTable>::failure(plans.error());
    if (plans->isEmpty())
        return Result<ExportTable>::failure(tr("The database holds no plan to assess."));
    // The loader reads in one transaction of its own.
    const Result<SupervisionData> data = SupervisionLoader(m_db).load(plans->constFirst().id);
    if (!data)
        return Result<ExportTable>::failure(data.error());
    return assessmentTable(assess(*data, from, to, asOf));
}

} // namespace PlanDesk
