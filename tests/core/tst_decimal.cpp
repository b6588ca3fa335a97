#include <QTest>

#include "domain/decimal.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("patents target") << u"4.2"_s << qint64(42000) << u"4.2"_s;
        QTest::newRow("integer") << u"37500"_s << qint64(375000000) << u"37500"_s;
        QTest::newRow("four places") << u"0.0001"_s << qint64(1) << u"0.0001"_s;
        QTest::newRow("trailing zeros") << u"2.9200"_s << qint64(29200) << u"2.92"_s;
        QTest::newRow("negative") << u"-0.05"_s << qint64(-500) << u"-0.05"_s;
        QTest::newRow("plus and spaces") << u" +12.5 "_s << qint64(125000) << u"12.5"_s;
        QTest::newRow("leading dot") << u".5"_s << qint64(5000) << u"0.5"_s;
    }
    void shouldParseExactly()
    {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        QFETCH(QString, canonical);
        const std::optional<Decimal> d = Decimal::parse(text);
        QVERIFY(d);
        QCOMPARE(d->units(), units);
        QCOMPARE(d->toString(), canonical);
    }

    void shouldRefuseWhatIsNotADecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("five places") << u"1.00001"_s;
        QTest::newRow("exponent") << u"1e5"_s;
        QTest::newRow("thousands separator") << u"37,500"_s;
        QTest::newRow("letters") << u"4.2件"_s;
        QTest::newRow("dangling dot") << u"4."_s;
        QTest::newRow("two dots") << u"1.2.3"_s;
        QTest::newRow("too large") << u"99999999999999999999"_s;
        QTest::newRow("sign only") << u"-"_s;
    }
    void shouldRefuseWhatIsNotADecimal()
    {
        QFETCH(QString, text);
        QVERIFY(!Decimal::parse(text));
    }

    void shouldReadJsonNumbersAsTheirShortestDecimal()
    {
        QCOMPARE(Decimal::fromDouble(4.2)->units(), qint64(42000));
        QVERIFY(!Decimal::fromDouble(0.1 + 0.2)); // 0.30000000000000004: too many places
        QCOMPARE(Decimal::fromDouble(37500.0)->toString(), u"37500"_s);
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
