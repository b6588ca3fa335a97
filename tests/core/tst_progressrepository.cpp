#include <algorithm>

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
        // Newest first; on the same day by period, then in document order.
        for (int i = 0; i < latest.size(); ++i) {
            QCOMPARE(latest.at(i).report.departmentId, ipo);
            if (i == 0)
                continue;
            const ProgressReport &before = latest.at(i - 1).report;
            const ProgressReport &r = latest.at(i).report;
            QVERIFY(before.reportedOn >= r.reportedOn);
            if (before.reportedOn == r.reportedOn && before.period == r.period)
                QVERIFY(latest.at(i - 1).taskNumber <= latest.at(i).taskNumber
                        || latest.at(i - 1).groupKind != latest.at(i).groupKind);
        }
        // It leads task 6 first of its tasks and reported on it for 2020-Q4
        // on the day the round was due.
        const auto task6 = std::find_if(latest.cbegin(), latest.cend(), [](const ReportOnTask &r) {
            return r.taskNumber == 6 && r.report.period == u"2020-Q4"_s;
        });
        QVERIFY(task6 != latest.cend());
        QCOMPARE(task6->taskTitle, u"促进知识产权运营转化"_s);
        QCOMPARE(task6->groupKind, GroupKind::KeyTask);
        QVERIFY(!task6->parentNumber);
        QCOMPARE(task6->report.reportedOn, QDate(2021, 1, 10));
        QVERIFY(task6->report.sample);

        QCOMPARE(reports.latestReportsOf(t.planId(), ipo, 3)->size(), 3);
        // A department that never reported has none.
        Department quiet;
        quiet.name = u"市新设单位"_s;
        const qint64 id = *DepartmentRepository(t.db()).create(quiet);
        QCOMPARE(reports.latestReportsOf(t.planId(), id, 10)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProgressRepository)
#include "tst_progressrepository.moc"
