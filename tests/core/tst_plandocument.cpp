#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "plans/plandocument.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

QJsonObject builtInJson()
{
    QFile file(QString::fromLatin1(PlanFile::BuiltInResource));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no built-in plan");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

} // namespace

class TestPlanDocument : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTheBuiltInPlan()
    {
        Result<PlanDocument> doc = PlanFile::builtIn();
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->groups.size(), 7);
        QCOMPARE(doc->defaultDueOn, QDate(2020, 12, 31));
        QCOMPARE(doc->indicators.at(0).indicator.targetValue.toString(), u"4.2"_s);
    }

    void shouldNameEveryProblemWithItsPlace()
    {
        QJsonObject root = builtInJson();
        QJsonArray groups = root[u"groups"_s].toArray();
        QJsonObject group = groups[0].toObject();
        QJsonArray tasks = group[u"tasks"_s].toArray();
        QJsonObject task = tasks[1].toObject();
        task[u"lead"_s] = u"市不存在局"_s;
        task[u"number"_s] = 1; // clashes with task 1
        tasks[1] = task;
        group[u"tasks"_s] = tasks;
        groups[0] = group;
        root[u"groups"_s] = groups;
        QJsonObject plan = root[u"plan"_s].toObject();
        plan[u"start_on"_s] = u"2017-02-30"_s;
        root[u"plan"_s] = plan;
        QJsonArray indicators = root[u"indicators"_s].toArray();
        QJsonObject indicator = indicators[0].toObject();
        indicator[u"target"_s] = u"4.2万"_s;
        indicators[0] = indicator;
        root[u"indicators"_s] = indicators;

        Result<PlanDocument> doc = PlanFile::parse(bytes(root), u"plan.json"_s);
        QVERIFY(!doc);
        const QString e = doc.error();
        QVERIFY2(e.startsWith(u"plan.json has 4 problem"_s), qPrintable(e));
        QVERIFY2(e.contains(u"groups[0].tasks[1].lead: department “市不存在局” is not listed"_s),
                 qPrintable(e));
        QVERIFY2(e.contains(u"groups[0].tasks[1].number: number 1 is used twice"_s), qPrintable(e));
        QVERIFY2(e.contains(u"plan.start_on: “2017-02-30” is not a date"_s), qPrintable(e));
        QVERIFY2(e.contains(u"indicators[0].target: must be a number"_s), qPrintable(e));
    }

    void shouldRefuseWhatIsNotAPlanFile()
    {
        Result<PlanDocument> broken = PlanFile::parse("{\"format\": ", u"x.json"_s);
        QVERIFY(!broken);
        QVERIFY2(broken.error().startsWith(u"x.json, line 1, column 11: not valid JSON"_s),
                 qPrintable(broken.error()));
        Result<PlanDocument> other = PlanFile::parse("{\"hello\": 1}", u"y.json"_s);
        QVERIFY(!other);
        QVERIFY2(other.error().contains(u"format: must be “plandesk-plan”"_s),
                 qPrintable(other.error()));
        QVERIFY(!PlanFile::load(u"/no/such/plan.json"_s));
    }

    void shouldKeepEveryProblemOnItsOwnLine()
    {
        // Found by fuzz_planjson: a key and a value holding line breaks and a
        // NUL split one problem over several lines of the list.
        QJsonObject root = builtInJson();
        QJsonObject plan = root[u"plan"_s].toObject();
        plan[u"start_on"_s] = u"2017\n04-12"_s;
        plan[QString::fromUtf8("title\r\n\0x", 9)] = 1;
        root[u"plan"_s] = plan;

        Result<PlanDocument> doc = PlanFile::parse(bytes(root), u"plan.json"_s);
        QVERIFY(!doc);
        const QStringList lines = doc.error().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(2).trimmed(),
                 u"plan.json, plan.start_on: “2017 04-12” is not a date like 2017-04-12"_s);
        QCOMPARE(
            lines.at(1).trimmed(),
            u"plan.json, plan.title  \uFFFDx: is not a field of the plan format (misspelt?)"_s);
    }

    void shouldRefuseWholeNumbersBeyondAnyRange()
    {
        // Found by fuzz_planjson: a year of 85 digits was converted to a
        // 64-bit integer before its range was checked (UBSan reports it).
        QJsonObject root = builtInJson();
        QJsonObject plan = root[u"plan"_s].toObject();
        plan[u"target_year"_s] = 2e85;
        root[u"plan"_s] = plan;
        QJsonArray indicators = root[u"indicators"_s].toArray();
        QJsonObject indicator = indicators[0].toObject();
        indicator[u"target_year"_s] = -1e300;
        indicators[0] = indicator;
        root[u"indicators"_s] = indicators;

        Result<PlanDocument> doc = PlanFile::parse(bytes(root), u"plan.json"_s);
        QVERIFY(!doc);
        QVERIFY2(
            doc.error().contains(u"plan.target_year: must be a whole number from 1900 to 2200"_s),
            qPrintable(doc.error()));
        QVERIFY2(doc.error().contains(
                     u"indicators[0].target_year: must be a whole number from 1900 to 2200"_s),
                 qPrintable(doc.error()));
    }

    void shouldCountLinesAndCharactersToWhereTheJsonBreaks()
    {
        // The third line's fifth character, 市 and 局 being one character each
        Result<PlanDocument> broken =
            PlanFile::parse("{\n  \"plan\": {\n    \"市局\" 1}\n}", u"x.json"_s);
        QVERIFY(!broken);
        QVERIFY2(broken.error().startsWith(u"x.json, line 3, column 10: not valid JSON"_s),
                 qPrintable(broken.error()));
    }

    void shouldReadTheExampleOfTheFormatsDocumentation()
    {
        QFile file(QString::fromUtf8(PLANDESK_FIXTURES_DIR) + u"/../../docs/plan-format.md"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const qsizetype start = text.indexOf("```json\n") + 8;
        QVERIFY(start > 8);
        const QByteArray json = text.mid(start, text.indexOf("```", start) - start);
        Result<PlanDocument> doc = PlanFile::parse(json, u"plan-format.md"_s);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(doc->groups.at(0).tasks.at(0).items.at(0).dueOn, QDate(2024, 6, 30));
    }
};

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
