#include <algorithm>

#include <QTest>

#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestDepartmentRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateReadUpdateAndDelete()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        DepartmentRepository repository(t.db());
        Department d;
        d.name = u"市知识产权局"_s;
        d.shortName = u"知识产权局"_s;
        d.kind = DepartmentKind::Government;
        d.contactPerson = u"李四"_s;
        d.contactPhone = u"0537-2345678"_s;
        const qint64 id = *repository.create(d);

        Department read = *repository.department(id);
        QCOMPARE(read.name, d.name);
        QCOMPARE(read.contactPhone, d.contactPhone);
        QVERIFY(read.active);
        QCOMPARE(repository.byName(u"市知识产权局"_s)->id, id);

        read.active = false;
        read.kind = DepartmentKind::Collective;
        QVERIFY(repository.update(read));
        QCOMPARE(repository.department(id)->kind, DepartmentKind::Collective);
        QCOMPARE(repository.departments(true)->size(), 0);
        QCOMPARE(repository.departments(false)->size(), 1);

        QVERIFY(repository.remove(id));
        QVERIFY(!repository.department(id));
    }

    void shouldRecreateADeletedRowWithItsOwnId()
    {
        // Undo of a delete, and redo of a create, put the row back as it was.
        TestDatabase t(TestDatabase::Content::Empty);
        DepartmentRepository repository(t.db());
        Department d;
        d.name = u"市统计局"_s;
        d.id = *repository.create(d);
        QVERIFY(repository.remove(d.id));
        QCOMPARE(*repository.create(d), d.id);
        QCOMPARE(repository.department(d.id)->name, u"市统计局"_s);
        Department other;
        other.name = u"市林业局"_s;
        other.id = d.id; // taken: refused, not overwritten
        QVERIFY(!repository.create(other));
        QCOMPARE(repository.department(d.id)->name, u"市统计局"_s);
    }

    void shouldRefuseDuplicateNamesWithAClearMessage()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        DepartmentRepository repository(t.db());
        Department d;
        d.name = u"市财政局"_s;
        QVERIFY(repository.create(d));
        const qint64 auditBefore = *AuditRepository(t.db()).count();
        Result<qint64> again = repository.create(d);
        QVERIFY(!again);
        QCOMPARE(again.error(),
                 u"Saving department “市财政局”: a department with this name already exists"_s);
        QCOMPARE(repository.departments()->size(), 1);
        QCOMPARE(*AuditRepository(t.db()).count(), auditBefore);
    }

    void shouldRefuseToDeleteADepartmentThatLeadsATask()
    {
        TestDatabase t;
        DepartmentRepository repository(t.db());
        const Department ipo = *repository.byName(u"市知识产权局"_s);
        Status s = repository.remove(ipo.id);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"still in use"_s), qPrintable(s.error()));
        QVERIFY(repository.department(ipo.id));
    }

    void shouldCountEverythingThatRefersToADepartment()
    {
        // Given the built-in plan with sample reports and meetings,
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        DepartmentRepository repository(t.db());
        const qint64 finance = repository.byName(u"市财政局"_s)->id;
        // and an indicator 市财政局 answers for,
        IndicatorRepository indicators(t.db());
        Indicator indicator = indicators.indicators(t.planId())->constFirst();
        indicator.departmentId = finance;
        QVERIFY(indicators.update(indicator));

        // then its dependents are counted one by one:
        const DepartmentDependents d = *repository.dependents(finance);
        QCOMPARE(d.tasksLed, 1); // 保障措施 (三) 加大财政专项投入
        QCOMPARE(d.tasksCooperating, 9);
        // one per quarter 2017-Q2 … 2020-Q4 on the measure it leads, and
        // its reports on the tasks it cooperates on
        int sent = 0;
        for (const ProgressReport &r : *ProgressRepository(t.db()).reportsForPlan(t.planId()))
            sent += r.departmentId == finance ? 1 : 0;
        QVERIFY(sent > 15);
        QCOMPARE(d.progressReports, sent);
        QCOMPARE(d.actionItems, 0);
        QCOMPARE(d.meetingsAttended, 6);
        QCOMPARE(d.indicators, 1);
        QVERIFY(!d.isEmpty());

        // 市知识产权局 owns action items; a new department has nothing at all.
        const qint64 ipo = repository.byName(u"市知识产权局"_s)->id;
        QCOMPARE(repository.dependents(ipo)->actionItems,
                 int(*t.db().scalar(u"SELECT count(*) FROM action_item"
                                    " WHERE owner_department_id = ?"_s,
                                    {ipo})));
        QVERIFY(repository.dependents(ipo)->actionItems > 0);
        Department fresh;
        fresh.name = u"市大数据局"_s;
        const qint64 freshId = *repository.create(fresh);
        QVERIFY(repository.dependents(freshId)->isEmpty());
        QVERIFY(repository.remove(freshId));
    }

    void shouldSummariseEveryDepartmentInAPlan()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const QList<DepartmentSummary> summaries =
            *DepartmentRepository(t.db()).summaries(t.planId());
        QCOMPARE(summaries.size(), 34);
        QCOMPARE(summaries.constFirst().department.name, u"市委组织部"_s);
        const auto ipo = std::find_if(summaries.cbegin(), summaries.cend(), [](const auto &s) {
            return s.department.name == u"市知识产权局"_s;
        });
        QVERIFY(ipo != summaries.cend());
        QCOMPARE(ipo->tasksLed, 8);
        QCOMPARE(ipo->tasksCooperating, 12);
        // Only the items neither done nor cancelled count as open.
        QCOMPARE(
            ipo->openActionItems,
            int(*t.db().scalar(u"SELECT count(*) FROM action_item WHERE"
                               " owner_department_id = ? AND status IN ('open', 'in_progress')"_s,
                               {ipo->department.id})));
        QVERIFY(ipo->openActionItems < int(*t.db().scalar(
                    u"SELECT count(*) FROM action_item WHERE owner_department_id = ?"_s,
                    {ipo->department.id})));
        // 济宁海关 only cooperates on task 10.
        const auto customs = std::find_if(summaries.cbegin(), summaries.cend(), [](const auto &s) {
            return s.department.name == u"济宁海关"_s;
        });
        QCOMPARE(customs->tasksLed, 0);
        QCOMPARE(customs->tasksCooperating, 1);
        QCOMPARE(customs->openActionItems, 0);
    }
};

QTEST_GUILESS_MAIN(TestDepartmentRepository)
#include "tst_departmentrepository.moc"
