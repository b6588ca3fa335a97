#pragma once

// A small plan built by hand for the supervision rules, so every expected
// figure in the tests can be worked out on paper:
//
// Departments: A, B (government), C (the collective), D (inactive),
// E (no tasks, owns action items), F (nothing at all), G and H (one item each).
// Tasks (2018): T1 1/1→2019-12-31 lead A, cooperating B, C, D;
//               T2 5/1→12/31 lead B, cooperating A;
//               T3 8/1→12/31 lead A (starts after the round is due);
//               T4 1/1→6/30 lead A, cooperating B, reported done in 2018-Q1;
//               T5 1/1→7/1 lead B, never reported (overdue).
// Round 2018-Q2 opens 6/16, due 7/10. Reports for it: T1/A 7/1 (25 %),
// T1/B 7/15 (late), T2/B 7/10 (on the day, 10 %); T2/A and T5/B none.
// Meeting M1 on 3/1 raised: a1 A due 5/1 done 4/20; a2 A due 6/1 done 6/10;
// a3 B due 7/20 open; a4 B due 7/1 open; a5 E due 7/20 done 7/20;
// a6 E due 6/1 cancelled 5/15; a7 A due 9/1 open; a8 G, a9 H due 5/1 done 4/30.

#include "domain/entities.h"
#include "rules/supervisiondata.h"

namespace PlanDesk::Testing {

enum Dept : qint64 { A = 1, B, C, D, E, F, G, H };
enum TaskId : qint64 { T1 = 10, T2 = 20, T3 = 30, T4 = 40, T5 = 50 };

inline SupervisionData supervisionFixture()
{
    using namespace Qt::Literals::StringLiterals;
    SupervisionData d;
    const auto department = [&](qint64 id, const QString &name, DepartmentKind kind, bool active) {
        Department dep;
        dep.id = id;
        dep.name = name;
        dep.kind = kind;
        dep.active = active;
        d.departments << dep;
    };
    department(A, u"A Bureau"_s, DepartmentKind::Government, true);
    department(B, u"B Bureau"_s, DepartmentKind::Government, true);
    department(C, u"C All member units"_s, DepartmentKind::Collective, true);
    department(D, u"D Bureau (merged)"_s, DepartmentKind::Government, false);
    department(E, u"E Office"_s, DepartmentKind::Government, true);
    department(F, u"F Office"_s, DepartmentKind::Government, true);
    department(G, u"G Office"_s, DepartmentKind::Government, true);
    department(H, u"H Office"_s, DepartmentKind::Government, true);

    TaskGroup group;
    group.id = 1;
    const auto task = [&](qint64 id, int number, QDate start, QDate due, qint64 lead,
                          QList<qint64> cooperating) {
        TaskOverview o;
        o.task.id = id;
        o.task.planId = 1;
        o.task.groupId = 1;
        o.task.number = number;
        o.task.title = u"Task %1"_s.arg(number);
        o.task.startOn = start;
        o.task.dueOn = due;
        o.group = group;
        o.leadId = lead;
        d.tasks << o;
        int position = 0;
        d.assignments << Assignment {0, id, lead, AssignmentRole::Lead, ++position};
        for (qint64 c : cooperating)
            d.assignments << Assignment {0, id, c, AssignmentRole::Cooperating, ++position};
    };
    task(T1, 1, {2018, 1, 1}, {2019, 12, 31}, A, {B, C, D});
    task(T2, 2, {2018, 5, 1}, {2018, 12, 31}, B, {A});
    task(T3, 3, {2018, 8, 1}, {2018, 12, 31}, A, {});
    task(T4, 4, {2018, 1, 1}, {2018, 6, 30}, A, {B});
    task(T5, 5, {2018, 1, 1}, {2018, 7, 1}, B, {});

    const auto report = [&](qint64 taskId, qint64 dept, const QString &period, QDate on,
                            int percent, TaskStatus status) {
        ProgressReport r;
        r.taskId = taskId;
        r.departmentId = dept;
        r.period = period;
        r.reportedOn = on;
        r.percent = percent;
        r.status = status;
        d.reportsByTask[taskId] << r;
    };
    report(T1, A, u"2018-Q2"_s, {2018, 7, 1}, 25, TaskStatus::InProgress);
    report(T1, B, u"2018-Q2"_s, {2018, 7, 15}, 30, TaskStatus::InProgress);
    report(T2, B, u"2018-Q2"_s, {2018, 7, 10}, 10, TaskStatus::InProgress);
    report(T4, A, u"2018-Q1"_s, {2018, 4, 5}, 100, TaskStatus::Done);
    // The tasks stand today where their leads' last reports put them.
    for (TaskOverview &o : d.tasks) {
        for (const ProgressReport &r : d.reportsByTask.value(o.task.id)) {
            if (r.departmentId == *o.leadId) {
                o.task.percent = r.percent;
                o.task.status = r.status;
            }
        }
    }

    ReportingRound round;
    round.id = 100;
    round.planId = 1;
    round.period = u"2018-Q2"_s;
    round.title = u"2018年第二季度进展报送"_s;
    round.opensOn = {2018, 6, 16};
    round.dueOn = {2018, 7, 10};
    d.rounds << round;

    Meeting m1;
    m1.id = 200;
    m1.heldOn = {2018, 3, 1};
    d.meetings << m1;
    const auto item = [&](qint64 id, qint64 owner, QDate due, ActionStatus status, QDate closed) {
        ActionItem a;
        a.id = id;
        a.meetingId = m1.id;
        a.ownerDepartmentId = owner;
        a.description = u"a%1"_s.arg(id);
        a.dueOn = due;
        a.status = status;
        a.closedOn = closed;
        d.actionItems << a;
    };
    item(1, A, {2018, 5, 1}, ActionStatus::Done, {2018, 4, 20});
    item(2, A, {2018, 6, 1}, ActionStatus::Done, {2018, 6, 10});
    item(3, B, {2018, 7, 20}, ActionStatus::Open, {});
    item(4, B, {2018, 7, 1}, ActionStatus::Open, {});
    item(5, E, {2018, 7, 20}, ActionStatus::Done, {2018, 7, 20});
    item(6, E, {2018, 6, 1}, ActionStatus::Cancelled, {2018, 5, 15});
    item(7, A, {2018, 9, 1}, ActionStatus::Open, {});
    item(8, G, {2018, 5, 1}, ActionStatus::Done, {2018, 4, 30});
    item(9, H, {2018, 5, 1}, ActionStatus::Done, {2018, 4, 30});
    d.reindex();
    return d;
}

} // namespace PlanDesk::Testing
