#include <QTest>

#include "editing/localenumber.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

Q_DECLARE_METATYPE(QLocale)

class TestLocaleNumber : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseExactly_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units"); // -1 refused
        const QLocale zh(QLocale::Chinese, QLocale::China);
        const QLocale de(QLocale::German);
        const QLocale fr(QLocale::French);
        QTest::newRow("zh plain") << zh << u"4.2"_s << qint64(42000);
        QTest::newRow("zh groups") << zh << u"37,500"_s << qint64(375000000);
        QTest::newRow("zh full-width") << zh << u"３．９６"_s << qint64(39600);
        QTest::newRow("zh negative") << zh << u"-0.05"_s << qint64(-500);
        QTest::newRow("zh spaces") << zh << u" 12 "_s << qint64(120000);
        QTest::newRow("de comma") << de << u"3,5"_s << qint64(35000);
        QTest::newRow("de groups") << de << u"37.500,25"_s << qint64(375002500);
        QTest::newRow("de point is no decimal") << de << u"3.5"_s << qint64(-1);
        QTest::newRow("fr no-break space") << fr << u"37\u202f500,5"_s << qint64(375005000);
        QTest::newRow("misplaced group") << zh << u"3,75,00"_s << qint64(-1);
        QTest::newRow("five places") << zh << u"1.23456"_s << qint64(-1);
        QTest::newRow("two points") << zh << u"1.2.3"_s << qint64(-1);
        QTest::newRow("exponent") << zh << u"1e3"_s << qint64(-1);
        QTest::newRow("empty") << zh << QString() << qint64(-1);
        QTest::newRow("sign only") << zh << u"-"_s << qint64(-1);
        QTest::newRow("group in fraction") << zh << u"1.234,5"_s << qint64(-1);
    }

    void shouldParseExactly()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(qint64, units);
        const std::optional<Decimal> parsed = LocaleNumber::parse(text, locale);
        if (units == -1) {
            QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString() : QString()));
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->units(), units);
        }
    }

    void shouldFormatWhatItParses()
    {
        const QLocale de(QLocale::German);
        QCOMPARE(LocaleNumber::format(Decimal::fromUnits(39600), de), u"3,96"_s);
        QCOMPARE(LocaleNumber::format(Decimal::fromInteger(37500), de), u"37.500"_s);
        QCOMPARE(LocaleNumber::format(Decimal::fromUnits(-500), de), u"-0,05"_s);
        const QLocale zh(QLocale::Chinese, QLocale::China);
        QCOMPARE(LocaleNumber::format(Decimal::fromInteger(37500), zh), u"37,500"_s);
        QCOMPARE(LocaleNumber::format(Decimal::fromUnits(42000), QLocale::c()), u"4.2"_s);
        for (const QLocale &locale : {de, zh, QLocale(QLocale::French), QLocale::c()}) {
            for (qint64 units : {qint64(0), qint64(1), qint64(-12345678901), qint64(375002500)}) {
                const Decimal d = Decimal::fromUnits(units);
                QCOMPARE(LocaleNumber::parse(LocaleNumber::format(d, locale), locale), d);
            }
        }
    }
};

QTEST_MAIN(TestLocaleNumber)
#include "tst_localenumber.moc"
