#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "dialogs/indicatorvaluedialog.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

IndicatorValue value(qint64 id, const QString &period, qint64 units)
{
    IndicatorValue v;
    v.id = id;
    v.indicatorId = 1;
    v.period = period;
    v.value = Decimal::fromUnits(units);
    v.asOf = QDate(2021, 3, 31);
    return v;
}

Indicator pctApplications()
{
    Indicator i;
    i.id = 1;
    i.name = u"通过《专利合作条约》(PCT)递交的国际专利申请量"_s;
    i.unit = u"件"_s;
    i.targetValue = Decimal::fromInteger(200);
    i.targetYear = 2020;
    return i;
}

/// The dialog's fields, found as a user sees them.
struct Fields
{
    explicit Fields(IndicatorValueDialog &d)
        : period(d.findChild<QLineEdit *>(u"periodEdit"_s))
        , value(d.findChild<QLineEdit *>(u"valueEdit"_s))
        , asOf(d.findChild<QDateEdit *>(u"asOfEdit"_s))
        , message(d.findChild<QLabel *>(u"messageLabel"_s))
        , ok(d.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok))
    {
    }
    QLineEdit *period;
    QLineEdit *value;
    QDateEdit *asOf;
    QLabel *message;
    QPushButton *ok;
};

} // namespace

class TestIndicatorValueDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldProposeTheNextPeriod()
    {
        QCOMPARE(IndicatorValueDialog::nextPeriod({}), QString());
        QCOMPARE(IndicatorValueDialog::nextPeriod({value(1, u"2020"_s, 0), value(2, u"2019"_s, 0)}),
                 u"2021"_s);
        QCOMPARE(IndicatorValueDialog::nextPeriod(
                     {value(1, u"2019-Q4"_s, 0), value(2, u"2019-Q2"_s, 0)}),
                 u"2020-Q1"_s);
        QCOMPARE(IndicatorValueDialog::nextPeriod({value(1, u"2019-H1"_s, 0)}), u"2019-H2"_s);
        QCOMPARE(IndicatorValueDialog::nextPeriod({value(1, u"2019-12"_s, 0)}), u"2020-01"_s);
    }

    void shouldRefuseImplausibleCounts()
    {
        IndicatorValueDialog dialog(pctApplications(), value(0, QString(), 0), {});
        Fields f(dialog);
        f.period->setText(u"2021"_s);
        f.asOf->setDate(QDate(2022, 1, 31));
        QTest::keyClicks(f.value, u"-3"_s);
        QVERIFY(!f.ok->isEnabled());
        QVERIFY2(f.message->text().contains(u"negative"_s), qPrintable(f.message->text()));
        f.value->setText(u"12.5"_s);
        QVERIFY(!f.ok->isEnabled());
        QVERIFY2(f.message->text().contains(u"whole number"_s), qPrintable(f.message->text()));
        f.value->setText(u"212"_s);
        QVERIFY(f.ok->isEnabled());
        QCOMPARE(dialog.value().value, Decimal::fromInteger(212));
    }

    void shouldNotDateAValueBeforeItsPeriodBegins()
    {
        IndicatorValueDialog dialog(pctApplications(), value(0, QString(), 0), {});
        Fields f(dialog);
        f.period->setText(u"2021-Q2"_s);
        f.value->setText(u"50"_s);
        f.asOf->setDate(QDate(2021, 3, 31));
        QVERIFY(!f.ok->isEnabled());
        QVERIFY2(f.message->text().startsWith(u"As of"_s), qPrintable(f.message->text()));
        f.asOf->setDate(QDate(2021, 4, 1));
        QVERIFY(f.ok->isEnabled());
        QVERIFY(f.message->text().isEmpty());
    }

    void shouldWritePeriodsTheWayTheDatabaseKeepsThem()
    {
        IndicatorValueDialog dialog(pctApplications(), value(0, QString(), 0),
                                    {value(5, u"2019-Q3"_s, 10000)});
        Fields f(dialog);
        f.value->setText(u"50"_s);
        f.asOf->setDate(QDate(2021, 1, 1));
        // Lower case is the same quarter, so it is a duplicate too.
        f.period->setText(u"2019-q3"_s);
        QVERIFY(!f.ok->isEnabled());
        f.period->setText(u" 2020-q1 "_s);
        QVERIFY(f.ok->isEnabled());
        QCOMPARE(dialog.value().period, u"2020-Q1"_s);
        QCOMPARE(dialog.value().indicatorId, qint64(1));
    }

    void shouldLetAValueKeepItsOwnPeriodWhenEdited()
    {
        const IndicatorValue stored = value(7, u"2019"_s, 1090000);
        IndicatorValueDialog dialog(pctApplications(), stored,
                                    {value(6, u"2018"_s, 780000), stored});
        Fields f(dialog);
        QCOMPARE(f.period->text(), u"2019"_s);
        QCOMPARE(f.value->text(), u"109"_s);
        QVERIFY(f.ok->isEnabled());
        f.period->setText(u"2018"_s);
        QVERIFY(!f.ok->isEnabled());
        f.period->setText(u"2019"_s);
        QCOMPARE(dialog.value().id, qint64(7));
        QVERIFY(!dialog.value().sample);
    }
};

QTEST_MAIN(TestIndicatorValueDialog)
#include "tst_indicatorvaluedialog.moc"
