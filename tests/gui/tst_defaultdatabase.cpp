#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include "database/database.h"
#include "defaultdatabase.h"
#include "repositories/planrepository.h"
#include "repositories/taskrepository.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

class TestDefaultDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PlanDesk"_s);
        QCoreApplication::setApplicationName(u"PlanDeskTest"_s);
        m_path = DefaultDatabase::path();
        QFile::remove(m_path);
    }
    void cleanupTestCase() { QDir(QFileInfo(m_path).absolutePath()).removeRecursively(); }

    void shouldLiveInTheUsersDataFolder()
    {
        QVERIFY(
            m_path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(m_path.endsWith(u"/plandesk.sqlite"_s));
    }

    void shouldBeCreatedWithTheBuiltInPlanOnTheFirstStart()
    {
        QVERIFY(!QFile::exists(m_path));
        Result<std::unique_ptr<Database>> db = DefaultDatabase::openOrCreate(m_path);
        QVERIFY2(db, qPrintable(db.error()));
        const QList<Plan> plans = *PlanRepository(**db).plans();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.constFirst().documentNumber, u"济政字〔2017〕27号"_s);
        QCOMPARE(TaskRepository(**db).tasks(plans.constFirst().id)->size(), 22);
    }

    void shouldOpenTheSameFileOnTheNextStart()
    {
        {
            Result<std::unique_ptr<Database>> db = DefaultDatabase::openOrCreate(m_path);
            QVERIFY(db);
            Plan plan = PlanRepository(**db).plans()->constFirst();
            plan.title = u"已修改的标题"_s;
            QVERIFY(PlanRepository(**db).update(plan));
        }
        Result<std::unique_ptr<Database>> again = DefaultDatabase::openOrCreate(m_path);
        QVERIFY(again);
        QCOMPARE(PlanRepository(**again).plans()->size(), 1); // not installed twice
        QCOMPARE(PlanRepository(**again).plans()->constFirst().title, u"已修改的标题"_s);
    }

private:
    QString m_path;
};

QTEST_GUILESS_MAIN(TestDefaultDatabase)
#include "tst_defaultdatabase.moc"
