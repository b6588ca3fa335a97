#include <memory>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "domain/taskcode.h"
#include "exchange/columns.h"
#include "exchange/returnstemplate.h"
#include "report/supervisionloader.h"
#include "repositories/departmentrepository.h"
#include "repositories/roundrepository.h"
#include "repositories/taskrepository.h"
#include "rules/roundstatus.h"
#include "testdatabase.h"
#include "xlsxreadback.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list << v.toString();
    return list;
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                     QDir::Name);
}

int columnOf(const QString &key)
{
    const QList<ColumnSpec> columns = ExchangeColumns::progress();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace

#define READ_BACK(name, path)                                                                      \
    QString name##Error;                                                                           \
    const QJsonObject name = readXlsxBack(path, name##Error);                                      \
    if (!name##Error.isEmpty())                                                                    \
        QFAIL(qPrintable(name##Error));

class TestReturnsTemplate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(TestDatabase::Content::BuiltInPlanWithDemo);
        Database &db = m_db->db();
        // A work item under key task 3, so a code like "3.1" must stay text.
        const Result<QList<TaskOverview>> overview = TaskRepository(db).overview(m_db->planId());
        QVERIFY(overview);
        const TaskOverview *task3 = nullptr;
        for (const TaskOverview &t : *overview) {
            if (t.group.kind == GroupKind::KeyTask && t.task.number == 3 && !t.task.parentId)
                task3 = &t;
        }
        QVERIFY(task3);
        Task item;
        item.planId = m_db->planId();
        item.groupId = task3->group.id;
        item.parentId = task3->task.id;
        item.number = 1;
        item.title = u"建立专利导航工作机制"_s;
        item.text = u"建立专利导航工作机制，开展重点产业专利导航。"_s;
        item.startOn = {2018, 1, 1};
        item.dueOn = {2019, 12, 31};
        const Result<qint64> itemId = TaskRepository(db).create(item);
        QVERIFY2(itemId, qPrintable(itemId.error()));
        const Result<QList<Department>> departments = DepartmentRepository(db).departments();
        QVERIFY(departments);
        for (const Department &d : *departments) {
            if (d.name == u"市科技局")
                m_science = d.id;
        }
        QVERIFY(m_science != 0);
        QVERIFY(TaskRepository(db).setAssignments(
            *itemId, {Assignment {0, *itemId, m_science, AssignmentRole::Lead, 1}}));

        const Result<QList<ReportingRound>> rounds = RoundRepository(db).rounds(m_db->planId());
        QVERIFY(rounds);
        for (const ReportingRound &r : *rounds) {
            if (r.period == u"2018-Q2")
                m_round = r;
        }
        QCOMPARE(m_round.period, u"2018-Q2"_s);
        const Result<SupervisionData> data = SupervisionLoader(db).load(m_db->planId());
        QVERIFY(data);
        m_data = *data;
        m_status = roundStatus(m_round, m_data, m_round.dueOn);
        QVERIFY(m_status.departmentIds.size() > 5);
        QVERIFY(m_status.departmentIds.contains(m_science));
    }

    void shouldWriteOneWorkbookPerDepartmentOwingReports()
    {
        QTemporaryDir out;
        const Result<QStringList> written =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), {});
        QVERIFY2(written, qPrintable(written.error()));

        QStringList expected;
        for (const qint64 id : std::as_const(m_status.departmentIds))
            expected << ReturnsTemplates::fileNameFor(m_round, m_data.departmentName(id));
        QCOMPARE(written->size(), m_status.departmentIds.size());
        QStringList names;
        for (const QString &path : *written)
            names << QFileInfo(path).fileName();
        QCOMPARE(names, expected);
        expected.sort();
        QCOMPARE(filesIn(out.path()), expected); // and no temporary folder left
        QVERIFY(names.contains(u"2018年第二季度进展报送-市科技局.xlsx"_s));
    }

    void shouldLayOutTheEntrySheetForTheImporter()
    {
        QTemporaryDir out;
        ReturnsTemplateOptions options;
        options.departmentId = m_science;
        const Result<QStringList> written =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), options);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written->size(), 1);
        READ_BACK(book, written->constFirst());

        const QJsonArray sheets = book[u"sheets"].toArray();
        QCOMPARE(sheets.size(), 3);
        QCOMPARE(sheets[0][u"name"].toString(), u"进展填报"_s);
        QCOMPARE(sheets[1][u"name"].toString(), u"填报说明"_s);
        QCOMPARE(sheets[2][u"name"].toString(), u"_plandesk"_s);
        QCOMPARE(sheets[0][u"state"].toString(), u"visible"_s);
        QCOMPARE(sheets[2][u"state"].toString(), u"hidden"_s);
        QCOMPARE(book[u"active"].toString(), u"进展填报"_s);

        const QJsonObject entry = book[u"entry"].toObject();
        QCOMPARE(entry[u"title"].toString(), u"2018年第二季度进展报送（市科技局）"_s);
        QVERIFY(entry[u"title_bold"].toBool());
        QVERIFY(entry[u"note"].toString().startsWith(u"报送截止日期：2018-07-10。"_s));
        QVERIFY(strings(entry[u"merged"]).contains(u"A1:K1"_s));
        QVERIFY(strings(entry[u"merged"]).contains(u"A2:K2"_s));
        QStringList labels;
        for (const ColumnSpec &c : ExchangeColumns::progress())
            labels << c.label;
        QCOMPARE(strings(entry[u"header"]), labels);
        QCOMPARE(entry[u"freeze"].toString(), u"A4"_s);

        // One row per obligation of the department, in document order.
        QStringList expectedCodes;
        QStringList expectedRoles;
        for (const Obligation &o : m_status.obligations) {
            if (o.departmentId != m_science)
                continue;
            const TaskOverview *t = m_data.task(o.taskId);
            const TaskOverview *parent = t->task.parentId ? m_data.task(*t->task.parentId) : t;
            TaskCode code {parent->group.kind, parent->task.number, std::nullopt};
            if (t->task.parentId)
                code.item = t->task.number;
            expectedCodes << code.toString();
            expectedRoles << (o.role == AssignmentRole::Lead ? u"牵头"_s : u"配合"_s);
        }
        QVERIFY(expectedCodes.contains(u"3.1"_s));
        const QJsonArray rows = entry[u"rows"].toArray();
        QCOMPARE(rows.size(), expectedCodes.size());
        const int fillFrom = columnOf(u"percent"_s);
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            const QStringList values = strings(row[u"values"]);
            QCOMPARE(values.at(columnOf(u"task"_s)), expectedCodes.at(i));
            QCOMPARE(values.at(columnOf(u"role"_s)), expectedRoles.at(i));
            QCOMPARE(values.at(columnOf(u"department"_s)), u"市科技局"_s);
            QCOMPARE(values.at(columnOf(u"period"_s)), u"2018-Q2"_s);
            QVERIFY(!values.at(columnOf(u"clause"_s)).isEmpty());
            QCOMPARE(strings(row[u"types"]).at(columnOf(u"task"_s)), u"s"_s); // text, not 3.1
            QCOMPARE(strings(row[u"types"]).at(columnOf(u"period"_s)), u"s"_s);
            const QJsonArray locked = row[u"locked"].toArray();
            const QJsonArray fills = row[u"fills"].toArray();
            for (int c = 0; c < locked.size(); ++c) {
                const bool fillable = c >= fillFrom;
                QCOMPARE(locked[c].toBool(), !fillable);
                QCOMPARE(fills[c].toString(), fillable ? u"FFFFF2CC"_s : u"FFF2F2F2"_s);
                if (fillable)
                    QVERIFY(values.at(c).isEmpty());
            }
            QCOMPARE(strings(row[u"formats"]).at(columnOf(u"reported_on"_s)), u"yyyy-mm-dd"_s);
        }
        for (const QJsonValue &locked : entry[u"header_locked"].toArray())
            QVERIFY(locked.toBool());
    }

    void shouldProtectTheSheetAndValidateTheFilledCells()
    {
        QTemporaryDir out;
        ReturnsTemplateOptions options;
        options.departmentId = m_science;
        const Result<QStringList> written =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), options);
        QVERIFY2(written, qPrintable(written.error()));
        READ_BACK(book, written->constFirst());
        const QJsonObject entry = book[u"entry"].toObject();
        const int last = 3 + static_cast<int>(entry[u"rows"].toArray().size());

        const QJsonObject protection = entry[u"protection"].toObject();
        QVERIFY(protection[u"sheet"].toBool());
        QVERIFY(protection[u"password"].isNull());
        QVERIFY(!protection[u"format_columns_locked"].toBool());
        QVERIFY(!protection[u"format_rows_locked"].toBool());
        QVERIFY(!protection[u"select_locked_cells_locked"].toBool());
        QVERIFY(protection[u"insert_rows_locked"].toBool());

        QHash<QString, QJsonObject> byType;
        for (const QJsonValue &v : entry[u"validations"].toArray())
            byType.insert(v[u"type"].toString(), v.toObject());
        QCOMPARE(byType.size(), 3);
        const QJsonObject status = byType.value(u"list"_s);
        QCOMPARE(status[u"formula1"].toString(),
                 u"\"%1\""_s.arg(ExchangeColumns::statusWords().join(u',')));
        QCOMPARE(status[u"formula1"].toString(), u"\"未开始,推进中,已完成,暂停\""_s);
        QCOMPARE(status[u"sqref"].toString(), u"H4:H%1"_s.arg(last));
        const QJsonObject percent = byType.value(u"whole"_s);
        QCOMPARE(percent[u"operator"].toString(), u"between"_s);
        QCOMPARE(percent[u"formula1"].toString(), u"0"_s);
        QCOMPARE(percent[u"formula2"].toString(), u"100"_s);
        QCOMPARE(percent[u"sqref"].toString(), u"G4:G%1"_s.arg(last));
        QVERIFY(percent[u"prompt"].toString().contains(u"整数"_s));
        QVERIFY(percent[u"error"].toString().contains(u"0 至 100"_s));
        const QJsonObject date = byType.value(u"date"_s);
        QCOMPARE(date[u"sqref"].toString(), u"K4:K%1"_s.arg(last));
        QVERIFY(date[u"prompt"].toString().contains(u"YYYY-MM-DD"_s));
        for (const QJsonObject &v : {status, percent, date})
            QVERIFY(v[u"allow_blank"].toBool());

        const QJsonObject print = entry[u"print"].toObject();
        QCOMPARE(print[u"orientation"].toString(), u"landscape"_s);
        QCOMPARE(print[u"paper"].toString(), u"9"_s);
        QVERIFY(print[u"fit_to_page"].toBool());
        QCOMPARE(print[u"fit_width"].toInt(), 1);
        QCOMPARE(print[u"fit_height"].toInt(), 0);
        QCOMPARE(print[u"title_rows"].toString(), u"$1:$3"_s);
    }

    void shouldExplainAndLabelTheWorkbook()
    {
        QTemporaryDir out;
        ReturnsTemplateOptions options;
        options.departmentId = m_science;
        const Result<QStringList> written =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), options);
        QVERIFY2(written, qPrintable(written.error()));
        READ_BACK(book, written->constFirst());

        QString instructions;
        int number = 0;
        for (const QJsonValue &row : book[u"instructions"].toArray()) {
            QCOMPARE(strings(row).at(0), QString::number(++number)); // numbered 1, 2, 3…
            instructions += strings(row).at(1);
        }
        QVERIFY(number >= 8);
        for (const QString &word : ExchangeColumns::statusWords())
            QVERIFY2(instructions.contains(word), qPrintable(word));
        for (const QString &part : {u"0 至 100"_s, u"整数"_s, u"YYYY-MM-DD"_s, u".xlsx"_s,
                                    u"2018-07-10"_s, u"灰色"_s, u"插入"_s})
            QVERIFY2(instructions.contains(part), qPrintable(part));

        const QJsonObject meta = book[u"meta"].toObject();
        QCOMPARE(meta[u"format"].toString(), u"plandesk-returns"_s);
        QCOMPARE(meta[u"version"].toString(), u"1"_s);
        QCOMPARE(meta[u"plan"].toString(), u"济政字〔2017〕27号"_s);
        QCOMPARE(meta[u"round"].toString(), u"2018-Q2"_s);
        QCOMPARE(meta[u"department"].toString(), u"市科技局"_s);
        QCOMPARE(meta[u"written_on"].toString(), QDate::currentDate().toString(Qt::ISODate));
    }

    void shouldGroupAllDepartmentsInOneWorkbook()
    {
        QTemporaryDir out;
        ReturnsTemplateOptions options;
        options.oneWorkbook = true;
        const Result<QStringList> written =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), options);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(*written,
                 QStringList {QDir(out.path()).filePath(u"2018年第二季度进展报送.xlsx"_s)});
        READ_BACK(book, written->constFirst());
        const QJsonObject entry = book[u"entry"].toObject();
        QCOMPARE(entry[u"title"].toString(), u"2018年第二季度进展报送"_s);
        QCOMPARE(book[u"meta"][u"department"].toString(), QString());

        QStringList expected;
        for (const qint64 id : std::as_const(m_status.departmentIds)) {
            for (const Obligation &o : m_status.obligations) {
                if (o.departmentId == id)
                    expected << m_data.departmentName(id);
            }
        }
        QStringList departments;
        for (const QJsonValue &row : entry[u"rows"].toArray())
            departments << strings(row[u"values"]).at(columnOf(u"department"_s));
        QCOMPARE(departments, expected);
    }

    void shouldRefuseADepartmentOwingNothing()
    {
        QTemporaryDir out;
        qint64 idle = 0;
        for (const Department &d : std::as_const(m_data.departments)) {
            if (!m_status.departmentIds.contains(d.id))
                idle = d.id;
        }
        QVERIFY(idle != 0);
        ReturnsTemplateOptions options;
        options.departmentId = idle;
        const Result<QStringList> written =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), options);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(m_data.departmentName(idle)),
                 qPrintable(written.error()));
        QVERIFY(written.error().contains(u"2018-Q2"_s));
        QCOMPARE(filesIn(out.path()), QStringList());
    }

    void shouldNameFilesSafelyForWindows_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"2018年第二季度进展报送"_s << u"市科学技术局"_s
                               << u"2018年第二季度进展报送-市科学技术局.xlsx"_s;
        QTest::newRow("forbidden")
            << u"2018/Q2: 报送?"_s << u"A<B>|\"C\"*\\"_s << u"2018Q2 报送-ABC.xlsx"_s;
        QTest::newRow("trailing dots") << u"报送"_s << u"某单位. . "_s << u"报送-某单位.xlsx"_s;
        QTest::newRow("all departments") << u"报送"_s << QString() << u"报送.xlsx"_s;
        QTest::newRow("control") << u"报\t送\n"_s << u"局"_s << u"报送-局.xlsx"_s;
    }

    void shouldNameFilesSafelyForWindows()
    {
        QFETCH(QString, title);
        QFETCH(QString, department);
        QFETCH(QString, expected);
        ReportingRound round;
        round.title = title;
        round.period = u"2018-Q2"_s;
        const QString name = ReturnsTemplates::fileNameFor(round, department);
        QCOMPARE(name, expected);
        for (const QChar c : name)
            QVERIFY(!QStringView(u"\\/:*?\"<>|").contains(c) && c.unicode() >= 0x20);
    }

    void shouldRefuseToOverwriteUnlessTold()
    {
        QTemporaryDir out;
        const QString existing =
            QDir(out.path())
                .filePath(ReturnsTemplates::fileNameFor(m_round, m_data.departmentName(m_science)));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the department's filled-in copy");
        file.close();

        const Result<QStringList> refused =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QDir::toNativeSeparators(existing)),
                 qPrintable(refused.error()));
        QCOMPARE(filesIn(out.path()), QStringList {QFileInfo(existing).fileName()});
        QCOMPARE(fileBytes(existing), QByteArray("the department's filled-in copy"));

        ReturnsTemplateOptions options;
        options.overwrite = true;
        const Result<QStringList> written =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), options);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(filesIn(out.path()).size(), m_status.departmentIds.size());
        QVERIFY(fileBytes(existing).startsWith("PK")); // a zip: the new workbook
    }

    void shouldNeverReplaceAFolderOfATemplatesName()
    {
        QTemporaryDir out;
        const QString folder =
            QDir(out.path())
                .filePath(ReturnsTemplates::fileNameFor(m_round, m_data.departmentName(m_science)));
        QVERIFY(QDir().mkpath(folder));
        QFile notes(QDir(folder).filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("kept");
        notes.close();
        ReturnsTemplateOptions options;
        options.overwrite = true;
        const Result<QStringList> refused =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), options);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"is a folder"_s), qPrintable(refused.error()));
        QCOMPARE(fileBytes(notes.fileName()), QByteArray("kept"));
    }

    void shouldTakeAwayTheFoldersItMadeWhenCancelled()
    {
        QTemporaryDir out;
        const QString nested = QDir(out.path()).filePath(u"PlanDesk/2018年第二季度"_s);
        const Result<QStringList> written = ReturnsTemplates::write(
            m_db->db(), m_round.id, nested, {}, [](int, int) { return false; });
        QVERIFY(!written);
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void shouldLeaveNothingWhenCancelled_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("before the first") << 0;
        QTest::newRow("midway") << 2;
        QTest::newRow("when all are written") << -1; // at done == total
    }

    void shouldLeaveNothingWhenCancelled()
    {
        QFETCH(int, cancelAt);
        QTemporaryDir out;
        const QString directory = QDir(out.path()).filePath(u"第二季度"_s); // made by write()
        QList<int> seen;
        int total = 0;
        const Result<QStringList> written = ReturnsTemplates::write(
            m_db->db(), m_round.id, directory, {}, [&](int done, int count) {
                seen << done;
                total = count;
                return done != (cancelAt < 0 ? count : cancelAt);
            });
        QVERIFY(!written);
        QVERIFY2(written.error().contains(u"cancelled"_s), qPrintable(written.error()));
        QCOMPARE(total, m_status.departmentIds.size());
        QCOMPARE(seen.constLast(), cancelAt < 0 ? total : cancelAt);
        QCOMPARE(seen.constFirst(), 0);
        QVERIFY(!QFileInfo::exists(directory));
        QCOMPARE(filesIn(out.path()), QStringList());
    }

    void shouldReportProgressToTheEnd()
    {
        QTemporaryDir out;
        QList<int> seen;
        const Result<QStringList> written =
            ReturnsTemplates::write(m_db->db(), m_round.id, out.path(), {}, [&](int done, int) {
                seen << done;
                return true;
            });
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(seen.size(), written->size() + 1);
        QCOMPARE(seen.constLast(), static_cast<int>(written->size()));
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_science = 0;
    ReportingRound m_round;
    SupervisionData m_data;
    RoundStatus m_status;
};

QTEST_GUILESS_MAIN(TestReturnsTemplate)
#include "tst_returnstemplate.moc"
