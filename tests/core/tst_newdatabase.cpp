#include <QDir>
#include <QTest>

#include "plans/newdatabase.h"
#include "repositories/planrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

class TestNewDatabase : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateACompleteDatabaseUnderTheRealName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_s);
        Result<std::unique_ptr<Database>> db =
            NewDatabase::create(path, *PlanFile::builtIn(), NewDatabase::Content::Plan);
        QVERIFY2(db, qPrintable(db.error()));
        QCOMPARE(PlanRepository(**db).plans()->size(), 1);
        QCOMPARE(*PlanRepository(**db).hasSampleData(), false);
        db.value().reset();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({u"new.sqlite"_s}));
    }

    void shouldLeaveNothingBehindWhenThePlanCannotBeInstalled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_s);
        PlanDocument broken = *PlanFile::builtIn();
        broken.groups[0].tasks[0].lead = u"不在名单中的单位"_s; // the installer will fail
        Result<std::unique_ptr<Database>> db =
            NewDatabase::create(path, broken, NewDatabase::Content::Plan);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(u"new.sqlite"_s), qPrintable(db.error()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void shouldRefuseAnExistingFile()
    {
        TestDatabase t;
        t.close();
        const QByteArray before = ledgerHash(t.path());
        QVERIFY(!NewDatabase::create(t.path(), *PlanFile::builtIn(), NewDatabase::Content::Plan));
        QCOMPARE(ledgerHash(t.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestNewDatabase)
#include "tst_newdatabase.moc"
