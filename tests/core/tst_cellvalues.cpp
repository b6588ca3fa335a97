#include <QTest>

#include "exchange/cellvalues.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

SheetCell text(const QString &t)
{
    return {SheetCell::Kind::Text, t, {}};
}

SheetCell number(const QString &t)
{
    return {SheetCell::Kind::Number, t, {}};
}

} // namespace

class TestCellValues : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadPercentsAsPeopleTypeThem_data()
    {
        QTest::addColumn<SheetCell>("cell");
        QTest::addColumn<int>("percent");
        QTest::newRow("number") << number(u"60"_s) << 60;
        QTest::newRow("number with zero fraction") << number(u"60.0"_s) << 60;
        QTest::newRow("text") << text(u" 60 "_s) << 60;
        QTest::newRow("percent sign") << text(u"60%"_s) << 60;
        QTest::newRow("full-width") << text(u"６０％"_s) << 60;
        QTest::newRow("zero") << number(u"0"_s) << 0;
        QTest::newRow("hundred") << text(u"100"_s) << 100;
    }
    void shouldReadPercentsAsPeopleTypeThem()
    {
        QFETCH(SheetCell, cell);
        QFETCH(int, percent);
        QString error;
        QCOMPARE(CellValues::wholePercent(cell, &error), std::optional<int>(percent));
        QVERIFY(error.isEmpty());
    }

    void shouldRefuseWhatIsNotAWholePercent_data()
    {
        QTest::addColumn<SheetCell>("cell");
        QTest::addColumn<QString>("says");
        QTest::newRow("140") << number(u"140"_s) << u"140% is outside 0–100"_s;
        QTest::newRow("negative") << text(u"-5"_s) << u"-5% is outside 0–100"_s;
        QTest::newRow("fraction") << number(u"60.5"_s) << u"60.5 is not a whole percent"_s;
        QTest::newRow("percent format") << number(u"0.6"_s) << u"0.6 is a fraction"_s;
        QTest::newRow("NaN") << text(u"NaN"_s) << u"“NaN” is not a number"_s;
        QTest::newRow("words") << text(u"六十"_s) << u"“六十” is not a percent"_s;
        QTest::newRow("date") << SheetCell {SheetCell::Kind::Date, u"43282"_s, QDate(2018, 7, 1)}
                              << u"“2018-07-01” is not a percent"_s;
    }
    void shouldRefuseWhatIsNotAWholePercent()
    {
        QFETCH(SheetCell, cell);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!CellValues::wholePercent(cell, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void shouldReadDecimalsExactly_data()
    {
        QTest::addColumn<SheetCell>("cell");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << number(u"4.2"_s) << u"4.2"_s;
        QTest::newRow("binary noise") << number(u"4.2000000000000002"_s) << u"4.2"_s;
        QTest::newRow("exponent") << number(u"1.5E-3"_s) << u"0.0015"_s;
        QTest::newRow("large") << number(u"37500"_s) << u"37500"_s;
        QTest::newRow("grouped text") << text(u"1,234.5"_s) << u"1234.5"_s;
        QTest::newRow("full-width text") << text(u"１２.５"_s) << u"12.5"_s;
    }
    void shouldReadDecimalsExactly()
    {
        QFETCH(SheetCell, cell);
        QFETCH(QString, value);
        QString error;
        const std::optional<Decimal> d = CellValues::decimal(cell, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->toString(), value);
    }

    void shouldRefuseWhatIsNotADecimal_data()
    {
        QTest::addColumn<SheetCell>("cell");
        QTest::addColumn<QString>("says");
        QTest::newRow("NaN") << text(u"NaN"_s) << u"“NaN” is not a number"_s;
        QTest::newRow("words") << text(u"约五千"_s) << u"“约五千” is not a number"_s;
        QTest::newRow("too precise") << text(u"1.23456"_s) << u"more than 4 decimal places"_s;
        QTest::newRow("bad grouping") << text(u"1,23"_s) << u"“1,23” is not a number"_s;
    }
    void shouldRefuseWhatIsNotADecimal()
    {
        QFETCH(SheetCell, cell);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!CellValues::decimal(cell, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void shouldReadDatesYearFirst_data()
    {
        QTest::addColumn<SheetCell>("cell");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ISO") << text(u"2018-07-05"_s) << QDate(2018, 7, 5);
        QTest::newRow("slashes") << text(u"2018/7/5"_s) << QDate(2018, 7, 5);
        QTest::newRow("dots") << text(u"2018.7.5"_s) << QDate(2018, 7, 5);
        QTest::newRow("Chinese") << text(u"2018年7月5日"_s) << QDate(2018, 7, 5);
        QTest::newRow("compact") << text(u"20180705"_s) << QDate(2018, 7, 5);
        QTest::newRow("date cell")
            << SheetCell {SheetCell::Kind::Date, u"43286"_s, QDate(2018, 7, 5)}
            << QDate(2018, 7, 5);
    }
    void shouldReadDatesYearFirst()
    {
        QFETCH(SheetCell, cell);
        QFETCH(QDate, date);
        QString error;
        QCOMPARE(CellValues::date(cell, &error), std::optional<QDate>(date));
    }

    void shouldRefuseAmbiguousAndImpossibleDates_data()
    {
        QTest::addColumn<SheetCell>("cell");
        QTest::addColumn<QString>("says");
        QTest::newRow("5/3/24") << text(u"5/3/24"_s) << u"“5/3/24” is ambiguous"_s;
        QTest::newRow("05-03-2024") << text(u"05-03-2024"_s) << u"is ambiguous"_s;
        QTest::newRow("30 February") << text(u"2018-02-30"_s) << u"not a day of the calendar"_s;
        QTest::newRow("words") << text(u"七月初"_s) << u"“七月初” is not a date"_s;
        QTest::newRow("serial without format") << number(u"43286"_s) << u"“43286” is not a date"_s;
    }
    void shouldRefuseAmbiguousAndImpossibleDates()
    {
        QFETCH(SheetCell, cell);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!CellValues::date(cell, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCellValues)
#include "tst_cellvalues.moc"
