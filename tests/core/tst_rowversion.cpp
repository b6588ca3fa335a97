#include <functional>

#include <QTest>

#include "repositories/actionreviewrepository.h"
#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/planrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/roundrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// How to read, save, delete and recognise one kind of versioned row.
template<typename T> struct Subject
{
    QString table;
    std::function<Result<qint64>(Database &)> create;
    std::function<Result<T>(Database &, qint64)> read;
    std::function<Saved<T>(Database &, const T &)> update;
    std::function<Status(Database &, qint64)> remove;
    /// Writes `mark` into a text field the update saves; `markOf` reads it back.
    std::function<void(T &, const QString &)> mark;
    std::function<QString(const T &)> markOf;
};

} // namespace

/// Two PlanDesks (two connections) on one ledger file: each versioned
/// repository refuses a save over a change the other made after the read.
class TestRowVersion : public QObject
{
    Q_OBJECT

    TestDatabase m_file {TestDatabase::Content::BuiltInPlanWithDemo};
    std::unique_ptr<Database> m_other;

    Database &a() { return m_file.db(); }
    Database &b() { return *m_other; }

    /// The whole story on a row client A creates: versions 1, 2, 3, 4, a
    /// conflict with B's values, Keep mine, an undo-style re-save, a stale
    /// redo refused, then B deletes it and A's save says so.
    template<typename T> void tell(const Subject<T> &s)
    {
        // Given a row A inserted: it starts at version 1.
        const Result<qint64> id = s.create(a());
        QVERIFY2(id, qPrintable(id.error()));
        T mine = *s.read(a(), *id);
        QCOMPARE(mine.rowVersion, 1);
        const T original = mine;

        // When B saves it: version 2, and both clients read 2.
        T theirs = *s.read(b(), *id);
        s.mark(theirs, u"saved by B"_s);
        const Saved<T> byB = s.update(b(), theirs);
        QVERIFY2(byB, qPrintable(byB.error()));
        QCOMPARE(byB.version(), 2);
        QCOMPARE(s.read(a(), *id)->rowVersion, 2);

        // Then A's save of what it read at version 1 is a conflict showing B's row.
        s.mark(mine, u"typed by A"_s);
        const Saved<T> stale = s.update(a(), mine);
        QVERIFY(!stale);
        QVERIFY(stale.isConflict());
        QVERIFY(!stale.error().isEmpty());
        const UpdateConflict<T> conflict = *stale.conflict();
        QCOMPARE(conflict.table, s.table);
        QCOMPARE(conflict.id, *id);
        QCOMPARE(conflict.versionRead, 1);
        QCOMPARE(conflict.current.rowVersion, 2);
        QCOMPARE(s.markOf(conflict.current), u"saved by B"_s);
        QCOMPARE(s.markOf(*s.read(b(), *id)), u"saved by B"_s); // nothing overwritten
        const Status asStatus = stale;
        QCOMPARE(asStatus.error(), stale.error());

        // Keep mine: saving again over B's version is one more version.
        mine.rowVersion = conflict.current.rowVersion;
        const Saved<T> kept = s.update(a(), mine);
        QVERIFY2(kept, qPrintable(kept.error()));
        QCOMPARE(kept.version(), 3);
        QCOMPARE(s.markOf(*s.read(b(), *id)), u"typed by A"_s);

        // Undo of one's own save names the version that save produced.
        T back = conflict.current;
        back.rowVersion = kept.version();
        const Saved<T> undone = s.update(a(), back);
        QVERIFY2(undone, qPrintable(undone.error()));
        QCOMPARE(undone.version(), 4);
        QCOMPARE(s.markOf(*s.read(b(), *id)), u"saved by B"_s);
        // A redo still naming version 3 is refused: the row moved on.
        QVERIFY(s.update(a(), mine).isConflict());

        // A row B deleted is a plain failure that says so, not a conflict.
        QVERIFY(s.remove(b(), *id));
        T gone = original;
        gone.rowVersion = 4;
        const Saved<T> deleted = s.update(a(), gone);
        QVERIFY(!deleted);
        QVERIFY(!deleted.isConflict());
        QVERIFY2(deleted.error().contains(u"deleted"_s), qPrintable(deleted.error()));
    }

    qint64 firstTaskId() { return TaskRepository(a()).tasks(m_file.planId())->constFirst().id; }
    qint64 draftMeetingId(const QDate &heldOn)
    {
        Meeting m;
        m.planId = m_file.planId();
        m.title = u"版本测试例会 %1"_s.arg(heldOn.toString(Qt::ISODate));
        m.heldOn = heldOn;
        return *MeetingRepository(a()).create(m);
    }

private slots:
    void init()
    {
        Result<std::unique_ptr<Database>> other = Database::open(m_file.path());
        QVERIFY2(other, qPrintable(other.error()));
        m_other = std::move(other.value());
    }
    void cleanup() { m_other.reset(); }

    void shouldCatchConflictsOnTasks()
    {
        const Task parent = *TaskRepository(a()).task(firstTaskId());
        tell<Task>({u"task"_s,
                    [parent](Database &db) {
                        Task t = parent;
                        t.id = 0;
                        t.parentId = parent.id;
                        t.number = 99;
                        t.title = u"版本测试工作项"_s;
                        return TaskRepository(db).create(t);
                    },
                    [](Database &db, qint64 id) { return TaskRepository(db).task(id); },
                    [](Database &db, const Task &t) { return TaskRepository(db).update(t); },
                    [](Database &db, qint64 id) { return TaskRepository(db).remove(id); },
                    [](Task &t, const QString &m) { t.title = m; },
                    [](const Task &t) {
                        return t.title;
                    }});
    }

    void shouldCatchConflictsOnDepartments()
    {
        tell<Department>(
            {u"department"_s,
             [](Database &db) {
                 Department d;
                 d.name = u"市版本测试局"_s;
                 return DepartmentRepository(db).create(d);
             },
             [](Database &db, qint64 id) { return DepartmentRepository(db).department(id); },
             [](Database &db, const Department &d) { return DepartmentRepository(db).update(d); },
             [](Database &db, qint64 id) { return DepartmentRepository(db).remove(id); },
             [](Department &d, const QString &m) { d.contactPerson = m; },
             [](const Department &d) {
                 return d.contactPerson;
             }});
    }

    void shouldCatchConflictsOnProgressReports()
    {
        const ProgressReport sample =
            ProgressRepository(a()).reportsForPlan(m_file.planId())->constFirst();
        tell<ProgressReport>(
            {u"progress_report"_s,
             [sample](Database &db) {
                 ProgressReport r = sample;
                 r.id = 0;
                 r.period = u"2031-Q1"_s;
                 return ProgressRepository(db).create(r);
             },
             [](Database &db, qint64 id) { return ProgressRepository(db).report(id); },
             [](Database &db, const ProgressReport &r) { return ProgressRepository(db).update(r); },
             [](Database &db, qint64 id) { return ProgressRepository(db).remove(id); },
             [](ProgressReport &r, const QString &m) { r.text = m; },
             [](const ProgressReport &r) {
                 return r.text;
             }});
    }

    void shouldCatchConflictsOnIndicatorsAndValues()
    {
        const Indicator sample = IndicatorRepository(a()).indicators(m_file.planId())->constFirst();
        tell<Indicator>(
            {u"indicator"_s,
             [sample](Database &db) {
                 Indicator i = sample;
                 i.id = 0;
                 i.code = u"V9"_s;
                 i.position = 99;
                 return IndicatorRepository(db).create(i);
             },
             [](Database &db, qint64 id) { return IndicatorRepository(db).indicator(id); },
             [](Database &db, const Indicator &i) { return IndicatorRepository(db).update(i); },
             [](Database &db, qint64 id) { return IndicatorRepository(db).remove(id); },
             [](Indicator &i, const QString &m) { i.baselineSource = m; },
             [](const Indicator &i) {
                 return i.baselineSource;
             }});
        if (QTest::currentTestFailed())
            return;
        tell<IndicatorValue>(
            {u"indicator_value"_s,
             [id = sample.id](Database &db) {
                 IndicatorValue v;
                 v.indicatorId = id;
                 v.period = u"2031"_s;
                 v.value = Decimal::fromUnits(12345);
                 v.asOf = QDate(2031, 3, 31);
                 return IndicatorRepository(db).createValue(v);
             },
             [](Database &db, qint64 id) { return IndicatorRepository(db).value(id); },
             [](Database &db, const IndicatorValue &v) {
                 return IndicatorRepository(db).updateValue(v);
             },
             [](Database &db, qint64 id) { return IndicatorRepository(db).removeValue(id); },
             [](IndicatorValue &v, const QString &m) { v.note = m; },
             [](const IndicatorValue &v) {
                 return v.note;
             }});
    }

    void shouldCatchConflictsOnMeetingsAndActionItems()
    {
        const qint64 planId = m_file.planId();
        tell<Meeting>({u"meeting"_s,
                       [planId](Database &db) {
                           Meeting m;
                           m.planId = planId;
                           m.title = u"版本测试专题会"_s;
                           m.heldOn = QDate(2031, 2, 1);
                           return MeetingRepository(db).create(m);
                       },
                       [](Database &db, qint64 id) { return MeetingRepository(db).meeting(id); },
                       [](Database &db, const Meeting &m) {
                           return MeetingRepository(db).updateWithAttendees(m, {});
                       },
                       [](Database &db, qint64 id) { return MeetingRepository(db).remove(id); },
                       [](Meeting &m, const QString &text) { m.minutes = text; },
                       [](const Meeting &m) {
                           return m.minutes;
                       }});
        if (QTest::currentTestFailed())
            return;
        const qint64 meetingId = draftMeetingId(QDate(2031, 1, 10));
        const qint64 ownerId = DepartmentRepository(a()).departments()->constFirst().id;
        tell<ActionItem>(
            {u"action_item"_s,
             [meetingId, ownerId](Database &db) {
                 ActionItem i;
                 i.meetingId = meetingId;
                 i.ownerDepartmentId = ownerId;
                 i.description = u"版本测试督办事项"_s;
                 i.dueOn = QDate(2031, 3, 1);
                 return MeetingRepository(db).createActionItem(i);
             },
             [](Database &db, qint64 id) { return MeetingRepository(db).actionItem(id); },
             [](Database &db, const ActionItem &i) {
                 return MeetingRepository(db).updateActionItem(i);
             },
             [](Database &db, qint64 id) { return MeetingRepository(db).removeActionItem(id); },
             [](ActionItem &i, const QString &m) { i.followUp = m; },
             [](const ActionItem &i) {
                 return i.followUp;
             }});
    }

    void shouldCatchConflictsOnRoundsPlansAndGroups()
    {
        const qint64 planId = m_file.planId();
        tell<ReportingRound>(
            {u"reporting_round"_s,
             [planId](Database &db) {
                 ReportingRound r;
                 r.planId = planId;
                 r.period = u"2031-Q1"_s;
                 r.title = u"2031年第一季度"_s;
                 r.opensOn = QDate(2031, 3, 20);
                 r.dueOn = QDate(2031, 4, 5);
                 return RoundRepository(db).create(r);
             },
             [](Database &db, qint64 id) { return RoundRepository(db).round(id); },
             [](Database &db, const ReportingRound &r) { return RoundRepository(db).update(r); },
             [](Database &db, qint64 id) { return RoundRepository(db).remove(id); },
             [](ReportingRound &r, const QString &m) { r.note = m; },
             [](const ReportingRound &r) {
                 return r.note;
             }});
        if (QTest::currentTestFailed())
            return;
        const TaskGroup group = PlanRepository(a()).groups(planId)->constFirst();
        tell<TaskGroup>(
            {u"task_group"_s,
             [group](Database &db) {
                 TaskGroup g = group;
                 g.id = 0;
                 g.position = 99;
                 g.numbering = u"（九）"_s;
                 return PlanRepository(db).createGroup(g);
             },
             [](Database &db, qint64 id) { return PlanRepository(db).group(id); },
             [](Database &db, const TaskGroup &g) { return PlanRepository(db).updateGroup(g); },
             [](Database &db, qint64 id) { return PlanRepository(db).removeGroup(id); },
             [](TaskGroup &g, const QString &m) { g.title = m; },
             [](const TaskGroup &g) {
                 return g.title;
             }});
        if (QTest::currentTestFailed())
            return;
        const Plan plan = *PlanRepository(a()).plan(planId);
        tell<Plan>({u"plan"_s,
                    [plan](Database &db) {
                        Plan p = plan;
                        p.id = 0;
                        p.documentNumber = u"版本测试〔2031〕1号"_s;
                        return PlanRepository(db).create(p);
                    },
                    [](Database &db, qint64 id) { return PlanRepository(db).plan(id); },
                    [](Database &db, const Plan &p) { return PlanRepository(db).update(p); },
                    [](Database &db, qint64 id) { return PlanRepository(db).remove(id); },
                    [](Plan &p, const QString &m) { p.issuer = m; },
                    [](const Plan &p) {
                        return p.issuer;
                    }});
    }

    void shouldBumpTheVersionWhenMinutesAreApproved()
    {
        // Given a draft both clients read
        const qint64 id = draftMeetingId(QDate(2031, 5, 10));
        Meeting stale = *MeetingRepository(b()).meeting(id);
        // When A approves the minutes
        QVERIFY(MeetingRepository(a()).approve(id, QDate(2031, 5, 12)));
        // Then B's edit read before the approval is refused as a conflict
        QCOMPARE(MeetingRepository(a()).meeting(id)->rowVersion, stale.rowVersion + 1);
        stale.place = u"会议室"_s;
        QVERIFY(MeetingRepository(b()).update(stale).isConflict());
    }

    void shouldFillTheVersionInEveryList()
    {
        // Given a task, a department and a report saved once more
        const qint64 planId = m_file.planId();
        TaskRepository tasks(a());
        Task task = *tasks.task(firstTaskId());
        task.percent = 42;
        QCOMPARE(tasks.update(task).version(), task.rowVersion + 1);
        DepartmentRepository departments(a());
        Department department = departments.departments()->constFirst();
        department.contactPhone = u"0537-1234567"_s;
        QCOMPARE(departments.update(department).version(), department.rowVersion + 1);
        ProgressRepository reports(a());
        ProgressReport report = reports.reportsForPlan(planId)->constFirst();
        report.evidence = u"佐证"_s;
        QCOMPARE(reports.update(report).version(), report.rowVersion + 1);

        // Then every list reads the version a single-row read does
        for (const TaskOverview &o : *tasks.overview(planId)) {
            QCOMPARE(o.task.rowVersion, tasks.task(o.task.id)->rowVersion);
            QCOMPARE(o.group.rowVersion, PlanRepository(a()).group(o.group.id)->rowVersion);
        }
        for (const Task &t : *tasks.tasks(planId))
            QCOMPARE(t.rowVersion, tasks.task(t.id)->rowVersion);
        for (const DepartmentTask &d : *tasks.tasksOfDepartment(planId, department.id))
            QCOMPARE(d.task.rowVersion, tasks.task(d.task.id)->rowVersion);
        for (const DepartmentSummary &s : *departments.summaries(planId))
            QCOMPARE(s.department.rowVersion, departments.department(s.department.id)->rowVersion);
        QCOMPARE(departments.department(department.id)->rowVersion, department.rowVersion + 1);
        for (const ReportOnTask &r : *reports.latestReportsOf(planId, report.departmentId, 1000))
            QCOMPARE(r.report.rowVersion, reports.report(r.report.id)->rowVersion);
        QCOMPARE(reports.report(report.id)->rowVersion, report.rowVersion + 1);
        MeetingRepository meetings(a());
        for (const Meeting &m : *meetings.meetings(planId)) {
            QCOMPARE(m.rowVersion, meetings.meeting(m.id)->rowVersion);
            for (const CarriedItem &c : *ActionReviewRepository(a()).carriedInto(m.id))
                QCOMPARE(c.item.rowVersion, meetings.actionItem(c.item.id)->rowVersion);
        }
        for (const ActionItem &i : *meetings.actionItemsForPlan(planId))
            QVERIFY(i.rowVersion >= 1);
    }

    void shouldNameWhoSavedARowLast()
    {
        a().setActor(u"clerk-a"_s);
        b().setActor(u"clerk-b"_s);
        Task task = *TaskRepository(b()).task(firstTaskId());
        task.percent = 7;
        QVERIFY(TaskRepository(b()).update(task));
        const std::optional<AuditEntry> last = *AuditRepository(a()).latest(u"task"_s, task.id);
        QVERIFY(last);
        QCOMPARE(last->actor, u"clerk-b"_s);
        QCOMPARE(last->action, u"update"_s);
        // A SQLite file has no users; a server names the login.
        QCOMPARE(last->dbUser, b().isOnServer() ? b().serverUser() : QString());
        QVERIFY(!AuditRepository(a()).latest(u"task"_s, 999999)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestRowVersion)
#include "tst_rowversion.moc"
