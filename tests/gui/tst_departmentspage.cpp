#include <functional>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include "dialogs/departmentdialog.h"
#include "editing/workspace.h"
#include "models/departmenttablemodel.h"
#include "pages/departmentspage.h"
#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/progressrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// The built-in plan with demo data, opened as the window opens it, and the
/// page on it, shown.
struct Fixture
{
    TestDatabase t {TestDatabase::Content::BuiltInPlanWithDemo};
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<DepartmentsPage> page;
    QTableView *table = nullptr;

    Fixture()
    {
        t.close();
        ws = std::make_unique<Workspace>(std::move(Database::open(t.path()).value()));
        page = std::make_unique<DepartmentsPage>(*ws);
        page->resize(1366, 768);
        page->show();
        table = page->findChild<QTableView *>(u"departmentTable"_s);
    }

    DepartmentRepository departments() { return DepartmentRepository(ws->database()); }

    /// The row of the table (as sorted and filtered) showing `name`, or -1.
    int rowOf(const QString &name) const
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, DepartmentTableModel::Name).data() == name)
                return row;
        }
        return -1;
    }

    /// The user clicks into the table (after a message box, say).
    bool focusTable()
    {
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get()))
            return false;
        table->setFocus();
        return table->hasFocus();
    }

    void select(const QString &name, int column = DepartmentTableModel::Name)
    {
        focusTable();
        table->setCurrentIndex(table->model()->index(rowOf(name), column));
    }
};

/// Chinese arrives through the input method, committed as a whole word
/// (QTest::keyClicks types Latin-1 only).
void typeChinese(QWidget *widget, const QString &text)
{
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QApplication::sendEvent(widget, &typed);
}

/// Runs `handle` on the next modal dialog or message box, once it is open.
/// Should `handle` fail half-way, the dialog is cancelled so the test goes on.
void whenModalOpens(std::function<void(QWidget *)> handle)
{
    QTimer::singleShot(0, [handle] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(modal);
        handle(modal);
        if (modal->isVisible())
            modal->reject();
    });
}

/// Adds a department through the Insert key and the dialog, as a user does.
void addThroughDialog(Fixture &f, const QString &name, const QString &phone)
{
    QVERIFY(f.focusTable());
    whenModalOpens([&](QWidget *modal) {
        auto *dialog = qobject_cast<DepartmentDialog *>(modal);
        QVERIFY(dialog);
        typeChinese(dialog->findChild<QLineEdit *>(u"nameEdit"_s), name);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"phoneEdit"_s), phone);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::keyClick(f.table, Qt::Key_Insert);
}

} // namespace

class TestDepartmentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldListAndFilterAllDepartments()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QCOMPARE(f.table->model()->rowCount(), 34);
        auto *filter = f.page->findChild<QLineEdit *>(u"departmentFilter"_s);
        QVERIFY(filter);

        filter->setFocus();
        typeChinese(filter, u"海关"_s);
        QCOMPARE(f.table->model()->rowCount(), 1);
        QCOMPARE(f.table->model()->index(0, DepartmentTableModel::Name).data().toString(),
                 u"济宁海关"_s);
        // Delete in the filter box deletes text, not the department.
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Delete);
        QCOMPARE(f.table->model()->rowCount(), 34);
        QCOMPARE(f.departments().departments()->size(), 34);

        // Short names and contact persons match too.
        typeChinese(filter, u"人社局"_s);
        QCOMPARE(f.table->model()->rowCount(), 1);
        QCOMPARE(f.table->model()->index(0, DepartmentTableModel::Name).data().toString(),
                 u"市人力资源社会保障局"_s);
        filter->clear();
        Department ipo = *f.departments().byName(u"市知识产权局"_s);
        ipo.contactPerson = u"Zhang Wei"_s;
        QVERIFY(f.ws->perform(
            u"test"_s, [&] { return f.departments().update(ipo); }, [] { return Status(); }));
        QTest::keyClicks(filter, u"zhang"_s);
        QCOMPARE(f.table->model()->rowCount(), 1);
        QCOMPARE(f.table->model()->index(0, DepartmentTableModel::Name).data().toString(),
                 u"市知识产权局"_s);
    }

    void shouldSortByAnyColumn()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QHeaderView *header = f.table->horizontalHeader();
        // Document order first: the departments as the plan lists them.
        QCOMPARE(f.table->model()->index(0, 0).data().toString(), u"市委组织部"_s);

        const auto clickHeader = [&](int section) {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(section) + 5, header->height() / 2));
        };
        clickHeader(DepartmentTableModel::TasksLed);
        clickHeader(DepartmentTableModel::TasksLed);
        QCOMPARE(header->sortIndicatorSection(), int(DepartmentTableModel::TasksLed));
        const QModelIndex top = f.table->model()->index(0, DepartmentTableModel::TasksLed);
        QCOMPARE(top.siblingAtColumn(DepartmentTableModel::Name).data().toString(),
                 u"市知识产权局"_s); // leads 8, the most
        const int first = top.data().toInt();
        const int second =
            f.table->model()->index(1, DepartmentTableModel::TasksLed).data().toInt();
        QVERIFY(first > second); // numbers, not text ("8" > "3")

        clickHeader(DepartmentTableModel::Phone);
        QCOMPARE(header->sortIndicatorSection(), int(DepartmentTableModel::Phone));
    }

    void shouldShowTheSelectedDepartmentsWork()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        f.select(u"市知识产权局"_s);
        const qint64 ipo = f.departments().byName(u"市知识产权局"_s)->id;
        QCOMPARE(f.page->currentDepartmentId(), ipo);
        QCOMPARE(f.page->findChild<QLabel *>(u"departmentHeading"_s)->text(), u"市知识产权局"_s);

        auto *tasks = f.page->findChild<QTreeWidget *>(u"departmentTasks"_s);
        QCOMPARE(tasks->topLevelItemCount(), 20); // leads 8, cooperates on 12
        QCOMPARE(tasks->headerItem()->text(1), u"Task"_s);
        QCOMPARE(tasks->topLevelItem(0)->text(0), u"1"_s);
        QCOMPARE(tasks->topLevelItem(0)->text(2), u"Cooperating"_s);
        QCOMPARE(tasks->topLevelItem(4)->text(0), u"6"_s); // it is not on task 4
        QCOMPARE(tasks->topLevelItem(4)->text(1), u"促进知识产权运营转化"_s);
        QCOMPARE(tasks->topLevelItem(4)->text(2), u"Lead"_s);
        QVERIFY(tasks->topLevelItem(19)->text(0).startsWith(u"Measure "_s));

        auto *actions = f.page->findChild<QTreeWidget *>(u"departmentActions"_s);
        QCOMPARE(
            actions->topLevelItemCount(),
            MeetingRepository(f.ws->database()).openActionItemsOf(f.ws->planId(), ipo)->size());
        QVERIFY(actions->topLevelItemCount() > 0);
        QVERIFY(actions->topLevelItem(0)->text(1).contains(u"督促落实"_s));
        QVERIFY(actions->topLevelItem(0)->font(1).italic()); // sample data

        auto *reports = f.page->findChild<QTreeWidget *>(u"departmentReports"_s);
        QCOMPARE(reports->topLevelItemCount(), 12);
        QCOMPARE(reports->topLevelItem(0)->text(0), u"2020-Q4"_s);
        bool task6 = false; // led by it, reported for 2020-Q4
        for (int i = 0; i < reports->topLevelItemCount(); ++i)
            task6 = task6
                || (reports->topLevelItem(i)->text(0) == u"2020-Q4"_s
                    && reports->topLevelItem(i)->text(1) == u"6 促进知识产权运营转化"_s);
        QVERIFY(task6);

        // Another department, another panel.
        f.select(u"济宁海关"_s);
        QCOMPARE(tasks->topLevelItemCount(), 1);
        QCOMPARE(tasks->topLevelItem(0)->text(0), u"10"_s);
        QCOMPARE(actions->topLevelItemCount(), 0);
        // It cooperates on task 10 and reported for the rounds.
        QVERIFY(reports->topLevelItemCount() > 0);

        const QString shot = qEnvironmentVariable("PLANDESK_SCREENSHOT");
        if (!shot.isEmpty()) {
            f.select(u"市知识产权局"_s);
            f.table->scrollToTop();
            QVERIFY(f.page->grab().save(shot));
        }
    }

    void shouldEditAPhoneInPlaceWithUndoAndRedo()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const qint64 finance = f.departments().byName(u"市财政局"_s)->id;
        const QString before = f.departments().department(finance)->contactPhone;

        // F2 on the phone cell opens its editor; Enter commits it.
        f.select(u"市财政局"_s, DepartmentTableModel::Phone);
        QTest::keyClick(f.table, Qt::Key_F2);
        QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QVERIFY(f.table->isAncestorOf(editor));
        editor->selectAll();
        QTest::keyClicks(editor, u"0537-2967001"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(f.departments().department(finance)->contactPhone, u"0537-2967001"_s);
        QTRY_VERIFY(editor.isNull()); // closed
        // The row stayed selected and the panel shows the new number.
        QCOMPARE(f.page->currentDepartmentId(), finance);
        QVERIFY(
            f.page->findChild<QLabel *>(u"departmentInfo"_s)->text().contains(u"0537-2967001"_s));

        f.ws->undoStack()->undo();
        QCOMPARE(f.departments().department(finance)->contactPhone, before);
        QCOMPARE(f.table->currentIndex().siblingAtColumn(DepartmentTableModel::Phone).data(),
                 QVariant(before));
        f.ws->undoStack()->redo();
        QCOMPARE(f.departments().department(finance)->contactPhone, u"0537-2967001"_s);
    }

    void shouldKeepWhatWasTypedWhenClosedWhileEditing()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const qint64 finance = f.departments().byName(u"市财政局"_s)->id;
        f.select(u"市财政局"_s, DepartmentTableModel::ContactPerson);
        QTest::keyClick(f.table, Qt::Key_Return); // Enter edits, as F2 does
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"Li Na"_s);
        // Closing the page with the editor open must neither crash nor lose the entry.
        f.page.reset();
        QCOMPARE(f.departments().department(finance)->contactPerson, u"Li Na"_s);
        f.ws->undoStack()->undo();
        QCOMPARE(f.departments().department(finance)->contactPerson, QString());
    }

    void shouldToggleActiveWithTheSpaceBar()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const qint64 customs = f.departments().byName(u"济宁海关"_s)->id;
        f.select(u"济宁海关"_s, DepartmentTableModel::Active);
        QTest::keyClick(f.table, Qt::Key_Space);
        QVERIFY(!f.departments().department(customs)->active);
        QVERIFY(
            f.page->findChild<QLabel *>(u"departmentHeading"_s)->text().contains(u"inactive"_s));
        f.ws->undoStack()->undo();
        QVERIFY(f.departments().department(customs)->active);
        f.ws->undoStack()->redo();
        QVERIFY(!f.departments().department(customs)->active);
    }

    void shouldRefuseADuplicateNameInTheDialog()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        bool okEnabledWhenEmpty = true;
        bool okEnabledWhenTaken = true;
        QString message;
        whenModalOpens([&](QWidget *modal) {
            auto *ok = modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okEnabledWhenEmpty = ok->isEnabled();
            typeChinese(modal->findChild<QLineEdit *>(u"nameEdit"_s), u"市财政局"_s);
            okEnabledWhenTaken = ok->isEnabled();
            message = modal->findChild<QLabel *>(u"messageLabel"_s)->text();
            QTest::mouseClick(
                modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                Qt::LeftButton);
        });
        QTest::mouseClick(f.page->findChild<QPushButton *>(u"addDepartmentButton"_s),
                          Qt::LeftButton);
        QVERIFY(!okEnabledWhenEmpty);
        QVERIFY(!okEnabledWhenTaken);
        QVERIFY2(message.startsWith(u"Name:"_s) && message.contains(u"市财政局"_s),
                 qPrintable(message));
        QCOMPARE(f.departments().departments()->size(), 34);
        QCOMPARE(f.ws->undoStack()->count(), 0);
    }

    void shouldAddADepartmentWithUndo()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        addThroughDialog(f, u"市大数据局"_s, u"0537-2345678"_s);

        const Result<Department> added = f.departments().byName(u"市大数据局"_s);
        QVERIFY(added);
        QCOMPARE(added->contactPhone, u"0537-2345678"_s);
        QCOMPARE(added->kind, DepartmentKind::Government);
        QVERIFY(added->active);
        QCOMPARE(f.table->model()->rowCount(), 35);
        QCOMPARE(f.page->currentDepartmentId(), added->id); // the new row is selected

        f.ws->undoStack()->undo();
        QVERIFY(!f.departments().byName(u"市大数据局"_s));
        QCOMPARE(f.table->model()->rowCount(), 34);
        f.ws->undoStack()->redo();
        QCOMPARE(f.departments().byName(u"市大数据局"_s)->id, added->id);
    }

    void shouldExplainWhyADepartmentInUseCannotBeDeleted()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const qint64 finance = f.departments().byName(u"市财政局"_s)->id;
        f.select(u"市财政局"_s);
        QString said;
        QVERIFY(f.focusTable());
        whenModalOpens([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            said = box->text() + u'\n' + box->informativeText();
            box->button(QMessageBox::Ok)->click();
        });
        QTest::keyClick(f.table, Qt::Key_Delete);

        // 市财政局 leads 保障措施 (三) and cooperates on 9 tasks; it reported and attended.
        QVERIFY2(said.contains(u"“市财政局” cannot be deleted"_s), qPrintable(said));
        QVERIFY2(said.contains(u"It leads 1 task"_s), qPrintable(said));
        QVERIFY2(said.contains(u"It cooperates on 9 task"_s), qPrintable(said));
        int sent = 0;
        for (const ProgressReport &r :
             *ProgressRepository(f.ws->database()).reportsForPlan(f.ws->planId()))
            sent += r.departmentId == finance ? 1 : 0;
        QVERIFY(sent > 15); // its measure's 15 and its cooperating reports
        QVERIFY2(said.contains(u"It has sent %1 progress report"_s.arg(sent)), qPrintable(said));
        QVERIFY2(said.contains(u"It attended 6 meeting"_s), qPrintable(said));
        QVERIFY2(!said.contains(u"action item"_s), qPrintable(said)); // it owns none
        QVERIFY(f.departments().department(finance));
        QCOMPARE(f.table->model()->rowCount(), 34);
        QCOMPARE(f.ws->undoStack()->count(), 0);
    }

    void shouldDeleteAnUnusedDepartmentAndUndoWithItsId()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        addThroughDialog(f, u"市大数据局"_s, u"0537-2345678"_s);
        const Department added = *f.departments().byName(u"市大数据局"_s);
        QCOMPARE(f.page->currentDepartmentId(), added.id);

        // Answering No keeps it.
        QVERIFY(f.focusTable());
        whenModalOpens([](QWidget *modal) {
            qobject_cast<QMessageBox *>(modal)->button(QMessageBox::No)->click();
        });
        QTest::keyClick(f.table, Qt::Key_Delete);
        QVERIFY(f.departments().department(added.id));

        QString asked;
        QVERIFY(f.focusTable());
        whenModalOpens([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            asked = box->text();
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(f.table, Qt::Key_Delete);
        QVERIFY2(asked.contains(u"市大数据局"_s), qPrintable(asked));
        QVERIFY(!f.departments().department(added.id));
        QCOMPARE(f.table->model()->rowCount(), 34);

        f.ws->undoStack()->undo();
        const Result<Department> back = f.departments().department(added.id);
        QVERIFY(back);
        QCOMPARE(back->name, u"市大数据局"_s);
        QCOMPARE(back->contactPhone, u"0537-2345678"_s);
        QCOMPARE(f.table->model()->rowCount(), 35);
        f.ws->undoStack()->redo();
        QVERIFY(!f.departments().department(added.id));
    }
};

QTEST_MAIN(TestDepartmentsPage)
#include "tst_departmentspage.moc"
