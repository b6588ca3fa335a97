#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

#include "models/indicatortablemodel.h"
#include "models/indicatorvaluetablemodel.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

void load(IndicatorTableModel &model, TestDatabase &t)
{
    IndicatorRepository repository(t.db());
    model.setIndicators(*repository.indicators(t.planId()),
                        *DepartmentRepository(t.db()).departments(),
                        *repository.valuesForPlan(t.planId()));
}

IndicatorValue value(const QString &period, qint64 units)
{
    IndicatorValue v;
    v.id = units;
    v.indicatorId = 1;
    v.period = period;
    v.value = Decimal::fromUnits(units);
    v.asOf = QDate(2022, 1, 1);
    return v;
}

} // namespace

class TestIndicatorModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void indicatorModelShouldPassTheModelTester()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        IndicatorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(model, t);
        load(model, t); // a reset with rows in it
        QCOMPARE(model.rowCount(), 4);
        model.setIndicators({}, {}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void valueModelShouldPassTheModelTester()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        IndicatorValueTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        IndicatorRepository repository(t.db());
        const qint64 first = repository.indicators(t.planId())->constFirst().id;
        model.setValues(*repository.values(first));
        QCOMPARE(model.rowCount(), 5);
        model.setValues({});
        QCOMPARE(model.rowCount(), 0);
    }

    void indicatorModelShouldShowTheDefinitionAndLatestValue()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        IndicatorTableModel model;
        load(model, t);
        const int row = 0; // plan order: patents per 10,000 people first
        QCOMPARE(model.index(row, IndicatorTableModel::Name).data().toString(),
                 u"每万人有效发明专利拥有量"_s);
        QCOMPARE(model.index(row, IndicatorTableModel::Rule).data().toString(), u">"_s);
        QCOMPARE(model.index(row, IndicatorTableModel::Target).data().toString(), u"4.2"_s);
        QCOMPARE(model.index(row, IndicatorTableModel::Target).data(IndicatorTableModel::SortRole),
                 QVariant(qint64(42000)));
        QCOMPARE(model.index(row, IndicatorTableModel::Latest).data().toString(), u"3.96"_s);
        QCOMPARE(model.index(row, IndicatorTableModel::LatestPeriod).data().toString(), u"2020"_s);
        // Demo baselines and values are shown as sample data.
        const QModelIndex baseline = model.index(row, IndicatorTableModel::Baseline);
        QVERIFY(baseline.data(IndicatorTableModel::SampleRole).toBool());
        QVERIFY(baseline.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.index(2, IndicatorTableModel::Target).data().toString(), u"37500"_s);
        QCOMPARE(model.index(2, IndicatorTableModel::Unit).data().toString(), u"件"_s);
        QCOMPARE(model.rowOf(model.index(2, 0).data(IndicatorTableModel::IdRole).toLongLong()), 2);
        QCOMPARE(model.rowOf(-5), -1);
    }

    void indicatorModelShouldTakeTheLatestByPeriodEnd()
    {
        TestDatabase t;
        IndicatorRepository repository(t.db());
        Indicator indicator = repository.indicators(t.planId())->constFirst();
        // In text order "2020-Q3" sorts after "2020"; by its end it comes first.
        const QList<IndicatorValue> values = {value(u"2020"_s, 41000), value(u"2020-Q3"_s, 39000),
                                              value(u"2019-12"_s, 35000)};
        QList<IndicatorValue> forIndicator;
        for (IndicatorValue v : values) {
            v.indicatorId = indicator.id;
            forIndicator << v;
        }
        IndicatorTableModel model;
        model.setIndicators({indicator}, {}, forIndicator);
        QCOMPARE(model.index(0, IndicatorTableModel::LatestPeriod).data().toString(), u"2020"_s);
        QCOMPARE(model.index(0, IndicatorTableModel::Latest).data().toString(), u"4.1"_s);
        QCOMPARE(model.index(0, IndicatorTableModel::Baseline).data().toString(), QString());
    }

    void valueModelShouldOrderByPeriodAndMarkSamples()
    {
        IndicatorValueTableModel model;
        IndicatorValue sample = value(u"2019-Q3"_s, 30000);
        sample.sample = true;
        model.setValues({value(u"2020"_s, 40000), value(u"2019"_s, 35000), sample,
                         value(u"2019-05"_s, 25000), value(u"2019-H1"_s, 27000)});
        QStringList periods;
        for (int row = 0; row < model.rowCount(); ++row)
            periods << model.index(row, IndicatorValueTableModel::Period).data().toString();
        QCOMPARE(periods,
                 (QStringList {u"2019-05"_s, u"2019-H1"_s, u"2019-Q3"_s, u"2019"_s, u"2020"_s}));
        QCOMPARE(model.index(2, IndicatorValueTableModel::Sample).data().toString(), u"Sample"_s);
        QVERIFY(model.index(2, IndicatorValueTableModel::Value)
                    .data(IndicatorValueTableModel::SampleRole)
                    .toBool());
        QCOMPARE(model.index(3, IndicatorValueTableModel::Sample).data().toString(), QString());
        QCOMPARE(model.index(2, IndicatorValueTableModel::Value).data().toString(), u"3"_s);
        QCOMPARE(model.rowOf(25000), 0);
        QCOMPARE(model.valueAt(4).period, u"2020"_s);
    }
};

QTEST_MAIN(TestIndicatorModels)
#include "tst_indicatormodels.moc"
