#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "domain/taskcode.h"
#include "exchange/returnstemplate.h"
#include "exchange/tableimport.h"
#include "openpyxlpython.h"
#include "repositories/departmentrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/roundrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

using Key = std::tuple<qint64, qint64, QString>; // task, department, period

QMap<Key, ProgressReport> reportsByKey(TestDatabase &t)
{
    QMap<Key, ProgressReport> map;
    for (const ProgressReport &r : *ProgressRepository(t.db()).reportsForPlan(t.planId()))
        map.insert({r.taskId, r.departmentId, r.period}, r);
    return map;
}

} // namespace

/// The acceptance: the demo data's 2018 Q2 templates, filled in by
/// another program the way departments fill them, read back exactly.
class TestReturnsRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void shouldRecordExactlyWhatTheDepartmentsFilledIn()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        qint64 roundId = 0;
        for (const ReportingRound &r : *RoundRepository(t.db()).rounds(t.planId())) {
            if (r.period == u"2018-Q2")
                roundId = r.id;
        }
        QVERIFY(roundId);
        QTemporaryDir dir;
        const Result<QStringList> files = ReturnsTemplates::write(t.db(), roundId, dir.path(), {});
        QVERIFY2(files, qPrintable(files.error()));
        QVERIFY(files->size() > 10);

        QByteArray out;
        QString error;
        QVERIFY2(runOpenpyxl({fixture(u"xlsx/fill_returns.py"_s), dir.path()}, out, error),
                 qPrintable(error));
        const QJsonArray filled = QJsonDocument::fromJson(out).array();
        QVERIFY(filled.size() > 20);

        const QMap<Key, ProgressReport> before = reportsByKey(t);
        TableImport import(t.db(), t.planId(), TableImport::Kind::Progress, QDate(2018, 7, 20));
        const Result<ImportPreview> preview = import.preview(*files);
        QVERIFY(preview);
        QVERIFY2(preview->problems.isEmpty(), qPrintable(preview->problems.value(0).toString()));
        const int written = preview->count(ImportRow::Outcome::New)
            + preview->count(ImportRow::Outcome::Replaces)
            + preview->count(ImportRow::Outcome::Unchanged);
        QCOMPARE(written, filled.size());
        QVERIFY(preview->count(ImportRow::Outcome::Skipped) >= filled.size() - 1);
        QVERIFY(import.apply(*preview));

        QHash<QString, qint64> tasks;
        for (const TaskOverview &o : *TaskRepository(t.db()).overview(t.planId())) {
            TaskCode code {o.group.kind, o.task.number, std::nullopt};
            if (o.task.parentId) {
                code.number = TaskRepository(t.db()).task(*o.task.parentId)->number;
                code.item = o.task.number;
            }
            tasks.insert(code.toString(), o.task.id);
        }
        QMap<Key, ProgressReport> after = reportsByKey(t);
        for (const QJsonValue &v : filled) {
            const QJsonObject f = v.toObject();
            const Key key {tasks.value(f[u"task"].toString()),
                           DepartmentRepository(t.db()).byName(f[u"department"].toString())->id,
                           f[u"period"].toString()};
            QVERIFY2(after.contains(key), qPrintable(f[u"task"].toString()));
            const ProgressReport r = after.take(key);
            QCOMPARE(r.percent, f[u"percent"].toInt());
            QCOMPARE(ProgressRepository(t.db()).report(r.id)->status == TaskStatus::Done,
                     f[u"status"].toString() == u"已完成");
            QCOMPARE(r.text, f[u"text"].toString());
            QCOMPARE(r.evidence, f[u"evidence"].toString());
            QCOMPARE(r.reportedOn, QDate::fromString(f[u"reported_on"].toString(), Qt::ISODate));
            QVERIFY(!r.sample);
        }
        // Everything not filled in is as it was.
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            QVERIFY(before.contains(it.key()));
            QCOMPARE(it->percent, before.value(it.key()).percent);
            QCOMPARE(it->text, before.value(it.key()).text);
        }

        // The same files again change nothing.
        const Result<ImportPreview> again = import.preview(*files);
        QCOMPARE(again->count(ImportRow::Outcome::Unchanged), filled.size());
        QVERIFY(!again->canApply());
    }
};

QTEST_GUILESS_MAIN(TestReturnsRoundTrip)
#include "tst_returnsroundtrip.moc"
