#include <QTest>

#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

struct Fixture
{
    TestDatabase t;
    qint64 firstGroup = 0;
    qint64 secondGroup = 0;
    Task task4;

    Fixture()
    {
        const QList<TaskGroup> groups = *PlanRepository(t.db()).groups(t.planId());
        firstGroup = groups.at(0).id;
        secondGroup = groups.at(1).id;
        for (const Task &task : *TaskRepository(t.db()).tasks(t.planId())) {
            if (task.number == 4 && task.groupId == secondGroup)
                task4 = task;
        }
    }

    Task workItem(int number) const
    {
        Task item;
        item.planId = task4.planId;
        item.groupId = task4.groupId;
        item.parentId = task4.id;
        item.number = number;
        item.title = u"制定全市知识产权密集型产业目录"_s;
        item.startOn = QDate(2017, 5, 1);
        item.dueOn = QDate(2017, 12, 31);
        return item;
    }
};

} // namespace

class TestTaskRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateReadUpdateAndDeleteWorkItems()
    {
        Fixture f;
        TaskRepository tasks(f.t.db());
        const qint64 id = *tasks.create(f.workItem(1));
        Task item = *tasks.task(id);
        QCOMPARE(item.parentId, std::optional<qint64>(f.task4.id));
        QCOMPARE(item.dueOn, QDate(2017, 12, 31));
        QCOMPARE(item.status, TaskStatus::NotStarted);

        item.percent = 100;
        item.status = TaskStatus::Done;
        QVERIFY(tasks.update(item));
        QCOMPARE(tasks.task(id)->status, TaskStatus::Done);

        // Document order: task 4, then its item, then task 5.
        const QList<Task> all = *tasks.tasks(f.t.planId());
        const auto at =
            std::find_if(all.cbegin(), all.cend(), [&](const Task &t) { return t.id == id; });
        QVERIFY(at != all.cend());
        QCOMPARE((at - 1)->id, f.task4.id);
        QCOMPARE((at + 1)->number, 5);

        QVERIFY(tasks.remove(id));
        QVERIFY(!tasks.task(id));
    }

    void shouldRejectBrokenRulesWritingNothing_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("percent over 100") << u"the percentage must be between 0 and 100"_s;
        QTest::newRow("negative percent") << u"the percentage must be between 0 and 100"_s;
        QTest::newRow("due before start") << u"the due date must not be before the start date"_s;
        QTest::newRow("done below 100") << u"a task marked done must be 100% complete"_s;
        QTest::newRow("item in other group") << u"a work item must stay in its task's group"_s;
        QTest::newRow("item of an item") << u"work items can only be added to top-level tasks"_s;
        QTest::newRow("duplicate number")
            << u"another work item of this task already has this number"_s;
        QTest::newRow("missing parent")
            << u"it refers to a record that does not exist or is still in use"_s;
        QTest::newRow("no title") << u"a task needs a title"_s;
        QTest::newRow("invalid date") << u"“start_on” is required"_s;
    }
    void shouldRejectBrokenRulesWritingNothing()
    {
        QFETCH(QString, rule);
        Fixture f;
        TaskRepository tasks(f.t.db());
        const qint64 existing = *tasks.create(f.workItem(1));
        const qint64 countBefore = tasks.tasks(f.t.planId())->size();
        const qint64 auditBefore = *AuditRepository(f.t.db()).count();

        Task bad = f.workItem(2);
        const QByteArray row = QTest::currentDataTag();
        if (row == "percent over 100")
            bad.percent = 101;
        else if (row == "negative percent")
            bad.percent = -1;
        else if (row == "due before start")
            bad.dueOn = bad.startOn.addDays(-1);
        else if (row == "done below 100")
            bad.status = TaskStatus::Done;
        else if (row == "item in other group")
            bad.groupId = f.firstGroup;
        else if (row == "item of an item")
            bad.parentId = existing;
        else if (row == "duplicate number")
            bad.number = 1;
        else if (row == "missing parent")
            bad.parentId = 999999;
        else if (row == "no title")
            bad.title = QString();
        else if (row == "invalid date")
            bad.startOn = QDate();

        Result<qint64> id = tasks.create(bad);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(rule), qPrintable(id.error()));
        QCOMPARE(tasks.tasks(f.t.planId())->size(), countBefore);
        QCOMPARE(*AuditRepository(f.t.db()).count(), auditBefore);
    }

    void shouldMoveWorkItemsWithTheirTask()
    {
        Fixture f;
        TaskRepository tasks(f.t.db());
        const qint64 item = *tasks.create(f.workItem(1));
        Task moved = f.task4;
        moved.groupId = f.firstGroup;
        moved.number = 99;
        QVERIFY(tasks.update(moved));
        QCOMPARE(tasks.task(item)->groupId, f.firstGroup);
    }

    void shouldNotLetATaskWithItemsBecomeAnItem()
    {
        Fixture f;
        TaskRepository tasks(f.t.db());
        QVERIFY(tasks.create(f.workItem(1)));
        Task task5 = *tasks.task(f.task4.id + 1);
        Task task4 = f.task4;
        task4.parentId = task5.id;
        Status s = tasks.update(task4);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"cannot become a work item"_s), qPrintable(s.error()));
    }

    void shouldReplaceAssignmentsKeepingOneLead()
    {
        Fixture f;
        TaskRepository tasks(f.t.db());
        DepartmentRepository departments(f.t.db());
        const qint64 finance = departments.byName(u"市财政局"_s)->id;
        const qint64 ipo = departments.byName(u"市知识产权局"_s)->id;

        QVERIFY(tasks.setAssignments(f.task4.id,
                                     {{0, 0, ipo, AssignmentRole::Lead, 0},
                                      {0, 0, finance, AssignmentRole::Cooperating, 0}}));
        const QList<Assignment> read = *tasks.assignments(f.task4.id);
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).departmentId, ipo);
        QCOMPARE(read.at(0).role, AssignmentRole::Lead);
        QCOMPARE(read.at(1).position, 2);

        // Two leads, no lead, a department twice: refused, the old list stays.
        const QList<QList<Assignment>> bad = {
            {{0, 0, ipo, AssignmentRole::Lead, 0}, {0, 0, finance, AssignmentRole::Lead, 0}},
            {{0, 0, finance, AssignmentRole::Cooperating, 0}},
            {{0, 0, ipo, AssignmentRole::Lead, 0}, {0, 0, ipo, AssignmentRole::Cooperating, 0}},
            {{0, 0, ipo, AssignmentRole::Lead, 0}, {0, 0, 999999, AssignmentRole::Cooperating, 0}},
        };
        for (const QList<Assignment> &list : bad) {
            QVERIFY(!tasks.setAssignments(f.task4.id, list));
            QCOMPARE(tasks.assignments(f.task4.id)->size(), 2);
            QCOMPARE(tasks.assignments(f.task4.id)->constFirst().departmentId, ipo);
        }
    }

    void shouldReadTheWholePlanOverview()
    {
        Fixture f;
        const QList<TaskOverview> overview = *TaskRepository(f.t.db()).overview(f.t.planId());
        QCOMPARE(overview.size(), 22);
        QCOMPARE(overview.at(3).task.title, u"促进产业知识产权集聚"_s);
        QCOMPARE(overview.at(3).lead, u"市发展改革委"_s);
        QCOMPARE(overview.at(3).cooperating.size(), 5);
        QCOMPARE(overview.last().group.kind, GroupKind::Safeguard);
    }

    void shouldListTheTasksOfADepartmentWithItsRole()
    {
        Fixture f;
        TaskRepository tasks(f.t.db());
        DepartmentRepository departments(f.t.db());
        const qint64 finance = departments.byName(u"市财政局"_s)->id;
        // A work item of task 4 that 市财政局 leads.
        const qint64 item = *tasks.create(f.workItem(1));
        QVERIFY(tasks.setAssignments(item, {{0, 0, finance, AssignmentRole::Lead, 0}}));

        const QList<DepartmentTask> list = *tasks.tasksOfDepartment(f.t.planId(), finance);
        QCOMPARE(list.size(), 11); // leads 1 measure, cooperates on 9, leads the item
        // Document order: tasks 2, 3, 4, then the item 4.1, …, the safeguards last.
        QCOMPARE(list.at(0).task.number, 2);
        QCOMPARE(list.at(0).role, AssignmentRole::Cooperating);
        QCOMPARE(list.at(0).groupKind, GroupKind::KeyTask);
        QVERIFY(!list.at(0).parentNumber);
        QCOMPARE(list.at(2).task.title, u"促进产业知识产权集聚"_s);
        QCOMPARE(list.at(3).task.id, item);
        QCOMPARE(list.at(3).parentNumber, std::optional<int>(4));
        QCOMPARE(list.at(3).role, AssignmentRole::Lead);
        const DepartmentTask &measure = list.at(9);
        QCOMPARE(measure.task.title, u"加大财政专项投入"_s);
        QCOMPARE(measure.task.number, 3);
        QCOMPARE(measure.groupKind, GroupKind::Safeguard);
        QCOMPARE(measure.role, AssignmentRole::Lead);
        QCOMPARE(list.last().groupKind, GroupKind::Safeguard);
        QCOMPARE(list.last().task.number, 4);

        // Another plan's department list is its own; an unknown department has none.
        QCOMPARE(tasks.tasksOfDepartment(f.t.planId() + 1, finance)->size(), 0);
        QCOMPARE(tasks.tasksOfDepartment(f.t.planId(), 987654)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskRepository)
#include "tst_taskrepository.moc"
