#include <QTest>

#include "repositories/departmentrepository.h"
#include "repositories/meetingrepository.h"
#include "repositories/taskrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

/// Whatever people type (or paste) must come back exactly as it went in, and
/// must never be read as SQL.
class TestTextFidelity : public QObject
{
    Q_OBJECT

private slots:
    void shouldStoreAndReadBackEveryTextUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << u"it's \"quoted\" ‘中文引号’「括号」"_s;
        QTest::newRow("injection") << u"'); DROP TABLE task;--"_s;
        QTest::newRow("injection 2") << u"x' OR '1'='1"_s;
        QTest::newRow("embedded NUL") << QString(u"before\0after"_s);
        QTest::newRow("100 kB") << QString(100 * 1024, u'字');
        QTest::newRow("emoji") << u"进展顺利 👍🏽 🇨🇳 👨‍👩‍👧"_s;
        QTest::newRow("rare CJK (Ext B, outside the BMP)") << u"𠀀𪚥𰻝𰻝面"_s;
        QTest::newRow("control and newlines") << u"line1\r\nline2\ttab\u0001"_s;
        QTest::newRow("percent and placeholders") << u"%1 ? :name $1 100%"_s;
    }
    void shouldStoreAndReadBackEveryTextUnchanged()
    {
        QFETCH(QString, text);
        TestDatabase t;
        TaskRepository tasks(t.db());
        Task task = tasks.tasks(t.planId())->constFirst();
        task.text = text;
        task.title = u"标题 "_s + text;
        if (t.onServer() && text.contains(QChar(u'\0'))) {
            // PostgreSQL's text cannot hold U+0000: refused, with the reason.
            const Status refused = tasks.update(task);
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(u"NUL character"_s), qPrintable(refused.error()));
            return;
        }
        QVERIFY(tasks.update(task));

        Department d;
        d.name = u"部门 "_s + text;
        d.contactPerson = text;
        const qint64 departmentId = *DepartmentRepository(t.db()).create(d);

        Meeting m;
        m.planId = t.planId();
        m.heldOn = QDate(2018, 6, 27);
        m.minutes = text;
        const qint64 meetingId = *MeetingRepository(t.db()).create(m);

        Database &db = t.reopen();
        const Task readTask = *TaskRepository(db).task(task.id);
        QCOMPARE(readTask.text.size(), text.size());
        QVERIFY(readTask.text == text);
        QVERIFY(readTask.title == u"标题 "_s + text);
        QVERIFY(DepartmentRepository(db).department(departmentId)->contactPerson == text);
        QVERIFY(DepartmentRepository(db).byName(u"部门 "_s + text));
        QVERIFY(MeetingRepository(db).meeting(meetingId)->minutes == text);
        QCOMPARE(*db.scalar(u"SELECT count(*) FROM task"_s), 22); // nothing dropped
    }
};

QTEST_GUILESS_MAIN(TestTextFidelity)
#include "tst_textfidelity.moc"
