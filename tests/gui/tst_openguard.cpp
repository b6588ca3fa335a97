#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include "database/sessionlock.h"
#include "editing/workspace.h"
#include "repositories/departmentrepository.h"
#include "testdatabase.h"
#include "windows/mainwindow.h"
#include "windows/openguard.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// Answers the next message box by the button named `buttonName` (or
/// Cancel when empty), keeping its text.
void answerNextMessageBox(QString *text, const QString &buttonName)
{
    QTimer::singleShot(0, [text, buttonName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        *text = box->text();
        QAbstractButton *button = buttonName.isEmpty() ? box->button(QMessageBox::Cancel)
                                                       : box->findChild<QPushButton *>(buttonName);
        QVERIFY(button);
        button->click();
    });
}

} // namespace

/// A second window on a database another window has open: asked, and read-only.
class TestOpenGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldLockTheDatabaseForTheFirstWindow()
    {
        // Given a database nobody has open
        TestDatabase file;
        file.close();
        // When a window opens it (no question is asked: none is answered)
        Result<WindowDatabase> opened = OpenGuard::open(nullptr, file.path());
        // Then it is writable and locked for this window
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(!opened->database->isReadOnly());
        QVERIFY(opened->lock);
        QVERIFY(QFile::exists(SessionLock::lockPathFor(file.path())));
        // And the lock goes with the window
        {
            MainWindow window(std::move(opened->database));
            window.keepSessionLock(std::move(opened->lock));
            QVERIFY(!window.windowTitle().contains(u"read-only"_s));
            QVERIFY(QFile::exists(SessionLock::lockPathFor(file.path())));
        }
        QVERIFY(!QFile::exists(SessionLock::lockPathFor(file.path())));
    }

    void shouldOfferReadOnlyWhenAnotherWindowHasTheDatabase()
    {
        // Given a database another PlanDesk window holds
        TestDatabase file;
        file.close();
        Result<std::unique_ptr<SessionLock>> first = SessionLock::acquire(file.path());
        QVERIFY(first);
        // When a second window opens it and the user takes "Open read-only"
        QString question;
        answerNextMessageBox(&question, OpenGuard::readOnlyButtonName());
        Result<WindowDatabase> opened = OpenGuard::open(nullptr, file.path());
        // Then the question named the file and who has it
        QVERIFY2(question.contains(u"is already open in"_s), qPrintable(question));
        QVERIFY2(question.contains(QFileInfo(file.path()).fileName()), qPrintable(question));
        // And the window is read-only, holds no lock, and refuses edits
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(opened->database->isReadOnly());
        QVERIFY(!opened->lock);
        MainWindow window(std::move(opened->database));
        window.keepSessionLock(std::move(opened->lock));
        QVERIFY2(window.windowTitle().contains(u"(read-only)"_s), qPrintable(window.windowTitle()));
        Department d;
        d.name = u"市统计局"_s;
        const Result<qint64> added = DepartmentRepository(window.workspace().database()).create(d);
        QVERIFY(!added);
        QVERIFY2(added.error().contains(u"read-only"_s), qPrintable(added.error()));
        // And the first window's lock is untouched
        QVERIFY(QFile::exists(SessionLock::lockPathFor(file.path())));
    }

    void shouldOpenNothingWhenTheUserCancels()
    {
        TestDatabase file;
        file.close();
        Result<std::unique_ptr<SessionLock>> first = SessionLock::acquire(file.path());
        QVERIFY(first);
        QString question;
        answerNextMessageBox(&question, {});
        const Result<WindowDatabase> opened = OpenGuard::open(nullptr, file.path());
        QVERIFY(!question.isEmpty());
        QVERIFY(!opened);
        QVERIFY(opened.error().isEmpty()); // cancelled: nothing to show
    }

    void shouldOpenTheDatabaseWritableOnceTheOtherWindowCloses()
    {
        TestDatabase file;
        file.close();
        {
            Result<std::unique_ptr<SessionLock>> first = SessionLock::acquire(file.path());
            QVERIFY(first);
        }
        Result<WindowDatabase> opened = OpenGuard::open(nullptr, file.path());
        QVERIFY(opened);
        QVERIFY(!opened->database->isReadOnly());
    }
};

QTEST_MAIN(TestOpenGuard)
#include "tst_openguard.moc"
