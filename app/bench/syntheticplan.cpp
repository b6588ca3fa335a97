#include "syntheticplan.h"

#include <algorithm>

#include "benchdatarepository.h"
#include "prng.h"
#include "wordlists.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

enum Stream : quint64 { DepartmentStream = 1, GroupStream, TaskStream, AssignmentStream };

QDate dayBetween(Prng &rng, const QDate &first, const QDate &last)
{
    const qint64 span = first.daysTo(last);
    return first.addDays(span <= 0 ? 0 : rng.below(static_cast<int>(span) + 1));
}

/// A few departments lead much of a plan: the smaller of two draws leans
/// towards the front of the list.
qint64 leaningPick(Prng &rng, int count)
{
    return std::min(rng.below(count), rng.below(count)) + 1;
}

QList<Department> makeDepartments(Prng &rng, int count)
{
    QList<Words::DepartmentName> pool = Words::departmentPool();
    for (qsizetype i = pool.size() - 1; i > 0; --i) // Fisher–Yates
        std::swap(pool[i], pool[rng.below(static_cast<int>(i) + 1)]);
    QList<Department> departments;
    for (int i = 0; i < count && i < pool.size(); ++i) {
        Department d;
        d.id = i + 1;
        d.name = pool.at(i).name;
        d.shortName = pool.at(i).shortName;
        d.kind = pool.at(i).kind;
        d.contactPerson = Words::personName(rng);
        d.contactPhone = Words::phoneNumber(rng);
        d.active = !rng.chance(3);
        departments << d;
    }
    return departments;
}

/// Lead first, then `cooperating` others, all different.
QList<qint64> pickDepartments(Prng &rng, int departmentCount, qint64 lead, int cooperating)
{
    QList<qint64> ids {lead};
    cooperating = std::min(cooperating, departmentCount - 1);
    while (ids.size() < cooperating + 1) {
        const qint64 id = leaningPick(rng, departmentCount);
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

/// Work items per task: `total` spread over `tasks`, about even, each pair
/// of neighbours trading a few so that some tasks have more than others.
QList<int> itemCounts(Prng &rng, int tasks, int total)
{
    QList<int> counts(tasks, tasks > 0 ? total / tasks : 0);
    for (int i = 0; tasks > 0 && i < total % tasks; ++i)
        ++counts[i];
    for (int i = 0; i + 1 < tasks; i += 2) {
        const int most = std::min(counts.at(i), counts.at(i + 1));
        const int d = rng.between(-std::min(2, most), std::min(2, most));
        counts[i] += d;
        counts[i + 1] -= d;
    }
    return counts;
}

struct Writer
{
    BenchDataRepository &repository;
    const DatasetSpec &spec;
    quint64 seed;
    SyntheticPlan plan;
    qint64 assignmentId = 0;

    Status writeHeader();
    Status writeDepartments();
    Status writeTasks();
    Status addTask(SynthTask task);
    QStringList names(const QList<qint64> &ids) const;
};

Status Writer::writeHeader()
{
    Plan p;
    p.id = plan.planId;
    p.title = u"市人民政府关于推进现代化强市建设的实施意见（性能测试数据）"_s;
    p.issuer = u"市人民政府"_s;
    p.documentNumber = u"市政发〔2017〕1号"_s;
    p.signedOn = QDate(2016, 12, 20);
    p.publishedOn = QDate(2016, 12, 28);
    p.startOn = datasetFirstDay();
    p.targetYear = datasetLastDay().year();
    return repository.insertPlan(p);
}

Status Writer::writeDepartments()
{
    Prng rng = Prng::stream(seed, DepartmentStream);
    plan.departments = makeDepartments(rng, spec.departments);
    if (plan.departments.size() < spec.departments)
        return Status::failure(
            SyntheticPlanWriter::tr("There are names for only %1 departments, not %2.")
                .arg(plan.departments.size())
                .arg(spec.departments));
    for (const Department &d : std::as_const(plan.departments)) {
        if (Status s = repository.insertDepartment(d); !s)
            return s;
    }
    return {};
}

QStringList Writer::names(const QList<qint64> &ids) const
{
    QStringList list;
    for (qint64 id : ids)
        list << plan.department(id).name;
    return list;
}

Status Writer::addTask(SynthTask task)
{
    task.row.id = plan.tasks.size() + 1;
    task.row.planId = plan.planId;
    if (Status s = repository.insertTask(task.row); !s)
        return s;
    for (qsizetype i = 0; i < task.departments.size(); ++i) {
        Assignment a;
        a.id = ++assignmentId;
        a.taskId = task.row.id;
        a.departmentId = task.departments.at(i);
        a.role = i == 0 ? AssignmentRole::Lead : AssignmentRole::Cooperating;
        a.position = static_cast<int>(i) + 1;
        if (Status s = repository.insertAssignment(a); !s)
            return s;
    }
    plan.tasks << task;
    return {};
}

Status Writer::writeTasks()
{
    Prng groupRng = Prng::stream(seed, GroupStream);
    Prng rng = Prng::stream(seed, TaskStream);
    Prng who = Prng::stream(seed, AssignmentStream);
    const int groups = spec.keyTaskGroups + spec.safeguardGroups;
    const int safeguardTasks = std::max(spec.safeguardGroups, spec.topLevelTasks * 3 / 100);
    const QList<int> items = itemCounts(rng, spec.topLevelTasks, spec.workItems);
    const int departments = static_cast<int>(plan.departments.size());
    int taskIndex = 0;
    int keyNumber = 0;
    int safeguardNumber = 0;
    for (int g = 0; g < groups; ++g) {
        const bool safeguard = g >= spec.keyTaskGroups;
        const int inKind = safeguard ? g - spec.keyTaskGroups : g;
        const int kindGroups = safeguard ? spec.safeguardGroups : spec.keyTaskGroups;
        const int kindTasks = safeguard ? safeguardTasks : spec.topLevelTasks - safeguardTasks;
        const int tasksHere = kindTasks / kindGroups + (inKind < kindTasks % kindGroups ? 1 : 0);
        TaskGroup group;
        group.id = g + 1;
        group.planId = plan.planId;
        group.kind = safeguard ? GroupKind::Safeguard : GroupKind::KeyTask;
        group.position = g + 1;
        group.numbering = u"(%1)"_s.arg(Words::chineseNumber(inKind + 1));
        const QString groupField = Words::field(groupRng);
        group.title =
            safeguard ? Words::safeguardGroupTitle(inKind) : Words::keyTaskGroupTitle(groupRng);
        if (Status s = repository.insertGroup(group); !s)
            return s;

        for (int t = 0; t < tasksHere; ++t, ++taskIndex) {
            SynthTask task;
            task.row.groupId = group.id;
            task.row.number = safeguard ? ++safeguardNumber : ++keyNumber;
            const QString field = rng.chance(70) ? groupField : Words::field(rng);
            task.row.title = Words::taskTitle(rng, field);
            task.row.startOn = dayBetween(rng, datasetFirstDay(), QDate(2025, 6, 30));
            task.row.dueOn =
                std::min(task.row.startOn.addDays(rng.between(548, 1826)), datasetLastDay());
            task.pace = 0.70 + 0.50 * rng.unit();
            if (rng.chance(2))
                task.suspendedFrom = dayBetween(rng, task.row.startOn, task.row.dueOn);
            const qint64 lead = leaningPick(who, departments);
            const int cooperating = who.between(0, 4);
            task.departments = pickDepartments(who, departments, lead, cooperating);
            task.row.text = Words::taskClause(rng, task.row.title, field, task.row.dueOn.year(),
                                              plan.department(task.departments.first()).name,
                                              names(task.departments.mid(1)));
            const SynthTask parent = task;
            const qint64 parentId = plan.tasks.size() + 1;
            if (Status s = addTask(task); !s)
                return s;

            for (int i = 0; i < items.at(taskIndex); ++i) {
                SynthTask item;
                item.row.groupId = group.id;
                item.row.parentId = parentId;
                item.row.number = i + 1;
                item.row.title = Words::workItemTitle(rng);
                // Work items start early in their task and run for most of it.
                const qint64 span = parent.row.startOn.daysTo(parent.row.dueOn);
                item.row.startOn =
                    parent.row.startOn.addDays(rng.below(static_cast<int>(span / 4) + 1));
                item.row.dueOn =
                    dayBetween(rng, parent.row.startOn.addDays(span / 2), parent.row.dueOn);
                item.row.text = Words::workItemClause(item.row.title, item.row.dueOn);
                item.pace = std::clamp(parent.pace - 0.1 + 0.2 * rng.unit(), 0.6, 1.3);
                item.suspendedFrom = parent.suspendedFrom;
                const qint64 itemLead = who.chance(60) || parent.departments.size() == 1
                    ? parent.departments.first()
                    : parent.departments.at(
                        who.between(1, static_cast<int>(parent.departments.size()) - 1));
                const int itemCooperating = who.chance(50) ? 0 : (who.chance(70) ? 1 : 2);
                item.departments = pickDepartments(who, departments, itemLead, itemCooperating);
                if (Status s = addTask(item); !s)
                    return s;
            }
        }
    }
    return {};
}

} // namespace

Result<SyntheticPlan> SyntheticPlanWriter::write(BenchDataRepository &repository,
                                                 const DatasetSpec &spec, quint64 seed)
{
    Writer writer {repository, spec, seed, {}};
    Status s = writer.writeHeader();
    if (s)
        s = writer.writeDepartments();
    if (s)
        s = writer.writeTasks();
    if (!s)
        return Result<SyntheticPlan>::failure(s.error());
    return std::move(writer.plan);
}

} // namespace PlanDesk::Bench
