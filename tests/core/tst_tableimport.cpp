#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTest>

#include "exchange/columns.h"
#include "exchange/tableimport.h"
#include "openpyxlpython.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

const QDate Today(2018, 7, 20);

/// A returns sheet as a department sends it back: two title lines, the
/// Chinese header on row 3, then one row per task.
Workbook returns(const QList<QStringList> &rows, const QString &name = u"returns.xlsx"_s)
{
    Sheet sheet;
    sheet.name = u"进展填报"_s;
    sheet.rows << SheetRow {1, {{SheetCell::Kind::Text, u"2018年第二季度进展报送"_s, {}}}};
    sheet.rows << SheetRow {2, {{SheetCell::Kind::Text, u"请在黄色单元格中填写"_s, {}}}};
    SheetRow header {3, {}};
    for (const ColumnSpec &c : ExchangeColumns::progress())
        header.cells << SheetCell {SheetCell::Kind::Text, c.label, {}};
    sheet.rows << header;
    int number = 4;
    for (const QStringList &values : rows) {
        SheetRow row {number++, {}};
        for (const QString &v : values)
            row.cells << (v.isEmpty() ? SheetCell() : SheetCell {SheetCell::Kind::Text, v, {}});
        sheet.rows << row;
    }
    return {name, {sheet}};
}

/// task, department, percent, status, text, evidence, date — in template order.
QStringList row(const QString &task, const QString &department, const QString &percent,
                const QString &status, const QString &text = {}, const QString &date = {},
                const QString &period = u"2018-Q2"_s)
{
    return {task, u"任务"_s, {}, {}, department, period, percent, status, text, u"文件"_s, date};
}

QByteArray hashOf(TestDatabase &t)
{
    t.close();
    const QByteArray hash = ledgerHash(t.path());
    t.reopen();
    return hash;
}

} // namespace

class TestTableImport : public QObject
{
    Q_OBJECT

private:
    static QString firstProblem(const ImportPreview &p)
    {
        return p.problems.isEmpty() ? QString() : p.problems.constFirst().toString();
    }

private slots:
    void shouldImportFilledRowsAndSkipBlankOnes()
    {
        TestDatabase t;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        const Result<ImportPreview> p = import.preview(QList<Workbook> {returns({
            row(u"1"_s, u"市委组织部"_s, u"60"_s, u"推进中"_s, u"试点方案已起草"_s,
                u"2018-07-05"_s),
            row(u"1"_s, u"市编办"_s, u"30%"_s, u"in_progress"_s),
            {u"2"_s, u"任务"_s, {}, {}, u"市知识产权局"_s, u"2018-Q2"_s},
        })});
        QVERIFY(p);
        QVERIFY2(p->problems.isEmpty(), qPrintable(firstProblem(*p)));
        QCOMPARE(p->count(ImportRow::Outcome::New), 2);
        QCOMPARE(p->count(ImportRow::Outcome::Skipped), 1);
        QVERIFY(p->canApply());
        QCOMPARE(p->rows.at(0).row, 4);

        const Result<ImportReceipt> receipt = import.apply(*p);
        QVERIFY2(receipt, qPrintable(receipt.error()));
        QCOMPARE(receipt->written, 2);
        const QList<ProgressReport> reports =
            *ProgressRepository(t.db()).reportsForPlan(t.planId());
        QCOMPARE(reports.size(), 2);
        const qint64 task1 = reports.constFirst().taskId;
        const auto lead =
            std::find_if(reports.cbegin(), reports.cend(), [&](const ProgressReport &r) {
                return r.departmentId == DepartmentRepository(t.db()).byName(u"市委组织部"_s)->id;
            });
        QCOMPARE(lead->percent, 60);
        QCOMPARE(lead->reportedOn, QDate(2018, 7, 5));
        QCOMPARE(lead->text, u"试点方案已起草"_s);
        QCOMPARE(lead->evidence, u"文件"_s);
        // The lead's report is the task's standing; a blank date means today.
        QCOMPARE(TaskRepository(t.db()).task(task1)->percent, 60);
        const auto other = reports.constFirst().id == lead->id ? reports.at(1) : reports.at(0);
        QCOMPARE(other.reportedOn, Today);
        QCOMPARE(other.percent, 30);

        QVERIFY(import.revert(*receipt));
        QVERIFY(ProgressRepository(t.db()).reportsForPlan(t.planId())->isEmpty());
        QCOMPARE(TaskRepository(t.db()).task(task1)->percent, 0);
    }

    void shouldMoveATasksStandingOnlyByItsLeadsLatestReport()
    {
        TestDatabase t;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        auto task1 = [&] {
            for (const Task &task : *TaskRepository(t.db()).tasks(t.planId())) {
                if (task.number == 1 && !task.parentId)
                    return task;
            }
            return Task();
        };
        auto run = [&](const QList<QStringList> &rows) {
            const Result<ImportPreview> p = import.preview(QList<Workbook> {returns(rows)});
            QVERIFY2(p && p->problems.isEmpty(), qPrintable(firstProblem(*p)));
            QVERIFY(import.apply(*p));
        };
        // A cooperating department's report is its part, not the standing.
        run({row(u"1"_s, u"市编办"_s, u"90"_s, u"推进中"_s)});
        QCOMPARE(task1().percent, 0);
        // The lead's Q2 report sets it; an older period afterwards does not.
        run({row(u"1"_s, u"市委组织部"_s, u"50"_s, u"推进中"_s)});
        QCOMPARE(task1().percent, 50);
        run({row(u"1"_s, u"市委组织部"_s, u"20"_s, u"推进中"_s, {}, u"2018-04-02"_s,
                 u"2018-Q1"_s)});
        QCOMPARE(task1().percent, 50);
        // Correcting the latest report moves it; so does a month ending with Q2
        // when reported later than the quarter's report.
        run({row(u"1"_s, u"市委组织部"_s, u"55"_s, u"推进中"_s)});
        QCOMPARE(task1().percent, 55);
        run({row(u"1"_s, u"市委组织部"_s, u"100"_s, u"已完成"_s, {}, {}, u"2018-06"_s)});
        QCOMPARE(task1().percent, 100);
        QCOMPARE(task1().status, TaskStatus::Done);
    }

    void shouldNotDuplicateAFileImportedTwice()
    {
        TestDatabase t;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        const Workbook file = returns({row(u"1"_s, u"市委组织部"_s, u"60"_s, u"推进中"_s)});
        QVERIFY(import.apply(*import.preview(QList<Workbook> {file})));
        const Result<ImportPreview> again = import.preview(QList<Workbook> {file});
        QCOMPARE(again->count(ImportRow::Outcome::Unchanged), 1);
        QVERIFY(!again->canApply());
        QVERIFY(!import.apply(*again));
        QCOMPARE(ProgressRepository(t.db()).reportsForPlan(t.planId())->size(), 1);
    }

    void shouldCorrectTheReportAlreadyThere()
    {
        TestDatabase t;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        QVERIFY(import.apply(*import.preview(
            QList<Workbook> {returns({row(u"1"_s, u"市委组织部"_s, u"60"_s, u"推进中"_s)})})));
        const qint64 id = ProgressRepository(t.db()).reportsForPlan(t.planId())->constFirst().id;
        const Result<ImportPreview> p = import.preview(
            QList<Workbook> {returns({row(u"1"_s, u"市委组织部"_s, u"70"_s, u"推进中"_s)})});
        QCOMPARE(p->count(ImportRow::Outcome::Replaces), 1);
        QCOMPARE(p->rows.constFirst().before, u"60% 推进中"_s);
        const Result<ImportReceipt> receipt = import.apply(*p);
        QVERIFY(receipt);
        const QList<ProgressReport> reports =
            *ProgressRepository(t.db()).reportsForPlan(t.planId());
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.constFirst().id, id);
        QCOMPARE(reports.constFirst().percent, 70);
        QVERIFY(import.revert(*receipt));
        QCOMPARE(ProgressRepository(t.db()).report(id)->percent, 60);
    }

    void shouldNameEveryProblemAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("bad");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("says");
        QTest::newRow("percent 140")
            << row(u"1"_s, u"市委组织部"_s, u"140"_s, u"推进中"_s)
            << u"row 5, column G (完成进度（%）)"_s << u"140% is outside 0–100"_s;
        QTest::newRow("NaN") << row(u"1"_s, u"市委组织部"_s, u"NaN"_s, u"推进中"_s)
                             << u"row 5, column G"_s << u"“NaN” is not a number"_s;
        QTest::newRow("text in number cell")
            << row(u"1"_s, u"市委组织部"_s, u"过半"_s, u"推进中"_s) << u"row 5, column G"_s
            << u"“过半” is not a percent"_s;
        QTest::newRow("unknown department")
            << row(u"1"_s, u"市科委"_s, u"50"_s, u"推进中"_s) << u"row 5, column E (填报单位)"_s
            << u"no department is called “市科委”"_s;
        QTest::newRow("not assigned")
            << row(u"1"_s, u"市公安局"_s, u"50"_s, u"推进中"_s) << u"row 5, column E"_s
            << u"neither leads nor cooperates on task 1"_s;
        QTest::newRow("unknown task")
            << row(u"99"_s, u"市委组织部"_s, u"50"_s, u"推进中"_s)
            << u"row 5, column A (任务编号)"_s << u"the plan has no task 99"_s;
        QTest::newRow("bad status") << row(u"1"_s, u"市委组织部"_s, u"50"_s, u"差不多"_s)
                                    << u"row 5, column H (状态)"_s << u"“差不多” is not a status"_s;
        QTest::newRow("ambiguous date")
            << row(u"1"_s, u"市委组织部"_s, u"50"_s, u"推进中"_s, {}, u"5/3/24"_s)
            << u"row 5, column K (填报日期)"_s << u"“5/3/24” is ambiguous"_s;
        QTest::newRow("future date")
            << row(u"1"_s, u"市委组织部"_s, u"50"_s, u"推进中"_s, {}, u"2018-08-01"_s)
            << u"row 5, column K"_s << u"2018-08-01 is after today"_s;
        QTest::newRow("bad period")
            << row(u"1"_s, u"市委组织部"_s, u"50"_s, u"推进中"_s, {}, {}, u"二季度"_s)
            << u"row 5, column F (报送期)"_s << u"“二季度” is not a period"_s;
        QTest::newRow("done below 100") << row(u"1"_s, u"市委组织部"_s, u"80"_s, u"已完成"_s)
                                        << u"row 5, column G"_s << u"done is at 100%, not 80%"_s;
        QTest::newRow("missing percent") << row(u"1"_s, u"市委组织部"_s, {}, u"推进中"_s)
                                         << u"row 5, column G"_s << u"the percent is missing"_s;
        QTest::newRow("same row twice")
            << row(u"1"_s, u"市编办"_s, u"20"_s, u"推进中"_s) << u"row 5, column A"_s
            << u"the same task, department and period as returns.xlsx, sheet 进展填报, row 4"_s;
    }
    void shouldNameEveryProblemAndWriteNothing()
    {
        QFETCH(QStringList, bad);
        QFETCH(QString, place);
        QFETCH(QString, says);
        TestDatabase t;
        const QByteArray before = hashOf(t);
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        const Result<ImportPreview> p = import.preview(QList<Workbook> {returns({
            row(u"1"_s, u"市编办"_s, u"30"_s,
                u"推进中"_s), // good, but the import is all or nothing
            bad,
        })});
        QVERIFY(p);
        QCOMPARE(p->problems.size(), 1);
        const QString message = p->problems.constFirst().toString();
        QVERIFY2(message.startsWith(u"returns.xlsx, sheet 进展填报, "_s + place),
                 qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(p->rows.at(1).outcome, ImportRow::Outcome::Invalid);
        QVERIFY(!p->canApply());
        QVERIFY(!import.apply(*p));
        QCOMPARE(hashOf(t), before);
    }

    void shouldRefuseEveryFileOfTheBadCorpusAndChangeNothing()
    {
        // Hostile and broken files, through the whole import: refused by name.
        QStringList files;
        for (const QString &dir : {u"xlsx/bad"_s, u"csv"_s}) {
            const QDir folder(fixture(dir));
            for (const QString &name :
                 folder.entryList({u"*.xlsx"_s, u"bad-*.csv"_s, u"renamed-*.csv"_s}, QDir::Files))
                files << folder.filePath(name);
        }
        QVERIFY(files.size() > 30);
        TestDatabase t;
        const QByteArray before = hashOf(t);
        for (const QString &path : std::as_const(files)) {
            TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
            const Result<ImportPreview> p = import.preview(QStringList {path});
            QVERIFY(p);
            QVERIFY2(!p->problems.isEmpty(), qPrintable(path));
            const QString message = p->problems.constFirst().toString();
            QVERIFY2(message.startsWith(QFileInfo(path).fileName()), qPrintable(message));
            QVERIFY(!import.apply(*p));
        }
        QCOMPARE(hashOf(t), before);
    }

    void shouldReadPercentFormattedCellsAsExcelShowsThem()
    {
        // Typing 60% in Excel stores 0.6 in a percent format.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"percent.xlsx"_s);
        QByteArray out;
        QString error;
        const QString script = uR"(import openpyxl, sys
b = openpyxl.Workbook(); s = b.active
s.append(["task", "department", "period", "percent", "status"])
s.append(["1", "市委组织部", "2018-Q2", 0.6, "推进中"])
s.append(["1", "市编办", "2018-Q2", 1, "已完成"])
s["D2"].number_format = "0%"; s["D3"].number_format = "0.0%"
b.save(sys.argv[1]))"_s;
        QVERIFY2(runOpenpyxl({u"-c"_s, script, path}, out, error), qPrintable(error));
        TestDatabase t;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        const Result<ImportPreview> p = import.preview(QStringList {path});
        QVERIFY2(p->problems.isEmpty(), qPrintable(firstProblem(*p)));
        QCOMPARE(p->changes.reportsToAdd.size(), 2);
        QCOMPARE(p->changes.reportsToAdd.at(0).percent, 60);
        QCOMPARE(p->changes.reportsToAdd.at(1).percent, 100);
    }

    void shouldReadEverySheetThatHasTheColumns()
    {
        TestDatabase t;
        Workbook file = returns({row(u"1"_s, u"市委组织部"_s, u"60"_s, u"推进中"_s)});
        Sheet copy = returns({row(u"1"_s, u"市编办"_s, u"30"_s, u"推进中"_s)}).sheets.constFirst();
        copy.name = u"进展填报 (2)"_s;
        file.sheets << copy;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        const Result<ImportPreview> p = import.preview(QList<Workbook> {file});
        QCOMPARE(p->count(ImportRow::Outcome::New), 2);
        QCOMPARE(p->rows.at(1).sheet, u"进展填报 (2)"_s);
    }

    void shouldRefuseATemplateWrittenForAnotherPlan()
    {
        TestDatabase t;
        Workbook file = returns({row(u"1"_s, u"市委组织部"_s, u"60"_s, u"推进中"_s)});
        Sheet tag;
        tag.name = u"_plandesk"_s;
        tag.hidden = true;
        tag.rows << SheetRow {1,
                              {{SheetCell::Kind::Text, u"plan"_s, {}},
                               {SheetCell::Kind::Text, u"济政字〔2099〕1号"_s, {}}}};
        file.sheets << tag;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        const Result<ImportPreview> p = import.preview(QList<Workbook> {file});
        QCOMPARE(p->problems.size(), 1);
        QCOMPARE(p->problems.constFirst().toString(),
                 u"returns.xlsx: this template was written for the plan 济政字〔2099〕1号, not "
                 "for this database's plan 济政字〔2017〕27号."_s);
        QVERIFY(!p->canApply());
    }

    void shouldUpdateContactsAndAddDepartments()
    {
        TestDatabase t;
        Sheet sheet;
        auto add = [&](const QStringList &values) {
            SheetRow r {static_cast<int>(sheet.rows.size()) + 1, {}};
            for (const QString &v : values)
                r.cells << (v.isEmpty() ? SheetCell() : SheetCell {SheetCell::Kind::Text, v, {}});
            sheet.rows << r;
        };
        add({u"单位名称"_s, u"类型"_s, u"联系人"_s, u"联系电话"_s});
        add({u"市委组织部"_s, {}, u"王明"_s, u"0537-2345678 转 8012"_s});
        add({u"市大数据局"_s, u"政府部门"_s, u"李华"_s, u"13800000000"_s});
        const Workbook file {u"contacts.xlsx"_s, {sheet}};
        TableImport import(t.db(), t.planId(), TableImport::Kind::Departments, Today);
        const Result<ImportPreview> p = import.preview(QList<Workbook> {file});
        QVERIFY2(p->problems.isEmpty(), qPrintable(firstProblem(*p)));
        QCOMPARE(p->count(ImportRow::Outcome::Replaces), 1);
        QCOMPARE(p->count(ImportRow::Outcome::New), 1);
        const Result<ImportReceipt> receipt = import.apply(*p);
        QVERIFY(receipt);
        DepartmentRepository departments(t.db());
        QCOMPARE(departments.byName(u"市委组织部"_s)->contactPerson, u"王明"_s);
        QCOMPARE(departments.byName(u"市委组织部"_s)->kind, DepartmentKind::Party); // kept
        QCOMPARE(departments.byName(u"市大数据局"_s)->contactPhone, u"13800000000"_s);
        QVERIFY(import.revert(*receipt));
        QVERIFY(departments.byName(u"市委组织部"_s)->contactPerson.isEmpty());
        QVERIFY(!departments.byName(u"市大数据局"_s));

        // A new department needs its kind; a phone must look like one.
        sheet.rows.resize(1);
        add({u"市新设局"_s, {}, u"张三"_s, {}});
        add({u"市编办"_s, {}, {}, u"请找办公室"_s});
        const Result<ImportPreview> bad =
            import.preview(QList<Workbook> {{u"contacts.xlsx"_s, {sheet}}});
        QCOMPARE(bad->problems.size(), 2);
        QVERIFY2(bad->problems.at(0).toString().startsWith(
                     u"contacts.xlsx, row 2, column B (类型): a new department needs its kind"_s),
                 qPrintable(bad->problems.at(0).toString()));
        QVERIFY2(
            bad->problems.at(1).toString().startsWith(
                u"contacts.xlsx, row 3, column D (联系电话): “请找办公室” does not look like"_s),
            qPrintable(bad->problems.at(1).toString()));
    }

    void shouldRefuseFormulasWithoutAValue()
    {
        // openpyxl writes formulas without calculating them.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"formula.xlsx"_s);
        QByteArray out;
        QString error;
        const QString script = uR"(import openpyxl, sys
b = openpyxl.Workbook(); s = b.active
s.append(["task", "department", "period", "percent", "status"])
s.append(["1", "市委组织部", "2018-Q2", "=50+10", "推进中"])
b.save(sys.argv[1]))"_s;
        QVERIFY2(runOpenpyxl({u"-c"_s, script, path}, out, error), qPrintable(error));
        TestDatabase t;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        const Result<ImportPreview> p = import.preview(QStringList {path});
        QCOMPARE(p->problems.size(), 1);
        QCOMPARE(p->problems.constFirst().toString(),
                 u"formula.xlsx, sheet Sheet, row 2, column D (percent): the cell holds (a "
                 "formula without a calculated value), not a value; type the value itself."_s);
    }

    void shouldRefuseTwoFilesOfOneName()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"a"_s) && QDir(dir.path()).mkpath(u"b"_s));
        QStringList paths;
        for (const QString &folder : {u"a"_s, u"b"_s}) {
            QFile file(dir.filePath(folder + u"/returns.csv"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("task,department,period,percent,status\n1,市编办,2018-Q2,30,推进中\n");
            paths << file.fileName();
        }
        TestDatabase t;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        const Result<ImportPreview> p = import.preview(paths);
        QCOMPARE(p->problems.size(), 1);
        QCOMPARE(p->problems.constFirst().toString(),
                 u"returns.csv: another file chosen has this name too; import them one at a "
                 "time, or rename one."_s);
        QVERIFY(!p->canApply());
    }

    void shouldSayWhichColumnsAFileLacks()
    {
        TestDatabase t;
        Workbook file = returns({row(u"1"_s, u"市委组织部"_s, u"60"_s, u"推进中"_s)});
        file.sheets[0].rows[2].cells[5] = SheetCell(); // no 报送期
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        const Result<ImportPreview> p = import.preview(QList<Workbook> {file});
        QCOMPARE(p->problems.size(), 1);
        QCOMPARE(
            p->problems.constFirst().toString(),
            u"returns.xlsx, sheet 进展填报: the header row lacks the columns 报送期 (period)."_s);
    }

    void shouldRefuseToApplyWhenTheDatabaseChangedMeanwhile()
    {
        TestDatabase t;
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, Today);
        QVERIFY(import.apply(*import.preview(
            QList<Workbook> {returns({row(u"1"_s, u"市委组织部"_s, u"60"_s, u"推进中"_s)})})));
        const Result<ImportPreview> p = import.preview(QList<Workbook> {returns({
            row(u"1"_s, u"市委组织部"_s, u"70"_s, u"推进中"_s),
            row(u"1"_s, u"市编办"_s, u"10"_s, u"推进中"_s),
        })});
        ProgressReport edited = ProgressRepository(t.db()).reportsForPlan(t.planId())->constFirst();
        edited.text = u"meanwhile"_s;
        QVERIFY(ProgressRepository(t.db()).update(edited));
        const Result<ImportReceipt> r = import.apply(*p);
        QVERIFY(!r);
        QVERIFY(r.error().contains(u"changed since"_s));
        QCOMPARE(ProgressRepository(t.db()).reportsForPlan(t.planId())->size(), 1);
    }

    void shouldImportIndicatorValuesWithUnitAndRangeChecks()
    {
        TestDatabase t;
        Sheet sheet;
        SheetRow header {1, {}};
        for (const QString &h :
             {u"indicator"_s, u"period"_s, u"value"_s, u"unit"_s, u"source"_s, u"as_of"_s})
            header.cells << SheetCell {SheetCell::Kind::Text, h, {}};
        sheet.rows << header;
        auto add = [&](const QStringList &values) {
            SheetRow r {static_cast<int>(sheet.rows.size()) + 1, {}};
            for (const QString &v : values)
                r.cells << (v.isEmpty() ? SheetCell() : SheetCell {SheetCell::Kind::Text, v, {}});
            sheet.rows << r;
        };
        add({u"万人发明专利"_s, u"2018"_s, u"3.1件/万人"_s, {}, u"市统计局"_s, u"2018-12-31"_s});
        add({u"有效注册商标"_s, u"2018"_s, u"21,300"_s, u"件"_s, {}, u"2018-12-31"_s});
        TableImport import(t.db(), t.planId(), TableImport::Kind::Values, QDate(2019, 1, 15));
        Result<ImportPreview> p = import.preview(QList<Workbook> {{u"values.csv"_s, {sheet}}});
        QVERIFY2(p->problems.isEmpty(), qPrintable(firstProblem(*p)));
        QCOMPARE(p->count(ImportRow::Outcome::New), 2);
        QVERIFY(import.apply(*p));
        const QList<IndicatorValue> values = *IndicatorRepository(t.db()).valuesForPlan(t.planId());
        QCOMPARE(values.size(), 2);
        QStringList texts;
        for (const IndicatorValue &v : values)
            texts << v.value.toString();
        texts.sort();
        QCOMPARE(texts, (QStringList {u"21300"_s, u"3.1"_s}));

        // Every row wrong in its own way; each named, nothing written.
        sheet.rows.resize(1);
        add({u"有效注册商标"_s, u"2019"_s, u"21300"_s, u"万件"_s, {}, u"2019-01-10"_s});
        add({u"有效注册商标"_s, u"2019-Q1"_s, u"-3"_s, {}, {}, u"2019-01-10"_s});
        add({u"PCT申请"_s, u"2019"_s, u"900000"_s, {}, {}, u"2019-01-10"_s});
        add({u"no_such"_s, u"2019"_s, u"1"_s, {}, {}, u"2019-01-10"_s});
        add({u"PCT申请"_s, u"2019-H1"_s, u"12"_s, {}, {}, u"2019-02-01"_s});
        p = import.preview(QList<Workbook> {{u"values.csv"_s, {sheet}}});
        QStringList messages;
        for (const ExchangeProblem &problem : p->problems)
            messages << problem.toString();
        QCOMPARE(messages.size(), 5);
        QVERIFY2(
            messages.at(0).startsWith(u"values.csv, row 2, column D (unit): the unit “万件”"_s),
            qPrintable(messages.at(0)));
        QVERIFY2(
            messages.at(1).startsWith(u"values.csv, row 3, column C (value): -3 is negative"_s),
            qPrintable(messages.at(1)));
        QVERIFY2(messages.at(2).contains(
                     u"row 4, column C (value): 900000 is more than 1000 times the target"_s),
                 qPrintable(messages.at(2)));
        QVERIFY2(messages.at(3).contains(
                     u"row 5, column A (indicator): the plan has no indicator “no_such”"_s),
                 qPrintable(messages.at(3)));
        QVERIFY2(messages.at(4).contains(u"row 6, column F (as_of): 2019-02-01 is after today"_s),
                 qPrintable(messages.at(4)));
        QVERIFY(!import.apply(*p));
        QCOMPARE(IndicatorRepository(t.db()).valuesForPlan(t.planId())->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"
