#include <QTest>

#include "database/serveraddress.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

/// Where a shared ledger lives: parsed strictly, printed without a password.
class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void shouldTellServersFromFiles()
    {
        QVERIFY(ServerAddress::isServerLocation(u"postgresql://h/db"_s));
        QVERIFY(ServerAddress::isServerLocation(u"POSTGRES://h/db"_s));
        QVERIFY(!ServerAddress::isServerLocation(u"C:/台账/plandesk.sqlite"_s));
        QVERIFY(!ServerAddress::isServerLocation(u"postgresql.sqlite"_s));
        QVERIFY(!ServerAddress::isServerLocation(u"/home/x/postgresql://y"_s));
    }

    void shouldReadEveryPart()
    {
        const Result<ServerAddress> a = ServerAddress::parse(
            u"postgresql://wang@10.0.0.5:6543/plandesk?sslmode=require&service=office"_s);
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(a->host, u"10.0.0.5"_s);
        QCOMPARE(a->port, 6543);
        QCOMPARE(a->user, u"wang"_s);
        QCOMPARE(a->database, u"plandesk"_s);
        QCOMPARE(a->sslMode, u"require"_s);
        QCOMPARE(a->service, u"office"_s);
        QCOMPARE(a->toString(),
                 u"postgresql://wang@10.0.0.5:6543/plandesk?sslmode=require&service=office"_s);
        QCOMPARE(a->displayName(), u"plandesk on 10.0.0.5:6543"_s);
    }

    void shouldDefaultThePortAndTheUser()
    {
        const Result<ServerAddress> a = ServerAddress::parse(u"postgres://server/ledger"_s);
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(a->port, ServerAddress::DefaultPort);
        QVERIFY(a->user.isEmpty());
        QCOMPARE(a->toString(), u"postgresql://server/ledger"_s); // one spelling
    }

    void shouldRefuseWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("says");
        QTest::newRow("a file") << u"plandesk.sqlite"_s << u"must start with postgresql://"_s;
        QTest::newRow("no host") << u"postgresql:///db"_s << u"names no server"_s;
        QTest::newRow("no database") << u"postgresql://h"_s << u"names no database"_s;
        QTest::newRow("a path") << u"postgresql://h/a/b"_s << u"names no database"_s;
        QTest::newRow("port 0") << u"postgresql://h:0/db"_s << u"port must be a number"_s;
        QTest::newRow("port text") << u"postgresql://h:abc/db"_s << u"not a valid address"_s;
        QTest::newRow("password") << u"postgresql://u:secret@h/db"_s << u"must not contain"_s;
        QTest::newRow("password and a bad port")
            << u"postgresql://u:secret@h:99999/db"_s << u"must not contain"_s;
        QTest::newRow("password setting")
            << u"postgresql://h/db?password=x"_s << u"must not contain"_s;
        QTest::newRow("bad sslmode")
            << u"postgresql://h/db?sslmode=maybe"_s << u"sslmode must be one of"_s;
        QTest::newRow("unknown setting")
            << u"postgresql://h/db?timeout=3"_s << u"unknown setting “timeout”"_s;
    }
    void shouldRefuseWhatItCannotUse()
    {
        QFETCH(QString, location);
        QFETCH(QString, says);
        const Result<ServerAddress> a = ServerAddress::parse(location);
        QVERIFY(!a);
        QVERIFY2(a.error().contains(says), qPrintable(a.error()));
        QVERIFY2(!a.error().contains(u"secret"_s), "a password must never be repeated");
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
