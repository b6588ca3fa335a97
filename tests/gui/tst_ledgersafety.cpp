#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "database/backupstore.h"
#include "database/integritycheck.h"
#include "dialogs/backupsdialog.h"
#include "editing/workspace.h"
#include "testdatabase.h"
#include "windows/ledgersafety.h"
#include "windows/mainwindow.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// Answers the next message box by the button whose text starts with
/// `button` (after dropping "&"), as a user would, and keeps its text.
class BoxAnswer : public QObject
{
public:
    explicit BoxAnswer(const QString &button)
        : m_button(button)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &BoxAnswer::poll);
        m_timer.start();
    }
    QString text;

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        text = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(u'&').startsWith(m_button)) {
                m_timer.stop();
                b->click();
                return;
            }
        }
    }

    QString m_button;
    QTimer m_timer;
};

qint64 renumbered(Database &db)
{
    return *db.scalar(u"SELECT count(*) FROM department WHERE contact_phone = '000'"_s);
}

} // namespace

class TestLedgerSafety : public QObject
{
    Q_OBJECT

private slots:
    void shouldListBackupsAndTakeOneNow()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        QVERIFY(BackupStore(t.path()).take(t.db(), BackupReason::BeforeImport));
        MainWindow window(t.handOver());
        BackupsDialog dialog(t.path());
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 1)->text(), u"before importing"_s);
        QVERIFY2(dialog.table()->item(0, 3)->text().contains(u"22 task(s)"_s),
                 qPrintable(dialog.table()->item(0, 3)->text()));

        QTimer::singleShot(0, [&window] {
            auto *shown = qobject_cast<BackupsDialog *>(QApplication::activeModalWidget());
            QVERIFY(shown);
            emit shown->backUpNowRequested();
            QCOMPARE(shown->table()->rowCount(), 2);
            QCOMPARE(shown->entries().first().reason, BackupReason::Manual);
            shown->reject();
            Q_UNUSED(window);
        });
        window.ledgerSafety()->showBackups();
        QCOMPARE(BackupStore(t.path()).list().size(), 2);
    }

    void shouldRestoreAfterAskingAndKeepTheReplacedLedger()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Result<BackupEntry> backup = BackupStore(t.path()).take(t.db(), BackupReason::Manual);
        QVERIFY(backup);
        QVERIFY(t.db().exec(u"UPDATE department SET contact_phone = '000'"_s));
        MainWindow window(t.handOver());
        Workspace &ws = window.workspace();
        QVERIFY(renumbered(ws.database()) > 0);

        {
            BoxAnswer no(u"Cancel"_s);
            window.ledgerSafety()->restore(*backup);
            QVERIFY2(no.text.contains(u"Replace the open database"_s), qPrintable(no.text));
        }
        QVERIFY(renumbered(ws.database()) > 0);

        QSignalSpy changed(&ws, &Workspace::ledgerChanged);
        {
            BoxAnswer yes(u"Yes"_s);
            window.ledgerSafety()->restore(*backup);
        }
        QCOMPARE(renumbered(ws.database()), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!ws.database().isReadOnly());
        QCOMPARE(ws.undoStack()->count(), 0);
        const QList<BackupEntry> entries = BackupStore(t.path()).list();
        QCOMPARE(entries.first().reason, BackupReason::BeforeRestore);
        Result<std::unique_ptr<Database>> replaced =
            Database::open(entries.first().path, Database::Access::ReadOnly);
        QVERIFY(replaced);
        QVERIFY(renumbered(**replaced) > 0);
    }

    void shouldCheckAndBackUpInTheBackgroundOnlyWhenChanged()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlan);
        MainWindow window(t.handOver());
        QSignalSpy checked(window.ledgerSafety(), &LedgerSafety::checked);
        window.ledgerSafety()->checkInBackground();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().first().value<Health>().verdict, Health::Verdict::Healthy);
        const QList<BackupEntry> first = BackupStore(t.path()).list();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().reason, BackupReason::Session);

        window.ledgerSafety()->checkInBackground();
        QVERIFY(checked.wait(10000));
        QCOMPARE(BackupStore(t.path()).list().size(), 1); // nothing changed since
    }

    void shouldOfferTheNewestGoodBackupWhenTheOpenLedgerIsDamaged()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        QVERIFY(BackupStore(t.path()).take(t.db(), BackupReason::Session));
        t.close();
        // Table pages garbled, the schema page intact: it opens, the check finds it.
        QVERIFY(overwriteBytes(t.path(), 2 * 4096, QByteArray(8 * 4096, '\x5a')));
        const QByteArray damaged = fileBytes(t.path());

        TestDatabase other(TestDatabase::Content::BuiltInPlan);
        MainWindow window(other.handOver());
        QSignalSpy checked(window.ledgerSafety(), &LedgerSafety::checked);
        BoxAnswer recover(u"Set Aside"_s);
        window.openDatabaseFile(t.path());
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().first().value<Health>().verdict, Health::Verdict::Damaged);
        QVERIFY2(recover.text.contains(u"damaged"_s), qPrintable(recover.text));

        QCOMPARE(window.workspace().database().path(), t.path());
        QVERIFY(IntegrityCheck::run(t.path())->ok());
        const QStringList aside = QDir(t.dir()).entryList({u"*.damaged-*.sqlite"_s});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileBytes(QDir(t.dir()).filePath(aside.first())), damaged);
    }

    void shouldLeaveADamagedLedgerAloneWhenTheUserDeclines()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlan);
        QVERIFY(BackupStore(t.path()).take(t.db(), BackupReason::Session));
        t.close();
        QVERIFY(overwriteBytes(t.path(), 0, QByteArray(100, '\0'))); // will not even open
        const QByteArray damaged = fileBytes(t.path());

        TestDatabase other(TestDatabase::Content::BuiltInPlan);
        MainWindow window(other.handOver());
        BoxAnswer cancel(u"Cancel"_s);
        BoxAnswer ok(u"OK"_s); // the message that the file was left as it is
        window.openDatabaseFile(t.path());
        QVERIFY2(cancel.text.contains(u"damaged"_s), qPrintable(cancel.text));
        QCOMPARE(window.workspace().database().path(), other.path());
        QCOMPARE(fileBytes(t.path()), damaged);
        QCOMPARE(QDir(t.dir()).entryList({u"*.damaged-*"_s}), QStringList());
    }
};

QTEST_MAIN(TestLedgerSafety)
#include "tst_ledgersafety.moc"
