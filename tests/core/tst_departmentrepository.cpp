#include <QTest>

#include "repositories/auditrepository.h"
#include "repositories/departmentrepository.h"
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
};

QTEST_GUILESS_MAIN(TestDepartmentRepository)
#include "tst_departmentrepository.moc"
