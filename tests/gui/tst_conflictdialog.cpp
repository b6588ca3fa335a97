#include <functional>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "database/database.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/taskdialog.h"
#include "editing/workspace.h"
#include "pages/planpage.h"
#include "repositories/auditrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// Runs `step` on the next modal window, once it is open.
void whenModalOpens(std::function<void(QWidget *)> step)
{
    QTimer::singleShot(0, [step] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        step(modal);
    });
}

/// The row of the conflict table whose field is `label`: {label, mine, theirs, bold}.
QStringList rowOf(QWidget *dialog, const QString &label)
{
    auto *table = dialog->findChild<QTableWidget *>(u"fieldTable"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == label)
            return {table->item(row, 0)->text(), table->item(row, 1)->text(),
                    table->item(row, 2)->text(),
                    table->item(row, 1)->font().bold() ? u"bold"_s : u"plain"_s};
    }
    return {};
}

} // namespace

/// Two PlanDesks on one ledger: B saves task 6 while A has it open in the
/// edit dialog; A's OK brings up the real ConflictDialog.
class TestConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        m_file = std::make_unique<TestDatabase>();
        m_file->close();
        auto a = Database::open(m_file->path());
        auto b = Database::open(m_file->path());
        QVERIFY(a && b);
        a.value()->setActor(u"clerk-a"_s);
        b.value()->setActor(u"clerk-b"_s);
        m_b = std::move(b.value());
        m_workspace = std::make_unique<Workspace>(std::move(a.value()));
        m_page = std::make_unique<PlanPage>(*m_workspace);
        m_page->resize(1366, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        for (const Task &t : *TaskRepository(*m_b).tasks(m_workspace->planId())) {
            if (t.number == 6 && !t.parentId)
                m_task6 = t;
        }
        QVERIFY(m_task6.id != 0);
        m_page->selectTask(m_task6.id);
    }
    void cleanup()
    {
        m_page.reset();
        m_workspace.reset();
        m_b.reset();
        m_file.reset();
    }

    void shouldKeepMineOverTheirsWhenAsked()
    {
        QString savedBy;
        editWhileBSaves(55, [&](QWidget *conflict) {
            savedBy = conflict->findChild<QLabel *>(u"savedByLabel"_s)->text();
            QTest::mouseClick(conflict->findChild<QPushButton *>(u"keepMineButton"_s),
                              Qt::LeftButton);
        });

        // The dialog showed both values, the difference highlighted, and who saved theirs.
        QCOMPARE(m_conflictRows.value(0),
                 (QStringList {u"Percent done"_s, u"55"_s, u"30"_s, u"bold"_s}));
        QCOMPARE(m_conflictRows.value(1).value(3), u"plain"_s); // the due date is the same
        QVERIFY2(savedBy.contains(u"clerk-b"_s), qPrintable(savedBy));
        // A's values are saved, one version after B's, and the log says A saved them.
        const Task now = *TaskRepository(*m_b).task(m_task6.id);
        QCOMPARE(now.percent, 55);
        QCOMPARE(now.rowVersion, m_task6.rowVersion + 2);
        const AuditEntry last = **AuditRepository(*m_b).latest(u"task"_s, m_task6.id);
        QCOMPARE(last.actor, u"clerk-a"_s);
        QVERIFY2(last.before.contains(u"\"percent\":30"_s), qPrintable(last.before));
        QVERIFY2(last.after.contains(u"\"percent\":55"_s), qPrintable(last.after));

        // Undo of A's own save works (it names the version the save produced)
        // and brings back B's values.
        m_workspace->undoStack()->undo();
        QCOMPARE(TaskRepository(*m_b).task(m_task6.id)->percent, 30);
    }

    void shouldRefuseToUndoOverSomeoneElsesLaterSave()
    {
        editWhileBSaves(55, [](QWidget *conflict) {
            QTest::mouseClick(conflict->findChild<QPushButton *>(u"keepMineButton"_s),
                              Qt::LeftButton);
        });
        // B saves again after A's save
        Task b = *TaskRepository(*m_b).task(m_task6.id);
        b.percent = 70;
        QVERIFY(TaskRepository(*m_b).update(b));
        // A's undo is refused as a conflict, with the message, and B's save stays.
        QSignalSpy errors(m_workspace.get(), &Workspace::errorOccurred);
        m_workspace->undoStack()->undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(u"meanwhile"_s),
                 qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(TaskRepository(*m_b).task(m_task6.id)->percent, 70);
    }

    void shouldTakeTheirsAndShowThemInTheForm()
    {
        int formPercent = -1;
        editWhileBSaves(
            55,
            [](QWidget *conflict) {
                QTest::mouseClick(conflict->findChild<QPushButton *>(u"takeTheirsButton"_s),
                                  Qt::LeftButton);
            },
            [&](QWidget *form) {
                formPercent = form->findChild<QSpinBox *>(u"percentSpin"_s)->value();
            });
        QCOMPARE(formPercent, 30);
        QVERIFY(m_editStillOpen);
        const Task now = *TaskRepository(*m_b).task(m_task6.id);
        QCOMPARE(now.percent, 30);
        QCOMPARE(now.rowVersion, m_task6.rowVersion + 1);
        QCOMPARE(m_workspace->undoStack()->count(), 0);
    }

    void shouldGoBackToTheFormWithWhatWasTypedOnCancel()
    {
        int formPercent = -1;
        editWhileBSaves(
            55,
            [](QWidget *conflict) {
                QTest::mouseClick(conflict->findChild<QPushButton *>(u"cancelButton"_s),
                                  Qt::LeftButton);
            },
            [&](QWidget *form) {
                formPercent = form->findChild<QSpinBox *>(u"percentSpin"_s)->value();
            });
        QCOMPARE(formPercent, 55);
        QVERIFY(m_editStillOpen);
        const Task now = *TaskRepository(*m_b).task(m_task6.id);
        QCOMPARE(now.percent, 30);
        QCOMPARE(now.status, TaskStatus::InProgress);
        QCOMPARE(now.rowVersion, m_task6.rowVersion + 1);
        QCOMPARE(m_workspace->undoStack()->count(), 0);
    }

private:
    /// A opens task 6 (Edit…); while the form is open B saves 30% in
    /// progress; A types `percent` and presses OK. `onConflict` answers the
    /// conflict dialog; `onForm`, if given, looks at the edit form once it is
    /// back (then it is cancelled).
    void editWhileBSaves(int percent, std::function<void(QWidget *)> onConflict,
                         std::function<void(QWidget *)> onForm = {})
    {
        m_conflictSeen = nullptr;
        m_editStillOpen = false;
        whenModalOpens([this, percent, onConflict, onForm](QWidget *form) {
            QVERIFY(qobject_cast<TaskDialog *>(form));
            Task b = *TaskRepository(*m_b).task(m_task6.id);
            b.percent = 30;
            b.status = TaskStatus::InProgress;
            QVERIFY(TaskRepository(*m_b).update(b));

            form->findChild<QSpinBox *>(u"percentSpin"_s)->setValue(percent);
            whenModalOpens([this, onConflict, onForm, form](QWidget *conflict) {
                QVERIFY2(qobject_cast<ConflictDialog *>(conflict),
                         conflict->metaObject()->className());
                m_conflictSeen = conflict;
                // The table must be read before the dialog goes.
                m_conflictRows = {rowOf(conflict, u"Percent done"_s), rowOf(conflict, u"Due"_s)};
                if (onForm) {
                    whenModalOpens([this, onForm, form](QWidget *back) {
                        // No message box: the edit form itself is back.
                        QCOMPARE(back, form);
                        m_editStillOpen = true;
                        onForm(back);
                        static_cast<QDialog *>(back)->reject();
                    });
                }
                onConflict(conflict);
            });
            auto *ok =
                form->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"editButton"_s), Qt::LeftButton);
        QVERIFY(m_conflictSeen);
    }

    std::unique_ptr<TestDatabase> m_file;
    std::unique_ptr<Database> m_b;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PlanPage> m_page;
    Task m_task6;
    QWidget *m_conflictSeen = nullptr;
    QList<QStringList> m_conflictRows;
    bool m_editStillOpen = false;
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
