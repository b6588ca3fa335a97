#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestAuditRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldRecordBeforeAndAfterOfEveryChange()
    {
        TestDatabase t;
        t.db().setActor(u"office-clerk"_s);
        TaskRepository tasks(t.db());
        Task task = tasks.tasks(t.planId())->constFirst();
        task.percent = 25;
        task.status = TaskStatus::InProgress;
        QVERIFY(tasks.update(task));

        const QList<AuditEntry> history = *AuditRepository(t.db()).history(u"task"_s, task.id);
        QCOMPARE(history.size(), 2); // insert at install, then the update
        const AuditEntry &update = history.at(1);
        QCOMPARE(update.action, u"update"_s);
        QCOMPARE(update.actor, u"office-clerk"_s);
        const QJsonObject before = QJsonDocument::fromJson(update.before.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(update.after.toUtf8()).object();
        QCOMPARE(before.value(u"percent"_s).toInt(), 0);
        QCOMPARE(after.value(u"percent"_s).toInt(), 25);
        QCOMPARE(after.value(u"status"_s).toString(), u"in_progress"_s);
        QVERIFY(QDateTime::fromString(update.changedAt, Qt::ISODateWithMs).isValid());
    }

    void shouldRecordDeletesWithTheRowAsItWas()
    {
        TestDatabase t(TestDatabase::Content::Empty);
        DepartmentRepository departments(t.db());
        Department d;
        d.name = u"市林业局"_s;
        const qint64 id = *departments.create(d);
        QVERIFY(departments.remove(id));
        const QList<AuditEntry> history = *AuditRepository(t.db()).history(u"department"_s, id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).action, u"delete"_s);
        QVERIFY(history.at(1).after.isEmpty());
        QVERIFY(history.at(1).before.contains(u"市林业局"_s));
    }

    void shouldBeAppendOnly()
    {
        TestDatabase t;
        const qint64 count = *AuditRepository(t.db()).count();
        QVERIFY(count > 0);
        Result<QSqlQuery> update = t.db().exec(u"UPDATE audit_log SET actor = 'someone else'"_s);
        QVERIFY(!update);
        QVERIFY(update.error().contains(u"audit_log_is_append_only"_s));
        QVERIFY(!t.db().exec(u"DELETE FROM audit_log"_s));
        QCOMPARE(*AuditRepository(t.db()).count(), count);
    }

    void shouldListTheNewestEntriesFirst()
    {
        TestDatabase t;
        const QList<AuditEntry> recent = *AuditRepository(t.db()).recent(3);
        QCOMPARE(recent.size(), 3);
        QVERIFY(recent.at(0).id > recent.at(1).id);
    }
};

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
