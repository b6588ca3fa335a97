#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include "database/database.h"
#include "database/transactionguard.h"
#include "editing/workspace.h"
#include "pages/planpage.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

QPlainTextEdit *reportText(QWidget *dialog)
{
    return dialog->findChild<QPlainTextEdit *>(u"textEdit"_s);
}

void clickOk(QWidget *dialog)
{
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
}

} // namespace

/// A save that meets another program's write lock: the message says so, and
/// the dialog keeps what was typed for a retry that then saves it once.
class TestLockedSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldKeepTheDialogOpenWhileTheDatabaseIsBusyAndSaveOnRetry()
    {
        // Given a page on a real database, whose writes wait only briefly
        TestDatabase file;
        file.close();
        Workspace workspace(std::move(Database::open(file.path()).value()));
        workspace.setAsOf(QDate(2017, 8, 1));
        QVERIFY(workspace.database().setBusyTimeout(200));
        PlanPage page(workspace);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<Task> tasks = *TaskRepository(workspace.database()).tasks(workspace.planId());
        const auto task6 = std::find_if(tasks.cbegin(), tasks.cend(),
                                        [](const Task &t) { return t.number == 6 && !t.parentId; });
        QVERIFY(task6 != tasks.cend());
        page.selectTask(task6->id);
        // And another program in the middle of a write
        Result<std::unique_ptr<Database>> other = Database::open(file.path());
        QVERIFY2(other, qPrintable(other.error()));
        auto otherWrite = std::make_unique<TransactionGuard>(*other.value());
        QVERIFY(otherWrite->ok());

        // When a report is typed and OK pressed
        QString busyMessage;
        bool openWhileWarned = false;
        bool openAfterFailure = false;
        QString textAfterFailure;
        int percentAfterFailure = -1;
        qsizetype reportsWhileBusy = -1;
        QTimer::singleShot(0, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            reportText(dialog)->setPlainText(u"已完成专利导航试点方案初稿"_s);
            dialog->findChild<QSpinBox *>(u"percentSpin"_s)->setValue(45);
            // The warning that the failed save shows over the dialog
            QTimer::singleShot(0, [&, dialog] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                busyMessage = box->text();
                openWhileWarned = dialog->isVisible();
                box->accept();
            });
            clickOk(dialog);
            // Then the dialog is still open with everything typed in it
            openAfterFailure = dialog->isVisible();
            textAfterFailure = reportText(dialog)->toPlainText();
            percentAfterFailure = dialog->findChild<QSpinBox *>(u"percentSpin"_s)->value();
            reportsWhileBusy =
                ProgressRepository(workspace.database()).reportsForTask(task6->id).value().size();
            // When the other program finishes and OK is pressed again
            otherWrite.reset();
            clickOk(dialog);
        });
        QTest::mouseClick(page.findChild<QPushButton *>(u"progressButton"_s), Qt::LeftButton);

        QVERIFY2(busyMessage.contains(u"The database is busy"_s), qPrintable(busyMessage));
        QVERIFY2(busyMessage.contains(u"has not been saved"_s), qPrintable(busyMessage));
        QVERIFY(openWhileWarned);
        QVERIFY(openAfterFailure);
        QCOMPARE(textAfterFailure, u"已完成专利导航试点方案初稿"_s);
        QCOMPARE(percentAfterFailure, 45);
        QCOMPARE(reportsWhileBusy, 0);
        // Then the retry saved the report exactly once, and the dialog closed
        QVERIFY(!QApplication::activeModalWidget());
        const QList<ProgressReport> saved =
            *ProgressRepository(workspace.database()).reportsForTask(task6->id);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().text, u"已完成专利导航试点方案初稿"_s);
        QCOMPARE(saved.constFirst().percent, 45);
        QCOMPARE(saved.constFirst().period, u"2017-Q3"_s);
    }

    void shouldKeepATaskEditForRetryWhileTheDatabaseIsBusy()
    {
        // Given a busy database and a task being edited
        TestDatabase file;
        file.close();
        Workspace workspace(std::move(Database::open(file.path()).value()));
        QVERIFY(workspace.database().setBusyTimeout(100));
        PlanPage page(workspace);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Task task =
            TaskRepository(workspace.database()).tasks(workspace.planId()).value().constFirst();
        page.selectTask(task.id);
        Result<std::unique_ptr<Database>> other = Database::open(file.path());
        QVERIFY(other);
        auto otherWrite = std::make_unique<TransactionGuard>(*other.value());

        QString warned;
        int percentKept = -1;
        QTimer::singleShot(0, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QSpinBox *>(u"percentSpin"_s)->setValue(task.percent + 7);
            QTimer::singleShot(0, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                warned = box->text();
                box->accept();
            });
            clickOk(dialog);
            percentKept =
                dialog->isVisible() ? dialog->findChild<QSpinBox *>(u"percentSpin"_s)->value() : -1;
            otherWrite.reset();
            clickOk(dialog);
        });
        QTest::mouseClick(page.findChild<QPushButton *>(u"editButton"_s), Qt::LeftButton);

        QVERIFY2(warned.contains(u"The database is busy"_s), qPrintable(warned));
        QCOMPARE(percentKept, task.percent + 7);
        QCOMPARE(TaskRepository(workspace.database()).task(task.id)->percent, task.percent + 7);
    }
};

QTEST_MAIN(TestLockedSave)
#include "tst_lockedsave.moc"
