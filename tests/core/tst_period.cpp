#include <QTest>

#include "domain/period.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

class TestPeriod : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseEachKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("year") << u"2018"_s << QDate(2018, 1, 1) << QDate(2018, 12, 31);
        QTest::newRow("half") << u"2018-H2"_s << QDate(2018, 7, 1) << QDate(2018, 12, 31);
        QTest::newRow("quarter") << u"2018-Q2"_s << QDate(2018, 4, 1) << QDate(2018, 6, 30);
        QTest::newRow("month") << u"2020-02"_s << QDate(2020, 2, 1) << QDate(2020, 2, 29);
        QTest::newRow("December") << u"1999-12"_s << QDate(1999, 12, 1) << QDate(1999, 12, 31);
        QTest::newRow("first half") << u"2018-H1"_s << QDate(2018, 1, 1) << QDate(2018, 6, 30);
    }
    void shouldParseEachKind()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const std::optional<Period> p = Period::parse(text);
        QVERIFY(p);
        QCOMPARE(p->firstDay(), first);
        QCOMPARE(p->lastDay(), last);
        QCOMPARE(p->toString(), text);
    }

    void shouldIgnoreSurroundingSpace()
    {
        const std::optional<Period> p = Period::parse(u" 2019-Q4\n"_s);
        QVERIFY(p);
        QCOMPARE(p->toString(), u"2019-Q4"_s);
    }

    void shouldRefuseMalformedPeriods()
    {
        for (const QString &text :
             {u"18"_s,       u"2018-Q5"_s,  u"2018-H3"_s,  u"2018-13"_s, u"2018-00"_s,
              u"2018Q1"_s,   u"二〇一八"_s, QString(),     u"2018-Q0"_s, u"2018-q1"_s,
              u"2018-1"_s,   u"2018-123"_s, u"3018"_s,     u"0218"_s,    u"2018-H"_s,
              u"2018-Q1x"_s, u"2018/Q1"_s,  u"２０１８"_s, u"2018-1a"_s, u"20a8"_s})
            QVERIFY2(!Period::parse(text), qPrintable(text));
    }

    void shouldFollowAndContainDates()
    {
        QCOMPARE(Period::parse(u"2019-Q4")->following().toString(), u"2020-Q1"_s);
        QCOMPARE(Period::parse(u"2019-H1")->following().toString(), u"2019-H2"_s);
        QCOMPARE(Period::parse(u"2019-12")->following().toString(), u"2020-01"_s);
        QCOMPARE(Period::parse(u"2019")->following().toString(), u"2020"_s);
        QCOMPARE(Period::containing(Period::Kind::Quarter, QDate(2020, 1, 25)).toString(),
                 u"2020-Q1"_s);
        QCOMPARE(Period::containing(Period::Kind::Half, QDate(2020, 7, 1)).toString(),
                 u"2020-H2"_s);
        QCOMPARE(Period::containing(Period::Kind::Month, QDate(2020, 11, 30)).toString(),
                 u"2020-11"_s);
    }
};

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
