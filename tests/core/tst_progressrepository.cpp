#include <QTest>

#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/progressrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestProgressRepository : public QObject
{
    Q_OBJECT

private:
    ProgressReport report(TestDatabase &t)
    {
        ProgressReport r;
        r.taskId = TaskRepository(t.db()).tasks(t.planId())->constFirst().id;
        r.departmentId = DepartmentRepository(t.db()).byName(u"市委组织部"_s)->id;
        r.period = u"2018-Q2"_s;
        r.reportedOn = QDate(2018, 7, 10);
        r.percent = 35;
        r.status = TaskStatus::InProgress;
        r.text = u"已完成知识产权管理体制改革试点方案起草。"_s;
        return r;
    }

private slots:
    void shouldCreateReadUpdateAndDelete()
    {
        TestDatabase t;
        ProgressRepository reports(t.db());
        const ProgressReport r = report(t);
        const qint64 id = *reports.create(r);
        ProgressReport read = *reports.report(id);
        QCOMPARE(read.text, r.text);
        QCOMPARE(read.period, u"2018-Q2"_s);
        QCOMPARE(read.reportedOn, QDate(2018, 7, 10));
        QVERIFY(!read.sample);

        read.percent = 40;
        QVERIFY(reports.update(read));
        QCOMPARE(reports.report(id)->percent, 40);
        QCOMPARE(reports.reportsForTask(r.taskId)->size(), 1);
        QCOMPARE(reports.reportsForPlan(t.planId())->size(), 1);
        QVERIFY(reports.remove(id));
        QCOMPARE(reports.reportsForPlan(t.planId())->size(), 0);
    }

    void shouldAllowOneReportPerTaskDepartmentAndPeriod()
    {
        TestDatabase t;
        ProgressRepository reports(t.db());
        QVERIFY(reports.create(report(t)));
        Result<qint64> again = reports.create(report(t));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"already reported"_s), qPrintable(again.error()));
        ProgressReport nextQuarter = report(t);
        nextQuarter.period = u"2018-Q3"_s;
        QVERIFY(reports.create(nextQuarter));
    }

    void shouldRejectBadValuesWritingNothing()
    {
        TestDatabase t;
        ProgressRepository reports(t.db());
        const qint64 auditBefore = *AuditRepository(t.db()).count();
        ProgressReport badPeriod = report(t);
        badPeriod.period = u"2018年二季度"_s;
        ProgressReport badPercent = report(t);
        badPercent.percent = 150;
        ProgressReport noDate = report(t);
        noDate.reportedOn = QDate();
        ProgressReport unknownTask = report(t);
        unknownTask.taskId = 424242;
        for (const ProgressReport &bad : {badPeriod, badPercent, noDate, unknownTask})
            QVERIFY(!reports.create(bad));
        QCOMPARE(reports.reportsForPlan(t.planId())->size(), 0);
        QCOMPARE(*AuditRepository(t.db()).count(), auditBefore);
    }

    void shouldListADepartmentsLatestReportsNewestFirst()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        ProgressRepository reports(t.db());
        const qint64 ipo = DepartmentRepository(t.db()).byName(u"市知识产权局"_s)->id;

        const QList<ReportOnTask> latest = *reports.latestReportsOf(t.planId(), ipo, 10);
        QCOMPARE(latest.size(), 10);
        // It leads 8 tasks, each reported for 2020-Q4; then 2020-Q3 in document order.
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(latest.at(i).report.period, u"2020-Q4"_s);
            QCOMPARE(latest.at(i).report.departmentId, ipo);
        }
        QCOMPARE(latest.at(0).taskNumber, 6);
        QCOMPARE(latest.at(0).taskTitle, u"促进知识产权运营转化"_s);
        QCOMPARE(latest.at(0).groupKind, GroupKind::KeyTask);
        QVERIFY(!latest.at(0).parentNumber);
        QCOMPARE(latest.at(0).report.reportedOn, QDate(2021, 1, 10));
        QVERIFY(latest.at(0).report.sample);
        QCOMPARE(latest.at(7).taskNumber, 14);
        QCOMPARE(latest.at(8).report.period, u"2020-Q3"_s);
        QCOMPARE(latest.at(8).taskNumber, 6);

        QCOMPARE(reports.latestReportsOf(t.planId(), ipo, 3)->size(), 3);
        const qint64 customs = DepartmentRepository(t.db()).byName(u"济宁海关"_s)->id;
        QCOMPARE(reports.latestReportsOf(t.planId(), customs, 10)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProgressRepository)
#include "tst_progressrepository.moc"
