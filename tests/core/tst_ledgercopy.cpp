#include <QSqlQuery>
#include <QTest>

#include "database/ledgercopy.h"
#include "database/ledgertables.h"
#include "plans/newdatabase.h"
#include "plans/plandocument.h"
#include "repositories/departmentrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

/// Moving a SQLite ledger to a PostgreSQL server (LedgerCopy). Needs a
/// server: ctest runs it with PLANDESK_TEST_POSTGRES set (label postgres).
class TestLedgerCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_servers; ///< databases made on the server, dropped at the end
    int m_files = 0;

    /// A new ledger file as `plandesk init --demo` makes it.
    QString demoFile()
    {
        const QString path = m_dir.filePath(u"ledger%1.sqlite"_s.arg(++m_files));
        const Result<PlanDocument> plan = PlanFile::builtIn();
        if (!plan)
            qFatal("built-in plan: %s", qPrintable(plan.error()));
        const Result<std::unique_ptr<Database>> db =
            NewDatabase::create(path, *plan, NewDatabase::Content::PlanWithSampleData);
        if (!db)
            qFatal("demo ledger: %s", qPrintable(db.error()));
        return path;
    }

    QString emptyServerDatabase()
    {
        m_servers << TestDatabase::createServerDatabase();
        return m_servers.constLast();
    }

    static std::unique_ptr<Database> open(const QString &location,
                                          Database::Access access = Database::Access::ReadOnly)
    {
        Result<std::unique_ptr<Database>> db = Database::open(location, access);
        if (!db)
            qFatal("open %s: %s", qPrintable(location), qPrintable(db.error()));
        return std::move(*db);
    }

    /// Every row of a table as text, read with code of the test's own (not
    /// the checksum under test): NULL shown apart from ''.
    static QStringList rowsOf(Database &db, const LedgerTable &table)
    {
        Result<QSqlQuery> q = db.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table.name, table.key));
        if (!q)
            qFatal("%s: %s", qPrintable(table.name), qPrintable(q.error()));
        QStringList rows;
        while (q->next()) {
            QStringList fields;
            for (int i = 0; i < table.columns.size(); ++i)
                fields << (q->isNull(i) ? u"<NULL>"_s : q->value(i).toString());
            rows << fields.join(u'\x1f');
        }
        return rows;
    }

    static qint64 count(Database &db, const QString &sql)
    {
        const Result<qint64> n = db.scalar(sql);
        if (!n)
            qFatal("%s: %s", qPrintable(sql), qPrintable(n.error()));
        return *n;
    }

    static qint64 rowsOnServer(const QString &location)
    {
        const std::unique_ptr<Database> db = open(location);
        qint64 rows = 0;
        for (const LedgerTable &table : LedgerTables::all())
            rows += count(*db, u"SELECT count(*) FROM %1"_s.arg(table.name));
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!TestDatabase::serverUrl().isEmpty(),
                 "needs a server: run through ctest -L postgres (PLANDESK_TEST_POSTGRES)");
    }

    void cleanupTestCase()
    {
        for (const QString &location : std::as_const(m_servers))
            TestDatabase::dropServerDatabase(location);
    }

    void shouldCopyEveryRowOfEveryTable()
    {
        // Given the demo ledger in a file, with a work item whose id is below
        // its task's (undo gives a row back its old id), and an empty server database
        const QString file = demoFile();
        QVERIFY(
            execRaw(file,
                    {u"INSERT INTO task (id, plan_id, group_id, number, title, start_on, due_on) "
                     "SELECT 10000, plan_id, id, 99, '新任务', '2018-01-01', '2018-12-31' "
                     "FROM task_group WHERE kind = 'key_task' ORDER BY id LIMIT 1"_s,
                     u"INSERT INTO task (id, plan_id, group_id, parent_id, number, title, "
                     "start_on, due_on) SELECT 9999, plan_id, group_id, 10000, 1, '工作事项', "
                     "start_on, due_on FROM task WHERE id = 10000"_s}));
        const QString server = emptyServerDatabase();
        QHash<QString, qint64> lastProgress;
        qint64 progressCalls = 0;

        // When it is copied
        const Result<LedgerCopyReport> report =
            LedgerCopy::copy(file, server, [&](const QString &table, qint64 done, qint64 total) {
                QVERIFY(done <= total);
                lastProgress[table] = done;
                ++progressCalls;
            });

        // Then every table has the same rows, by the report and by our own reading
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->tables.size(), LedgerTables::all().size());
        const std::unique_ptr<Database> source = open(file);
        const std::unique_ptr<Database> target = open(server);
        qint64 total = 0;
        for (qsizetype i = 0; i < report->tables.size(); ++i) {
            const LedgerTable &table = LedgerTables::all().at(i);
            const TableChecksum &copied = report->tables.at(i);
            QCOMPARE(copied.table, table.name);
            const Result<TableChecksum> original = LedgerTables::checksum(*source, table);
            QVERIFY(original);
            QCOMPARE(copied.rows, original->rows);
            QCOMPARE(copied.sha256, original->sha256);
            QCOMPARE(copied.sha256.size(), 64);
            QCOMPARE(rowsOf(*target, table), rowsOf(*source, table));
            QCOMPARE(lastProgress.value(table.name), original->rows);
            total += original->rows;
        }
        QCOMPARE(report->rows, total);
        QVERIFY(progressCalls >= LedgerTables::all().size());
        // The demo has something in the tables that matter, the log above all.
        for (const QString &table : {u"task"_s, u"progress_report"_s, u"meeting"_s,
                                     u"action_item"_s, u"action_review"_s, u"audit_log"_s})
            QVERIFY2(count(*target, u"SELECT count(*) FROM %1"_s.arg(table)) > 0,
                     qPrintable(table));
        // and work items under their tasks: the order of the copy mattered
        QVERIFY(count(*target, u"SELECT count(*) FROM task WHERE parent_id IS NOT NULL"_s) > 0);
    }

    void shouldKeepTheAuditLogAsItWasAndLogNothingNew()
    {
        const QString file = demoFile();
        const QString server = emptyServerDatabase();
        QVERIFY(LedgerCopy::copy(file, server));
        const std::unique_ptr<Database> source = open(file);
        const std::unique_ptr<Database> target = open(server);
        const LedgerTable &log = LedgerTables::all().at(11);
        QCOMPARE(log.name, u"audit_log"_s);
        const QStringList rows = rowsOf(*target, log);
        QCOMPARE(rows, rowsOf(*source, log));
        QVERIFY(rows.constFirst().contains(u"\x1finsert\x1f"_s));
        QCOMPARE(count(*target, u"SELECT count(*) FROM audit_log WHERE db_user <> ''"_s), 0);
    }

    void shouldGiveANewRowTheNextIdAndAuditIt()
    {
        // Given a copied ledger
        const QString file = demoFile();
        const QString server = emptyServerDatabase();
        QVERIFY(LedgerCopy::copy(file, server));
        const std::unique_ptr<Database> source = open(file);
        const qint64 lastDepartment = count(*source, u"SELECT max(id) FROM department"_s);
        const qint64 lastLog = count(*source, u"SELECT max(id) FROM audit_log"_s);

        // When someone adds a department on the server
        const std::unique_ptr<Database> target = open(server, Database::Access::ReadWrite);
        target->setActor(u"王科长"_s);
        Department department;
        department.name = u"市大数据局"_s;
        const Result<qint64> id = DepartmentRepository(*target).create(department);

        // Then it gets the id after the file's last, and the log records it
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(*id, lastDepartment + 1);
        Result<QSqlQuery> logged =
            target->exec(u"SELECT id, actor, action FROM audit_log WHERE table_name = 'department' "
                         "AND row_id = ? ORDER BY id"_s,
                         {*id});
        QVERIFY(logged);
        QVERIFY(logged->next());
        QCOMPARE(logged->value(0).toLongLong(), lastLog + 1);
        QCOMPARE(logged->value(1).toString(), u"王科长"_s);
        QCOMPARE(logged->value(2).toString(), u"insert"_s);
        QVERIFY(!logged->next());
    }

    void shouldKeepApprovedMinutesLockedAfterCopyingThem()
    {
        // Given a file with approved minutes that carry action items
        const QString file = demoFile();
        const std::unique_ptr<Database> source = open(file);
        const qint64 approvedItems =
            count(*source,
                  u"SELECT count(*) FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
                  "WHERE m.approval = 'approved'"_s);
        QVERIFY(approvedItems > 0);

        // When it is copied, they are all there
        const QString server = emptyServerDatabase();
        const Result<LedgerCopyReport> report = LedgerCopy::copy(file, server);
        QVERIFY2(report, qPrintable(report.error()));
        const std::unique_ptr<Database> target = open(server, Database::Access::ReadWrite);
        QCOMPARE(count(*target,
                       u"SELECT count(*) FROM action_item a JOIN meeting m ON "
                       "m.id = a.meeting_id WHERE m.approval = 'approved'"_s),
                 approvedItems);

        // and the rules are on again: approved minutes cannot be changed
        const Result<QSqlQuery> changed =
            target->exec(u"UPDATE meeting SET minutes = 'rewritten' WHERE approval = 'approved'"_s);
        QVERIFY(!changed);
        QVERIFY2(changed.error().contains(u"meeting_approved_locked"_s),
                 qPrintable(changed.error()));
    }

    void shouldRefuseATargetThatHoldsALedgerLeavingItUnchanged()
    {
        const QString file = demoFile();
        const QString server = emptyServerDatabase();
        QVERIFY(LedgerCopy::copy(file, server));
        const QByteArray before = ledgerHash(server);

        const Result<LedgerCopyReport> again = LedgerCopy::copy(file, server);

        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"already holds a PlanDesk ledger"_s),
                 qPrintable(again.error()));
        QVERIFY2(again.error().contains(u"Nothing was changed"_s), qPrintable(again.error()));
        QCOMPARE(ledgerHash(server), before);
    }

    void shouldUndoTheWholeCopyWhenTheServerRefusesARow_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("pick"); ///< the row to spoil
        QTest::addColumn<QString>("rule");
        // task has fewer rows than a batch; progress_report's bad row sits
        // inside one, which the server refuses whole.
        QTest::newRow("task, alone")
            << u"task"_s << u"due_on"_s
            << u"SELECT max(id) FROM task WHERE start_on < '2020-01-01'"_s << u"task_due_on_date"_s;
        QTest::newRow("report, in a batch")
            << u"progress_report"_s << u"reported_on"_s
            << u"SELECT id FROM progress_report ORDER BY id LIMIT 1 OFFSET 1234"_s
            << u"progress_report_reported_on_date"_s;
    }
    void shouldUndoTheWholeCopyWhenTheServerRefusesARow()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, pick);
        QFETCH(QString, rule);
        // Given a file holding a date SQLite let through (its checks were off)
        const QString file = demoFile();
        const qint64 rowId = count(*open(file), pick);
        QVERIFY(rowId > 0);
        QVERIFY(execRaw(
            file,
            {u"PRAGMA ignore_check_constraints = ON"_s,
             u"UPDATE %1 SET %2 = '2020-02-30' WHERE id = %3"_s.arg(table, column).arg(rowId)}));
        const QString server = emptyServerDatabase();

        // When it is copied
        const Result<LedgerCopyReport> report = LedgerCopy::copy(file, server);

        // Then the error says where, and nothing stays on the server
        QVERIFY(!report);
        const QString error = report.error();
        QVERIFY2(error.contains(u"table “%1”, row id %2, "_s.arg(table).arg(rowId)),
                 qPrintable(error));
        QVERIFY2(error.contains(u"column %1 (“2020-02-30”)"_s.arg(column)), qPrintable(error));
        QVERIFY2(error.contains(u"rule "_s + rule), qPrintable(error));
        QVERIFY2(error.contains(u"no rows were written"_s), qPrintable(error));
        QCOMPARE(rowsOnServer(server), 0);
    }

    void shouldRefuseASourceWhoseColumnsDiffer()
    {
        const QString file = demoFile();
        QVERIFY(execRaw(file, {u"ALTER TABLE meeting ADD COLUMN venue_note TEXT"_s}));
        const QString server = emptyServerDatabase();
        const QByteArray before = ledgerHash(server);

        const Result<LedgerCopyReport> report = LedgerCopy::copy(file, server);

        QVERIFY(!report);
        QVERIFY2(report.error().contains(u"table “meeting” has the columns"_s),
                 qPrintable(report.error()));
        QVERIFY2(report.error().contains(u"venue_note"_s), qPrintable(report.error()));
        QCOMPARE(ledgerHash(server), before); // still without any table
    }

    void shouldRefuseAnOlderFileUntilPlanDeskUpgradedIt()
    {
        const QString old = m_dir.filePath(u"old.sqlite"_s);
        QVERIFY(writeDatabaseFromSql(fixture(u"schema-v1.sql"_s), old));
        const QByteArray file = fileBytes(old);
        const Result<LedgerCopyReport> report = LedgerCopy::copy(old, emptyServerDatabase());
        QVERIFY(!report);
        QVERIFY2(report.error().contains(u"open it once in PlanDesk to upgrade it first"_s),
                 qPrintable(report.error()));
        QCOMPARE(fileBytes(old), file);
    }

    void shouldMoveOnlyFromAFileToAServer()
    {
        const QString file = demoFile();
        const QString server = emptyServerDatabase();
        const Result<LedgerCopyReport> toFile =
            LedgerCopy::copy(file, m_dir.filePath(u"copy.sqlite"_s));
        QVERIFY(!toFile);
        QVERIFY2(toFile.error().contains(u"must move to a database server"_s),
                 qPrintable(toFile.error()));
        const Result<LedgerCopyReport> fromServer = LedgerCopy::copy(server, server);
        QVERIFY(!fromServer);
        QVERIFY2(fromServer.error().contains(u"must be a file"_s), qPrintable(fromServer.error()));
    }

    void shouldTellNullFromEmptyTextInTheChecksum()
    {
        const QString file = demoFile();
        const LedgerTable &plan = LedgerTables::all().constFirst();
        const auto sum = [&] {
            const Result<TableChecksum> s = LedgerTables::checksum(*open(file), plan);
            return s ? s->sha256 : QByteArray();
        };
        QVERIFY(execRaw(file, {u"UPDATE plan SET signed_on = NULL"_s}));
        const QByteArray withNull = sum();
        QVERIFY(execRaw(
            file,
            {u"PRAGMA ignore_check_constraints = ON"_s, u"UPDATE plan SET signed_on = ''"_s}));
        const QByteArray withEmpty = sum();
        QVERIFY(!withNull.isEmpty());
        QVERIFY(withNull != withEmpty);
        // and the same content gives the same checksum again
        QVERIFY(execRaw(file, {u"UPDATE plan SET signed_on = NULL"_s}));
        QCOMPARE(sum(), withNull);
    }
};

QTEST_GUILESS_MAIN(TestLedgerCopy)
#include "tst_ledgercopy.moc"
