#include <QTest>

#include "repositories/auditrepository.h"
#include "repositories/indicatorrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

IndicatorValue valueFor(qint64 indicatorId, const QString &period, const char *value)
{
    IndicatorValue v;
    v.indicatorId = indicatorId;
    v.period = period;
    v.value = *Decimal::parse(QString::fromLatin1(value));
    v.source = u"市统计局统计公报"_s;
    v.asOf = QDate(2019, 3, 31);
    return v;
}

} // namespace

class TestIndicatorRepository : public QObject
{
    Q_OBJECT

private slots:
    void shouldStoreDecimalsExactly()
    {
        TestDatabase t;
        IndicatorRepository repository(t.db());
        Indicator patents = repository.indicators(t.planId())->constFirst();
        QCOMPARE(patents.targetValue.toString(), u"4.2"_s);
        QCOMPARE(patents.targetValue.units(), qint64(42000));
        QCOMPARE(*t.db().scalar(t.onServer()
                                    ? u"SELECT count(*) FROM indicator WHERE id = ?"
                                      " AND pg_typeof(target_value) = 'bigint'::regtype"_s
                                    : u"SELECT typeof(target_value) = 'integer' FROM indicator"
                                      " WHERE id = ?"_s,
                                {patents.id}),
                 1);

        patents.baselineValue = Decimal::parse(u"2.92"_s);
        patents.baselineYear = 2018;
        patents.baselineSource = u"新闻报道（2024-07-19）"_s;
        QVERIFY(repository.update(patents));
        const Indicator read = *repository.indicator(patents.id);
        QCOMPARE(read.baselineValue->toString(), u"2.92"_s);
        QCOMPARE(read.baselineYear, std::optional<int>(2018));
        QCOMPARE(read.ratio->scale, qint64(10000));
    }

    void shouldCreateUpdateAndDeleteIndicators()
    {
        TestDatabase t;
        IndicatorRepository repository(t.db());
        Indicator i;
        i.planId = t.planId();
        i.position = 5;
        i.code = u"pledge_financing"_s;
        i.name = u"知识产权质押融资额"_s;
        i.unit = u"亿元"_s;
        i.comparison = Comparison::GreaterOrEqual;
        i.targetValue = *Decimal::parse(u"12.5"_s);
        i.targetYear = 2020;
        const qint64 id = *repository.create(i);
        QCOMPARE(repository.indicators(t.planId())->size(), 5);
        Indicator read = *repository.indicator(id);
        QVERIFY(!read.ratio);
        QVERIFY(!read.baselineValue);
        read.comparison = Comparison::Greater;
        QVERIFY(repository.update(read));
        QCOMPARE(repository.indicator(id)->comparison, Comparison::Greater);
        QVERIFY(repository.remove(id));
        QCOMPARE(repository.indicators(t.planId())->size(), 4);
    }

    void shouldRejectInvalidIndicators()
    {
        TestDatabase t;
        IndicatorRepository repository(t.db());
        Indicator halfBaseline = repository.indicators(t.planId())->constFirst();
        halfBaseline.baselineValue = Decimal::fromInteger(2);
        Status s = repository.update(halfBaseline);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"both a value and a year"_s), qPrintable(s.error()));

        Indicator duplicate = repository.indicators(t.planId())->constFirst();
        duplicate.id = 0;
        duplicate.position = 9;
        Result<qint64> id = repository.create(duplicate);
        QVERIFY(!id);
        QVERIFY2(id.error().contains(u"has this code"_s), qPrintable(id.error()));
    }

    void shouldKeepOneValuePerPeriod()
    {
        TestDatabase t;
        IndicatorRepository repository(t.db());
        const qint64 indicator = repository.indicators(t.planId())->at(1).id;
        const qint64 id2018 = *repository.createValue(valueFor(indicator, u"2018"_s, "109"));
        QVERIFY(repository.createValue(valueFor(indicator, u"2017"_s, "78")));
        const qint64 auditBefore = *AuditRepository(t.db()).count();

        Result<qint64> again = repository.createValue(valueFor(indicator, u"2018"_s, "110"));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"already has a value for this period"_s),
                 qPrintable(again.error()));
        QCOMPARE(*AuditRepository(t.db()).count(), auditBefore);

        const QList<IndicatorValue> values = *repository.values(indicator);
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(0).period, u"2017"_s); // oldest first
        QCOMPARE(values.at(1).value.toString(), u"109"_s);

        IndicatorValue v = *repository.value(id2018);
        v.value = *Decimal::parse(u"109.5"_s);
        v.note = u"修正"_s;
        QVERIFY(repository.updateValue(v));
        QCOMPARE(repository.value(id2018)->value.toString(), u"109.5"_s);
        QCOMPARE(repository.valuesForPlan(t.planId())->size(), 2);
        QVERIFY(repository.removeValue(id2018));
        QCOMPARE(repository.values(indicator)->size(), 1);

        // Removing the indicator takes its values with it.
        QVERIFY(repository.remove(indicator));
        QCOMPARE(*t.db().scalar(u"SELECT count(*) FROM indicator_value"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorRepository)
#include "tst_indicatorrepository.moc"
