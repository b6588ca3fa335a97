#include "plans/planwriter.h"

#include <QHash>
#include <QMap>

#include "database/readtransaction.h"
#include "domain/taskcode.h"
#include "plans/orderedjson.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Everything read() needs, read inside one snapshot.
struct Records
{
    Plan plan;
    QList<TaskGroup> groups;
    QList<Task> tasks;
    QList<Assignment> assignments;
    QList<Department> departments;
    QList<Indicator> indicators;
};

template<typename T> bool take(Result<T> result, T &into, QString &error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    into = std::move(result).value();
    return true;
}

Result<Records> readRecords(Database &db, qint64 planId)
{
    const ReadTransaction snapshot(db);
    Records r;
    QString error;
    PlanRepository plans(db);
    TaskRepository tasks(db);
    if (take(plans.plan(planId), r.plan, error) && take(plans.groups(planId), r.groups, error)
        && take(tasks.tasks(planId), r.tasks, error)
        && take(tasks.assignmentsForPlan(planId), r.assignments, error)
        && take(DepartmentRepository(db).departmentsOfPlan(planId), r.departments, error)
        && take(IndicatorRepository(db).indicators(planId), r.indicators, error))
        return r;
    return Result<Records>::failure(error);
}

/// The due date most tasks share (the later one on a tie), so that only the
/// tasks due otherwise need a date of their own.
QDate commonDueDate(const Records &r)
{
    QMap<QDate, int> counts;
    for (const Task &t : r.tasks)
        if (!t.parentId)
            ++counts[t.dueOn];
    QDate common(r.plan.targetYear, 12, 31);
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= most) {
            common = it.key();
            most = it.value();
        }
    }
    return common;
}

OrderedJson quantity(const Decimal &d)
{
    // A plain number when it reads back exactly, else text, which keeps every digit.
    return Decimal::fromDouble(d.toDouble()) == d ? OrderedJson::number(d.toString())
                                                  : OrderedJson(d.toString());
}

void addText(OrderedJson &o, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        o.add(key, text);
}

void addDate(OrderedJson &o, const QString &key, const QDate &date)
{
    if (date.isValid())
        o.add(key, date.toString(Qt::ISODate));
}

OrderedJson workJson(const PlanDocument::WorkEntry &w)
{
    OrderedJson o = OrderedJson::object();
    o.add(u"number"_s, w.number).add(u"title"_s, w.title);
    addText(o, u"text"_s, w.text);
    o.add(u"lead"_s, w.lead);
    OrderedJson cooperating = OrderedJson::array();
    for (const QString &name : w.cooperating)
        cooperating.append(name);
    o.add(u"cooperating"_s, cooperating);
    addDate(o, u"start_on"_s, w.startOn);
    addDate(o, u"due_on"_s, w.dueOn);
    return o;
}

} // namespace

Result<PlanDocument> PlanWriter::read(Database &db, qint64 planId)
{
    using R = Result<PlanDocument>;
    Result<Records> records = readRecords(db, planId);
    if (!records)
        return R::failure(records.error());
    const Records &r = *records;

    PlanDocument doc;
    doc.plan = r.plan;
    doc.plan.id = 0;
    doc.defaultDueOn = commonDueDate(r);
    QHash<qint64, QString> names;
    for (Department d : r.departments) {
        names.insert(d.id, d.name);
        d.id = 0;
        d.active = true; // the file has no such flag; installing makes it active
        doc.departments << d;
    }

    QHash<qint64, QList<Assignment>> assigned; // by task, in position order
    for (const Assignment &a : r.assignments)
        assigned[a.taskId] << a;
    QHash<qint64, qsizetype> groupAt;
    for (const TaskGroup &g : r.groups) {
        groupAt.insert(g.id, doc.groups.size());
        doc.groups << PlanDocument::GroupEntry {g.kind, g.numbering, g.title, {}};
    }

    struct Placed
    {
        Task task;
        qsizetype group = 0;
        qsizetype index = 0;
    };
    QHash<qint64, Placed> placed; // top-level tasks, for their items
    for (const Task &t : r.tasks) {
        if (t.parentId && !placed.contains(*t.parentId))
            return R::failure(
                tr("Work item %1 “%2” comes before its task.").arg(t.id).arg(t.title));
        const std::optional<Placed> parent =
            t.parentId ? std::optional<Placed>(placed.value(*t.parentId)) : std::nullopt;
        const qsizetype g = parent ? parent->group : groupAt.value(t.groupId);
        PlanDocument::WorkEntry entry;
        entry.number = t.number;
        entry.title = t.title;
        entry.text = t.text;
        // The lead wherever it stands, the others in position order: a file
        // lists the lead first, so an import puts it at position 1.
        for (const Assignment &a : assigned.value(t.id)) {
            if (a.role == AssignmentRole::Lead)
                entry.lead = names.value(a.departmentId);
            else
                entry.cooperating << names.value(a.departmentId);
        }
        if (entry.lead.isEmpty()) {
            const TaskCode code {doc.groups.at(g).kind, parent ? parent->task.number : t.number,
                                 parent ? std::optional<int>(t.number) : std::nullopt};
            return R::failure(tr("Task %1 “%2” has no lead department; a plan file needs one "
                                 "for every task and work item.")
                                  .arg(code.toString(), t.title));
        }
        const QDate defaultStart = parent ? parent->task.startOn : doc.plan.startOn;
        const QDate defaultDue = parent ? parent->task.dueOn : doc.defaultDueOn;
        entry.startOn = t.startOn == defaultStart ? QDate() : t.startOn;
        entry.dueOn = t.dueOn == defaultDue ? QDate() : t.dueOn;

        QList<PlanDocument::TaskEntry> &tasks = doc.groups[g].tasks;
        if (parent) {
            tasks[parent->index].items << entry;
        } else {
            placed.insert(t.id, Placed {t, g, tasks.size()});
            PlanDocument::TaskEntry task;
            static_cast<PlanDocument::WorkEntry &>(task) = entry;
            tasks << task;
        }
    }

    for (const Indicator &i : r.indicators) {
        PlanDocument::IndicatorEntry entry;
        entry.indicator = i;
        Indicator &ind = entry.indicator;
        ind.id = 0;
        ind.planId = 0;
        ind.position = static_cast<int>(doc.indicators.size() + 1);
        if (ind.departmentId)
            entry.department = names.value(*ind.departmentId);
        ind.departmentId.reset();
        if (ind.baselineSample) {
            ind.baselineValue.reset();
            ind.baselineYear.reset();
            ind.baselineSource.clear();
            ind.baselineSample = false;
        }
        doc.indicators << entry;
    }
    return doc;
}

QByteArray PlanWriter::toJson(const PlanDocument &document)
{
    const Plan &p = document.plan;
    OrderedJson plan = OrderedJson::object();
    plan.add(u"title"_s, p.title);
    addText(plan, u"issuer"_s, p.issuer);
    addText(plan, u"document_number"_s, p.documentNumber);
    addDate(plan, u"signed_on"_s, p.signedOn);
    addDate(plan, u"published_on"_s, p.publishedOn);
    addDate(plan, u"start_on"_s, p.startOn);
    plan.add(u"target_year"_s, p.targetYear);
    addDate(plan, u"default_due_on"_s, document.defaultDueOn);

    OrderedJson departments = OrderedJson::array();
    for (const Department &d : document.departments) {
        OrderedJson o = OrderedJson::object();
        o.add(u"name"_s, d.name);
        addText(o, u"short_name"_s, d.shortName);
        o.add(u"kind"_s, toCode(d.kind));
        addText(o, u"contact_person"_s, d.contactPerson);
        addText(o, u"contact_phone"_s, d.contactPhone);
        departments.append(o);
    }

    OrderedJson groups = OrderedJson::array();
    for (const PlanDocument::GroupEntry &g : document.groups) {
        OrderedJson o = OrderedJson::object();
        o.add(u"kind"_s, toCode(g.kind));
        addText(o, u"numbering"_s, g.numbering);
        o.add(u"title"_s, g.title);
        OrderedJson tasks = OrderedJson::array();
        for (const PlanDocument::TaskEntry &t : g.tasks) {
            OrderedJson task = workJson(t);
            if (!t.items.isEmpty()) {
                OrderedJson items = OrderedJson::array();
                for (const PlanDocument::WorkEntry &i : t.items)
                    items.append(workJson(i));
                task.add(u"items"_s, items);
            }
            tasks.append(task);
        }
        groups.append(o.add(u"tasks"_s, tasks));
    }

    OrderedJson indicators = OrderedJson::array();
    for (const PlanDocument::IndicatorEntry &entry : document.indicators) {
        const Indicator &i = entry.indicator;
        OrderedJson o = OrderedJson::object();
        o.add(u"code"_s, i.code).add(u"name"_s, i.name).add(u"unit"_s, i.unit);
        o.add(u"comparison"_s, toCode(i.comparison));
        o.add(u"target"_s, quantity(i.targetValue)).add(u"target_year"_s, i.targetYear);
        if (i.baselineValue && i.baselineYear) {
            o.add(u"baseline"_s, quantity(*i.baselineValue));
            o.add(u"baseline_year"_s, *i.baselineYear);
            addText(o, u"baseline_source"_s, i.baselineSource);
        }
        addText(o, u"department"_s, entry.department);
        if (i.ratio) {
            OrderedJson ratio = OrderedJson::object();
            ratio.add(u"numerator"_s, i.ratio->numerator)
                .add(u"denominator"_s, i.ratio->denominator)
                .add(u"scale"_s, OrderedJson::number(QString::number(i.ratio->scale)));
            o.add(u"ratio"_s, ratio);
        }
        indicators.append(o);
    }

    OrderedJson root = OrderedJson::object();
    root.add(u"format"_s, u"plandesk-plan"_s).add(u"format_version"_s, 1);
    root.add(u"plan"_s, plan).add(u"departments"_s, departments).add(u"groups"_s, groups);
    root.add(u"indicators"_s, indicators);
    return root.toJson();
}

} // namespace PlanDesk
