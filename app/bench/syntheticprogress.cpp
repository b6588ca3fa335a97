#include <algorithm>
#include <cmath>

#include "benchdatarepository.h"
#include "prng.h"
#include "syntheticactivity.h"
#include "wordlists.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Bench {

namespace {

constexpr quint64 ProgressStream = 11;

struct Quarter
{
    int year = 0;
    int number = 0; // 1–4
    QDate first() const { return QDate(year, number * 3 - 2, 1); }
    QDate last() const { return first().addMonths(3).addDays(-1); }
    QString period() const { return u"%1-Q%2"_s.arg(year).arg(number); }
};

/// Every quarter from the plan's start to the dataset's horizon.
QList<Quarter> quarters()
{
    QList<Quarter> list;
    for (Quarter q {datasetFirstDay().year(), 1}; q.last() <= datasetHorizon();) {
        list << q;
        q = q.number == 4 ? Quarter {q.year + 1, 1} : Quarter {q.year, q.number + 1};
    }
    return list;
}

ReportingRound roundFor(qint64 id, qint64 planId, const Quarter &q)
{
    ReportingRound r;
    r.id = id;
    r.planId = planId;
    r.period = q.period();
    r.title = u"%1年第%2季度进展报送"_s.arg(q.year).arg(Words::chineseNumber(q.number));
    r.opensOn = q.last().addDays(-14);
    r.dueOn = q.last().addDays(10);
    return r;
}

/// Percent done on `date` at the task's own pace; frozen once suspended.
int percentOn(const SynthTask &task, QDate date)
{
    if (task.suspendedFrom.isValid() && date > task.suspendedFrom)
        date = task.suspendedFrom;
    const double span =
        static_cast<double>(std::max<qint64>(1, task.row.startOn.daysTo(task.row.dueOn)));
    const double elapsed =
        std::clamp(static_cast<double>(task.row.startOn.daysTo(date)) / span, 0.0, 1.0);
    return std::clamp(static_cast<int>(std::lround(100.0 * task.pace * elapsed)), 0, 100);
}

TaskStatus statusFor(const SynthTask &task, const QDate &date, int percent)
{
    if (percent == 100)
        return TaskStatus::Done;
    if (task.suspendedFrom.isValid() && date > task.suspendedFrom)
        return TaskStatus::Suspended;
    return percent == 0 ? TaskStatus::NotStarted : TaskStatus::InProgress;
}

/// One department's report on one task for one quarter.
struct Slot
{
    int task = 0;
    int department = 0; // position in the task's departments: 0 is the lead
    int quarter = 0;
};

} // namespace

QString SyntheticActivity::officeActor(int turn)
{
    static const QString actors[] = {u"wangfang"_s, u"liqiang"_s, u"zhaomin"_s, u"chenjing"_s};
    return actors[turn % 4];
}

Result<QList<ReportRecord>> SyntheticActivity::writeProgress(BenchDataRepository &repository,
                                                             SyntheticPlan &plan,
                                                             const DatasetSpec &spec, quint64 seed)
{
    using R = Result<QList<ReportRecord>>;
    Prng rng = Prng::stream(seed, ProgressStream);
    const QList<Quarter> periods = quarters();
    for (qsizetype q = 0; q < periods.size(); ++q) {
        if (Status s = repository.insertRound(roundFor(q + 1, plan.planId, periods.at(q))); !s)
            return R::failure(s.error());
    }

    // Every department of every task running in a quarter could report;
    // exactly spec.progressReports of them do (selection sampling: each in
    // turn is taken with the odds still needed / still left). Should a small
    // plan leave too little room, departments also report on for a quarter
    // or more after the due date (the closing report, 完成情况).
    QList<Slot> candidates;
    for (int after = 0; candidates.size() < spec.progressReports && after <= periods.size();
         ++after) {
        candidates.clear();
        for (int q = 0; q < periods.size(); ++q) {
            for (int t = 0; t < plan.tasks.size(); ++t) {
                const Task &task = plan.tasks.at(t).row;
                if (task.startOn > periods.at(q).last()
                    || task.dueOn.addMonths(3 * after) < periods.at(q).first())
                    continue;
                for (int d = 0; d < plan.tasks.at(t).departments.size(); ++d)
                    candidates << Slot {t, d, q};
            }
        }
    }
    if (candidates.size() < spec.progressReports)
        return R::failure(tr("The plan leaves room for only %1 progress reports, not %2.")
                              .arg(candidates.size())
                              .arg(spec.progressReports));

    QList<ReportRecord> records;
    records.reserve(spec.progressReports);
    qsizetype needed = spec.progressReports;
    int actorQuarter = -1;
    for (qsizetype i = 0; i < candidates.size() && needed > 0; ++i) {
        if (rng.below(static_cast<int>(candidates.size() - i)) >= needed)
            continue;
        --needed;
        const Slot &slot = candidates.at(i);
        if (slot.quarter != actorQuarter) {
            actorQuarter = slot.quarter;
            if (Status s = repository.setActor(officeActor(slot.quarter)); !s)
                return R::failure(s.error());
        }
        SynthTask &task = plan.tasks[slot.task];
        const Quarter &quarter = periods.at(slot.quarter);
        const bool byLead = slot.department == 0;
        ProgressReport r;
        r.id = records.size() + 1;
        r.taskId = task.row.id;
        r.departmentId = task.departments.at(slot.department);
        r.period = quarter.period();
        // Most on time (by ten days after the quarter), some late.
        r.reportedOn = rng.chance(88) ? quarter.last().addDays(rng.between(1, 10))
                                      : quarter.last().addDays(rng.between(11, 35));
        r.percent = percentOn(task, quarter.last());
        if (!byLead && r.percent < 100)
            r.percent = std::clamp(r.percent + rng.between(-8, 8), 0, 99);
        r.status = statusFor(task, quarter.last(), r.percent);
        const QString name = plan.department(r.departmentId).shortName;
        r.text = byLead ? Words::leadReportText(rng, name, task.row.title, r.percent)
                        : Words::cooperatingReportText(rng, name, task.row.title);
        r.evidence = rng.chance(70) ? Words::evidence(rng) : QString();
        if (Status s = repository.insertReport(r); !s)
            return R::failure(s.error());
        // The lead's report of the latest quarter is the task's standing.
        if (byLead) {
            task.row.percent = r.percent;
            task.row.status = r.status;
            if (Status s = repository.updateTaskStanding(task.row.id, r.status, r.percent); !s)
                return R::failure(s.error());
        }
        records << ReportRecord {r.id, r.text, r.evidence};
    }
    return records;
}

} // namespace PlanDesk::Bench
