#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "database/database.h"
#include "editing/workspace.h"
#include "models/progresstablemodel.h"
#include "pages/progresspage.h"
#include "repositories/departmentrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

/// The demo's reports that `keep` accepts, read past the page.
template<typename Keep> int reportsWhere(Workspace &workspace, Keep keep)
{
    int n = 0;
    for (const ProgressReport &r :
         *ProgressRepository(workspace.database()).reportsForPlan(workspace.planId()))
        n += keep(r) ? 1 : 0;
    return n;
}

class TestProgressPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Content::BuiltInPlanWithDemo);
        m_db->close();
        m_workspace = std::make_unique<Workspace>(std::move(Database::open(m_db->path()).value()));
        m_workspace->setAsOf(QDate(2021, 3, 1));
        m_page = std::make_unique<ProgressPage>(*m_workspace);
        m_page->resize(1366, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_table = m_page->findChild<QTableView *>(u"reportTable"_s);
    }
    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
        m_db.reset();
    }

    void shouldListEveryReportNewestFirst()
    {
        const int all = reportsWhere(*m_workspace, [](const ProgressReport &) { return true; });
        QVERIFY(all > 330); // the leads' 22 × 15 and the cooperating departments'
        QCOMPARE(m_table->model()->rowCount(), all);
        QCOMPARE(m_table->model()->index(0, ProgressTableModel::Period).data().toString(),
                 u"2020-Q4"_s);
        // The filtering proxy, checked while its filters change.
        QAbstractItemModelTester tester(m_table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->findChild<QLineEdit *>(u"periodFilter"_s)->setText(u"2019"_s);
        m_page->findChild<QLineEdit *>(u"periodFilter"_s)->clear();
        QVERIFY(
            m_page->findChild<QLabel *>(u"countLabel"_s)->text().contains(QString::number(all)));
    }

    void shouldFilterByDepartmentPeriodAndWords()
    {
        auto *department = m_page->findChild<QComboBox *>(u"departmentFilter"_s);
        department->setCurrentIndex(department->findText(u"市法院"_s));
        const qint64 court = DepartmentRepository(m_workspace->database()).byName(u"市法院"_s)->id;
        // It leads task 10 (one report a quarter) and cooperates on others.
        const int byCourt = reportsWhere(
            *m_workspace, [&](const ProgressReport &r) { return r.departmentId == court; });
        QVERIFY(byCourt >= 15);
        QCOMPARE(m_table->model()->rowCount(), byCourt);
        m_page->findChild<QLineEdit *>(u"periodFilter"_s)->setText(u"2018"_s);
        QCOMPARE(m_table->model()->rowCount(),
                 reportsWhere(*m_workspace, [&](const ProgressReport &r) {
                     return r.departmentId == court && r.period.startsWith(u"2018"_s);
                 }));
        department->setCurrentIndex(0);
        m_page->findChild<QLineEdit *>(u"periodFilter"_s)->clear();
        m_page->findChild<QLineEdit *>(u"textFilter"_s)->setText(u"人才队伍"_s);
        // Task 17's title is in every report on it, and in no other.
        const qint64 task17 =
            TaskRepository(m_workspace->database()).tasks(m_workspace->planId())->at(16).id;
        QCOMPARE(m_table->model()->rowCount(),
                 reportsWhere(*m_workspace,
                              [&](const ProgressReport &r) { return r.taskId == task17; }));
    }

    void shouldRecordAReportForAChosenTaskAndUndoIt()
    {
        QTimer::singleShot(0, [] {
            auto *choose = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(choose);
            choose->setTextValue(choose->comboBoxItems().at(5)); // task 6
            QTimer::singleShot(0, [] {
                QWidget *dialog = QApplication::activeModalWidget();
                QVERIFY(dialog);
                dialog->findChild<QLineEdit *>(u"periodEdit"_s)->setText(u"2021-Q1"_s);
                dialog->findChild<QSpinBox *>(u"percentSpin"_s)->setValue(99);
                auto *ok = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)
                               ->button(QDialogButtonBox::Ok);
                QVERIFY(ok->isEnabled());
                QTest::mouseClick(ok, Qt::LeftButton);
            });
            choose->accept();
        });
        const int before = m_table->model()->rowCount();
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"recordButton"_s), Qt::LeftButton);
        QCOMPARE(m_table->model()->rowCount(), before + 1);
        // Stored on task 6, by its lead, and it is now task 6's standing.
        const QList<ProgressReport> all =
            *ProgressRepository(m_workspace->database()).reportsForPlan(m_workspace->planId());
        const auto stored = std::find_if(all.cbegin(), all.cend(), [](const ProgressReport &r) {
            return r.period == u"2021-Q1";
        });
        QVERIFY(stored != all.cend());
        const Task task6 = *TaskRepository(m_workspace->database()).task(stored->taskId);
        QCOMPARE(task6.number, 6);
        QVERIFY(!task6.parentId);
        QCOMPARE(task6.percent, 99);
        QCOMPARE(stored->departmentId,
                 DepartmentRepository(m_workspace->database()).byName(u"市知识产权局"_s)->id);
        QCOMPARE(m_table->model()->index(0, ProgressTableModel::Period).data().toString(),
                 u"2021-Q1"_s);
        QCOMPARE(m_table->model()->index(0, ProgressTableModel::Percent).data().toString(),
                 u"99%"_s);
        m_workspace->undoStack()->undo();
        QCOMPARE(m_table->model()->rowCount(), before);
        QCOMPARE(ProgressRepository(m_workspace->database())
                     .reportsForPlan(m_workspace->planId())
                     ->size(),
                 before);
    }

    void shouldDeleteAReportAfterConfirmingAndBringItBack()
    {
        const qint64 id =
            m_table->model()->index(0, 0).data(ProgressTableModel::ReportIdRole).toLongLong();
        m_table->setCurrentIndex(m_table->model()->index(0, 0));
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
        QVERIFY(!ProgressRepository(m_workspace->database()).report(id));
        m_workspace->undoStack()->undo();
        QCOMPARE(ProgressRepository(m_workspace->database()).report(id)->period, u"2020-Q4"_s);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProgressPage> m_page;
    QTableView *m_table = nullptr;
};

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
