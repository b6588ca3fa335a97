#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include "database/database.h"
#include "editing/taskedits.h"
#include "editing/workspace.h"
#include "models/taskfilterproxymodel.h"
#include "models/tasktreemodel.h"
#include "pages/planpage.h"
#include "repositories/departmentrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// Fills the next modal dialog when it opens, then presses OK.
template<typename Fill> void whenDialogOpens(Fill fill)
{
    QTimer::singleShot(0, [fill] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        fill(dialog);
        // PLANDESK_SCREENSHOT_DIR=… keeps a picture of each dialog, to look at.
        if (const QString dir = qEnvironmentVariable("PLANDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(u"%1/%2.png"_s.arg(dir, dialog->objectName()));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(),
                 qPrintable(dialog->findChild<QLabel *>(u"messageLabel"_s)->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

int visibleTasks(QTreeView *tree)
{
    int rows = 0;
    const QAbstractItemModel *model = tree->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int t = 0; t < model->rowCount(group); ++t)
            rows += 1 + model->rowCount(model->index(t, 0, group));
    }
    return rows;
}

} // namespace

class TestPlanPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        m_db->close();
        m_workspace = std::make_unique<Workspace>(std::move(Database::open(m_db->path()).value()));
        m_workspace->setAsOf(QDate(2017, 8, 1));
        m_page = std::make_unique<PlanPage>(*m_workspace);
        m_page->resize(1366, 700);
        m_page->show();
        // Keyboard shortcuts act only in the active window, on the focused tree.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_tree = m_page->findChild<QTreeView *>(u"taskTree"_s);
        m_tree->setFocus();
        m_task6 = taskNumbered(6);
        m_ipo = DepartmentRepository(m_workspace->database()).byName(u"市知识产权局"_s)->id;
    }
    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
        m_db.reset();
    }

    void shouldAddAWorkItemUnderTask6()
    {
        m_page->selectTask(m_task6.id);
        focusTree(); // before the timer: waiting for the window runs it
        whenDialogOpens([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"建立专利运营试点企业名单"_s);
            auto *lead = dialog->findChild<QComboBox *>(u"leadCombo"_s);
            lead->setCurrentIndex(lead->findText(u"市知识产权局"_s));
            dialog->findChild<QDateEdit *>(u"dueEdit"_s)->setDate(QDate(2017, 12, 31));
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"addItemButton"_s), Qt::LeftButton);

        const Task item = workItemOf(m_task6.id);
        QCOMPARE(item.title, u"建立专利运营试点企业名单"_s);
        QCOMPARE(item.number, 1);
        QCOMPARE(item.dueOn, QDate(2017, 12, 31));
        QCOMPARE(item.startOn, m_task6.startOn);
        const QList<Assignment> assignments =
            *TaskRepository(m_workspace->database()).assignments(item.id);
        QCOMPARE(assignments.size(), 1);
        QCOMPARE(assignments.constFirst().departmentId, m_ipo);
        QCOMPARE(assignments.constFirst().role, AssignmentRole::Lead);
        // Shown under task 6, as 6.1, and selected.
        QCOMPARE(m_tree->currentIndex().siblingAtColumn(TaskTreeModel::Number).data().toString(),
                 u"6.1"_s);
    }

    void shouldChangeThePaceLightWhenProgressIsRecordedAndUndoIt()
    {
        const qint64 itemId = addItem();
        m_page->selectTask(itemId);
        // 2017-04-12 → 2017-12-31, as of 2017-08-01: about 42% expected, 0% done.
        QCOMPARE(currentPace(), int(PaceLight::Red));

        focusTree(); // before the timer: waiting for the window runs it
        whenDialogOpens([](QWidget *dialog) {
            dialog->findChild<QSpinBox *>(u"percentSpin"_s)->setValue(40);
            dialog->findChild<QLineEdit *>(u"periodEdit"_s)->setText(u"2017-Q3"_s);
        });
        QTest::keyClick(m_tree, Qt::Key_R, Qt::ControlModifier);

        const QList<ProgressReport> reports =
            *ProgressRepository(m_workspace->database()).reportsForTask(itemId);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.constFirst().percent, 40);
        QCOMPARE(reports.constFirst().departmentId, m_ipo);
        QCOMPARE(TaskRepository(m_workspace->database()).task(itemId)->percent, 40);
        QCOMPARE(currentPace(), int(PaceLight::Green));

        m_workspace->undoStack()->undo();
        QCOMPARE(ProgressRepository(m_workspace->database()).reportsForTask(itemId)->size(), 0);
        QCOMPARE(TaskRepository(m_workspace->database()).task(itemId)->percent, 0);
        QCOMPARE(currentPace(), int(PaceLight::Red));

        m_workspace->undoStack()->redo();
        const QList<ProgressReport> again =
            *ProgressRepository(m_workspace->database()).reportsForTask(itemId);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.constFirst().id, reports.constFirst().id); // the same record back
        QCOMPARE(currentPace(), int(PaceLight::Green));
    }

    void shouldUndoAndRedoAddingAWorkItem()
    {
        const qint64 itemId = addItem();
        m_workspace->undoStack()->undo();
        QVERIFY(!TaskRepository(m_workspace->database()).task(itemId));
        m_workspace->undoStack()->redo();
        QCOMPARE(TaskRepository(m_workspace->database()).task(itemId)->title, u"工作事项"_s);
        QCOMPARE(TaskRepository(m_workspace->database()).assignments(itemId)->size(), 1);
    }

    void shouldDeleteAWorkItemAndBringItBackWithItsReports()
    {
        const qint64 itemId = addItem();
        ProgressReport r;
        r.taskId = itemId;
        r.departmentId = m_ipo;
        r.period = u"2017-Q3"_s;
        r.reportedOn = QDate(2017, 7, 10);
        r.percent = 10;
        const qint64 reportId = *ProgressRepository(m_workspace->database()).create(r);
        m_page->selectTask(itemId);

        focusTree();
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY2(box->text().contains(u"1 progress report"_s), qPrintable(box->text()));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::keyClick(m_tree, Qt::Key_Delete);
        QVERIFY(!TaskRepository(m_workspace->database()).task(itemId));
        QVERIFY(!ProgressRepository(m_workspace->database()).report(reportId));

        m_workspace->undoStack()->undo();
        QCOMPARE(TaskRepository(m_workspace->database()).task(itemId)->title, u"工作事项"_s);
        QCOMPARE(ProgressRepository(m_workspace->database()).report(reportId)->percent, 10);
        QCOMPARE(TaskRepository(m_workspace->database()).assignments(itemId)->size(), 1);
    }

    void shouldChangeATasksDepartmentsAndUndoIt()
    {
        Database &db = m_workspace->database();
        const QList<Assignment> before = *TaskRepository(db).assignments(m_task6.id);
        const qint64 finance = DepartmentRepository(db).byName(u"市财政局"_s)->id;
        const qint64 customs = DepartmentRepository(db).byName(u"济宁海关"_s)->id;
        m_page->selectTask(m_task6.id);
        focusTree(); // before the timer: waiting for the window runs it
        QTimer::singleShot(0, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *lead = dialog->findChild<QComboBox *>(u"leadCombo"_s);
            lead->setCurrentIndex(lead->findText(u"市财政局"_s));
            auto *list = dialog->findChild<QListWidget *>(u"cooperatingList"_s);
            const auto customsItems = list->findItems(u"济宁海关"_s, Qt::MatchExactly);
            QCOMPARE(customsItems.size(), 1);
            customsItems.constFirst()->setCheckState(Qt::Checked);
            // The new lead cannot be ticked as cooperating as well.
            QCOMPARE(list->findItems(u"市财政局"_s, Qt::MatchExactly).constFirst()->checkState(),
                     Qt::Unchecked);
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"editDepartmentsButton"_s),
                          Qt::LeftButton);

        const QList<Assignment> after = *TaskRepository(db).assignments(m_task6.id);
        QCOMPARE(after.constFirst().departmentId, finance);
        QCOMPARE(after.constFirst().role, AssignmentRole::Lead);
        QVERIFY(std::any_of(after.cbegin(), after.cend(),
                            [&](const Assignment &a) { return a.departmentId == customs; }));
        QCOMPARE(std::count_if(after.cbegin(), after.cend(),
                               [&](const Assignment &a) { return a.departmentId == finance; }),
                 1);

        m_workspace->undoStack()->undo();
        const QList<Assignment> undone = *TaskRepository(db).assignments(m_task6.id);
        QCOMPARE(undone.size(), before.size());
        QCOMPARE(undone.constFirst().departmentId, before.constFirst().departmentId);
        m_workspace->undoStack()->redo();
        QCOMPARE(TaskRepository(db).assignments(m_task6.id)->constFirst().departmentId, finance);
    }

    void shouldRefuseADuplicateWorkItemNumberInline()
    {
        addItem(); // number 1 under task 6
        m_page->selectTask(m_task6.id);
        focusTree(); // before the timer: waiting for the window runs it
        QTimer::singleShot(0, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"第二项"_s);
            dialog->findChild<QSpinBox *>(u"numberSpin"_s)->setValue(1);
            auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
            QVERIFY(
                dialog->findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"already used"_s));
            dialog->findChild<QSpinBox *>(u"numberSpin"_s)->setValue(2);
            QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        QTest::keyClick(m_tree, Qt::Key_Insert);
    }

    void shouldNotLetALateReportForAnEarlierPeriodOverwriteTheStanding()
    {
        ProgressReport later;
        later.taskId = m_task6.id;
        later.departmentId = m_ipo;
        later.period = u"2018-Q4"_s;
        later.reportedOn = QDate(2019, 1, 10);
        later.percent = 80;
        QVERIFY(TaskEdits::recordProgress(*m_workspace, later));
        ProgressReport backFilled = later;
        backFilled.period = u"2018-Q2"_s;
        backFilled.reportedOn = QDate(2019, 1, 11);
        backFilled.percent = 20;
        QVERIFY(TaskEdits::recordProgress(*m_workspace, backFilled));
        QCOMPARE(TaskRepository(m_workspace->database()).task(m_task6.id)->percent, 80);
        QCOMPARE(ProgressRepository(m_workspace->database()).reportsForTask(m_task6.id)->size(), 2);
    }

    void shouldNotDeleteATaskOfTheDocument()
    {
        m_page->selectTask(m_task6.id);
        QVERIFY(!m_page->findChild<QPushButton *>(u"deleteButton"_s)->isEnabled());
        focusTree();
        QTest::keyClick(m_tree, Qt::Key_Delete); // nothing happens, no dialog
        QVERIFY(TaskRepository(m_workspace->database()).task(m_task6.id));
    }

    void shouldFilterByDepartmentAndRole()
    {
        auto *department = m_page->findChild<QComboBox *>(u"departmentFilter"_s);
        auto *role = m_page->findChild<QComboBox *>(u"roleFilter"_s);
        department->setCurrentIndex(department->findText(u"济宁海关"_s));
        QCOMPARE(visibleTasks(m_tree), 1); // only task 10 names customs
        department->setCurrentIndex(department->findText(u"市法院"_s));
        QCOMPARE(visibleTasks(m_tree), 1); // leads task 10
        role->setCurrentIndex(role->findData(int(TaskFilterProxyModel::Role::Cooperating)));
        QCOMPARE(visibleTasks(m_tree), 0);
        department->setCurrentIndex(department->findText(u"市知识产权局"_s));
        role->setCurrentIndex(role->findData(int(TaskFilterProxyModel::Role::Lead)));
        QCOMPARE(visibleTasks(m_tree), 8); // it leads tasks 6, 7, 8, 9, 11, 12, 13 and 14
        QTest::mouseClick(m_page->findChild<QToolButton *>(u"clearFiltersButton"_s),
                          Qt::LeftButton);
        QCOMPARE(visibleTasks(m_tree), 22);
    }

    void shouldListExactlyTheTasksAQueryAsksFor()
    {
        m_workspace->setAsOf(QDate(2021, 1, 1)); // everything overdue, nothing reported
        auto *text = m_page->findChild<QLineEdit *>(u"filterEdit"_s);
        text->setText(u"专利"_s); // a filter the query clears
        TaskQuery query;
        query.leadDepartmentId = m_ipo;
        query.pace.overdue = PaceFilter::Overdue::Only;
        m_page->showTasks(query);
        QVERIFY(text->text().isEmpty());
        QCOMPARE(visibleTasks(m_tree), 8); // the ones it leads: 6, 7, 8, 9, 11, 12, 13 and 14
        QCOMPARE(m_tree->currentIndex().data(TaskTreeModel::LeadRole).toString(),
                 u"市知识产权局"_s);

        query = {};
        query.groupId = m_task6.groupId;
        query.pace.lights = {PaceLight::Red};
        m_page->showTasks(query);
        QCOMPARE(visibleTasks(m_tree), 3); // group (三): tasks 6, 7 and 8
        query.pace.lights = {PaceLight::Green};
        m_page->showTasks(query);
        QCOMPARE(visibleTasks(m_tree), 0);
    }

    void shouldFilterByPaceAndText()
    {
        m_workspace->setAsOf(QDate(2021, 1, 1)); // everything overdue, nothing reported
        auto *pace = m_page->findChild<QComboBox *>(u"paceFilter"_s);
        pace->setCurrentIndex(pace->findText(u"Overdue"_s));
        QCOMPARE(visibleTasks(m_tree), 22);
        pace->setCurrentIndex(pace->findText(u"On pace"_s));
        QCOMPARE(visibleTasks(m_tree), 0);
        pace->setCurrentIndex(0);
        // Words from the clause text, not only the title, are found.
        auto *text = m_page->findChild<QLineEdit *>(u"filterEdit"_s);
        text->setText(u"专利银行"_s);
        QCOMPARE(visibleTasks(m_tree), 1); // task 6's clause
    }

    void shouldListTasksForTheirOwnPaceOnlyWithoutWorkItems()
    {
        // Given a work item far behind under task 6, which is on pace.
        const qint64 itemId = addItem();
        m_page->selectTask(itemId);
        QCOMPARE(currentPace(), int(PaceLight::Red));
        m_page->selectTask(m_task6.id);
        QCOMPARE(currentPace(), int(PaceLight::Green));
        const auto listed = [this](qint64 id) {
            const QAbstractItemModel *model = m_tree->model();
            return !model
                        ->match(model->index(0, 0), TaskTreeModel::TaskIdRole, id, 1,
                                Qt::MatchExactly | Qt::MatchRecursive)
                        .isEmpty();
        };

        TaskQuery query;
        query.groupId = m_task6.groupId;
        query.pace.lights = {PaceLight::Red};
        m_page->showTasks(query);
        QVERIFY(listed(itemId));
        QVERIFY(listed(m_task6.id)); // for its item's sake
        const int withItems = visibleTasks(m_tree);
        query.topLevelOnly = true;
        m_page->showTasks(query);
        QVERIFY(!listed(itemId));
        QVERIFY(!listed(m_task6.id));
        QCOMPARE(visibleTasks(m_tree), withItems - 2);
        auto *topLevel = m_page->findChild<QCheckBox *>(u"topLevelCheck"_s);
        QVERIFY(topLevel->isChecked());

        // Without a pace, all the group's tasks, none of the items.
        query.pace = {};
        m_page->showTasks(query);
        QCOMPARE(visibleTasks(m_tree), 3); // tasks 6, 7 and 8
        topLevel->setChecked(false);
        QCOMPARE(visibleTasks(m_tree), 4); // and the item
        QTest::mouseClick(m_page->findChild<QToolButton *>(u"clearFiltersButton"_s),
                          Qt::LeftButton);
        QCOMPARE(visibleTasks(m_tree), 23);
    }

    void shouldShowAQueryInTheFiltersAndClearIt()
    {
        auto *pace = m_page->findChild<QComboBox *>(u"paceFilter"_s);
        auto *department = m_page->findChild<QComboBox *>(u"departmentFilter"_s);
        auto *role = m_page->findChild<QComboBox *>(u"roleFilter"_s);
        auto *topLevel = m_page->findChild<QCheckBox *>(u"topLevelCheck"_s);
        TaskQuery query;
        query.leadDepartmentId = m_ipo;
        query.topLevelOnly = true;
        query.pace = {{PaceLight::Yellow, PaceLight::Red}, PaceFilter::Overdue::Excluded};
        m_page->showTasks(query);
        QCOMPARE(pace->currentText(), u"Behind, not overdue"_s);
        QCOMPARE(department->currentText(), u"市知识产权局"_s);
        QCOMPARE(role->currentData().toInt(), int(TaskFilterProxyModel::Role::Lead));
        QVERIFY(topLevel->isChecked());
        query.pace = {{PaceLight::Green, PaceLight::Done}, PaceFilter::Overdue::Either};
        m_page->showTasks(query);
        QCOMPARE(pace->currentText(), u"On pace or done"_s);

        // A choice the list lacks is added to it, not shown as another.
        query.pace = {{PaceLight::Red, PaceLight::NotStarted}, PaceFilter::Overdue::Only};
        m_page->showTasks(query);
        QVERIFY(pace->currentData().value<PaceFilter>() == query.pace);

        QTest::mouseClick(m_page->findChild<QToolButton *>(u"clearFiltersButton"_s),
                          Qt::LeftButton);
        QCOMPARE(pace->currentIndex(), 0);
        QVERIFY(department->currentText().isEmpty());
        QVERIFY(!topLevel->isChecked());
        QCOMPARE(visibleTasks(m_tree), 22);
    }

private:
    Task taskNumbered(int number)
    {
        for (const Task &t :
             *TaskRepository(m_workspace->database()).tasks(m_workspace->planId())) {
            if (t.number == number && !t.parentId)
                return t;
        }
        return {};
    }
    Task workItemOf(qint64 parentId)
    {
        for (const Task &t :
             *TaskRepository(m_workspace->database()).tasks(m_workspace->planId())) {
            if (t.parentId == parentId)
                return t;
        }
        return {};
    }
    qint64 addItem()
    {
        m_page->selectTask(m_task6.id);
        focusTree(); // before the timer: waiting for the window runs it
        whenDialogOpens([](QWidget *dialog) {
            dialog->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"工作事项"_s);
            dialog->findChild<QDateEdit *>(u"dueEdit"_s)->setDate(QDate(2017, 12, 31));
        });
        QTest::keyClick(m_tree, Qt::Key_Insert);
        return workItemOf(m_task6.id).id;
    }
    /// After a dialog closed, the page must be active again for shortcuts.
    void focusTree()
    {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_tree->setFocus();
    }
    int currentPace() const
    {
        return m_tree->currentIndex().data(TaskTreeModel::PaceLightRole).toInt();
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PlanPage> m_page;
    QTreeView *m_tree = nullptr;
    Task m_task6;
    qint64 m_ipo = 0;
};

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
