#include <QTest>

#include "repositories/auditrepository.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

Plan samplePlan()
{
    Plan p;
    p.title = u"“十四五”知识产权发展规划"_s;
    p.issuer = u"济宁市人民政府"_s;
    p.documentNumber = u"济政发〔2021〕1号"_s;
    p.signedOn = QDate(2021, 3, 1);
    p.startOn = QDate(2021, 3, 1);
    p.targetYear = 2025;
    return p;
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateReadUpdateAndDeletePlans()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        PlanRepository plans(t.db());
        Result<qint64> id = plans.create(samplePlan());
        QVERIFY2(id, qPrintable(id.error()));

        Plan read = *plans.plan(*id);
        QCOMPARE(read.title, samplePlan().title);
        QCOMPARE(read.signedOn, QDate(2021, 3, 1));
        QVERIFY(!read.publishedOn.isValid());
        QCOMPARE(read.targetYear, 2025);

        read.targetYear = 2026;
        read.publishedOn = QDate(2021, 3, 5);
        QVERIFY(plans.update(read));
        QCOMPARE(plans.plan(*id)->publishedOn, QDate(2021, 3, 5));
        QCOMPARE(plans.plans()->size(), 1);

        QVERIFY(plans.remove(*id));
        QVERIFY(!plans.plan(*id));
        QVERIFY2(plans.plan(*id).error().contains(u"no such record"_s),
                 qPrintable(plans.plan(*id).error()));
        QVERIFY(!plans.remove(*id)); // twice is an error, not a silent no-op
    }

    void shouldRejectInvalidPlansWritingNothing()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        PlanRepository plans(t.db());
        Plan noTitle = samplePlan();
        noTitle.title = u"   "_s;
        Plan noStart = samplePlan();
        noStart.startOn = QDate();
        Plan targetBeforeStart = samplePlan();
        targetBeforeStart.targetYear = 2019;
        for (const Plan &bad : {noTitle, noStart, targetBeforeStart}) {
            Result<qint64> id = plans.create(bad);
            QVERIFY(!id);
            QVERIFY2(id.error().startsWith(u"Saving plan"_s), qPrintable(id.error()));
        }
        QCOMPARE(plans.plans()->size(), 0);
        QCOMPARE(*AuditRepository(t.db()).count(), 0);
    }

    void shouldKeepGroupsInOrder()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        PlanRepository plans(t.db());
        const qint64 planId = *plans.create(samplePlan());
        TaskGroup second {0, planId, GroupKind::Safeguard, 2, u"四"_s, u"保障措施"_s};
        TaskGroup first {0, planId, GroupKind::KeyTask, 1, u"(一)"_s, u"深化改革"_s};
        QVERIFY(plans.createGroup(second));
        const qint64 firstId = *plans.createGroup(first);
        const QList<TaskGroup> groups = *plans.groups(planId);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).title, u"深化改革"_s);
        QCOMPARE(groups.at(1).kind, GroupKind::Safeguard);

        first.id = firstId;
        first.rowVersion = 1; // a new row starts at version 1
        first.title = u"深化知识产权领域改革"_s;
        QVERIFY(plans.updateGroup(first));
        QCOMPARE(plans.group(firstId)->title, u"深化知识产权领域改革"_s);

        TaskGroup clash = first;
        clash.id = 0;
        QVERIFY(!plans.createGroup(clash)); // position 1 is taken
        QVERIFY(plans.removeGroup(firstId));
        QCOMPARE(plans.groups(planId)->size(), 1);
    }

    void shouldDeleteAPlanWithEverythingUnderIt()
    {
        TestDatabase t;
        QVERIFY(PlanRepository(t.db()).remove(t.planId()));
        QCOMPARE(*t.db().scalar(u"SELECT count(*) FROM task"_s), 0);
        QCOMPARE(*t.db().scalar(u"SELECT count(*) FROM assignment"_s), 0);
        QCOMPARE(*t.db().scalar(u"SELECT count(*) FROM indicator"_s), 0);
        QCOMPARE(*t.db().scalar(u"SELECT count(*) FROM department"_s), 34); // shared, kept
    }

    void shouldTellWhenSampleDataIsPresent()
    {
        TestDatabase plain;
        QCOMPARE(*PlanRepository(plain.db()).hasSampleData(), false);
        TestDatabase demo(TestDatabase::Content::BuiltInPlanWithDemo);
        QCOMPARE(*PlanRepository(demo.db()).hasSampleData(), true);
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_planrepository.moc"
