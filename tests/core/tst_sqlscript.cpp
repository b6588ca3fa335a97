#include <QTest>

#include "database/sqlscript.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void shouldSplitPlainStatements()
    {
        const QStringList s =
            splitSqlStatements(u"CREATE TABLE a (x);\nINSERT INTO a VALUES (1);"_s);
        QCOMPARE(s, QStringList({u"CREATE TABLE a (x)"_s, u"INSERT INTO a VALUES (1)"_s}));
    }

    void shouldKeepSemicolonsInsideQuotes()
    {
        const QStringList s =
            splitSqlStatements(u"INSERT INTO a VALUES ('x;y', \"c;d\", 'it''s; fine');SELECT 1;"_s);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0), u"INSERT INTO a VALUES ('x;y', \"c;d\", 'it''s; fine')"_s);
    }

    void shouldDropComments()
    {
        const QStringList s = splitSqlStatements(
            u"-- a comment; with a semicolon\nSELECT 1; /* block; comment */ SELECT 2;"_s);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0), u"SELECT 1"_s);
        QCOMPARE(s.at(1), u"SELECT 2"_s);
    }

    void shouldKeepTriggerBodiesWhole()
    {
        const QString trigger = u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n"
                                u"  UPDATE a SET x = CASE WHEN x > 1 THEN 2 ELSE 3 END;\n"
                                u"  INSERT INTO b VALUES (NEW.x);\nEND"_s;
        const QStringList s = splitSqlStatements(trigger + u";\nSELECT 1;"_s);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0), trigger);
    }

    void shouldHandleTempTriggersAndLowercase()
    {
        const QStringList s = splitSqlStatements(
            u"create temp trigger t before delete on a begin select raise(abort, 'no'); end; select 1"_s);
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).endsWith(u"end"_s));
    }

    void shouldIgnoreEmptyStatements()
    {
        QCOMPARE(splitSqlStatements(u" ; ;\n-- only a comment\n"_s), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
