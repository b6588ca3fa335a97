#include <QTest>
#include <QUrl>
#include <QUuid>

#include "database/database.h"
#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// The same ledger, reached as another login.
QString as(const QString &location, const QString &login)
{
    QUrl url(location);
    url.setUserName(login);
    return url.toString();
}

} // namespace

/// Who may do what on a shared ledger is the server's to enforce (GRANTs to
/// plandesk_viewer and plandesk_editor), and the audit log names the login.
/// PostgreSQL only: registered with the postgres fixture.
class TestServerRoles : public QObject
{
    Q_OBJECT

    QString m_viewer;
    QString m_editor;

private slots:
    void initTestCase()
    {
        QVERIFY2(!TestDatabase::serverUrl().isEmpty(),
                 "needs PLANDESK_TEST_POSTGRES (ctest starts a server for it)");
        // Setting up a ledger makes the two roles (they belong to the whole
        // server), whichever suite runs first.
        {
            TestDatabase first(TestDatabase::Content::Empty);
        }
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_viewer = u"viewer_"_s + suffix;
        m_editor = u"editor_"_s + suffix;
        QVERIFY(execRaw(TestDatabase::serverUrl(),
                        {u"CREATE ROLE %1 LOGIN IN ROLE plandesk_viewer"_s.arg(m_viewer),
                         u"CREATE ROLE %1 LOGIN IN ROLE plandesk_editor"_s.arg(m_editor)}));
    }

    void cleanupTestCase()
    {
        (void)execRaw(
            TestDatabase::serverUrl(),
            {u"DROP ROLE IF EXISTS %1"_s.arg(m_viewer), u"DROP ROLE IF EXISTS %1"_s.arg(m_editor)});
    }

    void shouldLetAViewerReadButNotChangeAnything()
    {
        TestDatabase t;
        const QByteArray before = ledgerHash(t.path());
        auto viewer = Database::open(as(t.path(), m_viewer));
        QVERIFY2(viewer, qPrintable(viewer.error()));
        QCOMPARE((*viewer)->serverUser(), m_viewer);
        QVERIFY(!(*viewer)->mayEdit());
        // Reading works…
        DepartmentRepository departments(**viewer);
        Result<QList<Department>> all = departments.departments();
        QVERIFY(all && !all->isEmpty());
        // …a change is refused by the server, in words, and nothing changes
        Department d = all->constFirst();
        d.contactPhone = u"0537-1234567"_s;
        const Status refused = Status(departments.update(d));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"plandesk_editor"_s), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(u"no right"_s), qPrintable(refused.error()));
        viewer.value().reset();
        QCOMPARE(ledgerHash(t.path()), before);
    }

    void shouldRecordTheEditorsLoginInTheAuditLog()
    {
        TestDatabase t;
        auto editor = Database::open(as(t.path(), m_editor));
        QVERIFY2(editor, qPrintable(editor.error()));
        QVERIFY((*editor)->mayEdit());
        (*editor)->setActor(u"王科员"_s);
        DepartmentRepository departments(**editor);
        Department d = departments.departments()->constFirst();
        d.contactPhone = u"0537-7654321"_s;
        QVERIFY(Status(departments.update(d)));

        const QList<AuditEntry> log = *AuditRepository(**editor).recent(1);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().actor, u"王科员"_s);
        QCOMPARE(log.constFirst().dbUser, m_editor);
        QCOMPARE(log.constFirst().action, u"update"_s);
    }

    void shouldKeepEvenEditorsFromWritingTheAuditLog()
    {
        TestDatabase t;
        auto editor = Database::open(as(t.path(), m_editor));
        QVERIFY2(editor, qPrintable(editor.error()));
        const qint64 rows = *(*editor)->scalar(u"SELECT count(*) FROM audit_log"_s);
        const auto forged = (*editor)->write(
            u"INSERT INTO audit_log (actor, table_name, row_id, action) VALUES (?, ?, ?, ?)"_s,
            {u"someone"_s, u"task"_s, 1, u"delete"_s});
        QVERIFY(!forged);
        QVERIFY2(forged.error().contains(u"no right"_s), qPrintable(forged.error()));
        QVERIFY(!(*editor)->write(u"UPDATE audit_log SET actor = ?"_s, {u"someone"_s}));
        QVERIFY(!(*editor)->write(u"DELETE FROM audit_log"_s));
        QCOMPARE(*(*editor)->scalar(u"SELECT count(*) FROM audit_log"_s), rows);
    }

    void shouldSayWhoSetUpTheLedgerWhenItWasNotThem()
    {
        // A login with no PlanDesk role at all sees nothing of the ledger.
        TestDatabase t;
        const QString stranger = m_viewer + u"_x"_s;
        QVERIFY(execRaw(TestDatabase::serverUrl(), {u"CREATE ROLE %1 LOGIN"_s.arg(stranger)}));
        auto db = Database::open(as(t.path(), stranger));
        (void)execRaw(TestDatabase::serverUrl(), {u"DROP ROLE IF EXISTS %1"_s.arg(stranger)});
        if (db) {
            // PUBLIC may read nothing: every page would fail, so say it now.
            QFAIL("a login outside plandesk_viewer/plandesk_editor opened the ledger");
        }
        QVERIFY2(db.error().contains(u"plandesk_viewer"_s), qPrintable(db.error()));
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
