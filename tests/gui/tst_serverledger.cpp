#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QUuid>

#include "database/backupstore.h"
#include "database/sessionlock.h"
#include "dialogs/departmentdialog.h"
#include "dialogs/serverledgerdialog.h"
#include "editing/workspace.h"
#include "pages/planpage.h"
#include "testdatabase.h"
#include "windows/ledgersafety.h"
#include "windows/mainwindow.h"
#include "windows/openguard.h"
#include "windows/serverlogin.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// Answers the modal windows that open while a step runs, in order, as a
/// user would: each handler gets the next new one (a dialog inside a
/// dialog included) and returns once it has answered it.
class ModalAnswers : public QObject
{
public:
    explicit ModalAnswers(QList<std::function<void(QWidget *)>> handlers)
        : m_handlers(std::move(handlers))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->property("answered").toBool() || m_handlers.isEmpty())
                return;
            modal->setProperty("answered", true);
            ++m_answered;
            // Queued: a timer's slot is not re-entered, and the handler may
            // open (and wait in) the next modal window.
            QMetaObject::invokeMethod(
                this, [handler = m_handlers.takeFirst(), modal] { handler(modal); },
                Qt::QueuedConnection);
        });
        m_timer.start(20);
    }
    int answered() const { return m_answered; }

private:
    QList<std::function<void(QWidget *)>> m_handlers;
    QTimer m_timer;
    int m_answered = 0;
};

/// Types `answer` into the password question (a null string cancels it),
/// keeping the question's text.
std::function<void(QWidget *)> answerPassword(const QString &answer, QString *question)
{
    return [answer, question](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), ServerLogin::passwordDialogName());
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        *question = dialog->labelText();
        if (answer.isNull())
            return dialog->reject();
        dialog->setTextValue(answer);
        dialog->accept();
    };
}

QString withUser(const QString &location, const QString &user)
{
    QUrl url(location);
    url.setUserName(user);
    return url.toString();
}

QString databaseName(const QString &location)
{
    return QUrl(location).path().mid(1);
}

/// A login role of its own for each test (roles are the whole server's).
QString uniqueRole(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

/// The test server's pg_hba.conf (its superuser may ask where it is).
QString hbaFile(const QString &location)
{
    QString file;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"hba"_s);
        const QUrl url(location);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SHOW hba_file"_s) && q.next())
                file = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"hba"_s);
    return file;
}

int visibleTaskRows(QTreeView *tree)
{
    int rows = 0;
    const QAbstractItemModel *model = tree->model();
    for (int g = 0; g < model->rowCount(); ++g)
        rows += model->rowCount(model->index(g, 0));
    return rows;
}

QAction *action(MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

} // namespace

/// The window on a ledger shared on a PostgreSQL server (the ctest fixture's).
class TestServerLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!TestDatabase::serverUrl().isEmpty(),
                 "PLANDESK_TEST_POSTGRES names no server (run through ctest -L postgres)");
        // Anything PlanDesk made of a URL taken for a file would land here.
        QVERIFY(m_workingDir.isValid());
        QVERIFY(QDir::setCurrent(m_workingDir.path()));
    }

    void shouldOpenTheServerLedgerWithoutFilesLocksOrBackups()
    {
        // Given a demo ledger on the server
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const QString location = t.path();
        const QStringList tempBefore =
            QDir::temp().entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        t.close();
        // When a window opens it as File ▸ Open and start-up do
        Result<WindowDatabase> opened = OpenGuard::open(nullptr, location);
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(!opened->lock);
        QVERIFY(opened->database->isOnServer());
        MainWindow window(std::move(opened->database));
        window.keepSessionLock(std::move(opened->lock));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // (the file check start-up runs after the first paint)
        QSignalSpy checked(window.ledgerSafety(), &LedgerSafety::checked);
        window.ledgerSafety()->checkInBackground();
        // Then the plan page lists the plan's groups and tasks
        auto *tree = window.findChild<QTreeView *>(u"taskTree"_s);
        QVERIFY(tree);
        window.findChild<QTabWidget *>(u"pages"_s)->setCurrentWidget(window.planPage());
        QCOMPARE(tree->model()->rowCount(), 7);
        QCOMPARE(visibleTaskRows(tree), 22);
        // And title and status bar name the server ledger, not a URL
        const QString name =
            u"%1 on 127.0.0.1:%2"_s.arg(databaseName(location)).arg(QUrl(location).port());
        QVERIFY2(window.windowTitle().contains(name), qPrintable(window.windowTitle()));
        QVERIFY(!window.windowTitle().contains(u"read-only"_s));
        const QString status = window.findChild<QLabel *>(u"databaseLabel"_s)->text();
        QCOMPARE(status, u"%1 — login postgres"_s.arg(name));
        QVERIFY(!window.findChild<QLabel *>(u"viewerBanner"_s)->isVisible());
        // And backups and copies are off, saying who backs the server up
        QVERIFY(!action(window, u"actionBackups"_s)->isEnabled());
        QVERIFY2(action(window, u"actionBackups"_s)->statusTip().contains(u"pg_dump"_s),
                 qPrintable(action(window, u"actionBackups"_s)->statusTip()));
        QVERIFY(!action(window, u"actionSaveCopy"_s)->isEnabled());
        // And the address is a recent file as it is
        QCOMPARE(QSettings().value(u"files/recent"_s).toStringList().value(0), location);
        // And no lock, backup folder or anything else was made of the address
        QTest::qWait(300); // a background check would have reported by now
        QCOMPARE(checked.count(), 0);
        QVERIFY(!QFile::exists(SessionLock::lockPathFor(location)));
        QVERIFY(!QFile::exists(BackupStore(location).folder()));
        QCOMPARE(QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        const QStringList tempAfter =
            QDir::temp().entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        for (const QString &entry : tempAfter) {
            if (tempBefore.contains(entry))
                continue;
            QVERIFY2(!entry.contains(u"postgres"_s) && !entry.contains(databaseName(location))
                         && !entry.endsWith(u".lock"_s) && !entry.endsWith(u".backups"_s),
                     qPrintable(entry));
        }
    }

    void shouldOpenAViewerReadOnlyAndShowTheServersRefusal()
    {
        // Given a demo ledger, open in a window, and a login that may only view it
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const QString role = uniqueRole(u"viewer_"_s);
        QVERIFY(execRaw(t.path(), {u"CREATE ROLE %1 LOGIN IN ROLE plandesk_viewer"_s.arg(role)}));
        const QString viewer = withUser(t.path(), role);
        {
            MainWindow window(t.handOver());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QByteArray before = ledgerHash(t.path());
            // When the viewer's address is opened in it
            window.openDatabaseFile(viewer);
            // Then the window is read-only, names the login, and says whom to ask
            QVERIFY(!window.workspace().database().mayEdit());
            QVERIFY2(window.windowTitle().contains(u"(read-only)"_s)
                         && window.windowTitle().contains(role),
                     qPrintable(window.windowTitle()));
            auto *banner = window.findChild<QLabel *>(u"viewerBanner"_s);
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->text(),
                     u"Your login %1 may only view this ledger; ask the office's administrator "
                     "to add you to plandesk_editor to make changes."_s.arg(role));
            // When an edit is tried anyway: a department added through its dialog
            window.findChild<QTabWidget *>(u"pages"_s)->setCurrentIndex(2); // Departments
            auto *add = window.findChild<QPushButton *>(u"addDepartmentButton"_s);
            QVERIFY(add);
            QString refusal;
            ModalAnswers answers({
                [](QWidget *modal) {
                    auto *dialog = qobject_cast<DepartmentDialog *>(modal);
                    QVERIFY(dialog);
                    QInputMethodEvent typed;
                    typed.setCommitString(u"市大数据局"_s);
                    QApplication::sendEvent(dialog->findChild<QLineEdit *>(u"nameEdit"_s), &typed);
                    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
                    // The refusal was shown over it, which stays open: cancelled here.
                    dialog->reject();
                },
                [&refusal](QWidget *modal) {
                    auto *box = qobject_cast<QMessageBox *>(modal);
                    QVERIFY(box);
                    refusal = box->text();
                    box->accept();
                },
            });
            add->click();
            // Then the server's refusal reached the user in words
            QCOMPARE(answers.answered(), 2);
            QVERIFY2(refusal.contains(u"has no right to do this"_s)
                         && refusal.contains(u"plandesk_editor"_s),
                     qPrintable(refusal));
            // And nothing changed
            QCOMPARE(ledgerHash(t.path()), before);
        }
        QVERIFY(execRaw(t.path(), {u"DROP ROLE %1"_s.arg(role)}));
    }

    void shouldBuildTheAddressFromTheFields()
    {
        QSettings().remove(u"server"_s);
        // Given the dialog, empty but for the usual port
        ServerLedgerDialog dialog;
        auto *host = dialog.findChild<QLineEdit *>(u"hostEdit"_s);
        auto *port = dialog.findChild<QLineEdit *>(u"portEdit"_s);
        auto *database = dialog.findChild<QLineEdit *>(u"databaseEdit"_s);
        auto *user = dialog.findChild<QLineEdit *>(u"userEdit"_s);
        auto *ssl = dialog.findChild<QComboBox *>(u"sslCombo"_s);
        auto *address = dialog.findChild<QLabel *>(u"addressLabel"_s);
        auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_s);
        QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
        QCOMPARE(port->text(), u"5432"_s);
        QVERIFY(!open->isEnabled());
        QVERIFY2(problem->text().startsWith(u"Server:"_s), qPrintable(problem->text()));
        // When the fields are filled in
        QTest::keyClicks(host, u"db.office.local"_s);
        database->clear();
        QTest::keyClicks(database, u"ledger"_s);
        QTest::keyClicks(user, u"clerk"_s);
        // Then the address follows, leaving out the usual port and SSL mode
        QCOMPARE(address->text(), u"postgresql://clerk@db.office.local/ledger"_s);
        QVERIFY(open->isEnabled());
        port->clear();
        QTest::keyClicks(port, u"5433"_s);
        ssl->setCurrentIndex(ssl->findData(u"verify-full"_s));
        QCOMPARE(address->text(),
                 u"postgresql://clerk@db.office.local:5433/ledger?sslmode=verify-full"_s);
        QCOMPARE(dialog.location(), address->text());
        // And a bad port is refused by name
        for (const QString &bad : {u"70000"_s, u"0"_s, u"54a"_s}) {
            port->clear();
            QTest::keyClicks(port, bad);
            QVERIFY(!open->isEnabled());
            QVERIFY(address->text().isEmpty());
            QCOMPARE(problem->text(),
                     u"Port: “%1” is not a number from 1 to 65535 (PostgreSQL's usual port is "
                     "5432)."_s.arg(bad));
            QVERIFY(dialog.location().isEmpty());
        }
        // And a host the address cannot hold is refused by ServerAddress
        port->clear();
        QTest::keyClicks(port, u"5433"_s);
        host->setText(u"db office"_s);
        QVERIFY(!open->isEnabled());
        QVERIFY2(problem->text().contains(u"is not a valid address"_s),
                 qPrintable(problem->text()));
        host->setText(u"db.office.local"_s);
        // When it is opened, the values are remembered for next time, no password among them
        QVERIFY(open->isEnabled());
        open->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        ServerLedgerDialog again;
        QCOMPARE(again.location(),
                 u"postgresql://clerk@db.office.local:5433/ledger?sslmode=verify-full"_s);
        const QStringList keys = QSettings().allKeys();
        QVERIFY(keys.contains(u"server/host"_s));
        for (const QString &key : keys)
            QVERIFY2(!key.contains(u"pass"_s, Qt::CaseInsensitive), qPrintable(key));
    }

    void shouldAskForThePasswordUntilTheServerTakesIt()
    {
        // Given a ledger whose server wants a password from one login
        TestDatabase t;
        const QString role = uniqueRole(u"clerk_"_s);
        QVERIFY(execRaw(t.path(),
                        {u"CREATE ROLE %1 LOGIN PASSWORD 'right-1' IN ROLE "
                         "plandesk_editor"_s.arg(role)}));
        const QString location = withUser(t.path(), role);
        const QString hba = hbaFile(t.path());
        QVERIFY(!hba.isEmpty());
        const QByteArray original = fileBytes(hba);
        requirePassword(t.path(), hba, original, role);
        // When the window opens it, the password is first typed wrong, then right
        QString first;
        QString second;
        Result<WindowDatabase> opened = [&] {
            ModalAnswers answers(
                {answerPassword(u"wrong"_s, &first), answerPassword(u"right-1"_s, &second)});
            return OpenGuard::open(nullptr, location);
        }();
        // Then the questions named the server and login, then said it was wrong
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(opened->database->serverUser(), role);
        QVERIFY(opened->database->mayEdit());
        QVERIFY2(first.contains(u"asks for the password of login “%1”"_s.arg(role))
                     && first.contains(databaseName(location)),
                 qPrintable(first));
        QVERIFY2(first.contains(u"only until PlanDesk closes"_s) && first.contains(u"pgpass"_s),
                 qPrintable(first));
        QVERIFY2(second.startsWith(u"The server refused that password"_s), qPrintable(second));
        opened->database.reset();

        // And a second login, cancelled at the question, opens nothing and says nothing
        const QString other = uniqueRole(u"clerk_"_s);
        QVERIFY(execRaw(t.path(),
                        {u"CREATE ROLE %1 LOGIN PASSWORD 'right-2' IN ROLE "
                         "plandesk_editor"_s.arg(other)}));
        requirePassword(t.path(), hba, original, role + u',' + other);
        QString asked;
        Result<WindowDatabase> cancelled = [&] {
            ModalAnswers answers({answerPassword(QString(), &asked)});
            return OpenGuard::open(nullptr, withUser(t.path(), other));
        }();
        QVERIFY(!asked.isEmpty());
        QVERIFY(!cancelled);
        QVERIFY(cancelled.error().isEmpty());

        // And with a password file there is no question at all
        QTemporaryDir dir;
        const QString passFile = dir.filePath(u"pgpass"_s);
        {
            QFile file(passFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"127.0.0.1:%1:%2:%3:right-2\n"_s.arg(QUrl(t.path()).port())
                           .arg(databaseName(t.path()), other)
                           .toUtf8());
            QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        }
        qputenv("PGPASSFILE", QFile::encodeName(passFile));
        int questions = 0;
        Result<WindowDatabase> fromFile = [&] {
            ModalAnswers answers({[](QWidget *modal) {
                static_cast<QDialog *>(modal)->reject();
            }});
            Result<WindowDatabase> result = OpenGuard::open(nullptr, withUser(t.path(), other));
            questions = answers.answered();
            return result;
        }();
        qunsetenv("PGPASSFILE");
        QVERIFY2(fromFile, qPrintable(fromFile.error()));
        QCOMPARE(questions, 0);
        fromFile->database.reset();

        // The server as it was, for the suites that share it
        QVERIFY(overwriteFile(hba, original));
        QVERIFY(execRaw(t.path(), {u"SELECT pg_reload_conf()"_s}));
        QVERIFY(execRaw(t.path(), {u"DROP ROLE %1"_s.arg(role), u"DROP ROLE %1"_s.arg(other)}));
    }

private:
    /// Makes the server ask `roles` (comma-separated) for a password on this
    /// ledger's database only, and waits until it does.
    static void requirePassword(const QString &location, const QString &hba,
                                const QByteArray &original, const QString &roles)
    {
        const QByteArray line =
            u"host %1 %2 127.0.0.1/32 scram-sha-256\n"_s.arg(databaseName(location), roles)
                .toUtf8();
        QVERIFY(overwriteFile(hba, line + original));
        QVERIFY(execRaw(location, {u"SELECT pg_reload_conf()"_s}));
        const QString first = withUser(location, roles.section(u',', -1));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const Result<std::unique_ptr<Database>> db = Database::open(first);
                return !db && Database::isPasswordRequest(db.error());
            }(),
            10000);
    }

    static bool overwriteFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(bytes) == bytes.size();
    }

    QTemporaryDir m_workingDir;
};

QTEST_MAIN(TestServerLedger)
#include "tst_serverledger.moc"
