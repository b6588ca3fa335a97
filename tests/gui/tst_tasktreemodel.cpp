#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QTest>

#include "models/tasktreemodel.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestTaskTreeModel : public QObject
{
    Q_OBJECT

private:
    void load(TaskTreeModel &model, TestDatabase &t, const QDate &asOf)
    {
        model.setPlan(*PlanRepository(t.db()).groups(t.planId()),
                      *TaskRepository(t.db()).overview(t.planId()), asOf);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldPassTheModelTester()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        TaskTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, t, QDate(2019, 6, 30));
        load(model, t, QDate(2021, 1, 1)); // a reset with data in it
    }

    void shouldShowGroupsThenTasksInDocumentOrder()
    {
        TestDatabase t;
        TaskTreeModel model;
        load(model, t, QDate(2018, 1, 1));
        QCOMPARE(model.rowCount(), 7);
        const QModelIndex group2 = model.index(1, TaskTreeModel::Title);
        QCOMPARE(group2.data().toString(), u"促进知识产权创造"_s);
        QVERIFY(group2.data(TaskTreeModel::IsGroupRole).toBool());
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        const QModelIndex task4 = model.index(0, TaskTreeModel::Title, model.index(1, 0));
        QCOMPARE(task4.data().toString(), u"促进产业知识产权集聚"_s);
        QCOMPARE(task4.siblingAtColumn(TaskTreeModel::Number).data().toString(), u"4"_s);
        QCOMPARE(task4.siblingAtColumn(TaskTreeModel::Lead).data().toString(), u"市发展改革委"_s);
        QVERIFY(task4.siblingAtColumn(TaskTreeModel::Cooperating)
                    .data()
                    .toString()
                    .startsWith(u"市经济和信息化委、"_s));
        QVERIFY(
            task4.data(TaskTreeModel::ClauseTextRole).toString().contains(u"知识产权密集型产业"_s));
        QCOMPARE(model.rowCount(model.index(6, 0)), 5); // 保障措施
        QCOMPARE(model.index(6, TaskTreeModel::Number).data().toString(), u"四 保障措施"_s);
    }

    void shouldLightEachTaskOnTheAsOfDate()
    {
        TestDatabase t;
        TaskTreeModel model;
        // Nothing reported: on pace in the first days, far behind later, overdue after 2020.
        load(model, t, QDate(2017, 4, 20));
        const QModelIndex task1 = model.index(0, TaskTreeModel::Pace, model.index(0, 0));
        QCOMPARE(task1.data(TaskTreeModel::PaceLightRole).toInt(), int(PaceLight::Green));
        QVERIFY(
            !task1.data(Qt::DecorationRole).value<QIcon>().isNull()); // a shape, not only a colour
        load(model, t, QDate(2019, 1, 1));
        QCOMPARE(model.index(0, TaskTreeModel::Pace, model.index(0, 0))
                     .data(TaskTreeModel::PaceLightRole)
                     .toInt(),
                 int(PaceLight::Red));
        load(model, t, QDate(2021, 1, 1));
        QCOMPARE(model.index(0, TaskTreeModel::Pace, model.index(0, 0)).data().toString(),
                 u"Overdue"_s);
        // Before the plan starts, every light is grey.
        load(model, t, QDate(2017, 1, 1));
        QCOMPARE(model.index(0, TaskTreeModel::Pace, model.index(0, 0))
                     .data(TaskTreeModel::PaceLightRole)
                     .toInt(),
                 int(PaceLight::NotStarted));
    }

    void shouldShowTasksAsTheyStoodOnTheDateButEditThemAsTheyAre()
    {
        TestDatabase t;
        const QList<TaskOverview> tasks = *TaskRepository(t.db()).overview(t.planId());
        TaskOverview now = tasks.constFirst();
        now.task.percent = 90;
        now.task.status = TaskStatus::InProgress;
        QList<TaskOverview> current = tasks;
        current[0] = now;
        Task then = now.task;
        then.percent = 5;
        TaskTreeModel model;
        model.setPlan(*PlanRepository(t.db()).groups(t.planId()), current, QDate(2019, 1, 1),
                      {{then.id, then}});
        const QModelIndex task1 = model.index(0, TaskTreeModel::Percent, model.index(0, 0));
        QCOMPARE(task1.data().toString(), u"5%"_s);
        QCOMPARE(task1.data(TaskTreeModel::PaceLightRole).toInt(), int(PaceLight::Red));
        QVERIFY(task1.data(Qt::ToolTipRole).toString().contains(u"now 90%"_s));
        QCOMPARE(model.taskAt(task1)->task.percent, 90); // dialogs edit the task as it is
    }

    void shouldShowSampleProgressAsSampleData()
    {
        TestDatabase demo(TestDatabase::Content::BuiltInPlanWithDemo);
        TaskTreeModel model;
        load(model, demo, QDate(2019, 6, 30));
        const QModelIndex percent = model.index(0, TaskTreeModel::Percent, model.index(0, 0));
        QVERIFY(percent.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(percent.data(Qt::ToolTipRole).toString().contains(u"Sample data"_s));

        TestDatabase real;
        load(model, real, QDate(2019, 6, 30));
        const QModelIndex plain = model.index(0, TaskTreeModel::Percent, model.index(0, 0));
        QVERIFY(!plain.data(Qt::FontRole).isValid());
    }

    void shouldNestWorkItemsUnderTheirTask()
    {
        TestDatabase t;
        TaskRepository tasks(t.db());
        const Task parent = tasks.tasks(t.planId())->constFirst();
        Task item;
        item.planId = parent.planId;
        item.groupId = parent.groupId;
        item.parentId = parent.id;
        item.number = 1;
        item.title = u"起草管理体制改革试点方案"_s;
        item.startOn = QDate(2017, 5, 1);
        item.dueOn = QDate(2017, 9, 30);
        QVERIFY(tasks.create(item));
        TaskTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, t, QDate(2017, 6, 1));
        const QModelIndex parentIndex = model.index(0, 0, model.index(0, 0));
        QCOMPARE(model.rowCount(parentIndex), 1);
        QCOMPARE(model.index(0, TaskTreeModel::Number, parentIndex).data().toString(), u"1.1"_s);
        QCOMPARE(model.parent(model.index(0, 0, parentIndex)), parentIndex);
    }
};

QTEST_MAIN(TestTaskTreeModel)
#include "tst_tasktreemodel.moc"
