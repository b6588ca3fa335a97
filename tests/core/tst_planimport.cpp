#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include "plans/planimport.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// Each bad file of the corpus, the place its one problem must be named at,
/// and what must be said there.
struct BadFile
{
    const char *file;
    const char *place;
    const char *says;
};

const BadFile badFiles[] = {
    {"not-json.json", "line 6, column 5", "not valid JSON"},
    {"wrong-format.json", "format", "must be “plandesk-plan”"},
    {"wrong-version.json", "format_version", "must be 1 (this PlanDesk reads version 1)"},
    {"missing-title.json", "plan.title", "is missing"},
    {"duplicate-task-number.json", "groups[1].tasks[0].number",
     "number 1 is used twice (also at groups[0].tasks[0])"},
    {"unknown-lead.json", "groups[0].tasks[1].lead",
     "department “市不存在局” is not listed under departments"},
    {"unknown-cooperating.json", "groups[0].tasks[0].cooperating[1]",
     "department “市知识产权局” is not listed under departments"},
    {"us-date.json", "plan.start_on", "“5/3/24” is not a date like 2017-04-12"},
    {"target-not-a-number.json", "indicators[0].target",
     "must be a number with at most 4 decimal places"},
    {"target-nan.json", "indicators[0].target", "must be a number with at most 4 decimal places"},
    {"target-negative.json", "indicators[0].target", "must not be negative"},
    {"missing-unit.json", "indicators[0].unit", "is missing"},
    {"due-before-start.json", "groups[0].tasks[0].due_on",
     "2023-06-30 is before the start 2024-01-01"},
    {"misspelt-key.json", "groups[0].tasks[0].dueOn", "is not a field of the plan format"},
    {"unknown-department-kind.json", "departments[1].kind", "“ministry” is not allowed here"},
    {"baseline-without-year.json", "indicators[0]",
     "a baseline needs both “baseline” and “baseline_year”"},
    {"duplicate-item-number.json", "groups[0].tasks[0].items[1].number",
     "number 1 is used twice (also at groups[0].tasks[0].items[0])"},
    {"item-unknown-lead.json", "groups[0].tasks[0].items[0].lead",
     "department “市科学技术局” is not listed under departments"},
    {"already-present.json", "plan.document_number",
     "the plan “济宁市人民政府关于加快知识产权强市建设的实施意见” (济政字〔2017〕27号) is "
     "already in this database"},
    {"already-present-by-title.json", "plan.title",
     "the plan “济宁市人民政府关于加快知识产权强市建设的实施意见” (济政字〔2017〕27号) is "
     "already in this database"},
};

QString badFile(const QString &name)
{
    return fixture(u"plans/bad/"_s + name);
}

QByteArray ledgerHash(TestDatabase &t)
{
    return Testing::ledgerHash(t.path());
}

} // namespace

/// Loading a plan file: all or nothing, and every refusal names its place.
class TestPlanImport : public QObject
{
    Q_OBJECT

private:
    /// Imports `file` into a database holding the built-in plan, which must
    /// refuse it and stay byte for byte as it was; returns the message.
    QString refuse(const QString &file)
    {
        TestDatabase t;
        t.close(); // the file alone, its WAL checkpointed
        const QByteArray before = ledgerHash(t);
        Result<qint64> imported = PlanImport::run(t.reopen(), file);
        t.close();
        if (imported)
            QTest::qFail("the import did not fail", __FILE__, __LINE__);
        else if (ledgerHash(t) != before || QFile::exists(t.path() + u"-wal"_s))
            QTest::qFail("the database changed", __FILE__, __LINE__);
        return imported ? QString() : imported.error();
    }

private slots:
    void shouldNameThePlaceOfEachProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("says");
        for (const BadFile &b : badFiles)
            QTest::newRow(b.file) << badFile(QString::fromUtf8(b.file))
                                  << QString::fromUtf8(b.place) << QString::fromUtf8(b.says);
    }
    void shouldNameThePlaceOfEachProblem()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        QFETCH(QString, says);
        // When a file with one problem is imported, it is refused with one
        // line: the file, the place in it, what is wrong there.
        const QString message = refuse(file);
        QVERIFY2(message.startsWith(u"%1, %2: %3"_s.arg(file, place, says)), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    }

    void shouldNameEveryProblemOfAFileAtOnce()
    {
        const QString file = badFile(u"several-problems.json"_s);
        const QString message = refuse(file);
        const QStringList lines = message.split(u'\n');
        QVERIFY2(lines.value(0).startsWith(u"%1 has 4 problem"_s.arg(file)), qPrintable(message));
        QCOMPARE(lines.mid(1),
                 (QStringList {
                     u"  %1, plan.title: is missing"_s.arg(file),
                     u"  %1, plan.start_on: “2024/1/1” is not a date like 2017-04-12"_s.arg(file),
                     u"  %1, groups[0].tasks[1].lead: department “市不存在局” is not listed under "
                     u"departments"_s.arg(file),
                     u"  %1, indicators[0].target: must not be negative"_s.arg(file)}));
    }

    void shouldHaveARowForEveryFileOfTheCorpus()
    {
        QStringList named {u"several-problems.json"_s};
        for (const BadFile &b : badFiles)
            named << QString::fromUtf8(b.file);
        named.sort();
        const QStringList present =
            QDir(fixture(u"plans/bad"_s)).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(present, named);
    }

    void shouldInstallAGoodFileWithItsWorkItems()
    {
        TestDatabase t;
        Result<qint64> id = PlanImport::run(t.db(), fixture(u"plans/small-plan.json"_s));
        QVERIFY2(id, qPrintable(id.error()));
        QVERIFY(*id != t.planId());
        Result<QList<Plan>> plans = PlanRepository(t.db()).plans();
        QVERIFY(plans);
        QCOMPARE(plans->size(), 2);
        Result<QList<Task>> tasks = TaskRepository(t.db()).tasks(*id);
        QVERIFY(tasks);
        QCOMPARE(tasks->size(), 5); // 2 key tasks, 2 items of task 1, 1 safeguard
        const Task &item = tasks->at(1);
        QCOMPARE(item.parentId, std::optional<qint64>(tasks->at(0).id));
        QCOMPARE(item.title, u"完成产业专利导航报告"_s);
        QCOMPARE(item.startOn, QDate(2024, 1, 1)); // its task's start
        QCOMPARE(item.dueOn, QDate(2024, 6, 30));
        QCOMPARE(tasks->at(2).dueOn, QDate(2025, 12, 31)); // its task's due date
        Result<QList<Assignment>> assignments = TaskRepository(t.db()).assignments(item.id);
        QVERIFY(assignments);
        QCOMPARE(assignments->size(), 2);
        QCOMPARE(assignments->at(0).role, AssignmentRole::Lead);
    }

    void shouldLeaveTheDatabaseAsItWasWhenInstallingFailsHalfway()
    {
        // Given a database that refuses indicators (the last thing installed)
        TestDatabase t;
        t.close();
        const QStringList refuse = t.onServer()
            ? QStringList {u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS"
                           " $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"_s,
                           u"CREATE TRIGGER refuse BEFORE INSERT ON indicator"
                           " FOR EACH ROW EXECUTE FUNCTION refuse()"_s}
            : QStringList {u"CREATE TRIGGER refuse BEFORE INSERT ON indicator"
                           u" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s};
        QVERIFY(execRaw(t.path(), refuse));
        const QByteArray before = ledgerHash(t);
        // When a good file is imported
        const QString file = fixture(u"plans/small-plan.json"_s);
        Result<qint64> id = PlanImport::run(t.reopen(), file);
        t.close();
        // Then it fails naming the file, and its departments, plan and tasks are gone too
        QVERIFY(!id);
        QVERIFY2(id.error().startsWith(file + u": nothing was imported"_s), qPrintable(id.error()));
        QVERIFY2(id.error().contains(u"refused by the test"_s), qPrintable(id.error()));
        QCOMPARE(ledgerHash(t), before);
    }

    void shouldSayWhenTheFileCannotBeRead()
    {
        TestDatabase t;
        Result<qint64> id = PlanImport::run(t.db(), t.dir() + u"/none.json"_s);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(t.dir() + u"/none.json"_s), qPrintable(id.error()));
    }
};

QTEST_GUILESS_MAIN(TestPlanImport)
#include "tst_planimport.moc"
