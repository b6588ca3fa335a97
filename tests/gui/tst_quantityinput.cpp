#include <QTest>

#include "dialogs/quantityinput.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

class TestQuantityInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldKnowCountUnits()
    {
        QVERIFY(QuantityInput::isCountUnit(u"件"_s));
        QVERIFY(QuantityInput::isCountUnit(u"件/万人"_s));
        QVERIFY(QuantityInput::isCountUnit(u"人次"_s));
        QVERIFY(!QuantityInput::isCountUnit(u"%"_s));
        QVERIFY(!QuantityInput::isCountUnit(u"万元"_s));
        QVERIFY(!QuantityInput::isCountUnit(QString()));
        QVERIFY(QuantityInput::isWholeCountUnit(u"件"_s));
        QVERIFY(!QuantityInput::isWholeCountUnit(u"件/万人"_s));
    }

    void shouldNameTheProblem()
    {
        const auto problem = [](const QString &text, const QString &unit) {
            return QuantityInput::read(text, unit, u"Value"_s).problem;
        };
        QVERIFY(problem(QString(), u"件"_s).startsWith(u"Value: enter"_s));
        QVERIFY(problem(u"abc"_s, u"件"_s).contains(u"“abc” is not a number"_s));
        QVERIFY(problem(u"-1"_s, u"件"_s).contains(u"negative"_s));
        QVERIFY(problem(u"-1"_s, u"件/万人"_s).contains(u"negative"_s));
        QVERIFY(problem(u"2.5"_s, u"件"_s).contains(u"whole number"_s));
        QVERIFY(problem(u"2.5"_s, u"件/万人"_s).isEmpty());
        QVERIFY(problem(u"-2.5"_s, u"%"_s).isEmpty()); // a fall can be negative
        QCOMPARE(QuantityInput::read(u"37,500"_s, u"件"_s, u"Value"_s).value,
                 std::optional(Decimal::fromInteger(37500)));
    }
};

QTEST_MAIN(TestQuantityInput)
#include "tst_quantityinput.moc"
