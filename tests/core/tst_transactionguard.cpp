#include <QElapsedTimer>
#include <QTest>

#include "database/transactionguard.h"
#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

Department department(const QString &name)
{
    Department d;
    d.name = name;
    return d;
}

qint64 departmentCount(Database &db)
{
    return *db.scalar(u"SELECT count(*) FROM department"_s);
}

} // namespace

class TestTransactionGuard : public QObject
{
    Q_OBJECT

private slots:
    void shouldRollBackWhatIsNotCommitted()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        {
            TransactionGuard tx(t.db());
            QVERIFY(tx.ok());
            QVERIFY(DepartmentRepository(t.db()).create(department(u"市财政局"_s)));
            QCOMPARE(departmentCount(t.db()), 1);
        } // no commit
        QCOMPARE(departmentCount(t.db()), 0);
        QCOMPARE(*AuditRepository(t.db()).count(), 0); // the audit row went with it
    }

    void shouldCommitNestedWorkWithTheOuterTransaction()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        TransactionGuard outer(t.db());
        QVERIFY(DepartmentRepository(t.db()).create(department(u"市财政局"_s)));
        {
            TransactionGuard inner(t.db());
            QVERIFY(DepartmentRepository(t.db()).create(department(u"市科技局"_s)));
            inner.rollback(); // undoes only the inner work
        }
        QVERIFY(outer.commit());
        QCOMPARE(departmentCount(t.db()), 1);
        QCOMPARE(DepartmentRepository(t.db()).departments()->constFirst().name, u"市财政局"_s);
    }

    void shouldLeaveNothingWhenAStepInTheMiddleFails()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        DepartmentRepository repository(t.db());
        {
            TransactionGuard tx(t.db());
            QVERIFY(repository.create(department(u"市财政局"_s)));
            QVERIFY(!repository.create(department(u"市财政局"_s))); // duplicate name
            // the caller gives up: the guard's destructor rolls back
        }
        QCOMPARE(departmentCount(t.db()), 0);
    }

    void shouldNameTheActorInTheAuditLog()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        t.db().setActor(u"王科员"_s);
        QVERIFY(DepartmentRepository(t.db()).create(department(u"市财政局"_s)));
        const QList<AuditEntry> log = *AuditRepository(t.db()).recent(1);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().actor, u"王科员"_s);
        QCOMPARE(log.constFirst().action, u"insert"_s);
    }

    void shouldNotCreditOtherToolsWritesToTheLastUser()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        t.db().setActor(u"王科员"_s);
        QVERIFY(DepartmentRepository(t.db()).create(department(u"市财政局"_s)));
        t.close();
        QVERIFY(execRaw(t.path(), {u"UPDATE department SET contact_phone = '110'"_s}));
        Database &db = t.reopen();
        const QList<AuditEntry> log = *AuditRepository(db).recent(1);
        QCOMPARE(log.constFirst().action, u"update"_s);
        QCOMPARE(log.constFirst().actor, u"(outside PlanDesk)"_s);
    }

    void shouldDefaultTheActorToTheOsUser()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        QVERIFY(!t.db().actor().isEmpty());
    }

    void shouldFailToStartOnAReadOnlyDatabase()
    {
        TestDatabase t;
        t.close();
        auto db = Database::open(t.path(), Database::Access::ReadOnly);
        QVERIFY(db);
        TransactionGuard tx(**db);
        QVERIFY(!tx.ok());
        QVERIFY(!tx.error().isEmpty());
        QVERIFY(!tx.commit());
    }

    void shouldSayTheDatabaseIsBusyWhileAnotherConnectionWrites()
    {
        // Given another connection in the middle of a write
        TestDatabase t(TestDatabase::Content::Empty);
        Result<std::unique_ptr<Database>> other = Database::open(t.path());
        QVERIFY2(other, qPrintable(other.error()));
        auto writing = std::make_unique<TransactionGuard>(*other.value());
        QVERIFY(writing->ok());
        // (A server locks rows, not the ledger: the other holds the table.)
        if (t.onServer())
            QVERIFY((*other)->exec(u"LOCK TABLE department IN EXCLUSIVE MODE"_s));
        // When this connection, waiting only briefly, saves a department
        QVERIFY(t.db().setBusyTimeout(100));
        QElapsedTimer waited;
        waited.start();
        const Result<qint64> created =
            DepartmentRepository(t.db()).create(department(u"市财政局"_s));
        // Then it fails after the timeout, saying why and that nothing was saved
        QVERIFY(!created);
        QVERIFY(waited.elapsed() >= 90);
        QVERIFY2(created.error().contains(u"The database is busy"_s), qPrintable(created.error()));
        QVERIFY2(created.error().contains(u"has not been saved"_s), qPrintable(created.error()));
        // And once the other connection is done, the same save goes through
        writing.reset();
        QVERIFY(DepartmentRepository(t.db()).create(department(u"市财政局"_s)));
        QCOMPARE(departmentCount(t.db()), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransactionGuard)
#include "tst_transactionguard.moc"
