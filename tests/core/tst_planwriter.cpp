#include <algorithm>

#include <QFile>
#include <QTest>

#include "plans/planimport.h"
#include "plans/planwriter.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

QByteArray builtInBytes()
{
    QFile file(QString::fromLatin1(PlanFile::BuiltInResource));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no built-in plan");
    return file.readAll();
}

void compareWork(const PlanDocument::WorkEntry &a, const PlanDocument::WorkEntry &e)
{
    QCOMPARE(a.number, e.number);
    QCOMPARE(a.title, e.title);
    QCOMPARE(a.text, e.text);
    QCOMPARE(a.lead, e.lead);
    QCOMPARE(a.cooperating, e.cooperating);
    QCOMPARE(a.startOn, e.startOn);
    QCOMPARE(a.dueOn, e.dueOn);
}

/// Field by field, so that a failure names the field.
void compareDocuments(const PlanDocument &a, const PlanDocument &e)
{
    QCOMPARE(a.plan.title, e.plan.title);
    QCOMPARE(a.plan.issuer, e.plan.issuer);
    QCOMPARE(a.plan.documentNumber, e.plan.documentNumber);
    QCOMPARE(a.plan.signedOn, e.plan.signedOn);
    QCOMPARE(a.plan.publishedOn, e.plan.publishedOn);
    QCOMPARE(a.plan.startOn, e.plan.startOn);
    QCOMPARE(a.plan.targetYear, e.plan.targetYear);
    QCOMPARE(a.defaultDueOn, e.defaultDueOn);
    QCOMPARE(a.departments.size(), e.departments.size());
    for (qsizetype i = 0; i < e.departments.size(); ++i) {
        const Department &ad = a.departments.at(i), &ed = e.departments.at(i);
        QCOMPARE(ad.name, ed.name);
        QCOMPARE(ad.shortName, ed.shortName);
        QCOMPARE(ad.kind, ed.kind);
        QCOMPARE(ad.contactPerson, ed.contactPerson);
        QCOMPARE(ad.contactPhone, ed.contactPhone);
    }
    QCOMPARE(a.groups.size(), e.groups.size());
    for (qsizetype g = 0; g < e.groups.size(); ++g) {
        const PlanDocument::GroupEntry &ag = a.groups.at(g), &eg = e.groups.at(g);
        QCOMPARE(ag.kind, eg.kind);
        QCOMPARE(ag.numbering, eg.numbering);
        QCOMPARE(ag.title, eg.title);
        QCOMPARE(ag.tasks.size(), eg.tasks.size());
        for (qsizetype t = 0; t < eg.tasks.size(); ++t) {
            compareWork(ag.tasks.at(t), eg.tasks.at(t));
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(ag.tasks.at(t).items.size(), eg.tasks.at(t).items.size());
            for (qsizetype i = 0; i < eg.tasks.at(t).items.size(); ++i) {
                compareWork(ag.tasks.at(t).items.at(i), eg.tasks.at(t).items.at(i));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
    QCOMPARE(a.indicators.size(), e.indicators.size());
    for (qsizetype i = 0; i < e.indicators.size(); ++i) {
        const Indicator &ai = a.indicators.at(i).indicator, &ei = e.indicators.at(i).indicator;
        QCOMPARE(a.indicators.at(i).department, e.indicators.at(i).department);
        QCOMPARE(ai.position, ei.position);
        QCOMPARE(ai.code, ei.code);
        QCOMPARE(ai.name, ei.name);
        QCOMPARE(ai.unit, ei.unit);
        QCOMPARE(ai.comparison, ei.comparison);
        QCOMPARE(ai.targetValue, ei.targetValue);
        QCOMPARE(ai.targetYear, ei.targetYear);
        QCOMPARE(ai.baselineValue, ei.baselineValue);
        QCOMPARE(ai.baselineYear, ei.baselineYear);
        QCOMPARE(ai.baselineSource, ei.baselineSource);
        QCOMPARE(ai.ratio.has_value(), ei.ratio.has_value());
        if (ei.ratio) {
            QCOMPARE(ai.ratio->numerator, ei.ratio->numerator);
            QCOMPARE(ai.ratio->denominator, ei.ratio->denominator);
            QCOMPARE(ai.ratio->scale, ei.ratio->scale);
        }
    }
}

} // namespace

/// Writing a plan as a plan file, and reading it back unchanged.
class TestPlanWriter : public QObject
{
    Q_OBJECT

private:
    /// Adds what an office adds after installing: work items (分解责任),
    /// a contact, a baseline, a task due earlier.
    void addOfficeWork(TestDatabase &t)
    {
        TaskRepository tasks(t.db());
        Result<QList<Task>> all = tasks.tasks(t.planId());
        QVERIFY(all);
        const Task task3 = all->at(2);
        QCOMPARE(task3.number, 3);
        Result<Department> tech = DepartmentRepository(t.db()).byName(u"市科技局"_s);
        Result<Department> finance = DepartmentRepository(t.db()).byName(u"市财政局"_s);
        QVERIFY(tech && finance);
        const struct
        {
            int number;
            QString title;
            QDate due;
        } items[] = {{1, u"制定“专利倍增”计划，报\"市政府\"审定"_s, QDate(2018, 6, 30)},
                     {2, u"落实资助资金\n（分两批）"_s, task3.dueOn}};
        for (const auto &i : items) {
            Task item = task3;
            item.id = 0;
            item.parentId = task3.id;
            item.number = i.number;
            item.title = i.title;
            item.text.clear();
            item.dueOn = i.due;
            Result<qint64> id = tasks.create(item);
            QVERIFY2(id, qPrintable(id.error()));
            QVERIFY(tasks.setAssignments(*id,
                                         {{0, *id, tech->id, AssignmentRole::Lead, 0},
                                          {0, *id, finance->id, AssignmentRole::Cooperating, 0}}));
        }
        Task task5 = all->at(4);
        task5.dueOn = QDate(2019, 12, 31);
        QVERIFY(tasks.update(task5));

        Department d = *tech;
        d.contactPerson = u"李华"_s;
        d.contactPhone = u"0537-2345678"_s;
        QVERIFY(DepartmentRepository(t.db()).update(d));

        IndicatorRepository indicators(t.db());
        Result<QList<Indicator>> targets = indicators.indicators(t.planId());
        QVERIFY(targets);
        Indicator ind = targets->at(0);
        ind.baselineValue = Decimal::parse(u"2.1"_s);
        ind.baselineYear = 2016;
        ind.baselineSource = u"2016年统计公报"_s;
        ind.departmentId = tech->id;
        QVERIFY(indicators.update(ind));
        ind = targets->at(2);
        ind.targetValue =
            *Decimal::parse(u"900719925474.0993"_s); // 2^53 + 1 units: no double holds it
        QVERIFY(indicators.update(ind));
    }

private slots:
    void shouldWriteTheBuiltInPlanAsShipped()
    {
        Result<PlanDocument> doc = PlanFile::builtIn();
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(PlanWriter::toJson(*doc), builtInBytes() + '\n');
    }

    void shouldReadTheInstalledBuiltInPlanBackAsTheDocument()
    {
        // Given the built-in plan installed into a new database
        const Result<PlanDocument> builtIn = PlanFile::builtIn();
        QVERIFY(builtIn);
        TestDatabase t;
        // When it is read and written as JSON, and the JSON parsed
        Result<PlanDocument> read = PlanWriter::read(t.db(), t.planId());
        QVERIFY2(read, qPrintable(read.error()));
        Result<PlanDocument> parsed = PlanFile::parse(PlanWriter::toJson(*read), u"out.json"_s);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        // Then both are the built-in document, field by field
        compareDocuments(*read, *builtIn);
        compareDocuments(*parsed, *builtIn);
        QCOMPARE(PlanWriter::toJson(*read), builtInBytes() + '\n');
    }

    void shouldCarryWorkItemsFromOneDatabaseToAnother()
    {
        // Given a database to which the office added work items and more
        TestDatabase t;
        addOfficeWork(t);
        if (QTest::currentTestFailed())
            return;
        // When the plan is exported and imported into a fresh database
        Result<PlanDocument> first = PlanWriter::read(t.db(), t.planId());
        QVERIFY2(first, qPrintable(first.error()));
        const QByteArray json = PlanWriter::toJson(*first);
        const QString file = t.dir() + u"/plan.json"_s;
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(json) == json.size());
        out.close();
        TestDatabase fresh(TestDatabase::Content::Empty);
        Result<qint64> id = PlanImport::run(fresh.db(), file);
        QVERIFY2(id, qPrintable(id.error()));
        // Then exporting it again gives the same bytes
        Result<PlanDocument> second = PlanWriter::read(fresh.db(), *id);
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(PlanWriter::toJson(*second), json);
        // and the file holds what was added.
        const PlanDocument::TaskEntry &task3 = second->groups.at(0).tasks.at(2);
        QCOMPARE(task3.items.size(), 2);
        QCOMPARE(task3.items.at(0).title, u"制定“专利倍增”计划，报\"市政府\"审定"_s);
        QCOMPARE(task3.items.at(0).lead, u"市科技局"_s);
        QCOMPARE(task3.items.at(0).cooperating, QStringList {u"市财政局"_s});
        QCOMPARE(task3.items.at(0).dueOn, QDate(2018, 6, 30));
        QCOMPARE(task3.items.at(1).dueOn, QDate()); // its task's
        QCOMPARE(task3.items.at(1).title, u"落实资助资金\n（分两批）"_s);
        QVERIFY(json.contains("\"due_on\": \"2019-12-31\""));
        QVERIFY(json.contains("\"target\": \"900719925474.0993\""));
        QVERIFY(json.contains("\"contact_person\": \"李华\""));
        QCOMPARE(second->indicators.at(0).indicator.baselineSource, u"2016年统计公报"_s);
        QCOMPARE(second->indicators.at(0).department, u"市科技局"_s);
    }

    void shouldLeaveSampleBaselinesOut()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Result<QList<Indicator>> stored = IndicatorRepository(t.db()).indicators(t.planId());
        QVERIFY(stored);
        QVERIFY(std::any_of(stored->cbegin(), stored->cend(),
                            [](const Indicator &i) { return i.baselineSample; }));
        Result<PlanDocument> read = PlanWriter::read(t.db(), t.planId());
        QVERIFY2(read, qPrintable(read.error()));
        for (const PlanDocument::IndicatorEntry &e : read->indicators)
            QVERIFY(!e.indicator.baselineValue && !e.indicator.baselineYear);
    }

    void shouldRefuseAWorkItemWithoutALead()
    {
        TestDatabase t;
        TaskRepository tasks(t.db());
        Result<QList<Task>> all = tasks.tasks(t.planId());
        QVERIFY(all);
        Task item = all->last(); // safeguard measure 5
        item.parentId = item.id;
        item.id = 0;
        item.number = 1;
        QVERIFY(tasks.create(item));
        Result<PlanDocument> read = PlanWriter::read(t.db(), t.planId());
        QVERIFY(!read);
        QVERIFY2(read.error().contains(u"保障5.1"_s), qPrintable(read.error()));
    }

    void shouldSayWhichPlanIsMissing()
    {
        TestDatabase t;
        Result<PlanDocument> read = PlanWriter::read(t.db(), 99);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(u"99"_s), qPrintable(read.error()));
    }
};

QTEST_GUILESS_MAIN(TestPlanWriter)
#include "tst_planwriter.moc"
